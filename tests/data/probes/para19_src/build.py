#!/usr/bin/env python3
"""Build + validate para19 / lawful19 probe sets (invented messages, blind to the checker)."""
import json, re, sys, difflib, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "text", "source_url", "lender", "sender_number", "category", "flags", "tier", "notes"]
ALLOWED_FLAGS = {"suspicious_link", "urgency_pressure", "doorstep_visit_threat"}
ABBR = {"U": "urgency_pressure", "D": "doorstep_visit_threat", "L": "suspicious_link"}
WANT = {
    "para19": {"reminder": 40, "aggressive": 50, "unlawful_threat": 90, "scam": 80, "legal_notice": 20, "not_collection": 20},
    "lawful19": {"not_collection": 80, "reminder": 30, "aggressive": 20, "legal_notice": 20},
}
SRC = {"para19": ["p_rem_agg.txt", "p_unl.txt", "p_scam.txt", "p_ln.txt"], "lawful19": ["l_all.txt"]}
PREFIX = {"para19": "P19S", "lawful19": "L19S"}
LINK_RE = re.compile(r"https?://|\b[\w-]+\.(top|cc|cn|com|vip|xyz|net)\b|点击链接|链接略|链接:|点击\s*[a-z]")
URG_RE = re.compile(r"今天|今日|今晚|当天|24小时|48小时|72小时|七十二小时|两小时|2小时|[一二三两五七十\d]+日内|[一二三两五七十\d]+天内|小时内|最后|立即|马上|即刻|速处理|下班前|之前|前必须|截止")
DOOR_RE = re.compile(r"上门|外访|到你家|去你家|你家楼下|门口|拜访|实地|走访")
TEXTBOOK = ["逾期", "欠款", "还款", "借款", "贷款", "催收"]
THIRD_RE = re.compile(r"紧急联系人|保证人|担保人|担保的|共同还款人|共同借款人|家属|领导您好|同事|室友|房东您好|父亲吗|女儿你好|转告|你担保|您担保|表姐|妈:|刚有个电话打到前台|的家属|人事部门|班主任")
HEAD_RE = re.compile(r"短信|微信|WhatsApp|QQ|APP|转写|转文字|语音|截图|簡訊|來自|来电|私訊|群|12368|\d{1,2}[-/:]\d{2}|发件人|发信人|信函|通话|弹窗|推送|OCR|WeChat|\[")
PASTED_RE = re.compile(r"发件人|\d{1,2}[-/]\d{2}\s|\d{1,2}:\d{2}|\[微信\]|\[QQ\]|\[企业微信\]|微信「|语音|转写|\(微信\)|AI|收到一个法院短信|法院短信|/ |。\s*\d{2}-\d{2}|OCR|◀|\(图片\)")
TRAD_RE = re.compile(r"[閣還請訊戶將聯絡張與給費臺號們條嘅喺咗佢唔嚟搵哋]")

def parse(fn):
    out, cat = [], None
    for ln in open(os.path.join(HERE, fn), encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip():
            continue
        if ln.startswith("# "):
            cat = ln[2:].strip(); continue
        parts = ln.split("§")
        assert len(parts) == 5, (fn, ln)
        lender, sender, flags, text, note = parts
        out.append(dict(cat=cat, lender=None if lender == "-" else lender, sender=None if sender == "-" else sender,
                        flags=flags, text=text.strip(), note=note.strip()))
    return out

# brand named in the text itself (Format: lender = only what the text shows); checked when the data column is "-"
LENDER_BY_TEXT = [("有钱花的客服", "有钱花"), ("工行", "工商银行"), ("小赢卡贷", "小赢卡贷"), ("Billbee", "Billbee"),
    ("【支付宝】您的花呗", "支付宝"), ("余额宝 |", "支付宝"), ("【京东金条】", "京东金条"), ("\"借呗\"学生账户", "借呗"),
    ("【微信支付】", "微信支付"), ("【中国银联】", "中国银联"), ("美团金融会员", "美团"), ("分期乐可以申请延期", "分期乐"),
    ("借呗提前还款", "借呗"), ("WeLend", "WeLend")]
def lender_for(r):
    if r["lender"]: return r["lender"]
    for k, v in LENDER_BY_TEXT:
        if k in r["text"]: return v
    return None
# displayed sender: only official short numbers shown at the head of the pasted text
SENDER_HEAD = ["12368", "12366", "12123", "106980095188"]
def sender_for(r):
    head = re.sub(r"【[^】]*】", "", r["text"][:25])
    for n in SENDER_HEAD:
        if n in head: return n
    return None

def flags_for(r):
    fl = set(ABBR[c] for c in r["flags"].replace(",", "") if c in ABBR)
    t, c = r["text"], r["cat"]
    if c in ("scam", "unlawful_threat", "aggressive", "reminder") and LINK_RE.search(t):
        fl.add("suspicious_link")
    if c in ("aggressive", "unlawful_threat", "scam") and URG_RE.search(t):
        fl.add("urgency_pressure")
    if c in ("aggressive", "unlawful_threat") and DOOR_RE.search(t):
        fl.add("doorstep_visit_threat")
    return sorted(fl)

errors, sets = [], {}
for name in ("para19", "lawful19"):
    rows = []
    for fn in SRC[name]:
        rows += parse(fn)
    # group by category in fixed order so ids are stable
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{PREFIX[name]}{i:03d}", "text": r["text"], "source_url": "para19 probe (invented)",
                    "lender": lender_for(r), "sender_number": sender_for(r), "category": r["cat"], "flags": flags_for(r),
                    "tier": "probe", "notes": "para19 probe (invented); " + r["note"]})
    cnt = collections.Counter(o["category"] for o in out)
    if dict(cnt) != WANT[name]:
        errors.append(f"{name}: counts {dict(cnt)} != {WANT[name]}")
    sets[name] = out

