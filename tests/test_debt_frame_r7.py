"""The debt or collection frame sets the severity of ambiguous fragments (rules with `severity_without_debt`,
merge.without_collection_frame), run through the real analyzer in both directions: a bare 等着瞧 or
我天天给你打电话 with no debt words is not a collection message; the same words inside a
debt frame keep their verdict; explicit violence, harm to family, exposure, sending people and false legal
claims stay unlawful_threat with or without debt words, and lift the fragments beside them too."""
from __future__ import annotations

import pytest

from knowledge import registry

# (text, rule id that still fires, at severity low)
NO_FRAME = {
    "wait-and-see": ("你等着瞧吧，下次打球我一定赢你", "threat.violence.wait_and_see"),
    "calls-every-day": ("我天天给你打电话你都不接，烦死了", "pressure.r4.frequency_admitted"),
}


@pytest.mark.parametrize(("text", "rule_id"), list(NO_FRAME.values()), ids=list(NO_FRAME))
def test_ambiguous_fragment_without_debt_is_not_collection(analyzer, text, rule_id):
    report = analyzer.analyze(text).to_dict()
    assert report["verdict"]["label"] == "not_collection"
    assert report["verdict"]["risk"] == 0
    fired = {r: f["severity"] for f in report["findings"] for r in [f["rule_id"], *f["merged_rule_ids"]]}
    assert fired.get(rule_id) == "low", fired  # still shown, never hidden
    assert all(f["severity"] == "low" for f in report["findings"])  # no high finding in a risk-0 verdict


IN_DEBT_FRAME = {
    "wait-and-see": ("你欠我的钱今晚不到账，就等着瞧", "threat.violence.wait_and_see", "unlawful_threat"),
    "calls-every-day": ("欠款一直不还，我天天给你打电话你都不接", "pressure.r4.frequency_admitted", "aggressive"),
}


@pytest.mark.parametrize(("text", "rule_id", "label"), list(IN_DEBT_FRAME.values()), ids=list(IN_DEBT_FRAME))
def test_same_fragment_in_a_debt_frame_keeps_its_verdict(analyzer, text, rule_id, label):
    report = analyzer.analyze(text).to_dict()
    assert report["verdict"]["label"] == label
    rule = next(r for r in registry.rules() if r.id == rule_id)
    fired = {r: f["severity"] for f in report["findings"] for r in [f["rule_id"], *f["merged_rule_ids"]]}
    assert fired.get(rule_id) == rule.severity, fired


EXPLICIT = {
    "break-legs": "再不回我消息，我就打断你的腿",
    "children": "小心点,否则让你的孩子没爸没妈",
    "curse-family": "你全家不得好死",
    "people-sent": "明天派人去你公司找你",
    "crew-at-door": "我的人已经到你店门口了",
    "brothers-at-door": "兄弟们已经到你们小区了",
    "posters": "明天去你单位门口贴大字报",
    "contacts": "家人朋友即将收到通知函!",
    "fake-court": "已被列入失信名单,出行受限!",
    "know-home": "我知道你家住哪，你自己看着办",
    # Presence at the reader's door and a degrading insult stay threats without debt words: real collection
    # messages arrive as that one sentence (r4_sealed L4005 "我在你的楼下" was labelled unlawful_threat), and a
    # person pasting a message into this tool is asking about a collector far more often than about a friend.
    "presence": "我在你楼下",
    "presence-we": "我们已经到你家门口了",
    "insult-liar": "你这个骗子",
    "insult-thing": "不要脸的东西",
}


@pytest.mark.parametrize("text", list(EXPLICIT.values()), ids=list(EXPLICIT))
def test_explicit_threat_without_debt_stays_unlawful(analyzer, text):
    report = analyzer.analyze(text).to_dict()
    assert report["verdict"]["label"] == "unlawful_threat"
    assert any(f["severity"] == "high" for f in report["findings"])


@pytest.mark.parametrize("text", ["给我等着，你全家不得好死", "我天天给你打电话，明天派人去你公司找你"],
                         ids=["wait+curse", "calls+people-sent"])
def test_an_explicit_threat_frames_the_fragment_beside_it(analyzer, text):
    # A message with an explicit collection threat is from a collector: its fragments keep their severity.
    report = analyzer.analyze(text).to_dict()
    assert report["verdict"]["label"] == "unlawful_threat"
    assert all(f["severity"] == "high" for f in report["findings"] if f["category"] == "unlawful_threat"
               or f["kind"] == "doorstep_visit_threat")


@pytest.mark.parametrize("text", ["现安排工作人员找到你。", "将上门核实情况", "2小时内不处理就上门"],
                         ids=["staff-to-find-you", "field-visit", "visit-if-not-handled"])
def test_a_collectors_own_step_is_collection_pressure_without_debt_words(analyzer, text):
    # Staff visits and "不处理就上门" are what a collector does: their rules declare no severity_without_debt.
    assert analyzer.analyze(text).to_dict()["verdict"]["label"] == "aggressive"


def test_severity_without_debt_is_declared_lower_than_severity():
    order = ("low", "medium", "high")
    declared = [r for r in registry.rules() if r.severity_without_debt]
    assert {r.id for r in declared} >= {"threat.violence.wait_and_see", "pressure.r4.frequency_admitted"}
    for r in declared:
        assert order.index(r.severity_without_debt) < order.index(r.severity), r.id
