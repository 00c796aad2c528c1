"""aggr31: the creditor's own lawsuit or enforcement, told as taken, under way or scheduled, was called a reminder.

hard30 stopped calling this frame a fake legal process (hardthirty_own_step in knowledge/data/rules/zz_hard30.toml) but
no rule heard it as pressure. aggr31.legal.creditor_suit_taken (knowledge/data/rules/zz_aggr31.toml) gives it
urgency_pressure: a creditor (我司, 本行, 平台, 公司, 我们, a private lender's 我, its lawyer) + already, now or on a set
day + its own step to a court or arbitration body (起诉, 告到法院, 递交诉状, 申请强制执行, 支付令, 实现抵押权), about the
reader's debt. A step withdrawn, denied or not taken, the reader's own suit, a warning about scams and legal-service
advertising stay as they were; the rule never makes a message unlawful_threat or scam."""
from __future__ import annotations

import pytest

from analyzer import analyze

RULE = "aggr31.legal.creditor_suit_taken"

AGGRESSIVE = [
    "【XX银行】尊敬的王**，您尾号3312的信用卡欠款经多次催收未果，我行已向XX区人民法院提起诉讼，请留意法院送达的诉讼文书。",
    "【XX小贷】王XX：您的借款已逾期180天，我司已向您户籍所在地人民法院起诉，法院受理后会依法送达传票。",
    "刘女士您好，您在我行的信用卡欠款一案判决已生效，我行已申请强制执行，如需协商履行可致电我行客服。",
    "小王，装修款一直拖着不给，我已经把你告到法院了，下周开庭。",
    "李**，你在**分期的借款我们已经起訴了，開庭時間以法院通知為准。",
    "赵姐，那两万块钱的借条我已经交给律师了，律师下周就去法院立案。",
    "您好，您在我行的贷款已逾期半年，我行已依法申请实现抵押权，法院受理后将依法处置抵押房产。",
]

UNCHANGED = [
    ("【XX消费金融】您的借款本期应还1200元，本短信不代表我司已对您提起诉讼，请于到期日前还款。", "reminder"),
    ("您好，您与我司的借款纠纷已达成和解，我司已向法院申请撤诉，请按和解协议按时还款。", "reminder"),
    ("【XX消费金融】您好，您的延期还款申请已通过，我司暂不会提起诉讼，请于5月10日前还清本期。", None),
    ("【XX金融】您的欠款已全部结清，我司已向法院撤回起诉，感谢您的配合。", None),
    ("警惕！近期有不法分子冒充银行称您欠款已被起诉，要求转账撤诉，请勿相信。", "not_collection"),
    ("我已经起诉了前老板拖欠的工资，下周开庭，祝我好运。", "not_collection"),
    ("老同学，听说你被网贷起诉了？我认识个律师，要不要介绍给你？", "not_collection"),
    ("您好，您起诉XX公司拖欠货款一案已立案，请按时参加庭前调解。", "not_collection"),
    ("【XX汽车金融】您的车贷已逾期4天，逾期将产生罚息，严重逾期的，我司将依据抵押合同依法行使抵押权。", "reminder"),
    ("你好，我是XX律所的王律师，你上次咨询的起诉邻居漏水的事，材料已经准备好了，明天去立案。", "not_collection"),
]


@pytest.mark.parametrize("text", AGGRESSIVE, ids=[f"a{i}" for i in range(len(AGGRESSIVE))])
def test_creditor_suit_taken_is_pressure(text: str) -> None:
    report = analyze(text)
    assert report.verdict.label == "aggressive"
    assert any(f.rule_id == RULE for f in report.findings)
    assert not any(f.category in ("unlawful_threat", "scam") for f in report.findings if f.rule_id == RULE)


@pytest.mark.parametrize("text,label", UNCHANGED, ids=[f"n{i}" for i in range(len(UNCHANGED))])
def test_withdrawn_denied_or_not_the_readers_debt_is_not_heard(text: str, label: str | None) -> None:
    report = analyze(text)
    assert not any(f.rule_id == RULE for f in report.findings)
    assert report.verdict.label not in ("aggressive", "unlawful_threat", "scam")
    if label is not None:
        assert report.verdict.label == label


def test_a_bare_claim_of_a_suit_keeps_its_threat() -> None:
    """Threat precedes pressure: an unverifiable 已经在走起诉流程 told with a deadline is still judged by threats*.toml."""
    report = analyze("欠款人周某某：你的违约借款已经在走起诉流程了，这周之内不处理就正式立案。")
    assert report.verdict.label == "unlawful_threat"


def test_explanation_does_not_say_a_planned_suit_was_filed(client) -> None:
    """The rule also hears a suit the creditor only says it will bring ("如再次违约我司将依法起诉"); its explanation must
    not tell a frightened reader that the creditor has already sued (round 58 wording fix), over HTTP as the page and
    the API show it."""
    for text in ("【XX银行】您的信用卡已逾期，如再次违约我司将依法起诉。",
                 "您的借款已逾期，我司将于3月5日向法院提起诉讼。"):
        r = client.post("/api/v1/analyze", json={"text": text})
        assert r.status_code == 200
        found = [f for f in r.get_json()["findings"] if f["rule_id"] == RULE]
        assert found, text
        words = found[0]["explanation"]
        assert "打算" in words and "已经（或在定好的日子）" not in words, words
