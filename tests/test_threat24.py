"""Round 24 (threat24): threats inside a message that talks about a debt, which no rule heard before
(knowledge/data/rules/zz_threat24.toml), and the hard-but-lawful messages beside them. Lines not taken from any rule's
own examples; written with the battery tests/data/probes/threat24_own.jsonl."""
from __future__ import annotations

import pytest

THREATS = [
    # (text, the t24 rule that must hear it)
    ("再拖下去我们就换一种方式跟你沟通了，欠款今晚必须到账。", "threat.t24.menace.worse_hands"),
    ("你这账转给外地同事了，下回找你的可就不是我了，欠的钱抓紧。", "threat.t24.menace.worse_hands"),
    ("欠的钱还想赖？你迟早要为这事付出代价。", "threat.t24.menace.you_will_pay"),
    ("網貸欠款再不處理，出了事可別怪我們。", "threat.t24.menace.you_will_pay"),
    ("欠款不还，想想你女儿，别让她跟着你遭罪。", "threat.t24.family.kin_will_suffer"),
    ("欠我们平台的钱今天不还，我们就挨个给你的同学打电话说说。", "threat.t24.third_party.tell_outsiders"),
    ("欠款不还，等着被拘留吧。", "threat.t24.false_crime.await_arrest"),
    ("逾期这么久，你儿子的学校和班级我们都清楚，钱什么时候还？", "threat.t24.menace.we_hold_your_details"),
    ("欠钱不还，你搬到哪都没用。", "threat.t24.menace.nowhere_to_hide"),
]

LAWFUL = [
    "您的借款已逾期，如仍不还款我司将依法起诉，由此产生的一切后果自负。",
    "您的欠款逾期将上报征信，到时候别后悔，请今日内还款。",
    "您的借款已逾期，我司不会联系您的家人和同事，请您放心，尽快还款即可。",
    "因您逾期未还，我司将依合同通知您的担保人履行保证责任。",
    "逾期不还款也没关系，您可以换一种方式处理：申请分期，客服电话见APP。",
    "您的借款已逾期，请核实并更新您家人的联系方式，以便我们联系您本人。",
    "新闻：某催收员发短信称借款人“等着被刑拘吧”，已被警方行政拘留。",
]


@pytest.mark.parametrize(("text", "rule_id"), THREATS, ids=[r for _, r in THREATS])
def test_threat_inside_debt_message_is_heard(analyzer, text, rule_id):
    report = analyzer.analyze(text)
    assert report.verdict.label == "unlawful_threat", (text, report.verdict.label)
    assert rule_id in {r for f in report.findings for r in f.rule_ids}


@pytest.mark.parametrize("text", LAWFUL)
def test_hard_but_lawful_message_is_no_threat(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label not in ("unlawful_threat", "scam"), (text, report.verdict.label)
    assert not any(f.rule_id.startswith("threat.t24.") for f in report.findings)


def test_arrest_awaited_is_a_threat_but_arrest_reported_is_news(analyzer):
    """reported.py: 被刑拘 after 等着 is what the reader is told to expect, not a news item's outcome."""
    awaited = analyzer.analyze("欠款也不还，等着被刑拘吧。")
    assert awaited.verdict.label == "unlawful_threat"
    news = analyzer.analyze("某地一名催收员因多次恐吓借款人被刑拘。")
    assert news.verdict.label != "unlawful_threat"
