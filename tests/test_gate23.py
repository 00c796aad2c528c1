"""gate23: the debt gate's frames for a reminder that says neither 逾期 nor 欠款 — goods bought on credit (先用后付,
分期 orders, a rented phone's rent), a due date said as 今日还款日 / 需在…前完成付款 / 扣款日…存入 / 将于…从…账户扣款,
a reminder opening with 记得 — and for money-word messages that ask for nothing: a debit already taken, thanks for
repaying, a transfer's memo, the card's monthly schedule, a credit offer's terms, a payment said as a condition.
Every example is written for its frame from knowledge of how senders write; none is a line of a labelled set.
Each case of REMINDERS and NOT_DEBT failed before gate23 (its verdict was the other of reminder / not_collection);
CONDITIONAL_OR_NEGATED guards the settled-debit frame against a payment said as a condition or as not made."""
from __future__ import annotations

import pytest

from analyzer import analyze

REMINDERS = {
    "pay-later-by-date": "【XX优选】您的先用后付订单58.00元需在12月20日前完成付款，请前往App-我的订单支付。",
    "pay-later-time-come": "您的先用后付订单已到付款时间，请及时支付，以免影响您的先用后付服务。",
    "shop-instalment-debit": "【XX商城】您分期购买的笔记本电脑本期分期款866元将于12月9日扣款，请保证银行卡余额充足。",
    "instalment-order-today": "【XX商城】您的分期订单第5/12期款项233元今日需支付，请在“我的订单”中付款。",
    "rented-phone-rent": "【XX租机】您租赁的华为Mate60本期租金268元今日到期，请在小程序内按时支付。",
    "due-day-without-shi": "【度小满】您的有钱花借款明日还款日，请确认尾号6612银行卡余额不少于980元。",
    "car-loan-deposit-by-debit-day": "【XX汽车金融】车贷月供2,680元，扣款日每月15号，请提前存入还款卡。",
    "debit-from-account-far": "【XX银行】您的第9期房贷月供5,120元将于12月21日从您尾号6601的还款账户扣款，请确保余额充足。",
    "should-debit-sum": "【XX银行】您尾号2231贷款账户本期应扣本息1,876.00元，扣款日12月18日。",
    "remember-this-instalment": "记得明天把这期的钱还上，别忘了",
    "remember-day-loan": "记得明天还花呗哦",
    "statement-due-next-sentence": "尾号2203信用卡本月账单人民币1,203.55。到期还款日12月25日。【XX银行】",
}

NOT_DEBT = {
    "debit-taken-from-account": "【XX公积金中心】您的公积金贷款本月应还2,880元已从尾号3310账户扣收，剩余本金198,000元。",
    "debit-done-thanks": "【XX银行】您的车贷本月2,680元已于今日扣款成功，感谢您按时还款。",
    "debit-record-balance": "【XX银行】您尾号6601账户于12月21日自动扣款5,120.00元（房贷），余额2,318.40元。",
    "debit-card-expense-memo": "【XX银行】您尾号6601的借记卡12月21日支出5,120.00元（房贷还款），余额2,318.40元。",
    "overdue-sum-paid-off": "【XX消费金融】您的逾期款项已全部结清，账户已恢复正常，感谢配合。",
    "transfer-memo": "【XX银行】您尾号8890的账户收到转账500.00元，附言：还款。",
    "monthly-schedule": "【XX银行】您的信用卡账单日为每月12日，到期还款日为每月30日，可在App设置自动还款。",
    "limit-raised-due-day-unchanged": "【XX银行】您的信用卡额度已提升至40,000元，本期账单还款日不变。",
    "loan-offer-instalments": "【XX消费金融】您已获得20,000元借款额度，随借随还，最长可分24期还款。",
    "repayment-credited": "【XX银行】您的信用卡还款已到账，当前可用额度21,000元。",
    "utility-auto-debit": "【XX燃气】您的燃气费将于20日从您尾号6601的银行卡自动扣款，请确保余额充足。",
    "pay-later-purchase-receipt": "你有一笔26.80元的支出，点击领取2个积分。使用花呗支付，请按时还款。",
    "settlement-certificate": "【XX消费金融】您申请的结清证明已开具，可在App“我的-证明材料”中下载。",
    "payout-arrived": "【XX金融】您的借款合同已签署，放款金额15,000元已到账，还款计划请在App查看。",
}


@pytest.mark.parametrize("text", REMINDERS.values(), ids=REMINDERS.keys())
def test_reminder_without_overdue_words(text: str) -> None:
    assert analyze(text).verdict.label == "reminder"


@pytest.mark.parametrize("text", NOT_DEBT.values(), ids=NOT_DEBT.keys())
def test_money_words_that_ask_nothing(text: str) -> None:
    assert analyze(text).verdict.label == "not_collection"


CONDITIONAL_OR_NEGATED = {
    # a payment said as a condition or as not made does not settle the instalment
    "condition": "您本次车贷还款失败，请于今日16:00前存入本期月还款金额，如今日扣款成功，将视同按时还款。",
    "not-yet": "【XX银行】您的贷款第8期应还款额2,318.26元已于12月1日到期，目前尚未扣款成功，请于3日内存入还款账户。",
}


@pytest.mark.parametrize("text", CONDITIONAL_OR_NEGATED.values(), ids=CONDITIONAL_OR_NEGATED.keys())
def test_payment_not_made_still_reminds(text: str) -> None:
    assert analyze(text).verdict.label == "reminder"


@pytest.mark.parametrize("text", [*REMINDERS.values(), *NOT_DEBT.values()])
def test_no_alarm(text: str) -> None:
    """The gate chooses between reminder and not_collection only: none of these is a threat or a scam."""
    report = analyze(text)
    assert not any(f.category in ("scam", "unlawful_threat") and f.severity in ("high", "medium")
                   for f in report.findings)
