import json, random, re, collections, sys
D='/work/blind32/src/'
g={}
for f in ['p_rem','p_agg','p_unl','p_leg','p_scam','p_not','l_not','l_rest','rep_p','ext_p','rep_l','ext_l']:
    exec(open(D+f+'.py',encoding='utf-8').read(), g)
P=[('reminder',g['REM']),('aggressive',g['AGG']),('unlawful_threat',g['UNL']),('legal_notice',g['LEG']),('scam',g['SCAM']),('not_collection',g['NOT'])]
Lw=[('not_collection',g['LNOT']),('reminder',g['LREM']),('aggressive',g['LAGG']),('legal_notice',g['LLEG'])]
CATS={'reminder','aggressive','unlawful_threat','legal_notice','scam','not_collection'}
TYPO={
"垃圾,欠了两千块钱都还不起,你怎么不去死?":"垃圾,欠了两千块钱都换不起,你怎么不去死?",
"逾期不还,你的个人信息将同步至全国公安系统,出行乘车住酒店都会被拦截。":"逾其不还,你的个人信息将同步至全国公安系统,出行乘车住酒店都会被拦截。",
"不要再躲了,欠款不会因为你不接电话就消失,公司已经准备起诉材料了。":"不要再躲了,欠款不会因为你不接电话就消失,公司以经准备起诉材料了。",
"有资金困难吗?无抵押,秒到账,黑户也能下款,回复1了解详情。":"有资金困难吗?无低押,秒到帐,黑户也能下款,回复1了解详情。",
"老婆,信用卡我刚还了,别担心,逾期不了":"老婆,信用卡我刚还了,别担心,预期不了",
"明天是最后期限,过了就直接起诉,别到时候说没通知你。":"明天是最后期线,过了就直接起诉,别到时候说没通知你。",
}
def apply_rep(groups,REP,EXT):
    used=set()
    new=[]
    for cat,lst in groups:
        nl=[]
        for t,l,s,fl,n in lst:
            hits=[i for i,(p,_,_) in enumerate(REP) if t.startswith(p)]
            assert len(hits)<=1,(t,hits)
            if hits:
                i=hits[0]; assert i not in used,(i,t); used.add(i)
                t=REP[i][1]+EXT.get(i,''); n=REP[i][2] or n
            if t in TYPO:
                t=TYPO[t]; n=n+'; contains typo'
            nl.append((t,l,s,fl,n))
        new.append((cat,nl))
    assert used==set(range(len(REP))),set(range(len(REP)))-used
    return new
P=apply_rep(P,g['REP_P'],g['EXT_P']); Lw=apply_rep(Lw,g['REP_L'],g['EXT_L'])
def rows(groups,prefix,seed):
    out=[]
    for cat,lst in groups:
        for t,l,s,fl,n in lst:
            out.append({"text":t,"source_url":None,"lender":None if l in (None,"null") else l,"sender_number":s,"category":cat,"flags":list(fl),"tier":"probe","notes":n})
    random.Random(seed).shuffle(out)
    res=[]
    for i,r in enumerate(out,1):
        res.append({"id":f"{prefix}{i:03d}",**r})
    return res
log=[]
def pr(*a):
    s=' '.join(str(x) for x in a); print(s); log.append(s)
TRAD=set('還應銀後個這們錢會當請盡貸網將報過開說讓來門當時處單國據對發給')
DEBT=re.compile(r'欠|还|還|借|贷|貸|逾期|账|賬|款|钱|錢|债|債|催')
def forms(r):
    t=r['text']; f=[]
    if sum(c in TRAD for c in t)>=2: f.append('traditional')
    if re.search(r'[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]',t): f.append('spaced')
    if '语音' in t or '語音' in t or '录音' in t or t.startswith(('喂','你好,我是','您好,这里是')): f.append('voice')
    if r['sender_number'] in ('微信','QQ') or 'qq消息' in t: f.append('wechat/qq')
    if t.startswith('【') or re.search(r'【[^】]+】$',t): f.append('signature')
    if '?【' in t or '?【' in t or ':【' in t or r['notes'].startswith('reader'): f.append('reader_words')
    if 'typo' in r['notes']: f.append('typo')
    return f
ok=True
for name,groups,prefix,seed,expect in [('para32_sealed.jsonl',P,'P32S',3203,{'reminder':40,'aggressive':60,'unlawful_threat':90,'legal_notice':20,'scam':50,'not_collection':40}),
                                        ('lawful32_sealed.jsonl',Lw,'L32S',3217,{'not_collection':70,'reminder':30,'aggressive':40,'legal_notice':10})]:
    R=rows(groups,prefix,seed)
    with open('/work/blind32/'+name,'w',encoding='utf-8') as fh:
        for r in R: fh.write(json.dumps(r,ensure_ascii=False)+'\n')
    # validate from disk
    L=[json.loads(x) for x in open('/work/blind32/'+name,encoding='utf-8')]
    c=collections.Counter(r['category'] for r in L)
    ids=[r['id'] for r in L]; texts=[r['text'] for r in L]
    pr(f'== {name}: {len(L)} lines, valid JSON')
    pr('  counts:',dict(c),'OK' if dict(c)==expect else 'MISMATCH')
    pr('  unique ids:',len(set(ids))==len(ids), ids[0],'..',sorted(ids)[-1], ' unique texts:',len(set(texts))==len(texts))
    pr('  categories valid:',all(r['category'] in CATS for r in L), ' keys ok:',all(list(r)==["id","text","source_url","lender","sender_number","category","flags","tier","notes"] for r in L))
    n=len(L); lens=[len(t) for t in texts]
    pr(f'  length: <40 {sum(x<40 for x in lens)} ({sum(x<40 for x in lens)/n:.0%}), 40-120 {sum(40<=x<=120 for x in lens)}, >120 {sum(x>120 for x in lens)} ({sum(x>120 for x in lens)/n:.0%}); min {min(lens)} max {max(lens)} median {sorted(lens)[n//2]}')
    fc=collections.Counter(f for r in L for f in forms(r))
    pr('  forms:',dict(fc))
    pr('  flags:',dict(collections.Counter(f for r in L for f in r['flags'])),' lender null:',sum(r['lender'] is None for r in L))
    if dict(c)!=expect: ok=False
    if name.startswith('para'):
        u=[r for r in L if r['category']=='unlawful_threat']
        imp=sum('implicit' in r['notes'] for r in u); nod=sum(not DEBT.search(r['text']) for r in u)
        pr(f'  unlawful_threat: implicit-only {imp}/90, no debt word (regex 欠还借贷逾期账款钱债催) {nod}/90')
        for r in u:
            if not DEBT.search(r['text']): pr('    nodebt:',r['id'],r['text'][:30])
        pr('  scam naming no loan/lender (lender null and no loan word):',sum(1 for r in L if r['category']=='scam' and r['lender'] is None and not re.search('贷|借|逾期|欠款|征信|还款',r['text'])))
open('/work/blind32/build_output.txt','w',encoding='utf-8').write('\n'.join(log)+'\n')
sys.exit(0 if ok else 1)
