#!/usr/bin/env python3
"""Build and validate the blind probe sets para23 / lawful23 from the compact source files.

Source line format: cat|lender|sender|flags|[unused|]channel|text
  cat: r=reminder a=aggressive u=unlawful_threat s=scam l=legal_notice n=not_collection
  flags: L=suspicious_link U=urgency_pressure D=doorstep_visit_threat
"""
import json, sys, difflib, itertools, os
HERE = os.path.dirname(os.path.abspath(__file__))
CAT = dict(r="reminder", a="aggressive", u="unlawful_threat", s="scam", l="legal_notice", n="not_collection")
FLAG = dict(L="suspicious_link", U="urgency_pressure", D="doorstep_visit_threat")
ALLOWED_FLAGS = set(FLAG.values())
CHAN = dict(sms="SMS", push="App push notification", mp="小程序/公众号 service message", wx="WeChat private message",
            qw="企业微信 message", qq="QQ message", grp="message in a WeChat group the reader was pulled into",
            ai="AI robocall transcript (智能语音外呼)", vm="voicemail-to-text", mail="email",
            door="note on the door, photographed and OCR'd", dy="comment under the reader's Douyin/Kuaishou video")
KEYS = ["id", "text", "source_url", "lender", "sender_number", "category", "flags", "tier", "notes"]
EXTRA = {  # per-id notes for hard or unsure lines
    "P23S011": "Unsure: private creditor asks the debtor's mother to pass on a mild reminder; no amount pressure, but the debt is disclosed to family. Labelled reminder.",
    "P23S033": "Unsure: contact-person message that discloses nothing about the account (locating the debtor only). Labelled reminder.",
    "P23S042": "Terse demand; pressure without unlawful element.",
    "P23S047": "Mediation centre acting for the bank; lawful pre-suit mediation, deadline pressure.",
    "P23S058": "Unsure: 拟诉 status card — internal status, not a claimed filing. Labelled aggressive.",
    "P23S070": "Unsure: terse internal status, could be read as reminder. Labelled aggressive.",
    "P23S075": "Door note to the borrower's own address, no public exposure; lawful visit.",
    "P23S081": "Rude without insult; lawful.",
    "P23S087": "Unsure: contacts the employer, but on the strength of a written payroll-deduction undertaking by the borrower. Labelled aggressive; could be unlawful_threat if the undertaking is doubted.",
    "P23S091": "Co-owner of mortgaged property; lawful notice of enforcing the mortgage.",
    "P23S097": "Private creditor to the spouse about a marital-period debt and a lawsuit; lawful.",
    "P23S102": "Terse demand for a parent's number; third-party pressure by implication.",
    "P23S103": "Implicit workplace threat.",
    "P23S108": "Implicit community exposure.",
    "P23S109": "Implicit surveillance of the child.",
    "P23S141": "Contacts community grid worker and misstates default as 诈骗; implicit (no listed violent words).",
    "P23S186": "Impersonates enforcement (执法记录仪) and threatens community/work notification.",
    "P23S189": "Discloses the debt to the spouse; implicit.",
    "P23S215": "Fake official-channel switch to an unknown App; no link written, so no suspicious_link flag.",
    "P23S248": "Unsure: Taiwan court 支付命令 notice by SMS; real courts there mostly mail. Labelled legal_notice (no scam marker).",
    "P23S258": "Unsure: Hong Kong District Court notice by SMS is unusual. Labelled legal_notice (no scam marker).",
    "L23S001": "Joke between friends using 还钱.",
    "L23S004": "Wedding invitation context for 你老板电话.",
    "L23S036": "Margin-call notice (强制平仓); not debt collection.",
    "L23S133": "Obfuscated 逾期 (yu期); generic lawful warning.",
}
SETS = [
    ("para23_sealed.jsonl", "P23S", ["p_a.txt", "p_b.txt", "p_c.txt", "p_d.txt", "p_e.txt"],
     dict(reminder=40, aggressive=60, unlawful_threat=90, scam=50, legal_notice=20, not_collection=40)),
    ("lawful23_sealed.jsonl", "L23S", ["q_n.txt", "q_r.txt", "q_a.txt", "q_l.txt"],
     dict(not_collection=70, reminder=30, aggressive=40, legal_notice=10)),
]