allrows = sets["para19"] + sets["lawful19"]
ids = [o["id"] for o in allrows]
if len(ids) != len(set(ids)): errors.append("duplicate ids")
for o in allrows:
    if list(o.keys()) != KEYS: errors.append(f"{o['id']} keys")
    if not set(o["flags"]) <= ALLOWED_FLAGS: errors.append(f"{o['id']} bad flag {o['flags']}")
    if not o["text"]: errors.append(f"{o['id']} empty")
# first 6 characters unique across both files
seen = {}
for o in allrows:
    k = o["text"][:6]
    if k in seen: errors.append(f"same first 6 chars {k!r}: {seen[k]} {o['id']}")
    seen[k] = o["id"]
# near-duplicates across both files
texts = [(o["id"], o["text"]) for o in allrows]
maxr, nd = 0.0, 0
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i][1], texts[j][1], autojunk=False)
        if sm.real_quick_ratio() <= 0.45 or sm.quick_ratio() <= 0.45:
            continue
        r = sm.ratio()
        maxr = max(maxr, r)
        if r > 0.7:
            nd += 1; errors.append(f"near-dup {texts[i][0]} {texts[j][0]} {r:.2f}")
# not copied from the dev lines we were allowed to see (first 5 lines only)
devp = "/work/shared/eval/dev.jsonl"
devtexts = []
if os.path.exists(devp):
    with open(devp, encoding="utf-8") as f:
        for _ in range(5):
            l = f.readline()
            if l.strip(): devtexts.append(json.loads(l)["text"])
for o in allrows:
    for d in devtexts:
        if difflib.SequenceMatcher(None, o["text"], d).ratio() > 0.6:
            errors.append(f"{o['id']} too close to a dev line")

# stats
def band(t):
    n = len(t); return "<40" if n < 40 else (">120" if n > 120 else "40-120")
print("== counts")
for name, out in sets.items():
    c = collections.Counter(o["category"] for o in out)
    b = collections.Counter(band(o["text"]) for o in out)
    print(f"{name}: {len(out)} lines; {dict(c)}; length bands {dict(b)}")
    fc = collections.Counter(f for o in out for f in o["flags"])
    print(f"  flags: {dict(fc)}; lines with no flag: {sum(1 for o in out if not o['flags'])}")
    coll = [o for o in out if o["category"] in ("reminder", "aggressive", "unlawful_threat")]
    if coll:
        ind = [o for o in coll if not any(w in o["text"] for w in TEXTBOOK)]
        print(f"  collection lines (reminder/aggressive/unlawful): {len(coll)}; without textbook debt words: {len(ind)} ({len(ind)/len(coll):.0%})")
        for cat in ("reminder", "aggressive", "unlawful_threat"):
            cc = [o for o in coll if o["category"] == cat]
            ii = [o for o in cc if not any(w in o["text"] for w in TEXTBOOK)]
            if cc: print(f"    {cat}: {len(ii)}/{len(cc)} indirect")
        tp = [o for o in out if o["category"] in ("reminder", "aggressive", "unlawful_threat", "legal_notice") and (THIRD_RE.search(o["text"]) or "third" in o["notes"] or "guarantor" in o["notes"] or "relative" in o["notes"] or "colleague" in o["notes"] or "parent" in o["notes"] or "spouse" in o["notes"] or "sibling" in o["notes"] or "employer" in o["notes"] or "teacher" in o["notes"] or "landlord" in o["notes"] or "minor" in o["notes"] or "co-borrower" in o["notes"] or "emergency contact" in o["notes"])]
        print(f"  third-party collection lines (heuristic, text+notes): {len(tp)}")
    pasted = [o for o in out if HEAD_RE.search(o["text"][:22]) or " / " in o["text"] or "——" in o["text"] or "pasted" in o["notes"] or "voice" in o["notes"] or "WeChat" in o["notes"] or "QQ" in o["notes"] or "OCR" in o["notes"]]
    print(f"  pasted/WeChat/voice forms (heuristic): {len(pasted)}")
    trad = [o for o in out if TRAD_RE.search(o["text"])]
    print(f"  Traditional/Cantonese (heuristic): {len(trad)}")
    obf = [o for o in out if "obfuscation" in o["notes"]]
    print(f"  obfuscation lines (by note): {len(obf)}")
print(f"== near-dup check (difflib ratio, all {len(texts)*(len(texts)-1)//2} pairs across both files; pairs with quick_ratio<=0.45 skipped since ratio<=quick_ratio): max ratio {maxr:.3f} (limit 0.7); near-dups: {nd}")
print(f"== unique first-6 prefixes: {len(seen)} of {len(allrows)}")
if errors:
    print("== ERRORS"); [print(" ", e) for e in errors]; sys.exit(1)
for name, out in sets.items():
    fn = os.path.join(HERE, f"{name}_sealed.jsonl")
    with open(fn, "w", encoding="utf-8") as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote", fn, len(out))
print("== OK")
