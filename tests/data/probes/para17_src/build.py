#!/usr/bin/env python3
"""Build and validate the para17 / lawful17 blind probe sets (invented messages).
Data: d_p_*.txt (para17) and d_l_*.txt (lawful17), one message a line:
  lender ¦ sender ¦ text ¦ note      ('-' = auto-detect lender / null sender, '0' = force null lender)
A literal \\n in text stands for a line break of a pasted message."""
import json, re, sys, difflib, collections, itertools

ALLOWED_FLAGS = {"suspicious_link"}   # only flag id listed in the Format section we were allowed to read
KEYS = ["id", "text", "source_url", "lender", "sender_number", "category", "flags", "tier", "notes"]
SRC = "para17 probe (invented)"
BRANDS = ["招商银行", "工商银行", "建设银行", "中国银行", "平安银行", "交通银行", "民生银行", "微众银行",
          "网商银行", "度小满", "分期乐", "京东金融", "京東", "微粒贷", "花呗", "支付宝", "美团", "中國信託",
          "渣打銀行", "平安普惠", "国家开发银行"]
LINK_RE = re.compile(r"http|链接|网址|\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(top|cc|vip|xyz|com|net|cn)\b", re.I)

SPEC = {
    "para17": ("P17S", "para17_sealed.jsonl", [("reminder", "d_p_reminder.txt", 50), ("aggressive", "d_p_aggressive.txt", 55),
               ("unlawful_threat", "d_p_unlawful.txt", 70), ("scam", "d_p_scam.txt", 70),
               ("legal_notice", "d_p_legal.txt", 25), ("not_collection", "d_p_notcoll.txt", 30)]),
    "lawful17": ("L17S", "lawful17_sealed.jsonl", [("not_collection", "d_l_notcoll.txt", 80), ("reminder", "d_l_reminder.txt", 30),
               ("aggressive", "d_l_aggressive.txt", 20), ("legal_notice", "d_l_legal.txt", 20)]),
}
# reviewed lender decisions that auto-detection gets wrong (id -> lender or None)
LENDER_OVERRIDE = {"P17S122": None, "P17S194": None, "L17S045": None, "P17S192": None, "L17S013": None, "L17S095": None}
# reviewed sender decisions where the header parser is wrong (id -> sender or None)
SENDER_OVERRIDE = {"P17S016": None, "P17S055": None, "P17S185": None, "P17S256": "12368", "P17S223": "95xxx", "P17S245": "95xxx"}
# pasted-form wrappers: id -> (prefix, suffix) from ext.txt (sender/time lines, follow-up SMS of the same thread)
EXT = {}
for _l in open("ext.txt", encoding="utf-8").read().split("\n"):
    if _l.strip():
        _i, _p, _s = [x.strip() for x in _l.split("¦")]
        EXT[_i] = (_p.replace("\\n", "\n"), _s.replace("\\n", "\n"))
for _l in (open("ext2.txt", encoding="utf-8").read() + "\n" + open("ext3.txt", encoding="utf-8").read() + "\n" + open("ext4.txt", encoding="utf-8").read()).split("\n"):
    if _l.strip():
        _i, _s = [x.strip() for x in _l.split("¦")]
        _p0, _s0 = EXT.get(_i, ("", ""))
        EXT[_i] = (_p0, _s0 + _s)
# whole-line replacements written in a second pass (longer messages): id -> (lender, sender, text, note)
REPL = {}
for _l in open("replace.txt", encoding="utf-8").read().split("\n"):
    if _l.strip():
        _f = [x.strip() for x in _l.split("¦")]
        REPL[_f[0]] = tuple(_f[1:])
SENDER_RE = re.compile(r"^(?:发件人|發件人|来自|来电显示|来电)\s*[::]?\s*(.+?)\s*(?:\d{1,2}:\d{2})?$|^(\+?[\dx*\-]{5,}|95xxx)(?:\s|$)")

def detect_lender(text):
    # brand in a 【】 signature first, else earliest brand in the text
    for sig in re.findall(r"【([^】]+)】", text):
        for b in BRANDS:
            if b in sig:
                return b
    hits = [(text.find(b), b) for b in BRANDS if b in text]
    return min(hits)[1] if hits else None

