"""neg75: a lender's, bank's or collector's reply to a borrower who cannot pay, offering or confirming a repayment plan
for a debt still owed with a sum or a date to pay, is a reminder; an instalment advert, a plan paid off, an application
merely received, a friend's own plan and warnings about 停息挂账 agencies are not collection; a lender's own plan is no
debt-relief scam (analyzer/debt_plan.py, knowledge/data/rules/zz_neg75.toml, the excludes added to
scam.debt_relief.service and scam.s18.relief_agency_fee). Every case goes through real HTTP requests to the app.
Messages written for this test (masked lenders), not taken from any data set."""
from __future__ import annotations

import pytest

from tests.verdict_cases import check_api_labels, post_analyze

# a plan for the reader's debt with money still to pay: reminder
PLAN_OWED = [
    ("hardship_instalments", "【某某银行】尊敬的客户，鉴于您反映的失业情况，我行同意为您办理个性化分期，剩余欠款27450元分36期，"
                             "首期763元请于2027年1月12日前存入还款账户。"),
    ("plan_approved_first_due", "【某某消费金融】您好，您提交的协商还款方案已通过，请于1月9日前支付首期款项480元，后续每期480元，共10期。"),
    ("waiver_then_pay", "您好，我是某某借款平台的客服，您说最近生病住院没收入，我们帮您申请减免罚息，您只需在本月28日前还清本金5200元。"),
    ("card_suspended_interest", "【某某银行信用卡】您的信用卡已办理停息挂账，挂账金额31200元，分48期，每月应还650元，请按时还款。"),
    ("collector_offer", "您好，受某某金融委托与您协商，您说现在没有工作，同意您剩下的9600元分12期还，首期800元下周五前还上。"),
    ("new_due_date", "【某某花】您的延期还款申请已通过，本期应还2480元的还款日顺延至2月3日，请在新的还款日前存足资金。"),
]

# messages about a plan that ask for nothing now, and talk about plans: not_collection
NOT_COLLECTION = [
    ("application_received", "【某某借】我们已收到您提交的延期还款申请，专员会在2个工作日内与您联系，请保持手机畅通。"),
    ("under_review", "【某某金融】您的停息挂账申请已受理，正在审核中，请勿重复提交。"),
    ("advert", "【某某银行】账单分期限时特惠，手续费低至6折，最长可分24期，打开手机银行即可申请。"),
    ("paid_off", "【某某消费金融】您的协商还款方案已全部履行，借款已结清，可在App内下载结清证明。"),
    ("friend_own_plan", "姐，我那张信用卡的停息挂账办下来了，每个月还八百，你别替我操心了。"),
    ("cousin_plan", "我二舅之前欠了银行好几万，后来跟银行谈了停息挂账，现在慢慢在还。"),
    ("police_warning", "【某某公安】警方提醒：自称能办理“停息挂账”“债务优化”并先收服务费的都是诈骗，请通过银行官方渠道协商。"),
    ("card_statement_plan", "【某某银行】您尾号1234信用卡已成功办理个性化分期，分24期，每期还款1,050元，请按期还款。"),
]

# never a reminder: ordinary messages and a scam selling a plan for a fee
ORDINARY = [
    ("dinner", "今晚七点老地方吃饭，别迟到。"),
    ("parcel", "【某某快递】您的包裹已到小区驿站，请凭取件码5021取件。"),
]
SCAM = [
    ("agency_fee", "【债务协商中心】您名下信用卡已逾期，我们可为您办理停息挂账，减免全部利息，需先交纳1800元服务费，加微信xs8899办理。"),
    ("plan_account", "您好，我是某某银行客服，您的减免方案已通过，需先将2000元转入方案验证账户进行验证，验证后自动退回。"),
]


@pytest.mark.parametrize(("name", "text"), PLAN_OWED, ids=[n for n, _ in PLAN_OWED])
def test_plan_for_a_debt_still_owed_is_a_reminder(base_url, name, text):
    check_api_labels(base_url, [(text, "reminder")])


@pytest.mark.parametrize(("name", "text"), NOT_COLLECTION + ORDINARY, ids=[n for n, _ in NOT_COLLECTION + ORDINARY])
def test_plan_with_nothing_to_pay_is_not_collection(base_url, name, text):
    check_api_labels(base_url, [(text, "not_collection")])


@pytest.mark.parametrize(("name", "text"), SCAM, ids=[n for n, _ in SCAM])
def test_agency_selling_a_plan_stays_a_scam(base_url, name, text):
    check_api_labels(base_url, [(text, "scam")])


def test_lender_plan_has_no_relief_scam_finding(base_url):
    report = post_analyze(base_url, PLAN_OWED[3][1])
    assert "debt_relief_service" not in {f["kind"] for f in report["findings"]}
