import json,random,collections,sys
sys.dont_write_bytecode=True
import p1,p2,p3,l1,l2
FORMN={'plain':'plain message','question':"reader's question + message",'multi':'several messages pasted','chat':'chat log','call':'call transcript','ocr':'screenshot OCR noise','forward':'forward with comment'}
CATS={'reminder','aggressive','unlawful_threat','legal_notice','scam','not_collection'}
def build(entries,prefix,fname,seed):
    random.Random(seed).shuffle(entries)
    out=[]
    for i,e in enumerate(entries,1):
        out.append({"id":f"{prefix}{i:03d}","text":e['text'],"source_url":None,"lender":e['lender'],"sender_number":e['sender_number'] or None,
                    "category":e['category'],"flags":e['flags'],"tier":"probe","notes":f"form: {FORMN[e['form']]}; {e['note']}"})
    with open(fname,'w',encoding='utf-8') as f:
        for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
    return out
para=p1.R+p1.A+p2.T+p3.G+p3.S+p3.N
law=l1.N+l1.R+l2.A+l2.G
import importlib,os
def apply(entries,mods):
    for m in mods:
        M=importlib.import_module(m)
        OV=getattr(M,'OV',{}); TL=getattr(M,'TAIL',{})
        for k in set(OV)|set(TL):
            hits=[e for e in entries if e['text'].startswith(k)]
            assert len(hits)==1,(m,k,len(hits))
            hits[0]['text']=OV.get(k,hits[0]['text'])+TL.get(k,'')
apply(para,[m for m in ['ov_p1','ov_p2','ov_p3','ov_p4','ov_p5'] if os.path.exists(m+'.py')])
apply(law,[m for m in ['ov_l1','ov_l2','ov_l3','ov_l4'] if os.path.exists(m+'.py')])
forms={id(e):e['form'] for e in para+law}
fp=[e['form'] for e in para]; fl=[e['form'] for e in law]
build(para,'P27S','/work/blind27/para27_sealed.jsonl',27)
build(law,'L27S','/work/blind27/lawful27_sealed.jsonl',2727)