def load(prefix, parts):
    rows, errs, n = [], [], 0
    for cat, fn, want in parts:
        lines = [l for l in open(fn, encoding="utf-8").read().split("\n") if l.strip()]
        if len(lines) != want:
            errs.append(f"{fn}: {len(lines)} lines, want {want}")
        for l in lines:
            f = [x.strip() for x in l.split("¦")]
            if len(f) != 4:
                errs.append(f"{fn}: bad field count: {l[:40]}"); continue
            lender, sender, text, note = f
            n += 1
            rid = f"{prefix}{n:03d}"
            if rid in REPL:
                lender, sender, text, note = REPL[rid]
            text = text.replace("\\n", "\n")
            if rid in EXT:
                pre, suf = EXT[rid]
                text = pre + text + suf
            if lender == "-":
                lender = detect_lender(text)
            elif lender == "0":
                lender = None
            if rid in LENDER_OVERRIDE:
                lender = LENDER_OVERRIDE[rid]
            if sender == "-":
                m = SENDER_RE.match(text.split("\n")[0].strip())
                if m and "\n" in text:
                    sender = (m.group(1) or m.group(2)).strip()
            if rid in SENDER_OVERRIDE:
                sender = SENDER_OVERRIDE[rid] or "-"
            flags = ["suspicious_link"] if LINK_RE.search(text) and cat in ("scam", "unlawful_threat") else []
            rows.append({"id": rid, "text": text, "source_url": SRC, "lender": lender,
                         "sender_number": None if sender == "-" else sender, "category": cat, "flags": flags,
                         "tier": "probe", "notes": ("invented by para17 helper (blind to the checker). " + note).strip()})
    return rows, errs

def main():
    allrows, errs, out = [], [], {}
    for name, (prefix, fn, parts) in SPEC.items():
        rows, e = load(prefix, parts); errs += e; out[fn] = rows; allrows += rows
        c = collections.Counter(r["category"] for r in rows)
        for cat, _, want in parts:
            if c[cat] != want:
                errs.append(f"{name}: {cat} = {c[cat]}, want {want}")
    ids = [r["id"] for r in allrows]
    if len(ids) != len(set(ids)): errs.append("duplicate ids")
    unknown = (set(EXT) | set(REPL)) - set(ids)
    both = set(EXT) & set(REPL)
    # (an id may be both replaced and then extended: replacement first, wrapper after)
    if unknown: errs.append(f"ext ids not found: {sorted(unknown)}")
    for r in allrows:
        if list(r.keys()) != KEYS: errs.append(f"{r['id']}: keys")
        if not set(r["flags"]) <= ALLOWED_FLAGS: errs.append(f"{r['id']}: flag not allowed")
    # near-duplicates across both files
    texts = [(r["id"], r["text"]) for r in allrows]
    worst, bad = 0.0, []
    for (a, ta), (b, tb) in itertools.combinations(texts, 2):
        sm = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
        if sm.real_quick_ratio() <= 0.7 or sm.quick_ratio() <= 0.7:
            continue
        r = sm.ratio(); worst = max(worst, r)
        if r > 0.7: bad.append((a, b, round(r, 3)))
    for a, b, r in bad: errs.append(f"near-duplicate {a} {b} ratio {r}")
    # no copy from dev file (only the 5 lines we were allowed to read are checked)
    dev = [json.loads(l)["text"] for l in open("/work/shared/eval/dev.jsonl", encoding="utf-8").readlines()[:5]]
    for r in allrows:
        for d in dev:
            if difflib.SequenceMatcher(None, r["text"], d).ratio() > 0.7:
                errs.append(f"{r['id']}: close to a dev line")
    # report
    for fn, rows in out.items():
        c = collections.Counter(r["category"] for r in rows)
        L = [len(r["text"]) for r in rows]
        print(fn, len(rows), dict(c))
        print("  length <40:", sum(x < 40 for x in L), " 40-120:", sum(40 <= x <= 120 for x in L), " >120:", sum(x > 120 for x in L))
        print("  flags:", dict(collections.Counter(f for r in rows for f in r["flags"])),
              " lender set:", sum(r["lender"] is not None for r in rows), " sender set:", sum(r["sender_number"] is not None for r in rows))
    print("max pair ratio among candidates:", round(worst, 3))
    if errs:
        print("ERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
    for fn, rows in out.items():
        with open(fn, "w", encoding="utf-8") as f:
            for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("OK: all checks passed; files written")

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--lenders":
        for name, (prefix, fn, parts) in SPEC.items():
            for r in load(prefix, parts)[0]:
                if r["lender"] or r["flags"]: print(r["id"], r["category"], r["lender"], r["flags"], r["text"][:50].replace("\n", "/"))
    else:
        main()
