"""fix31: over an `aggressive` verdict the learned model (learn32) does not re-judge a menace the rules already heard
and placed as lawful pressure — a rule's finding of the same kind over the same words. Found by tests/test_polish23.py
(an announced home visit is lawful pressure, medium) in the round-31 CI; messages written here, not from sealed data."""
from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.detectors import learned
from analyzer.report import Finding

ANNOUNCED_VISITS = [
    "你的借款已逾期，再不还钱我们就派人上门到你家",
    "你的网贷逾期了，再不处理我们就安排人上门到你家核实",
]


@pytest.mark.parametrize("text", ANNOUNCED_VISITS)
def test_an_announced_visit_stays_lawful_pressure(text):
    report = analyze(text)
    assert report.verdict.label == "aggressive", [(f.rule_id, f.kind) for f in report.findings]
    assert not any(f.rule_id == "threat.learned.resembles_threats" for f in report.findings)


def _finding(kind: str, start: int, end: int, rule_id: str = "x") -> Finding:
    return Finding(rule_id=rule_id, kind=kind, category="unlawful_threat", severity="medium", start=start, end=end,
                   excerpt="", explanation="")


def test_only_a_same_kind_overlap_is_dropped():
    heard = [_finding("doorstep_visit_threat", 5, 12), _finding("exposure_threat", 20, 26)]
    rules = [_finding("doorstep_visit_threat", 3, 10, "pressure.r4.visit_if_not_handled"),
             _finding("doorstep_visit_threat", 30, 34, "pressure.other")]
    kept = learned.not_placed(heard, rules)
    assert [(f.kind, f.start) for f in kept] == [("exposure_threat", 20)]
