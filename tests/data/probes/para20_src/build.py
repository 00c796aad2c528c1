#!/usr/bin/env python3
"""Build and validate para20 / lawful20 probe sets (invented messages, written blind)."""
import json, random, re, difflib, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
KEYS = ["id", "text", "source_url", "lender", "sender_number", "category", "flags", "tier", "notes"]
ALLOWED_FLAGS = {"suspicious_link", "urgency_pressure", "doorstep_visit_threat"}
PARA = [("reminder", "p_reminder.txt", 40), ("aggressive", "p_aggressive.txt", 50),
        ("unlawful_threat", "p_unlawful_implied.txt", 45), ("unlawful_threat", "p_unlawful_explicit.txt", 45),
        ("scam", "p_scam.txt", 80), ("legal_notice", "p_legal.txt", 20), ("not_collection", "p_not.txt", 20)]
LAWFUL = [("not_collection", "l_not.txt", 80), ("reminder", "l_reminder.txt", 30),
          ("aggressive", "l_aggressive.txt", 20), ("legal_notice", "l_legal.txt", 20)]
PARA_COUNTS = {"reminder": 40, "aggressive": 50, "unlawful_threat": 90, "scam": 80, "legal_notice": 20, "not_collection": 20}
LAWFUL_COUNTS = {"not_collection": 80, "reminder": 30, "aggressive": 20, "legal_notice": 20}

BRANDS = ["招商银行", "安逸花", "借呗", "京东金条", "京东白条", "京东金融", "分期乐", "度小满", "美团", "招联金融", "平安普惠",
          "小赢卡贷", "众安小贷", "工商银行", "360借条", "网商银行", "花呗", "支付宝", "中原消费金融", "浦发银行",
          "交通银行", "平安银行", "中国银行", "微众银行", "光大银行", "宁波银行", "兴业银行", "民生银行", "华夏银行",
          "中信银行", "小米贷款", "中国银联", "抖音月付", "你好借款"]
# brands mentioned only as a non-lender context (sender is not a financial brand) -> keep null
NULL_CONTEXT = ["【中国移动】", "【顺丰速运】", "【国家税务总局】", "【医保局】"]

def detect_lender(text, given):
    if given:
        return given
    if any(c in text for c in NULL_CONTEXT):
        return None
    hits = [(text.find(b), b) for b in BRANDS if b in text]
    if not hits:
        return None
    hits.sort()
    b = hits[0][1]
    return {"京东金条": "京东金融", "京东白条": "京东金融"}.get(b, b)

LINK_RE = re.compile(r"https?://|\b[\w-]+\.(top|xyz|cc|cn|com|vip)\b|点击|链接|登录网址", re.I)
URG_RE = re.compile(r"立即|马上|今日|今天|今晚|当天|小时内|[0-9一二三四五六七八九十]+日内|天内|最后|限你|截止|过期不|作废|明天|本周[五内]|周[一二三四五六日]前|\d+月\d+日前|月底前|前见不到|逾期将")
DOOR_RE = re.compile(r"上门|外访|家访|到你家|去你家|去你老家|家门口|到你们公司|去你们公司|来你们公司|你们公司来|赴您|前往您|前往你|单位门口|到你家里|到你家去|去学校找|来你们|上嚟|家里坐着|今晚就有人过去")

def flags_for(cat, text):
    f = []
    if cat == "scam" and LINK_RE.search(text):
        f.append("suspicious_link")
    if cat in ("aggressive", "unlawful_threat", "scam") and URG_RE.search(text):
        f.append("urgency_pressure")
    if cat in ("aggressive", "unlawful_threat") and DOOR_RE.search(text):
        f.append("doorstep_visit_threat")
    return f

# ---- paste forms (applied deterministically to about a third of the lines that are not already pasted) ----
NICKS = ["催收-阿杰", "贷后专员Amy", "法务-老周", "客服小雨", "资产部-王经理", "Kevin", "A诚信调解", "晴天", "陈律(助理)", "风控-刘",
         "债务专员", "小何", "大海", "阿强", "平台客服07", "雯雯", "老贺", "兰姐", "调解员张", "木子李", "Tony", "追风", "小鱼儿"]
