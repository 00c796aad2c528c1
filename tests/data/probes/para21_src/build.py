#!/usr/bin/env python3
"""Build and validate the para21 / lawful21 blind probe sets (invented messages).

Data lives in data_*.txt, one message per line: cat|lender|flags|text|note
  cat: r reminder, a aggressive, u unlawful_threat, s scam, l legal_notice, n not_collection
  lender: '-' = null; flags: L suspicious_link, U urgency_pressure, D doorstep_visit_threat
A note starting with IMPLICIT marks an unlawful threat carried only by the reader's life / implication.
"""
import json, random, difflib, sys, os, re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CAT = {'r': 'reminder', 'a': 'aggressive', 'u': 'unlawful_threat', 's': 'scam',
       'l': 'legal_notice', 'n': 'not_collection'}
FLAG = {'L': 'suspicious_link', 'U': 'urgency_pressure', 'D': 'doorstep_visit_threat'}
ALLOWED_FLAGS = set(FLAG.values())
KEYS = ["id", "text", "source_url", "lender", "sender_number", "category", "flags", "tier", "notes"]
BANNED_IMPLICIT = ['打', '砍', '杀', '弄', '收拾', '后果自负', '上门']
SETS = {
    'para21': dict(files=['data_p_a.txt', 'data_p_b.txt', 'data_p_c.txt', 'data_p_d.txt'], prefix='P21S',
                   out='para21_sealed.jsonl',
                   counts={'reminder': 40, 'aggressive': 50, 'unlawful_threat': 90, 'scam': 80,
                           'legal_notice': 20, 'not_collection': 20}),
    'lawful21': dict(files=['data_l_a.txt', 'data_l_b.txt'], prefix='L21S', out='lawful21_sealed.jsonl',
                     counts={'not_collection': 80, 'reminder': 30, 'aggressive': 20, 'legal_notice': 20}),
}
errors = []