def parse(fn):
    out = []
    for ln, line in enumerate(open(os.path.join(HERE, fn), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        f = line.split("|")
        if len(f) not in (6, 7):
            sys.exit(f"{fn}:{ln}: bad field count {len(f)}")
        cat, lender, sender, flags = f[0], f[1], f[2], f[3]
        chan, text = f[-2], f[-1]
        if cat not in CAT or chan not in CHAN or any(c not in FLAG for c in flags):
            sys.exit(f"{fn}:{ln}: bad code {cat}/{chan}/{flags}")
        out.append(dict(cat=CAT[cat], lender=lender or None, sender=sender or None,
                        flags=[FLAG[c] for c in flags], chan=chan, text=text.strip()))
    return out

errors = []
all_rows = []
for outname, prefix, files, want in SETS:
    rows = []
    for fn in files:
        rows += parse(fn)
    recs = []
    for i, r in enumerate(rows, 1):
        rid = f"{prefix}{i:03d}"
        note = f"Invented probe (para23, channels/little context). Channel: {CHAN[r['chan']]}."
        if rid in EXTRA:
            note += " " + EXTRA[rid]
        recs.append(dict(id=rid, text=r["text"], source_url="para23 probe (invented)", lender=r["lender"],
                         sender_number=r["sender"], category=r["cat"], flags=r["flags"], tier="probe", notes=note))
    counts = {}
    for rec in recs:
        counts[rec["category"]] = counts.get(rec["category"], 0) + 1
    if counts != want:
        errors.append(f"{outname}: counts {counts} != {want}")
    with open(os.path.join(HERE, outname), "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    all_rows.append((outname, recs, counts))

# validation
ids, texts = set(), []
for outname, recs, _ in all_rows:
    for line in open(os.path.join(HERE, outname), encoding="utf-8"):
        rec = json.loads(line)
        if list(rec.keys()) != KEYS:
            errors.append(f"{rec.get('id')}: keys {list(rec.keys())}")
        if rec["id"] in ids:
            errors.append(f"duplicate id {rec['id']}")
        ids.add(rec["id"])
        if not set(rec["flags"]) <= ALLOWED_FLAGS or len(set(rec["flags"])) != len(rec["flags"]):
            errors.append(f"{rec['id']}: bad flags {rec['flags']}")
        texts.append((rec["id"], rec["text"]))
# six-character openings
seen = {}
for rid, t in texts:
    k = t[:6]
    if k in seen:
        errors.append(f"same 6-char opening: {seen[k]} {rid}")
    seen[k] = rid
# near duplicates (difflib ratio > 0.7) across both files
near = 0
for (i1, t1), (i2, t2) in itertools.combinations(texts, 2):
    sm = difflib.SequenceMatcher(None, t1, t2, autojunk=False)
    if sm.real_quick_ratio() > 0.7 and sm.quick_ratio() > 0.7 and sm.ratio() > 0.7:
        errors.append(f"near-duplicate {i1} {i2} ratio={sm.ratio():.2f}")
        near += 1
# dev file: only the first 5 lines may be read (brief), so only those are compared
dev = []
with open("/work/shared/eval/dev.jsonl", encoding="utf-8") as fh:
    for _ in range(5):
        l = fh.readline()
        if l:
            dev.append(json.loads(l)["text"])
for rid, t in texts:
    for d in dev:
        if difflib.SequenceMatcher(None, t, d, autojunk=False).ratio() > 0.7:
            errors.append(f"{rid}: too close to a dev line")

# report
for outname, recs, counts in all_rows:
    L = [len(r["text"]) for r in recs]
    n = len(L)
    print(f"{outname}: {n} lines; categories {counts}")
    print(f"  length <30: {sum(x<30 for x in L)}  <40: {sum(x<40 for x in L)}  >120: {sum(x>120 for x in L)}  "
          f"(min {min(L)}, max {max(L)})")
    fl = {}
    for r in recs:
        for f in r["flags"]:
            fl[f] = fl.get(f, 0) + 1
    print(f"  flags {fl}; lender set on {sum(r['lender'] is not None for r in recs)}; "
          f"sender_number set on {sum(r['sender_number'] is not None for r in recs)}")
    ch = {}
    for r in recs:
        c = r["notes"].split("Channel: ")[1].split(".")[0]
        ch[c] = ch.get(c, 0) + 1
    print("  channels " + "; ".join(f"{k}: {v}" for k, v in sorted(ch.items(), key=lambda x: -x[1])))
print(f"pairs compared for near-duplicates: {len(texts)*(len(texts)-1)//2}; near-duplicates found: {near}")
if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("BUILD OK: keys, unique ids, exact label counts, allowed flags, unique 6-char openings, no near-duplicates (ratio<=0.7)")
