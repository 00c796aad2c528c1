import json, random, collections, re
import data_para, data_lawful, long_para, long_lawful

CATS = ["reminder","aggressive","unlawful_threat","legal_notice","scam","not_collection"]
KINDS = {"urgency_pressure","doorstep_visit_threat","suspicious_link"}

def para_items():
    out=[]
    for k,(c,reader,text,lender,sender,flags,note) in enumerate(data_para.ITEMS):
        text = long_para.LONG.get(k,text) + long_para.EXTRA.get(k,"")
        out.append((c,reader,text,lender,sender,flags,note))
    return out

def lawful_items():
    out=[]
    for k,(c,reader,text,lender,sender,flags,note) in enumerate(data_lawful.ITEMS):
        if text.startswith("【携程】"):  # one over quota
            continue
        text = text + long_lawful.EXTRA.get(k,"") + long_lawful.EXTRA2.get(k,"") + long_lawful.EXTRA3.get(k,"")
        out.append((c,reader,text,lender,sender,flags,note))
    return out

def form_of(t, note):
    forms=[]
    if re.search(r"（(通话录音|电话录音|语音转写|语音转文字|来电转写)）", t): forms.append("voice transcript")
    if re.search(r"(\S [^\s] \S ){3,}", t): forms.append("spaced characters")
    if re.search(r"[還錢貸銀帳戶貸訟請國](?!.*[还钱贷银])", t) or "Traditional" in note: forms.append("Traditional")
    if "typo" in note: forms.append("typos")
    if "reader's own words" in note or "reader's words" in note: forms.append("reader's own words")
    if t.startswith("【"): forms.append("【signature】SMS")
    return forms or ["plain text/WeChat"]

def build(items, prefix, fname, seed):
    random.Random(seed).shuffle(items)
    rows=[]
    for n,(c,reader,text,lender,sender,flags,note) in enumerate(items,1):
        rows.append({"id":f"{prefix}{n:03d}","text":text,"source_url":None,"lender":lender,
                     "sender_number":sender,"category":c,"flags":list(flags),"tier":"probe",
                     "notes":f"reader: {reader}; {note}"})
    with open(fname,"w",encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r,ensure_ascii=False)+"\n")
    return rows

def validate(fname, expect, log):
    rows=[json.loads(l) for l in open(fname,encoding="utf-8")]
    ids=[r["id"] for r in rows]
    cnt=collections.Counter(r["category"] for r in rows)
    log.append(f"== {fname}: {len(rows)} lines, unique ids: {len(set(ids))==len(ids)}, ids {ids[0]}..{max(ids)}")
    assert len(set(ids))==len(ids)
    assert all(r["category"] in CATS for r in rows)
    assert all(set(r["flags"])<=KINDS for r in rows)
    assert all(set(r)=={"id","text","source_url","lender","sender_number","category","flags","tier","notes"} for r in rows)
    for c in CATS:
        if c in expect or cnt[c]:
            log.append(f"  {c:16s} {cnt[c]:4d} (expected {expect.get(c,0)})  " +
                       f"non-borrower readers: {sum(1 for r in rows if r['category']==c and not r['notes'].startswith('reader: borrower'))}")
            assert cnt[c]==expect.get(c,0), c
    L=[len(r["text"]) for r in rows]
    log.append(f"  length: <40: {sum(l<40 for l in L)} ({sum(l<40 for l in L)/len(L):.0%}), 40-120: {sum(40<=l<=120 for l in L)}, >120: {sum(l>120 for l in L)} ({sum(l>120 for l in L)/len(L):.0%}); min {min(L)}, max {max(L)}")
    fc=collections.Counter(f for r in rows for f in form_of(r["text"],r["notes"]))
    log.append("  forms: " + ", ".join(f"{k} {v}" for k,v in fc.most_common()))
    flc=collections.Counter(f for r in rows for f in r["flags"])
    log.append("  flags: " + ", ".join(f"{k} {v}" for k,v in flc.most_common()) + f"; empty {sum(1 for r in rows if not r['flags'])}")
    log.append(f"  lender filled: {sum(1 for r in rows if r['lender'])}, sender_number filled: {sum(1 for r in rows if r['sender_number'])}")
    dup=[t for t,v in collections.Counter(r['text'] for r in rows).items() if v>1]
    log.append(f"  duplicate texts: {len(dup)}")
    return rows

if __name__=="__main__":
    log=[]
    build(para_items(),"P29S","/work/blind29/para29_sealed.jsonl",2929)
    build(lawful_items(),"L29S","/work/blind29/lawful29_sealed.jsonl",2930)
    pr=validate("/work/blind29/para29_sealed.jsonl",{"reminder":40,"aggressive":60,"unlawful_threat":90,"legal_notice":20,"scam":50,"not_collection":40},log)
    lr=validate("/work/blind29/lawful29_sealed.jsonl",{"not_collection":70,"reminder":30,"aggressive":40,"legal_notice":10},log)
    # threat sub-mix
    th=[r for r in pr if r["category"]=="unlawful_threat"]
    imp=sum(1 for r in th if "implied" in r["notes"] or "implication" in r["notes"])
    debtw=re.compile(r"欠|还|還|款|贷|貸|借|逾期|债|債|钱|錢|赖|賴|担保|催|账|帳")
    nodebt=sum(1 for r in th if not debtw.search(r["text"]))
    log.append(f"  unlawful_threat: implied-only (per notes) {imp}/90, without any debt word {nodebt}/90")
    sc=[r for r in pr if r["category"]=="scam"]
    log.append(f"  scam naming no loan/debt: {sum(1 for r in sc if not debtw.search(r['text']))}/50")
    # cross-file duplicates
    both=set(r['text'] for r in pr)&set(r['text'] for r in lr)
    log.append(f"cross-file duplicate texts: {len(both)}")
    out="\n".join(log); print(out)
    open("/work/blind29/build_output.txt","w",encoding="utf-8").write(out+"\n")
