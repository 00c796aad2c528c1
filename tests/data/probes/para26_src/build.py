import json, random, re
from collections import Counter
CATS = {"reminder","aggressive","unlawful_threat","legal_notice","scam","not_collection"}
FL = {"U":"urgency_pressure","D":"doorstep_visit_threat","L":"suspicious_link"}
CH = {"sms":"SMS","port106":"106-port SMS","wechat":"WeChat text","qq":"QQ text","voice":"voice-call transcript",
      "trad":"Traditional-script SMS","spaced":"spaces between characters","symbols":"symbols between characters",
      "typo":"SMS with typos","ownwords":"reader's own words + pasted message"}
def load(files, base_skip=False):
    g = {"R": []}
    exec(open("p_a.py").read().split("# ---------- reminder 40")[0], g)   # defines e() only
    for f in files: exec(open(f).read(), g)
    exec(open("ext.py").read(), g)
    g["apply_ext"](g["R"]); g["apply_ext3"](g["R"]); g["apply_extl"](g["R"])
    return g["R"]
para = load(["p_a.py","p_b.py","p_c.py","p_long.py"])
law = load(["l_a.py","l_long.py"])
rng = random.Random(2026)
def base(r): return r["f"].split(";")[0]
def remove(R, cat, n_short, n_mid, cond=lambda r: True):
    pool = [r for r in R if r["c"]==cat and base(r) in ("sms","wechat") and len(r["t"])<=120 and cond(r)
            and "D" not in r["fl"] and "紧急联系人" not in r["t"] and r["s"]!="12368"]
    short = [r for r in pool if len(r["t"])<40]; mid = [r for r in pool if len(r["t"])>=40]
    rng.shuffle(short); rng.shuffle(mid)
    assert len(short)>=n_short and len(mid)>=n_mid, (cat, len(short), len(mid))
    for r in short[:n_short]+mid[:n_mid]: R.remove(r)
remove(para,"legal_notice",0,10)
remove(para,"scam",0,15)
remove(para,"aggressive",4,11)
remove(para,"unlawful_threat",3,0,lambda r:"impl" in r["f"] and "nodebt" not in r["f"])
remove(para,"unlawful_threat",2,0,lambda r:"impl" in r["f"] and "nodebt" in r["f"])
remove(para,"unlawful_threat",5,5,lambda r:"impl" not in r["f"] and "nodebt" not in r["f"])
remove(para,"reminder",2,6)
remove(para,"not_collection",6,2)
remove(law,"not_collection",14,0)
remove(law,"reminder",8,0)
remove(law,"aggressive",7,4)
remove(law,"legal_notice",0,5)

def out(R, prefix, path):
    R = R[:]; rng.shuffle(R)
    rows = []
    for i, r in enumerate(R, 1):
        tags = r["f"].split(";"); ch = CH[tags[0]]
        if tags[0]=="sms" and r["t"].startswith("【"): ch = "SMS with 【signature】"
        extra = [x for x in tags[1:]]
        note = ch + ("; " + ", ".join({"impl":"implication only","nodebt":"no debt word"}[x] for x in extra) if extra else "") + "; " + r["n"]
        rows.append({"id": f"{prefix}{i:03d}", "text": r["t"], "source_url": None, "lender": r["l"], "sender_number": r["s"],
                     "category": r["c"], "flags": [FL[c] for c in r["fl"]], "tier": "probe", "notes": note, "_f": r["f"]})
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({k:v for k,v in row.items() if k!="_f"}, ensure_ascii=False) + "\n")
    return rows
pr = out(para, "P26S", "/work/blind26/para26_sealed.jsonl")
lr = out(law, "L26S", "/work/blind26/lawful26_sealed.jsonl")
print(len(pr), len(lr))
