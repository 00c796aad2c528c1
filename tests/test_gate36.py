"""gate36: the collection gate (reminder vs not_collection), both directions — a bank's or a fund's record of a
repayment done (扣款还款…元，余额…; 已从公积金账户冲还; 已通过自动还款全额还清; 逾期记录已更新为正常), a lender's
disclaimer (我司从未委托第三方办理“停息挂账”) and a reward's stock lines (额度已提升…请理性借贷，按时还款) are no
reminders; the instalment past the agreed day (款项已过约定日期2天，请今日处理) and a spoken debit notice with money to
put in (这期月供周五扣，记得存到卡里; 第3期20日扣款，请存足; 贷款利息将于结息日结息，请存足) are. Lexicon classes in
knowledge/data/rules/zz_gate36.toml. Messages written here, not copied from any data file; each frame has quiet twins."""
from __future__ import annotations

import pytest

from analyzer import analyze

NOT_COLLECTION = [
    # a repayment recorded as done
    "【XX银行】您尾号3301账户11月20日自动扣款房贷还款3,600.00元，余额820.55元。",
    "【XX银行】您尾号6620卡11月20日14:05还款信用卡2,300.00元，余额1,004.10元。",
    "【XX公积金中心】您本月公积金贷款应还1,980.00元已从公积金账户自动冲还。",
    "【XX银行】您的信用卡11月账单已通过约定还款全额还清，感谢使用。",
    "【XX银行】您的信用卡本期账单已还清，本期最低还款额0.00元。",
    "【XX消费金融】您的逾期记录已于本月更新为正常，感谢您的配合。",
    # a lender's disclaimer, and its compliance statement
    "【XX银行】温馨提示：本行从未委托任何中介办理“债务减免”“征信修复”，请勿轻信。",
    "【XX消费金融】郑重声明：我司不会委托第三方代办“协商还款”；我司催收工作均严格遵守法律法规。",
    # a reward and its stock lines
    "【XX分期】恭喜您已连续6期按时还款，获得提额资格，快去App看看吧。",
    "【XX借】恭喜，您的额度已提升至20,000元，请理性借贷、按时还款。",
    # a repayment service switched on, and the news talking of collection
    "【XX银行】您的信用卡已成功办理自动还款，每月到期日从尾号1100借记卡扣除全额账单。",
    "【XX晚报】记者调查：部分催收公司夜间频繁致电债务人，监管部门已约谈多家机构。",
]

REMINDERS = [
    # past the agreed day, asked to deal with it
    "【XX借条】您好，您的款项已过约定日期2天，请今日抽空处理。",
    "【XX金融】您好，本期付款日已过，系统暂未收到您的款项，请今天登录App处理。",
    # a spoken debit notice with money to put in
    "王哥，您车贷这期周五扣款，2,100元，记得提前存到卡里。",
    "【XX消费金融】安心贷第3期20日扣款，请存足。",
    "【XX农商银行】您的经营贷款本季度利息1,260元将于12月20日结息，请于当日前存足。",
    # a bill-like reminder that also states a reward stays a reminder
    "【XX银行】您的信用卡额度已提升至30,000元，本期账单1,500元12月8日到期，请按时还款。",
    # a due notice that ends in a disclaimer keeps its demand
    "【XX银行】您本期账单应还1,200元，请于15日前还款。本行不会委托第三方催收，请勿向个人账户转账。",
    # a service switched on that failed this time still asks for money
    "【XX银行】您已成功办理自动还款，但本期账单扣款失败，请于今日存入足额资金。",
]

QUIET = [
    # a debit to come, or a record of something that is not a repayment
    "【XX燃气】您的燃气费将于15日自动扣款，请确保余额充足。",
    "【XX银行】您的定期存款利息将于12月21日结息，请留意。",
    "我这期房贷明天扣，得赶紧存钱进去。",
    "【XX快递】您的包裹已超过约定取件日期，请尽快处理。",
    "【XX健身】您的会员本期下周一扣款，请确保余额充足。",
]


@pytest.mark.parametrize("text", NOT_COLLECTION, ids=range(len(NOT_COLLECTION)))
def test_receipts_disclaimers_and_rewards_are_not_collection(text):
    assert analyze(text).verdict.label == "not_collection"


@pytest.mark.parametrize("text", REMINDERS, ids=range(len(REMINDERS)))
def test_past_due_and_spoken_debits_are_reminders(text):
    assert analyze(text).verdict.label == "reminder"


@pytest.mark.parametrize("text", QUIET, ids=range(len(QUIET)))
def test_twins_stay_not_collection(text):
    assert analyze(text).verdict.label == "not_collection"


def test_a_debit_to_come_is_no_receipt():
    assert analyze("【XX银行】您的贷款将于12月8日自动扣款还款1,200.00元，请确保余额充足。").verdict.label == "reminder"


def test_an_overdue_bill_with_minimum_due_stays_a_reminder():
    assert analyze("【XX银行】您的账单已逾期3天，最低还款额150元，请尽快还款。").verdict.label != "not_collection"
