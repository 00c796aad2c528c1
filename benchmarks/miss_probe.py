"""What benchmarks/miss_mechanism.py (threats) and benchmarks/scam_miss.py (scams) share: the files they may read, a spy
on the rule engine that keeps the first run's inputs and raw findings, and the per-rule probe of which stage stopped a
pattern that matched. Sealed files are never opened: a name holding "sealed" only when tests/data/probes/OPENED.txt
lists it (scripts/train_ngram.opened_names, the one list), never r5_col/r6_col/r11_col, nothing under *_src/.
"""
import glob
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from analyzer import rules as R  # noqa: E402
from analyzer.modality import match_stands  # noqa: E402
from train_ngram import opened_names  # noqa: E402


def opened(skip=lambda name: False):
    """The labelled files a miss count may read, sorted; `skip(name)` leaves out a script's own batteries."""
    allowed = opened_names()
    fs = glob.glob(f'{ROOT}/tests/data/fresh/*.jsonl') + glob.glob(f'{ROOT}/tests/data/probes/*.jsonl') + \
        glob.glob(f'{ROOT}/../shared/eval/*.jsonl')
    out = []
    for f in sorted(fs):
        n = f.rsplit('/', 1)[1]
        if n not in allowed and ('sealed' in n or re.match(r'r(5|6|11)_col', n) or skip(n)):
            continue
        out.append(f)
    return out


CAP = {}
_orig = R.run


def _spy(doc, rules, contexts, category_of, modality, clauses=None, items=None, written=None):
    res = _orig(doc, rules, contexts, category_of, modality, clauses, items, written)
    if 'doc' not in CAP:
        CAP.update(doc=doc, rules=rules, contexts=contexts, cat=category_of, mod=modality, raw=res)
    return res


R.run = _spy


def probe(wanted):
    """For each rule `wanted(rule, category)` names whose pattern matches the captured text: the stages that stop it
    (gate:…, veto:modality, veto:neg/excl, gate:requires, veto:unless); an empty list means it would fire."""
    doc, rules, contexts, cat, modality = CAP['doc'], CAP['rules'], CAP['contexts'], CAP['cat'], CAP['mod']
    clauses = modality.clauses(doc.f)
    stages = []
    for rule in rules:
        if not wanted(rule, cat[rule.record.kind]):
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
        elif not [m for m in ok_mode if match_stands(clauses, m.start(), m.end(), rule.record.negatable,
                                                     rule.excludes, rule.unless_near)]:
            fail.append('veto:neg/excl')
        if rule.requires and not R._required(rule, clauses):
            fail.append('gate:requires')
        if rule.unless is not None and R.scanner(rule.unless).search(doc.f):
            fail.append('veto:unless')
        stages.append((rule.record.id, fail))
    return stages
