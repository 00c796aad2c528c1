"""Threats with no or few debt words (round 25): frames in knowledge/data/rules/zz_threat25.toml — the reader's kin,
shop, school, workplace, village or social circle made the target of a crew's announced act (别想开门, 一个一个打招呼,
车牌记下来了, 跟她老板聊聊你的事, 写成传单, 堵在门口等你, 砸了也就几分钟的事, 轮流去你老家) — through the real
app over HTTP. The same words from a neighbour, a property manager, a friend or an anti-fraud notice are not threats.
The messages are written for these tests; none comes from a data file, a probe battery or a rule's examples.
"""
from __future__ import annotations

import pytest

from analyzer.verdict import NO_DEBT_THREAT_SUMMARY

THREATS = [
    # (text, finding kind, a word the finding must cover)
    ("你爸那个修车铺，明天起就别想再开门了。", "violence_threat", "别想"),
    ("你老公单位的同事，我们会一个一个打电话过去问问。", "third_party_contact", "一个一个"),
    ("你岳父家那辆黑色轿车，车牌号我们都记下来了。", "violence_threat", "记下来"),
    ("你家那个开奶茶店的表妹，我们下周去跟她老板聊聊你的事。", "third_party_contact", "老板"),
    ("你干的那些事，我们已经写成传单了。", "exposure_threat", "传单"),
    ("兄弟几个已经堵在你单位门口等你了。", "doorstep_visit_threat", "等你"),
    ("你那輛破電動車砸了也就一分鐘的事。", "violence_threat", "砸"),
    ("不给钱的话，兄弟们轮流去你老家住几天。", "doorstep_visit_threat", "轮流"),
]
ORDINARY = [
    "你爸那个修车铺，明天起别想开门了，整条街要停电检修两天。",
    "你老公单位的同事，我们会一个一个发喜糖，下周办婚礼。",
    "你家楼下那辆黑色轿车挡住消防通道了，车牌号我们记下来了，请尽快挪车。",
    "你表妹开的奶茶店我去过了，跟她老板聊了聊，她在那干得挺好。",
    "你写的那篇文章，我们已经印成传单，在社区宣传栏张贴了，谢谢投稿。",
    "兄弟们在你单位门口等你，下班一起去打球。",
    "你那辆旧电动车拆了也就几分钟的事，回收站的师傅说可以换新的。",
    "【反诈中心】提醒：催收人员扬言“不给钱就轮流去你老家住几天”属于违法行为，请及时报警。",
]


@pytest.mark.parametrize("text,kind,word", THREATS)
def test_threats_without_debt_words_are_threats(api, text, kind, word):
    report = api.analyze(text)
    assert report["verdict"]["label"] == "unlawful_threat", (report["verdict"], report["findings"])
    found = [f for f in report["findings"] if f["kind"] == kind]
    assert found, [f["rule_id"] for f in report["findings"]]
    # the finding points at the words that say it, on the text as pasted (Traditional included)
    assert any(word in text[f["start"]:f["end"]] for f in found), found
    for f in found:
        assert text[f["start"]:f["end"]] == f["excerpt"]


@pytest.mark.parametrize("text", ORDINARY)
def test_the_same_words_in_ordinary_messages_are_not(api, text):
    report = api.analyze(text)
    assert report["verdict"]["label"] not in ("unlawful_threat", "scam"), (report["verdict"], report["findings"])


def test_a_threat_with_no_debt_is_not_told_the_debt_may_be_real(api):
    report = api.analyze("你妈那个水果摊以后别想再摆了。")
    assert report["verdict"]["label"] == "unlawful_threat"
    assert report["verdict"]["summary"] == NO_DEBT_THREAT_SUMMARY
    assert any(f["rule_id"].startswith("threat.t25.") and "违法" in f["explanation"] and "110" in f["explanation"]
               for f in report["findings"])


def test_a_threat_that_names_a_debt_keeps_the_collection_summary(api):
    report = api.analyze("欠的钱再拖，你妈那个水果摊以后别想再摆了。")
    assert report["verdict"]["label"] == "unlawful_threat"
    assert "欠款可能是真的" in report["verdict"]["summary"]


NEGATED = [
    # a lender promising not to do it, in the same words the threats use
    "您的账单已逾期，请按时还款。我们绝不会把您干的事写成帖子挂到网上，也不会挨个联系您的亲戚朋友。",
    "我司承诺不会去您单位门口堵您，请放心，按时还款即可。",
]


@pytest.mark.parametrize("text", NEGATED)
def test_a_negated_act_fires_no_t25_rule(api, text):
    # (the first line is still a threat on main and here through an older rule,
    # threat.scheme.exposure.crowd_will_see, negatable = false, on 挂到网上 — left as it is, see README_threat25.md)
    report = api.analyze(text)
    assert not any(f["rule_id"].startswith("threat.t25.") for f in report["findings"]), report["findings"]
