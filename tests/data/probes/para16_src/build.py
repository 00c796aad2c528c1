#!/usr/bin/env python3
"""Build + validate para16 / lawful16 probe sets (invented, blind to the checker)."""
import json, sys, difflib, re, random, collections
sys.path.insert(0, '/work/para16')
from p_rem import REM; from p_agg import AGG; from p_unl import UNL; from p_scam import SCAM
from p_leg import LEG; from p_nc import NC; from l_nc import LNC; from l_rest import LREM, LAGG, LLEG

ALLOWED_FLAGS = {'L': 'suspicious_link', 'U': 'urgency_pressure', 'D': 'doorstep_visit_threat'}
KEYS = ["id", "text", "source_url", "lender", "sender_number", "category", "flags", "tier", "notes"]
SPEC = {
    'para16': ('P16S', '/work/para16/para16_sealed.jsonl',
               [('reminder', REM, 50), ('aggressive', AGG, 55), ('unlawful_threat', UNL, 70),
                ('scam', SCAM, 70), ('legal_notice', LEG, 25), ('not_collection', NC, 30)]),
    'lawful16': ('L16S', '/work/para16/lawful16_sealed.jsonl',
                 [('not_collection', LNC, 80), ('reminder', LREM, 30), ('aggressive', LAGG, 20),
                  ('legal_notice', LLEG, 20)]),
}

def looks_pasted(t):
    return bool(re.search(r'发件人|来自[:：]|\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}:\d{2}\n|^\S{1,6}[:：]|\n\S{1,6}[:：]|\[微信\]|\[WeChat\]|截图|那个|就是说|\n', t))

errors = []
WRAP = {'para16': (82, 78, 16), 'lawful16': (50, 46, 1616)}
out = {}
for name, (pfx, path, cats) in SPEC.items():
    rows = []
    for cat, items, n in cats:
        if len(items) != n:
            errors.append(f"{name}/{cat}: {len(items)} != {n}")
        for (text, lender, sender, fl, note) in items:
            flags = [ALLOWED_FLAGS[c] for c in fl]
            rows.append({"text": text, "source_url": None, "lender": lender, "sender_number": sender,
                         "category": cat, "flags": flags, "tier": "probe",
                         "notes": "para16 probe (invented)" + (f"; {note}" if note else "")})
    import wrap
    wrap.apply(rows, WRAP[name][0], WRAP[name][1], WRAP[name][2], looks_pasted)
    for i, r in enumerate(rows, 1):
        r["id"] = f"{pfx}{i:03d}"
    out[name] = [{k: r[k] for k in KEYS} for r in rows]

# validation
allv = set(ALLOWED_FLAGS.values())
allrows = out['para16'] + out['lawful16']
ids = [r['id'] for r in allrows]
if len(ids) != len(set(ids)): errors.append("duplicate ids")
for r in allrows:
    if list(r) != KEYS: errors.append(f"{r['id']} keys")
    if not set(r['flags']) <= allv: errors.append(f"{r['id']} bad flag")
    if not r['text'].strip(): errors.append(f"{r['id']} empty")
# near-duplicates across both files
texts = [(r['id'], r['text']) for r in allrows]
worst = 0.0
for i in range(len(texts)):
    a = texts[i][1]
    for j in range(i + 1, len(texts)):
        b = texts[j][1]
        sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
        if sm.real_quick_ratio() <= 0.7 or sm.quick_ratio() <= 0.7:
            continue
        r = sm.ratio(); worst = max(worst, r)
        if r > 0.7: errors.append(f"near-dup {texts[i][0]} ~ {texts[j][0]} {r:.2f}")
# no copy from the dev-file lines we were allowed to see (first 5)
dev = []
with open('/work/shared/eval/dev.jsonl') as f:
    for k, line in enumerate(f):
        if k >= 5: break
        dev.append(json.loads(line)['text'])
for i, t in texts:
    for d in dev:
        if difflib.SequenceMatcher(None, t, d).ratio() > 0.7: errors.append(f"{i} close to dev line")

# report
for name, rows in out.items():
    c = collections.Counter(r['category'] for r in rows)
    L = [len(r['text']) for r in rows]
    fc = collections.Counter(f for r in rows for f in r['flags'])
    print(f"{name}: {len(rows)} lines; " + ", ".join(f"{k} {v}" for k, v in c.items()))
    print(f"  length <40: {sum(l < 40 for l in L)}, 40-120: {sum(40 <= l <= 120 for l in L)}, >120: {sum(l > 120 for l in L)}")
    print(f"  flags: {dict(fc)}; no flag: {sum(not r['flags'] for r in rows)}")
    print(f"  as-pasted (heuristic): {sum(looks_pasted(r['text']) for r in rows)}")
    print(f"  traditional/cantonese (heuristic): {sum(bool(re.search('[這們還賬銀請嘅唔咗嗰哋係喺]', r['text'])) for r in rows)}")
print(f"max pairwise ratio among candidates: {worst:.3f}")
if errors:
    print("ERRORS:"); [print(" ", e) for e in errors]; sys.exit(1)
for name, (pfx, path, cats) in SPEC.items():
    with open(path, 'w') as f:
        for r in out[name]: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("OK: written", SPEC['para16'][1], SPEC['lawful16'][1])
