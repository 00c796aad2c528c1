"""Threats by implication with no debt word (round 24): a crew (我们的人、兄弟们、有人) + the reader's people or places +
presence announced as lasting or already arranged — through the real app. Said to "你" these are intimidation whether
or not a debt is named; the same words from a friend, a teacher, a landlord or a courier are not. The messages are
written for these tests; none comes from a data file or from the probe batteries.
"""
from __future__ import annotations

import pytest

from analyzer.verdict import NO_DEBT_THREAT_SUMMARY

THREATS = [
    # (text, finding kind, a word the finding must cover)
    ("你哥那个修车铺挺忙的吧，以后兄弟们没事就过去坐一坐。", "violence_threat", "兄弟们"),
    ("從明天開始，會有人一直在你家樓下等你。", "violence_threat", "有人"),
    ("你们单位门卫我们已经打过招呼了，以后你每天上下班都有人看着。", "exposure_threat", "打过招呼"),
    ("你丈母娘家我们的人昨天已经去过了，你自己看着办。", "violence_threat", "去过"),
    ("我们会让你们整个村都知道你是什么人。", "exposure_threat", "都知道"),
    ("你妹妹在师范大学读大三吧，寝室我们也打听到了。", "violence_threat", "我们"),
]
ORDINARY = [
    "你哥那个修车铺挺忙的吧，周末我过去帮他看看店。",
    "从明天开始，会有人在你家楼下收快递，记得把箱子放门口。",
    "我已经跟你们单位门卫打过招呼了，你的快递先放门卫室。",
    "你丈母娘家我们昨天已经去过了，老人家身体都挺好，你放心。",
    "你考上公务员的事，过两天全村都会知道，恭喜恭喜！",
    "你妹妹在师范大学读大三吧？我表弟也在那儿，有事让他找我。",
    "【XX小学】家长您好：本周起放学时段将有保安和志愿者在校门口值守，请按时接送孩子。",
    "你的视频已经发到网上了，好多人点赞，真厉害。",
]


@pytest.mark.parametrize("text,kind,word", THREATS)
def test_implied_threats_without_debt_words_are_threats(api, text, kind, word):
    report = api.analyze(text)
    assert report["verdict"]["label"] == "unlawful_threat", (report["verdict"], report["findings"])
    # (an older rule may name the same words first; the merge keeps one finding for them)
    found = [f for f in report["findings"] if f["kind"] == kind]
    assert found, [f["rule_id"] for f in report["findings"]]
    # the finding points at the words that say it, on the text as pasted (Traditional included)
    assert any(word in text[f["start"]:f["end"]] for f in found), found
    # no debt named: the reader is not told "欠款可能是真的", and each finding says what its words imply
    assert report["verdict"]["summary"] == NO_DEBT_THREAT_SUMMARY
    assert all("违法" in f["explanation"] and "110" in f["explanation"]
               for f in found if f["rule_id"].startswith("threat.implied24."))


@pytest.mark.parametrize("text", ORDINARY)
def test_the_same_words_in_kind_or_ordinary_messages_are_not(api, text):
    report = api.analyze(text)
    assert report["verdict"]["label"] not in ("unlawful_threat", "scam"), (report["verdict"], report["findings"])


def test_a_threat_that_names_a_debt_keeps_the_collection_summary(api):
    report = api.analyze("欠的钱再不还，以后兄弟们天天去你爸店里坐坐。")
    assert report["verdict"]["label"] == "unlawful_threat"
    assert "欠款可能是真的" in report["verdict"]["summary"]
