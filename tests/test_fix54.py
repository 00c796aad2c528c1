"""fix54 (integrator's bug fix, PREREG_round42 rules 1-2): two wrong readings of ordinary wording.

1. A denied saying or plan denies the step after it: "我们从来没说过要起诉你", "谁说要告你了", "公司从没想过要上门".
   The lexicon's modality has a `denial` marker (knowledge/data/rules/lexicon.toml: 没 / 没有 / 从未 / 并未 + 说、讲、提、
   想、打算, and the rhetorical 谁说要、哪里说过); analyzer/modality.py counts it as a negation anywhere in the clause
   before the end of the match, so it also denies a step whose match begins with its subject (aggr34's "我们…起诉").
   Plain 从来没 / 从没 / 并没 join the negation words. The condition marker blanks the 没 of "别说我们没说过要起诉你" (a
   warning) and of a denied leniency ("我可没说过要放过你"), and 没 before a repayment verb (你从来没还过钱我们就起诉你
   is the borrower's condition).
2. pressure.false_consequence.family_future is about the reader's family (影响你孩子上学、考公): a clause about the writer's
   own family (我孩子明年上学要用; 我女儿今年考公; 我老婆要还信用卡) is the writer's need, not pressure, and is excluded.

All messages are written for this test (masked, invented), not copied from a data file. Every harmless one fired an
urgency_pressure, false_consequence or threat finding on main e4332031; the real ones keep theirs.
"""
from __future__ import annotations

import json
import urllib.request

import pytest

import analyzer as analyzer_module


DENIED_STEP = [
    "我们从来没说过要起诉你，只是提醒你按时还款",
    "王先生，我司并没说要走法律程序，只是提醒您本月账单已到期，记得还款。",
    "之前电话里我们没讲过要把你的欠款交给律师，你别误会，按时还上就行。",
    "我们从没说过会上门，您按约定时间还款即可。",
    "客服从来没提过要起诉您，您放心，逾期的那期记得处理就好。",
    "李姐，我们从来没说过要联系你家人，欠款的事咱们慢慢商量。",
    "公司从来没想过要起诉你，只要你把这期欠款还了就行。",
    "谁说过要把你的账交给法务？别听别人瞎说，按期还款就好。",
]

WRITERS_FAMILY = [
    "钱你尽快还我吧，我孩子明年上学要用",
    "老同学，借你的那五千方便的话这周还我，我家孩子报名升学急用。",
    "姐，之前借你的钱能不能先还一部分，我女儿今年考公要去外地培训，家里紧。",
    "你欠我的八千这个月能还上吗，我老婆要还信用卡，家里实在周转不开。",
    "钱的事你抓紧点，我们家孩子上学的学费还差一截。",
    "房租拖了两个月了，我家小孩下学期入学也得交钱，你尽快转我。",
    "你再拖下去，我孩子上学的钱都凑不齐了，借你的一万尽快还我。",
]

# Real pressure that must keep its finding (rule id) and verdict.
KEEPS = [
    ("你不还我们就起诉你", "aggr34.step.creditor_takes_step", "aggressive"),
    ("别说我们没说过要起诉你，月底前不还就走法律程序。", "aggr34.step.creditor_takes_step", "aggressive"),
    ("你从来没还过一分钱我们就起诉你", "aggr34.step.creditor_takes_step", "aggressive"),
    ("别说我们没说过要联系你家人，今天不还就打你爸妈电话", "threat.third_party_contact.act_on_relatives", "unlawful_threat"),
    ("我们可没说过会宽限你今天不还就联系你单位", "threat.scheme.third_party.reach_out", "unlawful_threat"),
    ("再不还就影响你孩子考公", "pressure.false_consequence.family_future", "aggressive"),
    ("您的贷款已逾期17天，请尽快还款，否则将上报征信并影响子女就学就业", "pressure.false_consequence.family_future", "aggressive"),
    ("我孩子也在上学，我知道你难，但你再不还就影响你孩子考公", "pressure.false_consequence.family_future", "aggressive"),
    ("逾期不还会影响你孩子上学，你自己掂量。", "pressure.false_consequence.family_future", "unlawful_threat"),
]


def _report(text: str):
    return analyzer_module.analyze(text)


def _rules(report) -> set[str]:
    return {r for f in report.findings for r in f.rule_ids}


@pytest.mark.parametrize("text", DENIED_STEP)
def test_a_denied_step_is_no_lever(text: str) -> None:
    report = _report(text)
    assert report.verdict.label == "reminder", (text, report.verdict.label, _rules(report))
    assert not report.findings, _rules(report)


@pytest.mark.parametrize("text", WRITERS_FAMILY)
def test_the_writers_own_family_is_no_false_consequence(text: str) -> None:
    report = _report(text)
    assert "pressure.false_consequence.family_future" not in _rules(report)
    assert report.verdict.label == "reminder", (text, report.verdict.label, _rules(report))


@pytest.mark.parametrize(("text", "rule", "label"), KEEPS)
def test_real_pressure_keeps_its_finding(text: str, rule: str, label: str) -> None:
    report = _report(text)
    assert rule in _rules(report)
    assert report.verdict.label == label


def test_modality_and_clauses_agree_on_the_denial() -> None:
    from analyzer.lexicon import load
    from analyzer.modality import Modality

    m = Modality(load())
    cases = [("我们从来没说过要起诉你", "起诉", True), ("谁说要告你了", "告", True),
             ("别说我们没说过要起诉你", "起诉", False), ("我们可没说过会宽限你明天就上门", "上门", False),
             ("你从来没还过一分钱我们就起诉你", "起诉", False)]
    for text, word, negated in cases:
        end = text.index(word) + len(word)
        assert m.negated(text, 0, end) is negated, text
        assert m.clauses(text).negated(text, 0, end) is negated, text


def test_the_api_reads_a_denied_step_as_a_reminder(live_server) -> None:
    for text, label in ((DENIED_STEP[0], "reminder"), (KEEPS[0][0], "aggressive")):
        data = json.dumps({"text": text}).encode("utf-8")
        request = urllib.request.Request(live_server.url + "/api/v1/analyze", data=data,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as r:  # noqa: S310 - our own test server
            report = json.loads(r.read().decode("utf-8"))
        assert report["verdict"]["label"] == label
        if label == "reminder":
            assert not report["findings"]
