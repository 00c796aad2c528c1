"""Why gold threats of the opened files are still called not_collection, sorted by mechanism (round 30, THREAT30).

no_frame: no threat rule's pattern matches; gate: a pattern matches but a context (@debt, @addressed, @chased,
@pursued, or a context pattern such as a debt word) does not hold; veto:rule: modality, negation, excludes or unless
cancel every match; veto:pipeline_drop: a rule finding the pipeline drops (reported, lawful frame); pipeline_lowers:
a threat finding stands but the verdict is not unlawful_threat. Sealed files are never opened (the SEALED names, any
name with "sealed", r5_col/r6_col/r11_col, nothing under *_src/). Usage: python benchmarks/miss_mechanism.py [--rows]
[--verdicts=not_collection,reminder] [--json=/tmp/rows.json] (round 29, THREAT31: reminder too)
"""
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analyzer import pipeline as P  # noqa: E402
from miss_probe import CAP, opened, probe  # noqa: E402

SKIP = lambda n: 'threat30_own' in n or 'threat31_own' in n
# verdict.py: a high doorstep_visit_threat (category pressure) also makes a threat verdict (threat31)
WANTED = lambda rule, category: category == 'unlawful_threat' or (
        rule.record.kind == 'doorstep_visit_threat' and rule.record.severity == 'high')


VERDICTS = next((a.split('=', 1)[1].split(',') for a in sys.argv if a.startswith('--verdicts=')), ['not_collection'])

def main():
    an = P.Analyzer() if hasattr(P, 'Analyzer') else None
    counts = collections.Counter(); rows = []
    for f in opened(SKIP):
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
                st = probe(WANTED)
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
