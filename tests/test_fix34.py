"""fix34 (integrator's fix, round 32; found by tests/test_nodebt27.py in the round's clean-clone CI): the retrained
learned model lifted 过年我们几个兄弟去你老家看看你爸妈，带点年货 — a New-Year visit with gifts — to unlawful_threat. A
visit bringing New-Year goods, in a message with no money, debt, menace or condition, now silences the model
(knowledge/data/rules/zz_learn34.toml, learn_quiet_gift_visit); the rules' own findings are untouched. The messages
here are written for this test, not taken from a data file."""
from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.detectors.learned import RULE_ID

QUIET = [
    "过年我们几个兄弟去你老家看看你爸妈，带点年货。",
    "中秋我和几个同事去看看你妈，捎几盒月饼过去",
    "春节我们几个老同学去你家给叔叔阿姨拜个年",
]
# The same visit with money, debt, a condition or a sarcastic "gift": the model (or a rule) is still heard.
STILL_THREATS = [
    "欠的钱还不还？过年我们几个兄弟去你老家看看你爸妈，带点年货。",
    "我们几个兄弟去你老家看看你爸妈，带点礼物。",
    "再不还，过年我们几个兄弟去你老家给你爸妈拜年",
]


@pytest.mark.parametrize("text", QUIET)
def test_a_new_year_visit_with_gifts_is_not_a_threat(text: str) -> None:
    report = analyze(text)
    assert report.verdict.label not in ("unlawful_threat", "scam"), [(f.rule_id, f.excerpt) for f in report.findings]
    assert not any(f.rule_id == RULE_ID for f in report.findings)


@pytest.mark.parametrize("text", STILL_THREATS)
def test_the_same_visit_with_debt_or_a_condition_is_still_a_threat(text: str) -> None:
    assert analyze(text).verdict.label == "unlawful_threat"
