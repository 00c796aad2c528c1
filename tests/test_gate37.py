"""gate37: the collection gate (reminder vs not_collection), both directions — money already paid is no reminder: a
bank's dated debit for a repayment (12月03日14:10自动扣款(信用卡还款)2,210.00元), an outgoing payment whose purpose is a
repayment (支出人民币…元,用途:信用卡还款), a payoff certificate issued, a receipt whose owed words are nil or cleared
(当前欠款0元; 无剩余待还金额; 本期逾期状态已解除), a debit taken 已于…从…账户成功扣款 after 应还…，; the writer sending
the reader's money back (借你的三千今晚转回给你; 我给你转过去了; 先还你五千); a public notice whose only request is to pass
it on (请相互转告). And a spoken due day with a bare 还 for a named loan, said to the reader, is a reminder (花呗账单
别忘了，15号还). Lexicon classes in knowledge/data/rules/zz_gate37.toml, read by analyzer/debt_receipt.py,
analyzer/debt_settled.py and analyzer/debt_border.py. Messages written here, not copied from any data file; each frame
has quiet twins on the other side."""
from __future__ import annotations

import pytest

from analyzer import analyze

NOT_COLLECTION = [
    # a bank's record of a repayment done
    "【XX银行】您尾号4410卡12月03日14:10自动扣款(信用卡还款)2,210.00元,余额506.30元。",
    "【XX银行】您尾号7702账户11月28日自动扣款房贷还款¥4,118.20,余额¥930.00。",
    "【XX银行】您尾号5531的账户于11月30日09:12支出人民币1,500.00元,用途:信用卡还款。",
    "【XX公积金中心】您的公积金贷款本月应还款额2,975.40元，已于11月30日从您的还款账户成功扣款，剩余本金201,330.00元。",
    "【XX银行】您申请的个人消费贷款结清证明已开具,请携带身份证到网点领取。",
    # a receipt whose owed words are nil or cleared
    "【XX银行】您尾号1188信用卡于11月20日还款成功3,600.00元,当前欠款0元。",
    "【XX消费金融】您的借款已于今日全部结清,共计还款5,210.00元,无剩余待还金额。",
    "【XX银行】您尾号3090的信用卡11月30日已自动还款2,700.00元，本期逾期状态已解除。",
    "【XX银行】您的账单已按时自动扣款,扣款金额612.40元,下次还款日为1月5日。",
    # the writer sends the reader's money back
    "哥,借你的三千今晚转回给你,你查一下。",
    "姐,你上次借给我那两千我给你转过去了,收到说一声哈。",
    "老刘,之前借你的一万,我先还你五千,剩下的年后给你。",
    # a public notice whose only request is to pass it on
    "【XX街道】普法宣传：催收应当依法进行，不得骚扰债务人家属。请大家相互转告。",
    "【XX区司法局】普法小课堂：催收债务应当依法进行，不得采用暴力、恐吓等方式，不得向债务人以外的第三人泄露债务信息。请广大市民相互转告。",
]

REMINDERS = [
    # a spoken due day with a bare 还, for a named loan, said to the reader
    "花呗这个月的账单别忘了哦，15号还。【支付宝】",
    "你的美团月付本期¥268.50，12月12日前还就行哦。",
    "小王，我是信用社的老陈，你那笔贷款这个月25号要还利息了，记得往卡里存钱。",
]

QUIET = [
    # a debit to come stays a reminder (the date is not a record's: 将于, 明日)
    ("【XX银行】您尾号1234信用卡将于12月8日自动扣款(信用卡还款)3,105.00元，请确保账户余额充足。", "reminder"),
    ("【XX银行】您尾号1234卡明日自动扣款信用卡还款3000元，请存足。", "reminder"),
    # a debit that failed, an amount still owed, after a receipt word
    ("【XX银行】您的信用卡本月应还3,000元，已于12月5日扣款失败，请尽快还款。", "reminder"),
    ("【XX银行】您尾号1188信用卡于11月20日还款成功600.00元,当前欠款2,400.00元。", "reminder"),
    # the reader asked to send money back, and a collector who called: no one is paying the reader
    ("老王，你欠我那五千，说好这周还的呢？我给你打了三个电话都不接。", "aggressive"),
    ("你借我的三千块什么时候还我？", "reminder"),
    # the writer's own loan, an advert, and a product's schedule: no due reminder
    ("我的花呗这个月10号还，你别担心。", "not_collection"),
    ("【XX银行】信用贷最高可借30万，随借随还，每月8号还就行。", "not_collection"),
    ("【XX】您的月付已开通，本月消费下月10日还，先享后付更轻松。", "not_collection"),
    # a public notice that also asks the reader to repay is still a reminder
    ("【XX街道】普法宣传：催收应当依法进行，不得骚扰债务人家属。请大家相互转告，欠款的居民请于月底前主动还款。", "reminder"),
]


@pytest.mark.parametrize("text", NOT_COLLECTION, ids=range(len(NOT_COLLECTION)))
def test_paid_returned_and_passed_on_are_not_collection(text):
    assert analyze(text).verdict.label == "not_collection"


@pytest.mark.parametrize("text", REMINDERS, ids=range(len(REMINDERS)))
def test_spoken_due_days_are_reminders(text):
    assert analyze(text).verdict.label == "reminder"


@pytest.mark.parametrize("text,label", QUIET, ids=range(len(QUIET)))
def test_twins_keep_their_side(text, label):
    assert analyze(text).verdict.label == label
