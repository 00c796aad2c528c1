"""rnc56: the reminder / not_collection border read from the message's own request (../shared/eval/README.md and the
writers' brief: a reminder asks the reader to pay a debt or bill that is due or overdue; the reader's own question or
worry, a debt said paid off with nothing more asked, a loan paid out or credit offered are not collection).
analyzer/debt_asknothing.py, lexicon classes in knowledge/data/rules/zz_rnc56.toml. Messages written for this test
(masked), not taken from any data set."""
from __future__ import annotations

import json
import urllib.request

import pytest

from analyzer import analyze

# the writer's own question about a debt: nobody is asked to pay
OWN_QUESTION = [
    ("consequence", "白条晚还两天会上征信吗？"),
    ("procedure", "房贷想提前还一部分，需要本人去网点办吗？"),
    ("certificate", "信用卡销户后结清证明怎么开？"),
    ("worry", "网贷逾期一个月了，会不会被起诉啊？最近睡不着。"),
    ("traditional", "車貸逾期兩天會被收車嗎？"),
]

# the writer's own debt said paid off, nothing open
OWN_PAYOFF = [
    ("joy", "车贷终于还完了，今晚加个鸡腿！"),
    ("to_friend", "跟你说，我上周把两张信用卡的分期全结清了，以后再也不乱刷了，周六出来吃火锅？"),
]

# a lender's answer to the reader's own application, an offer of credit, this instalment paid with the rest scheduled
NOTHING_DUE_YET = [
    ("paid_out", "【某某消费金融】尊敬的客户，您申请的借款6,000元已于12月3日放款至您尾号**18的银行卡，首期还款日为2027年1月3日。"),
    ("approved_plan", "【某某银行】尊敬的客户，您提交的分期还款申请已审核通过，新的还款计划可在手机银行查看。"),
    ("credit_raised", "【某某金融】尊敬的用户，您的信用额度已提升至38,000元，随借随还，按日计息。退订回T"),
    ("instalment_paid", "【某某借】您已成功还款1,250.00元，本期账单已结清，剩余待还8,750.00元，下次还款日2027年2月8日。"),
]

# near misses that stay reminders (or heavier): an owed sum asked for, a question that asks the reader to pay
STILL_ASKED = [
    ("when_pay", "网贷逾期五天了，今天能还上吗？", "reminder"),
    ("friend_paid_q", "小周，借你的三千还清了吗？没还清这周转我。", "reminder"),
    ("overdue_after_payout", "【某某消费金融】您申请的借款已放款至尾号**18的银行卡，现本期已逾期3天，请立即还款。", "reminder"),
    ("overdue_question", "逾期的两期到底还不还？", None),
    ("shaming_question", "这笔网贷拖了两个月，还好意思天天不回消息？", None),
    ("we_lock_until_paid", "您的分期手机已逾期，我方将停用该设备直至还清。", None),
    ("offer_with_bill_due", "【某某银行】您的额度已提升至20,000元，本期账单860元12月9日到期，请按时还款。", "reminder"),
]

# frame-level: an approval whose condition is a payment by a date is no "nothing due yet" (the verdict of this one is
# decided elsewhere: main already read it as not_collection before rnc56)
WAIVER_DEADLINE = "【某某贷】您提交的减免申请已审批通过，请于12月20日前通过App还清剩余本金3,600元，如未按期还款，减免自动取消。"


@pytest.mark.parametrize(("name", "text"), OWN_QUESTION + OWN_PAYOFF + NOTHING_DUE_YET,
                         ids=[n for n, _ in OWN_QUESTION + OWN_PAYOFF + NOTHING_DUE_YET])
def test_nothing_asked_is_not_collection(name, text):
    assert analyze(text).verdict.label == "not_collection", name


@pytest.mark.parametrize(("name", "text", "label"), STILL_ASKED, ids=[n for n, _, _ in STILL_ASKED])
def test_a_payment_asked_stays_collection(name, text, label):
    got = analyze(text).verdict.label
    if label is None:
        assert got != "not_collection", name
    else:
        assert got == label, (name, got)


def test_a_dated_condition_is_no_nothing_due_yet():
    from analyzer.debt_asknothing import asks_nothing, nothing_due_yet
    from analyzer.normalize import fold
    assert not nothing_due_yet(fold(WAIVER_DEADLINE).text)
    assert not asks_nothing(fold("借你的两千什么时候还？").text)
    assert asks_nothing(fold("白条晚还两天会上征信吗？").text)
    # integrator's fix (round 43's CI, test_debt_gate19): a question followed by "don't keep delaying" presses the reader
    assert not asks_nothing(fold("借呗什么时候弄？别一直拖着。").text)
    assert not asks_nothing(fold("网贷的事什么时候办？不要再拖了。").text)
    assert asks_nothing(fold("借呗逾期一天会不会拖累征信？").text)


def test_the_api_reads_the_border(live_server) -> None:
    for text, label in ((OWN_QUESTION[0][1], "not_collection"), (STILL_ASKED[0][1], "reminder")):
        data = json.dumps({"text": text}).encode("utf-8")
        request = urllib.request.Request(live_server.url + "/api/v1/analyze", data=data,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as r:  # noqa: S310 - our own test server
            report = json.loads(r.read().decode("utf-8"))
        assert report["verdict"]["label"] == label
