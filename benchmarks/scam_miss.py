"""Why gold scams of the opened files are still called not_collection or reminder, sorted by mechanism (scam30).

no_frame: no scam rule's pattern matches; gate: a pattern matches but a context (@debt, @institution, ...) or a
`requires` pattern does not hold; veto:rule: modality, negation, excludes or unless cancel every match; masked: the
text as written would fire a scam rule, but a warning span (谨防…, …均为诈骗) blanks it; veto:pipeline_drop: a rule
finding the pipeline drops (reported, lawful frame, verifiable court); pipeline_lowers: a scam finding stands but not
at a serious severity. Sealed files are never opened (any name with "sealed", r5_col/r6_col/r11_col, nothing under
*_src/). Usage: python benchmarks/scam_miss.py [--rows] [--labels not_collection,reminder]
"""
import json, sys, glob, re, collections
ROOT = __import__('pathlib').Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from analyzer import rules as R
from analyzer import pipeline as P
from analyzer.modality import match_stands


def opened():
    fs = glob.glob(f'{ROOT}/tests/data/fresh/*.jsonl') + glob.glob(f'{ROOT}/tests/data/probes/*.jsonl') + \
         glob.glob(f'{ROOT}/../shared/eval/*.jsonl')
    out = []
    for f in sorted(fs):
        n = f.rsplit('/', 1)[1]
        if 'sealed' in n or re.match(r'r(5|6|11)_col', n) or '_own.jsonl' in n and 'scam3' in n:
            continue
        out.append(f)
    return out


CAP = {}
orig = R.run


def spy(doc, rules, contexts, category_of, modality, clauses=None, items=None):
    res = orig(doc, rules, contexts, category_of, modality, clauses, items)
    if 'doc' not in CAP:
        CAP.update(doc=doc, rules=rules, contexts=contexts, cat=category_of, mod=modality, raw=res)
    return res


R.run = spy


def probe(doc, rules, contexts, cat, modality):
    clauses = modality.clauses(doc.f)
    stages = []
    for rule in rules:
        if cat[rule.record.kind] != 'scam':
            continue
        ms = [m for p in rule.patterns for m in p.compiled().finditer(doc.f) if m.end() > m.start()]
        if not ms:
            continue
        fail = []
        miss = [n for n in rule.named if not contexts[n](doc)]
        if miss:
            fail.append('gate:' + '+'.join(miss))
        ok_mode = [m for m in ms if all(clauses.holds(md, m.start(), m.end()) for md in rule.modes)]
        if not ok_mode:
            fail.append('veto:modality')
        else:
            st = [m for m in ok_mode if match_stands(clauses, m.start(), m.end(), rule.record.negatable,
                                                     rule.excludes, rule.unless_near)]
            if not st:
                fail.append('veto:neg/excl')
        if rule.requires and not R._required(rule, clauses):
            fail.append('gate:requires')
        if rule.unless is not None and R.scanner(rule.unless).search(doc.f):
            fail.append('veto:unless')
        stages.append((rule.record.id, fail))
    return stages


def main():
    labels = ('not_collection', 'reminder')
    if '--labels' in sys.argv:
        labels = tuple(sys.argv[sys.argv.index('--labels') + 1].split(','))
    an = P.Analyzer()
    counts = collections.Counter(); rows = []
    for f in opened():
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
                doc = CAP['doc']
                st = probe(doc, CAP['rules'], CAP['contexts'], CAP['cat'], CAP['mod'])
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
