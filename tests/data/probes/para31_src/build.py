import json, random, re, importlib, collections, sys, datetime
sys.path.insert(0, '.')
FL = {'U': 'urgency_pressure', 'D': 'doorstep_visit_threat', 'L': 'suspicious_link'}
CATS = {"reminder","aggressive","unlawful_threat","legal_notice","scam","not_collection"}
sets = {
 'para31': ('P31S', ['p_reminder','p_aggressive','p_unlawful','p_legal','p_scam','p_notcoll'],
            {'reminder':40,'aggressive':60,'unlawful_threat':90,'legal_notice':20,'scam':50,'not_collection':40}, 300),
 'lawful31': ('L31S', ['l_notcoll','l_reminder','l_aggressive','l_legal'],
            {'not_collection':70,'reminder':30,'aggressive':40,'legal_notice':10}, 150),
}
TRAD = set('還銀們國與這個說會對時從為將處請盡賬戶額協應機構聯係係發當壞債頭錢來給嚴積認證號碼話機訴訟執師務託務')
out = []
def forms(t, n):
    f = []
    if re.match(r'^【', t) or re.search(r'【[^】]+】$', t): f.append('sms_signature')
    if re.search(r'转写|语音|外呼|通话|AI回访', t) or 'voice' in n: f.append('voice_transcript')
    if 'WeChat' in n or 'wechat' in n: f.append('wechat_im')
    if sum(c in TRAD for c in t) >= 3: f.append('traditional')
    if re.search(r'(\S ){6,}', t): f.append('spaced_chars')
    if "reader's own words" in n or 'own words' in n or 'sender\'s own words' in n: f.append('reader_words')
    if 'typo' in n: f.append('typo')
    return f
allseen = set()
for name, (prefix, mods, want, total) in sets.items():
    rows = []
    for m in mods:
        mod = importlib.import_module(m)
        for it in mod.ITEMS:
            assert len(it) == 5, (m, it)
            text, lender, sender, flags, notes = it
            assert text not in allseen, text
            allseen.add(text)
            rows.append(dict(text=text, source_url=None, lender=lender, sender_number=sender,
                             category=mod.A, flags=[FL[c] for c in flags], tier='probe', notes=notes))
    rnd = random.Random(20261205 + len(name))
    rnd.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r_id = f'{prefix}{i:03d}'
        rows[i-1] = {'id': r_id, **r}
    path = f'/work/blind31/{name}_sealed.jsonl'
    with open(path, 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    # validate from file
    lines = open(path, encoding='utf-8').read().splitlines()
    objs = [json.loads(l) for l in lines]
    ids = [o['id'] for o in objs]
    cnt = collections.Counter(o['category'] for o in objs)
    ok = (len(objs) == total and len(set(ids)) == total and all(o['category'] in CATS for o in objs)
          and dict(cnt) == want and ids == [f'{prefix}{i:03d}' for i in range(1, total+1)]
          and all(set(o) == {'id','text','source_url','lender','sender_number','category','flags','tier','notes'} for o in objs))
    L = [len(o['text']) for o in objs]
    out.append(f'== {path}')
    out.append(f'lines={len(objs)} unique_ids={len(set(ids))} valid_json=yes all_categories_valid={all(o["category"] in CATS for o in objs)} counts_match_brief={dict(cnt)==want} ALL_OK={ok}')
    for c in want:
        sub = [o for o in objs if o['category'] == c]
        ang = sum('angle' in o['notes'] for o in sub)
        impl = sum('implied' in o['notes'] for o in sub)
        nodebt = sum('no debt word' in o['notes'] for o in sub)
        extra = f' implied={impl} no_debt_word={nodebt}' if c == 'unlawful_threat' else ''
        out.append(f'  {c:16s} {len(sub):3d} (want {want[c]})  angle={ang} ({ang/len(sub):.0%}){extra}')
    out.append(f'  length: <40 chars {sum(l<40 for l in L)} ({sum(l<40 for l in L)/len(L):.0%}); 40-120 {sum(40<=l<=120 for l in L)}; >120 {sum(l>120 for l in L)} ({sum(l>120 for l in L)/len(L):.0%}); min {min(L)} max {max(L)} median {sorted(L)[len(L)//2]}')
    fc = collections.Counter(f for o in objs for f in forms(o['text'], o['notes']))
    out.append('  forms: ' + ', '.join(f'{k}={v}' for k, v in fc.most_common()))
    flc = collections.Counter(f for o in objs for f in o['flags'])
    out.append('  flags: ' + ', '.join(f'{k}={v}' for k, v in flc.most_common()) + f'; lines with lender={sum(o["lender"] is not None for o in objs)}; with sender_number={sum(o["sender_number"] is not None for o in objs)}')
    # block check: longest run of same category
    run = mx = 1
    for a, b in zip(objs, objs[1:]):
        run = run + 1 if a['category'] == b['category'] else 1; mx = max(mx, run)
    out.append(f'  longest same-category run after shuffle: {mx}')
print('\n'.join(out))