def load(fn):
    rows = []
    for i, line in enumerate(open(os.path.join(HERE, fn), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        parts = line.split('|')
        if len(parts) != 5:
            errors.append(f'{fn}:{i}: expected 5 fields, got {len(parts)}')
            continue
        c, lender, flags, text, note = parts
        if c not in CAT:
            errors.append(f'{fn}:{i}: bad category {c}')
            continue
        fl = []
        for ch in flags:
            if ch not in FLAG:
                errors.append(f'{fn}:{i}: bad flag code {ch}')
            else:
                fl.append(FLAG[ch])
        rows.append(dict(cat=CAT[c], lender=None if lender == '-' else lender, flags=sorted(set(fl)),
                         text=text.strip(), note=note.strip(), where=f'{fn}:{i}'))
    return rows

out = {}
for name, cfg in SETS.items():
    rows = [r for fn in cfg['files'] for r in load(fn)]
    random.Random('para21-' + name).shuffle(rows)
    recs = []
    for k, r in enumerate(rows, 1):
        note = 'para21 probe (invented, not a real message).'
        if r['note']:
            note += ' ' + r['note']
        recs.append({"id": f"{cfg['prefix']}{k:03d}", "text": r['text'], "source_url": None,
                     "lender": r['lender'], "sender_number": None, "category": r['cat'],
                     "flags": r['flags'], "tier": "probe", "notes": note, "_where": r['where'],
                     "_implicit": r['note'].startswith('IMPLICIT')})
    got = Counter(x['category'] for x in recs)
    if dict(got) != cfg['counts']:
        errors.append(f'{name}: label counts {dict(got)} != {cfg["counts"]}')
    out[name] = recs

allrecs = out['para21'] + out['lawful21']
# keys / ids / flags
ids = [r['id'] for r in allrecs]
if len(ids) != len(set(ids)):
    errors.append('duplicate ids')
for r in allrecs:
    if set(r['flags']) - ALLOWED_FLAGS:
        errors.append(f"{r['id']}: flag outside allowed set")
    if not r['text']:
        errors.append(f"{r['id']}: empty text")
# 6-char prefixes
seen = {}
for r in allrecs:
    p = r['text'][:6]
    if p in seen:
        errors.append(f"same first 6 chars '{p}': {seen[p]} / {r['_where']}")
    seen[p] = r['_where']
# near duplicates
texts = [(r['_where'], r['text']) for r in allrecs]
maxr, maxpair = 0, None
for i in range(len(texts)):
    sm = difflib.SequenceMatcher(None, '', texts[i][1], autojunk=False)
    for j in range(i + 1, len(texts)):
        sm.set_seq1(texts[j][1])
        thr = min(maxr, 0.7)
        if sm.real_quick_ratio() <= thr or sm.quick_ratio() <= thr:
            continue
        rt = sm.ratio()
        if rt > maxr:
            maxr, maxpair = rt, (texts[i][0], texts[j][0])
        if rt > 0.7:
            errors.append(f'near-duplicate ratio {rt:.2f}: {texts[i][0]} / {texts[j][0]}')
# copy check vs the dev lines we were allowed to read (first 5 only)
dev = '/work/shared/eval/dev.jsonl'
if os.path.exists(dev):
    with open(dev, encoding='utf-8') as fh:
        devtexts = [json.loads(next(fh))['text'] for _ in range(5)]
    for r in allrecs:
        for d in devtexts:
            if difflib.SequenceMatcher(None, r['text'], d).ratio() > 0.7 or d in r['text']:
                errors.append(f"{r['id']}: too close to a dev line")
# implicit threats
imp = [r for r in out['para21'] if r['_implicit']]
for r in imp:
    if r['category'] != 'unlawful_threat':
        errors.append(f"{r['_where']}: IMPLICIT on non-threat")
    for w in BANNED_IMPLICIT:
        if w in r['text']:
            errors.append(f"{r['_where']}: implicit line contains banned word {w}")
if len(imp) < 35:
    errors.append(f'only {len(imp)} implicit threats (<35)')

def band(t):
    n = len(t)
    return '<40' if n < 40 else ('40-120' if n <= 120 else '>120')

report = []
for name, recs in out.items():
    report.append(f'== {name}: {len(recs)} lines')
    report.append('  labels: ' + ', '.join(f'{k} {v}' for k, v in sorted(Counter(r["category"] for r in recs).items())))
    report.append('  length: ' + ', '.join(f'{k} {v}' for k, v in sorted(Counter(band(r["text"]) for r in recs).items())))
    fc = Counter(f for r in recs for f in r['flags'])
    report.append('  flags: ' + (', '.join(f'{k} {v}' for k, v in sorted(fc.items())) or 'none'))
    report.append(f'  lender set: {sum(1 for r in recs if r["lender"])}')
    coll = [r for r in recs if r['category'] in ('reminder', 'aggressive', 'unlawful_threat', 'legal_notice')]
    tp = sum(1 for r in coll if 'third party' in r['notes'])
    report.append(f'  collection lines {len(coll)}, addressed to a third party {tp}')
    report.append(f'  obfuscation {sum(1 for r in recs if "obfuscation" in r["notes"])}, '
                  f'Traditional/Cantonese/Hokkien tagged {sum(1 for r in recs if re.search("Traditional|Cantonese|Hokkien", r["notes"]))}, '
                  f'pasted/voice/email/push/WeChat/several {sum(1 for r in recs if re.search("pasted|voice|email|push|WeChat|several|OCR", r["notes"]))}')
report.append(f'implicit unlawful threats: {len(imp)}')
report.append(f'max difflib ratio across both files: {maxr:.3f} {maxpair}')
print('\n'.join(report))
if errors:
    print(f'\nFAILED: {len(errors)} problem(s)')
    for e in errors:
        print('  ' + e)
    sys.exit(1)
for name, cfg in SETS.items():
    with open(os.path.join(HERE, cfg['out']), 'w', encoding='utf-8') as fh:
        for r in out[name]:
            fh.write(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False) + '\n')
print('\nOK: all checks passed; wrote ' + ', '.join(cfg['out'] for cfg in SETS.values()))