NEUTRAL = ["晴天", "大海", "雯雯", "木子李", "小鱼儿", "追风", "Tony", "兰姐", "老贺", "阿强", "Kevin", "小何"]
RELS = ["我妈", "我老公", "同事", "我哥", "表姐", "我爸", "室友", "我老婆"]
def paste(text, rnd, k, cat=""):
    nicks = NEUTRAL if cat == "not_collection" else NICKS
    mm = rnd.choice(["11", "12", "10"]); dd = "%02d" % rnd.randint(1, 30)
    hh = "%02d" % rnd.randint(7, 23); mi = "%02d" % rnd.randint(0, 59)
    num = rnd.choice(["1069", "1065", "170", "171", "165", "0755", "020", "138", "186", "131"]) + "****" + "%04d" % rnd.randint(0, 9999)
    forms = [
        lambda: f"{mm}-{dd} {hh}:{mi} 来自 {num}：{text}",
        lambda: f"{mm}月{dd}日 {hh}:{mi} 短信：{text}",
        lambda: f"【{hh}:{mi}】{text}",
        lambda: f"{hh}:{mi} {rnd.choice(nicks)}：{text}",
        lambda: f"微信·{rnd.choice(nicks)}：{text}",
        lambda: f"{text} ——{num} {mm}/{dd} {hh}:{mi}",
        lambda: f"{rnd.choice(RELS)}转发来的截图：{text}",
        lambda: f"语音{rnd.randint(8,59)}\"转文字：{text}",
        lambda: f"({hh}:{mi}) {text}（{num}）",
        lambda: f"{num} {hh}:{mi}｜{text}",
    ]
    return forms[k % len(forms)]()

PASTE_HINT = re.compile(r"【下一条】|｜第2条｜| /// |——次日又收到|（另一条）|＋又一条：|^\[|^［|来自|微信|语音|wx |^\d|——|截图|OCR|短信\]")

HEADS = set()
SENDER_RE = re.compile(r"(?:来自 ?|发件号码|发件人 |号码|——|^|｜)(\d{2,4}\*{4}\d{4}|95\d{3}|1069\*{4}\d{4})(?=[ ：｜）\]]|$)")
def load(spec, prefix, seed):
    rnd = random.Random(seed)
    rows = []
    n = 0
    for cat, fn, want in spec:
        lines = [l.rstrip("\n") for l in open(os.path.join(SRC, fn), encoding="utf-8") if l.strip()]
        if len(lines) != want:
            print(f"COUNT {fn}: {len(lines)} != {want}")
        for i, l in enumerate(lines):
            parts = l.split("\t")
            given = parts[0].strip() or None
            text = parts[1].strip()
            note = parts[2].strip() if len(parts) > 2 else ""
            pasted = bool(PASTE_HINT.search(text))
            if not pasted and i % 3 == 1:
                text = paste(text, rnd, n, cat)
                pasted = True
            if text[:6] in HEADS:  # 6-char start taken: move a leading 【signature】 to the end (as many senders do)
                m = re.match(r"^(【[^】]{1,20}】)(.+)$", text)
                if m and m.group(2)[:6] not in HEADS:
                    text = m.group(2) + m.group(1)
            tries = 0
            while text[:6] in HEADS and tries < 50:  # still taken: present it as pasted, new prefix
                base = parts[1].strip()
                text = paste(base, rnd, n + tries + rnd.randint(0, 9), cat); pasted = True; tries += 1
            HEADS.add(text[:6])
            n += 1
            rows.append(dict(cat=cat, text=text, given=given, note=note, pasted=pasted, file=fn))
    # long band: give some 88-120 char lines the receiver's own paste note (time / number) so about a quarter run over 120
    need = len(rows) // 4 - sum(len(r["text"]) > 120 for r in rows)
    for r in sorted(rows, key=lambda r: -len(r["text"])):
        if need <= 0: break
        if 88 <= len(r["text"]) <= 120:
            mm = rnd.choice(["11", "12"]); dd = "%02d" % rnd.randint(1, 30); hh = "%02d" % rnd.randint(7, 23); mi = "%02d" % rnd.randint(0, 59)
            num = rnd.choice(["1069", "1065", "0571", "176", "133", "159"]) + "****" + "%04d" % rnd.randint(0, 9999)
            tails = [f"（转自我手机短信，{mm}月{dd}日{hh}:{mi}收到，发件号码{num}）", f" [发件人 {num}，{mm}/{dd} {hh}:{mi} 收到，已截图留存]",
                     f" ——以上为{mm}月{dd}日{hh}点{mi}分收到的原文，号码{num}，想问问这是真的吗", f"（{mm}.{dd} {hh}:{mi} 号码{num} 发来的，原样复制）"]
            r["text"] += tails[need % 4]; r["pasted"] = True; need -= 1
    out = []
    for j, r in enumerate(rows, 1):
        notes = "Invented probe (para20, blind). " + r["note"]
        if r["pasted"]:
            notes += " Pasted form."
        m = SENDER_RE.search(r["text"])
        out.append({"id": f"{prefix}{j:03d}", "text": r["text"], "source_url": None,
                    "lender": detect_lender(r["text"], r["given"]), "sender_number": m.group(1) if m else None,
                    "category": r["cat"], "flags": flags_for(r["cat"], r["text"]),
                    "tier": "probe", "notes": notes.strip()})
    return out

