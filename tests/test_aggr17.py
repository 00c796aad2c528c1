"""aggr17: lawful but pressing collection that was read as a plain reminder or as no collection at all. The debt gate
reads a deadline with the money still missing before the lender's lever (周日还没钱我就去法院立案), a loan dispute
moved to mediation, a debt sold to a debt buyer and the reader named as a surety; the pressure rules read a surety
called on, a debt transfer with a demand, a card stopped for arrears, a record already reported, insistent contact
and mild shaming. Examples are written for the class (other lenders, other word orders), none is a message from a
labelled set; the near misses beside them stay reminders or ordinary."""
from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.debt_context import about_debt
from analyzer.document import parse

DEBT = {
    "deadline-cannot-pay": "老周，钱借你大半年了，月底前还不上我只能去法院告你了。",
    "deadline-no-money": "最后宽限你到周五，周五还没钱我就找律师事务所起诉。",
    "deadline-no-result": "王姐，你这笔拖了五个月了，下周三前没有结果就交到法院。",
    "still-unhandled": "倘若本周内仍未处理，我们将委托律师事务所向您发送律师函。",
    "not-given-court": "你这笔钱再不给，下个月法院见。",
    "dispute-mediation": "您好，您与某消费金融的借款纠纷已转入诉前调解，请于五日内联系调解员。",
    "dispute-mediation-applied": "【某人民调解委员会】李先生，您与某网贷平台的借款纠纷已申请调解，调解员近日联系您。",
    "sold-to-buyer": "您原在某银行的信用卡欠款已由某资产管理公司受让，请尽快与受让方联系。",
    "account-to-buyer": "你的账已经转给资产管理公司了，以后他们的人联系你。",
    "surety-named": "你是你表弟车贷的担保人，他三期没还人也跑了，你得负责。",
    "pasted-transfer-if-paid": "【债权转让通知】您在某小贷的借款债权已依法转让给某资产管理有限公司，请向受让方还款。\n如已结清请忽略。",
    "in-my-shop": "你好，你在我店办的电动车分期已经逾期一周了，欠两期共860元，请尽快到店缴清。",
    "creditor-paid-for-you": "我是你借款的保证人，我都替你还了两期了，你再不还我就去法院起诉你。",
}

NOT_DEBT = {
    "work-today": "这个合同今天不处理，法务那边会按流程走。",
    "other-dispute": "装修的事月底之前没有结果，就只能走法律程序了。",
    "news-dispute": "某区法院：一起借款纠纷进入诉前调解，双方当场和解。",
    "property-dispute": "【某人民调解委员会】您与物业公司的纠纷已申请调解，请按时参加。",
    "news-transfer": "据悉，某银行将一批不良贷款债权转让给资产管理公司。",
    "loan-accepted": "您好，您申请的贷款已由我行受理，请耐心等待审批。",
    "outsourced-work": "我们公司决定把运维外包给第三方，你的单子明天转给外包团队处理。",
    "guarantor-question": "你是这个项目的担保人吗？合同里写着。",
    "business-guarantee": "你是我们公司的担保人，下周来签一下年度担保协议。",
    "own-shop-rent": "我店的房租已经逾期两个月了，房东天天催。",
    "writer-cannot-pay": "我这个月还不上了，他们说要起诉我。",
}


@pytest.mark.parametrize("text", list(DEBT.values()), ids=list(DEBT))
def test_debt_frames(text):
    assert about_debt(parse(text))


@pytest.mark.parametrize("text", list(NOT_DEBT.values()), ids=list(NOT_DEBT))
def test_near_misses_are_not_debt(text):
    assert not about_debt(parse(text))


AGGRESSIVE = {
    "surety-perform": "【某农商银行】您作为借款人李某经营贷的保证人，贷款已逾期60天，请您于10日内履行保证责任。",
    "recourse-after-payment": "【某融资担保】借款人逾期后本公司已代偿，现依法向您追偿代偿款，请于月底前归还。",
    "pay-assignee": "【某银行】您名下信用卡欠款的债权已转让给某资产管理公司，请自即日起向受让人履行还款义务。",
    "card-stopped": "【某银行】您的信用卡欠款已逾期，我行已停止您名下信用卡的使用，请尽快还款。",
    "reported-done": "【某分期】您的逾期记录已按规定报送人民银行征信中心，请尽快还款。",
    "calls-until-paid": "你这笔网贷逾期了，我们每天都会给你打电话，直到你还上为止。",
    "shaming": "两千块钱都还不上，拖了三个月，你不觉得丢人吗？",
    "letter-to-own-address": "您的借款已逾期60天，如果下周还不处理，律师函会寄到您的户籍地址。",
}

REMINDER = {
    "surety-told-only": "【某融资担保】担保人您好：借款人本期已逾期3天，本公司目前仅作告知，不要求您履行保证责任。",
    "report-future": "【某分期】您的账单已逾期，逾期记录将按规定报送征信，请尽快还款。",
    "service-paused": "【某月付】您的月付已逾期4天，逾期期间服务暂停，还款后可恢复。",
    "service-calls": "【某银行】您的贷款已逾期，我行多次致电您均未能接通，请尽快回电或还款。",
}


@pytest.mark.parametrize("text", list(AGGRESSIVE.values()), ids=list(AGGRESSIVE))
def test_lawful_pressure_is_aggressive(text):
    assert analyze(text).verdict.label == "aggressive"


@pytest.mark.parametrize("text", list(REMINDER.values()), ids=list(REMINDER))
def test_plain_notices_stay_reminders(text):
    assert analyze(text).verdict.label == "reminder"
