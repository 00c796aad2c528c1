"""Why gold threats of the opened files are still called not_collection, sorted by mechanism (round 30, THREAT30).

no_frame: no threat rule's pattern matches; gate: a pattern matches but a context (@debt, @addressed, @chased,
@pursued, or a context pattern such as a debt word) does not hold; veto:rule: modality, negation, excludes or unless
cancel every match; veto:pipeline_drop: a rule finding the pipeline drops (reported, lawful frame); pipeline_lowers:
a threat finding stands but the verdict is not unlawful_threat. Sealed files are never opened (the SEALED names, any
name with "sealed", r5_col/r6_col/r11_col, nothing under *_src/). Usage: python benchmarks/miss_mechanism.py [--rows]
[--verdicts=not_collection,reminder] [--json=/tmp/rows.json] (round 29, THREAT31: reminder too)
"""
import json, sys, glob, re, collections
ROOT = __import__('pathlib').Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from analyzer import rules as R
from analyzer import pipeline as P
from analyzer.modality import match_stands

# Round 31 opened these files; they keep their names (threat38).
OPENED31 = {f'{k}{i}_sealed.jsonl' for k, r in (('para', [7, 8, 10, *range(14, 25)]), ('lawful', [8, 10, *range(14, 25)]))
            for i in r}


def opened():
    fs = glob.glob(f'{ROOT}/tests/data/fresh/*.jsonl') + glob.glob(f'{ROOT}/tests/data/probes/*.jsonl') + \
         glob.glob(f'{ROOT}/../shared/eval/*.jsonl')
    out = []
    for f in sorted(fs):
        n = f.rsplit('/', 1)[1]
        if n in OPENED31: out.append(f); continue
        if 'sealed' in n or re.match(r'r(5|6|11)_col', n) or 'threat30_own' in n or "threat31_own" in n: continue
        out.append(f)
    return out

CAP = {}
orig = R.run
def spy(doc, rules, contexts, category_of, modality, clauses=None, items=None, written=None):
    res = orig(doc, rules, contexts, category_of, modality, clauses, items, written)
    if 'doc' not in CAP:
        CAP.update(doc=doc, rules=rules, contexts=contexts, cat=category_of, mod=modality, raw=res)
    return res
R.run = spy

def probe(doc, rules, contexts, cat, modality):
    clauses = modality.clauses(doc.f)
    stages = []
    for rule in rules:
        # verdict.py: a high doorstep_visit_threat (category pressure) also makes a threat verdict (threat31)
        if cat[rule.record.kind] != 'unlawful_threat' and not (rule.record.kind == 'doorstep_visit_threat'
                                                              and rule.record.severity == 'high'): continue
        ms = [m for p in rule.patterns for m in p.compiled().finditer(doc.f) if m.end() > m.start()]
        if not ms: continue
        fail = []
        miss = [n for n in rule.named if not contexts[n](doc)]
        if miss: fail.append('gate:' + '+'.join(miss))
        ok_mode = [m for m in ms if all(clauses.holds(md, m.start(), m.end()) for md in rule.modes)]
        if not ok_mode: fail.append('veto:modality')
        else:
            st = [m for m in ok_mode if match_stands(clauses, m.start(), m.end(), rule.record.negatable, rule.excludes, rule.unless_near)]
            if not st: fail.append('veto:neg/excl')
        if rule.requires and not R._required(rule, clauses): fail.append('gate:requires')
        if rule.unless is not None and R.scanner(rule.unless).search(doc.f): fail.append('veto:unless')
        stages.append((rule.record.id, fail))
    return stages

VERDICTS = next((a.split('=', 1)[1].split(',') for a in sys.argv if a.startswith('--verdicts=')), ['not_collection'])

def main():
    an = P.Analyzer() if hasattr(P, 'Analyzer') else None
    counts = collections.Counter(); rows = []
    for f in opened():
        for i, l in enumerate(open(f, encoding='utf-8')):
            if not l.strip(): continue
            r = json.loads(l)
            if r.get('category') != 'unlawful_threat' or 'text' not in r: continue
            CAP.clear()
            rep = an.analyze(r['text'], sender=r.get('sender_number'))
            if rep.verdict.label not in VERDICTS: continue
            hot = lambda x: x.category == 'unlawful_threat' or (x.kind == 'doorstep_visit_threat' and x.severity == 'high')
            thr = [x for x in rep.findings if hot(x)]
            raw = [x for x in CAP.get('raw', []) if hot(x)]
            if thr: mech = 'pipeline_lowers'; det = [x.rule_id for x in thr]
            elif raw: mech = 'veto:pipeline_drop'; det = [x.rule_id for x in raw]
            else:
                st = probe(CAP['doc'], CAP['rules'], CAP['contexts'], CAP['cat'], CAP['mod'])
                if not st: mech = 'no_frame'; det = []
                else:
                    gate_only = [s for s in st if s[1] and all(x.startswith('gate') for x in s[1])]
                    if gate_only: mech = 'gate'; det = gate_only
                    elif any(s[1] and all(x.startswith('veto') for x in s[1]) for s in st): mech = 'veto:rule'; det = st
                    else: mech = 'gate+veto'; det = st
            counts[(rep.verdict.label, mech)] += 1
            rows.append({'file': f.rsplit('/',1)[1], 'id': r.get('id', i), 'verdict': rep.verdict.label, 'mech': mech, 'det': det, 'text': r['text'], 'flags': r.get('flags')})
    if '--rows' in sys.argv:
        for r in rows:
            print(r['file'], r['id'], r['verdict'], r['mech'], r['text'][:80].replace('\n', ' '))
    dump = next((a.split('=', 1)[1] for a in sys.argv if a.startswith('--json=')), None)
    if dump:
        json.dump(rows, open(dump, 'w', encoding='utf-8'), ensure_ascii=False, indent=1, default=str)
    print(counts, len(rows))
main()
