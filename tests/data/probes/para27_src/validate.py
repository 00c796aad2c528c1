import json,collections
CATS={'reminder','aggressive','unlawful_threat','legal_notice','scam','not_collection'}
KEYS=["id","text","source_url","lender","sender_number","category","flags","tier","notes"]
EXP={'para27_sealed.jsonl':({'reminder':40,'aggressive':60,'unlawful_threat':90,'legal_notice':20,'scam':50,'not_collection':40},'P27S',300),
     'lawful27_sealed.jsonl':({'not_collection':70,'reminder':30,'aggressive':40,'legal_notice':10},'L27S',150)}
ok=True; seen_text=set()
for fn,(exp,pre,N) in EXP.items():
    rows=[json.loads(l) for l in open('/work/blind27/'+fn,encoding='utf-8')]
    print(f"== {fn}: {len(rows)} lines (expected {N})")
    ids=[r['id'] for r in rows]
    ok&= len(rows)==N and len(set(ids))==N and set(ids)=={f"{pre}{i:03d}" for i in range(1,N+1)}
    ok&= all(list(r.keys())==KEYS for r in rows) and all(r['category'] in CATS for r in rows) and all(r['tier']=='probe' for r in rows)
    c=collections.Counter(r['category'] for r in rows); print(" categories:",dict(c),"OK" if dict(c)==exp else "MISMATCH"); ok&=dict(c)==exp
    L=[len(r['text']) for r in rows]
    print(f" length: <40: {sum(l<40 for l in L)} ({sum(l<40 for l in L)/N:.0%}), 40-120: {sum(40<=l<=120 for l in L)}, >120: {sum(l>120 for l in L)} ({sum(l>120 for l in L)/N:.0%}); min {min(L)} max {max(L)}")
    form=lambda r:r['notes'].split(';')[0].replace('form: ','')
    print(" forms:",dict(collections.Counter(form(r) for r in rows)))
    for cat in exp:
        sub=[r for r in rows if r['category']==cat]; p=sum(form(r)!='plain message' for r in sub)
        print(f"  pasted share {cat}: {p}/{len(sub)} ({p/len(sub):.0%})")
    print(" flags:",dict(collections.Counter(f for r in rows for f in r['flags'])))
    print(" lender null:",sum(r['lender'] is None for r in rows),"; sender_number set:",sum(r['sender_number'] is not None for r in rows))
    th=[r for r in rows if r['category']=='unlawful_threat']
    if th:
        print(f"  threats by implication: {sum(('implic' in r['notes'] or 'implied' in r['notes']) for r in th)}/{len(th)}; no debt word: {sum('no debt word' in r['notes'] for r in th)}/{len(th)}")
    dup=[r['id'] for r in rows if r['text'] in seen_text]; seen_text|={r['text'] for r in rows}
    print(" duplicate texts:",dup); ok&=not dup
print("ALL CHECKS PASSED" if ok else "CHECKS FAILED")
