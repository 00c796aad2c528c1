"""fix59b: a community's own signed visit notice is not a collector 'enlisting' the community (round 45, integrator's
fix from a message imp59's helper wrote outside the sealed data). The collector's enlisting still fires."""
import pytest

from analyzer import analyze

RULE = "threat.r17.third_party.enlisted_locals"


@pytest.mark.parametrize("text", [
    "【XX社区】我们网格员明天到你们村走访，了解独居老人情况，请家里留人，谢谢配合。",
    "【幸福里社区居委会】网格员本周到你们小区走访，核实常住人口信息，请配合",
])
def test_community_notice_is_not_a_threat(text):
    r = analyze(text)
    assert RULE not in {f.rule_id for f in r.findings}
    assert r.verdict.label not in ("unlawful_threat", "scam")


@pytest.mark.parametrize("text", [
    "我们已经去你们村走访，跟你爸妈说清楚了，欠款自己看着办",
    "外访组明天会跟你们小区保安说明一下你的情况，欠款自己看着办",
    "社区网格员说你欠钱不还，我们下周去你们村了解情况",
])
def test_collector_enlisting_locals_still_fires(text):
    r = analyze(text)
    assert r.verdict.label == "unlawful_threat"
