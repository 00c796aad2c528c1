"""fix32 (integrator's fix, round 32): over an `aggressive` verdict the learned model speaks only at >= 0.999. learn34
re-chose 0.997 out-of-file, but its retrained weights score plain announced visits home — lawful pressure in the
knowledge base — between 0.997 and 0.999, and fix31's same-words check misses them because the model's span is its
strongest n-grams (借款逾期), not the visit's words. The messages here are written for this test, not from a data file.
"""
from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.detectors import learned as learned_detector

# Announced visits, nothing more: aggressive (medium), never unlawful_threat.
PLAIN_VISITS = [
    "再拖着不还，明天我们就去你家",
    "你的借款逾期了，再不还款，我们就派人上门到你家",
    "你的借款逾期了，再不还款，我们就上门到你家",
]


@pytest.mark.parametrize("text", PLAIN_VISITS)
def test_a_plain_visit_home_stays_lawful_pressure(text: str) -> None:
    report = analyze(text)
    assert report.verdict.label == "aggressive", (text, report.verdict.label)
    assert not any(f.rule_id == learned_detector.RULE_ID for f in report.findings)


def test_the_floor_over_aggressive_is_0999() -> None:
    assert learned_detector.OVER_PRESSED == 0.999


def test_a_visit_with_exposure_to_the_neighbours_is_still_heard() -> None:
    # the model is still heard over aggressive where it is sure: a visit plus telling the whole building
    report = analyze("逾期三个月了，明天我们上门，顺便让你们楼里的人都知道你欠钱不还")
    assert report.verdict.label == "unlawful_threat"
