"""Threats that name no debt (round 27, issue 12 point 1): knowledge/data/rules/zz_nodebt27.toml's frames (a dare to keep
evading, a relative's matter the reader 'cannot escape', a gang 'visiting' the reader's kin, people waiting at the
reader's place, the reader's property 'unsafe', contacts who will receive the reader's 'deeds', an insult with a
menace) and the @chased context (analyzer/pipeline.py, lexicon class nodebt_chase): a menace frame said to a reader
who is chased (装死, 拉黑, 不接电话, 给你几小时) needs no debt word. The same words from family, friends, schools,
couriers and anti-fraud notices are not threats. The messages are written for these tests, not taken from a data file.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer.verdict import NO_DEBT_THREAT_SUMMARY

THREATS = [
    # (text, a rule id that must be among the findings' rule ids)
    ("你心里清楚自己干了什么，再躲着不接试试看。", "threat.nodebt27.dare_evade"),
    ("你弟弟的事，你们全家也跑不了，叫他出来。", "threat.nodebt27.kin_cannot_escape"),
    ("你妈住哪我们知道，我们的人这两天去你老家看看她。", "threat.nodebt27.gang_visits_kin"),
    ("找了几个人在你公司大门口蹲你，今天你跑不了。", "threat.nodebt27.people_waiting_at_place"),
    ("當心你家的店，哪天出點事可難說。", "threat.nodebt27.property_unsafe"),
    ("还拉黑是吧，你同事明天都会收到你的照片。", "threat.nodebt27.contacts_will_receive"),
    ("你个白眼狼，总有一天让你后悔。", "threat.nodebt27.insult_with_menace"),
    # @chased: frames that used to need a debt word
    ("电话不接信息不回，迟早有一天你会为今天的态度付出代价。", "threat.t24.menace.you_will_pay"),
    ("一直装死，全国各地都有我们的人，你躲到哪都没用。", "threat.t24.menace.nowhere_to_hide"),
]
ORDINARY = [
    "你心里清楚自己干了什么，下次别再迟到了，大家都等你。",
    "你弟弟的事我听说了，你们全家都辛苦了，有需要跟我说。",
    "过年我们几个兄弟去你老家看看你爸妈，带点年货。",
    "我已经安排人在你公司门口等你了，车牌尾号568，接你去机场。",
    "当心你的车，停在楼下可不安全，昨晚小区又有人偷电瓶。",
    "你又不回消息，你同事都已经收到年会邀请了，就差你报名。",
    "哈哈哈你个白眼狼，总有一天让你后悔没跟我去吃火锅。",
    "你会为今天的努力感到骄傲的，加油！",
    "你又不接电话，跑到哪都一样，我们找得到你，妈妈很担心你，快回家。",
]


@pytest.mark.parametrize(("text", "rule_id"), THREATS, ids=[r for _, r in THREATS])
def test_threat_naming_no_debt(analyzer, text, rule_id):
    report = analyzer.analyze(text)
    assert report.verdict.label == "unlawful_threat", (text, report.verdict.label)
    assert rule_id in {r for f in report.findings for r in f.rule_ids}
    assert report.verdict.summary.startswith(NO_DEBT_THREAT_SUMMARY)


@pytest.mark.parametrize("text", ORDINARY)
def test_same_words_without_menace(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label not in ("unlawful_threat", "scam"), [(f.rule_id, f.excerpt) for f in report.findings]


def test_chased_stands_in_for_the_debt_anchor_only(analyzer):
    # the same menace without a debt word and without the reader being chased: not enough (a friend's 付出代价)
    assert analyzer.analyze("你会为今天的态度付出代价").verdict.label != "unlawful_threat"
    assert analyzer.analyze("你一直装死，你会为今天的态度付出代价").verdict.label == "unlawful_threat"
    assert analyzer.analyze("欠款不还，你会为今天的态度付出代价").verdict.label == "unlawful_threat"


def test_own_battery_holds():
    """tests/data/probes/nodebt27_own.jsonl: 59/72 on main before this round's rules; 69/72 after (the three left are
    a care-or-menace line that needs context and two false alarms that main already had)."""
    from analyzer import analyze
    path = Path(__file__).parent / "data" / "probes" / "nodebt27_own.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    right = sum(analyze(r["text"]).verdict.label == r["category"] for r in rows)
    assert right >= 69, right
