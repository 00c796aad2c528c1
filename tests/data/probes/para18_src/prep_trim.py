# one-time: drop plain lines so category counts stay exact after adding data/*_long.txt
import os, collections, re
D='/work/para18/data'
KEEP=re.compile(r'border|obfusc|Cantonese|Traditional|third party|pasted|voice|OCR|WeChat|微信')
def L(t): return len(t.replace('\\n','\n'))
def trim(files, longf, prefer):
    need=collections.Counter(l.split('|',1)[0] for l in open(os.path.join(D,longf),encoding='utf-8') if l.strip())
    dropped=[]
    data={f:[l.rstrip('\n') for l in open(os.path.join(D,f+'.txt'),encoding='utf-8') if l.strip()] for f in files}
    for cat,n in need.items():
        bands=prefer[cat]
        cands=[]
        for f,lines in data.items():
            for i,l in enumerate(lines):
                p=l.split('|',5)
                if p[0]!=cat: continue
                b='<40' if L(p[5])<40 else ('>120' if L(p[5])>120 else 'mid')
                if b not in bands: continue
                cands.append((bands.index(b), bool(KEEP.search(p[4])), L(p[5]), f, i))
        cands.sort()
        for c in cands[:n]:
            dropped.append((c[3],c[4]))
        assert len(cands)>=n,(cat,n,len(cands))
    out=open(os.path.join(D,'dropped_'+longf),'w',encoding='utf-8')
    for f,lines in data.items():
        dr={i for ff,i in dropped if ff==f}
        for i in sorted(dr): out.write(lines[i]+'\n')
        open(os.path.join(D,f+'.txt'),'w',encoding='utf-8').write('\n'.join(l for i,l in enumerate(lines) if i not in dr)+'\n')
    print(longf, 'dropped', len(dropped), dict(need))
trim(['p_ut','p_scam','p_agg','p_rem','p_legal','p_nc'],'p_long.txt',
     {'unlawful_threat':['<40','mid'],'scam':['mid','<40'],'aggressive':['<40','mid'],'reminder':['<40','mid'],'legal_notice':['mid'],'not_collection':['<40','mid']})
trim(['l_nc','l_rem','l_agg','l_legal'],'l_long.txt',
     {'not_collection':['<40','mid'],'reminder':['<40','mid'],'aggressive':['<40','mid'],'legal_notice':['mid']})