def validate(para, lawful):
    errs = []
    allrows = para + lawful
    for r in allrows:
        if list(r.keys()) != KEYS: errs.append(f"{r['id']} keys")
        if not set(r["flags"]) <= ALLOWED_FLAGS: errs.append(f"{r['id']} flags")
    ids = [r["id"] for r in allrows]
    if len(ids) != len(set(ids)): errs.append("duplicate ids")
    for rows, want, name in ((para, PARA_COUNTS, "para20"), (lawful, LAWFUL_COUNTS, "lawful20")):
        c = Counter(r["category"] for r in rows)
        if dict(c) != want: errs.append(f"{name} counts {dict(c)}")
    heads = {}
    for r in allrows:
        h = r["text"][:6]
        if h in heads: errs.append(f"same 6-char start: {heads[h]} {r['id']} {h!r}")
        heads[h] = r["id"]
    texts = [r["text"] for r in allrows]
    dev = []
    devp = "/work/shared/eval/dev.jsonl"
    if os.path.exists(devp):  # brief allows only the first 5 lines of dev to be read
        with open(devp, encoding="utf-8") as fh:
            for _ in range(5):
                l = fh.readline()
                if l.strip(): dev.append(json.loads(l)["text"])
    maxr = 0; worst = None
    for i in range(len(texts)):
        sm = difflib.SequenceMatcher(None, b=texts[i], autojunk=False)
        for j in range(i + 1, len(texts)):
            sm.set_seq1(texts[j])  # seq2 = texts[i] fixed
            if sm.real_quick_ratio() <= 0.7 or sm.quick_ratio() <= 0.7: continue
            r = sm.ratio()
            if r > maxr: maxr, worst = r, (allrows[i]["id"], allrows[j]["id"])
            if r > 0.7: errs.append(f"near-dup {allrows[i]['id']} {allrows[j]['id']} {r:.2f}")
        for d in dev:
            if difflib.SequenceMatcher(None, texts[i], d).ratio() > 0.7: errs.append(f"dev copy {allrows[i]['id']}")
    return errs, maxr, worst

def stats(rows):
    L = [len(r["text"]) for r in rows]
    return dict(n=len(rows), under40=sum(x < 40 for x in L), b40_120=sum(40 <= x <= 120 for x in L), over120=sum(x > 120 for x in L))

def main():
    para = load(PARA, "P20S", 2020)
    lawful = load(LAWFUL, "L20S", 2021)
    errs, maxr, worst = validate(para, lawful)
    for name, rows in (("para20", para), ("lawful20", lawful)):
        print(name, dict(Counter(r["category"] for r in rows)))
        print("  length bands", stats(rows))
        print("  flags", dict(Counter(f for r in rows for f in r["flags"])))
        print("  pasted", sum("Pasted form" in r["notes"] for r in rows), " with lender", sum(r["lender"] is not None for r in rows))
    imp = [r for r in para if r["category"] == "unlawful_threat"][:45]
    bad = [r["id"] for r in imp if re.search(r"打|砍|杀|弄|收拾|后果自负|上门", r["text"])]
    print("implied unlawful lines:", len(imp), "with forbidden words:", bad)
    if bad: errs.append("forbidden words in implied lines")
    print(f"max pairwise ratio {maxr:.3f} {worst}")
    if errs:
        print("ERRORS:", len(errs)); [print(" ", e) for e in errs]
        sys.exit(1)
    for fn, rows in (("para20_sealed.jsonl", para), ("lawful20_sealed.jsonl", lawful)):
        with open(os.path.join(HERE, fn), "w", encoding="utf-8") as fh:
            for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("OK: wrote para20_sealed.jsonl (%d) and lawful20_sealed.jsonl (%d)" % (len(para), len(lawful)))

if __name__ == "__main__":
    main()
