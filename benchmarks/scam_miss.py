"""Why gold scams of the opened files are still called not_collection or reminder, sorted by mechanism (scam30).

no_frame: no scam rule's pattern matches; gate: a pattern matches but a context (@debt, @institution, ...) or a
`requires` pattern does not hold; veto:rule: modality, negation, excludes or unless cancel every match; masked: the
text as written would fire a scam rule, but a warning span (谨防…, …均为诈骗) blanks it; veto:pipeline_drop: a rule
finding the pipeline drops (reported, lawful frame, verifiable court); pipeline_lowers: a scam finding stands but not
at a serious severity. Sealed files are never opened (any name with "sealed", r5_col/r6_col/r11_col, nothing under
*_src/). Usage: python benchmarks/scam_miss.py [--rows] [--labels not_collection,reminder]
"""
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analyzer import pipeline as P  # noqa: E402
from miss_probe import CAP, opened, probe  # noqa: E402

SKIP = lambda n: '_own.jsonl' in n and 'scam3' in n
WANTED = lambda rule, category: category == 'scam'


def main():
    labels = ('not_collection', 'reminder')
    if '--labels' in sys.argv:
        labels = tuple(sys.argv[sys.argv.index('--labels') + 1].split(','))
    an = P.Analyzer()
    counts = collections.Counter(); rows = []
    for f in opened(SKIP):
        for i, l in enumerate(open(f, encoding='utf-8')):
            if not l.strip():
                continue
            r = json.loads(l)
            if r.get('category') != 'scam' or 'text' not in r:
                continue
            CAP.clear()
            rep = an.analyze(r['text'], sender=r.get('sender_number'))
            if rep.verdict.label not in labels:
                continue
            sc = [x for x in rep.findings if x.category == 'scam']
            raw = [x for x in CAP.get('raw', []) if x.category == 'scam']
            if sc:
                mech = 'pipeline_lowers'; det = [(x.rule_id, x.severity) for x in sc]
            elif raw:
                mech = 'veto:pipeline_drop'; det = [x.rule_id for x in raw]
            else:
                st = probe(WANTED)
                if not st:
                    mech = 'no_frame'; det = []
                else:
                    gate_only = [s for s in st if s[1] and all(x.startswith('gate') for x in s[1])]
                    if not any(not s[1] for s in st) and gate_only:
                        mech = 'gate'; det = gate_only
                    elif any(not s[1] for s in st):
                        mech = 'masked'; det = [s for s in st if not s[1]]
                    elif any(s[1] and all(x.startswith('veto') for x in s[1]) for s in st):
                        mech = 'veto:rule'; det = st
                    else:
                        mech = 'gate+veto'; det = st
            counts[mech] += 1
            rows.append({'file': f.rsplit('/', 1)[1], 'id': r.get('id', i), 'got': rep.verdict.label, 'mech': mech,
                         'det': det, 'text': r['text']})
    if '--rows' in sys.argv:
        for r in rows:
            print(r['file'], r['id'], r['got'], r['mech'], r['det'], '|', r['text'][:150].replace('\n', ' '))
    if '--json' in sys.argv:
        print(json.dumps(rows, ensure_ascii=False))
    print(counts, len(rows))


main()
