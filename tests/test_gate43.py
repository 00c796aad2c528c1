"""gate43: a lender's, a card issuer's or an instalment seller's notice of this instalment — a loan, a card bill or an
instalment named with its due day, debit or amount payable and a sum or a day, no 逾期/欠款/请还款 — is a reminder
(analyzer/debt_billdue.py, lexicon classes in knowledge/data/rules/zz_gate43.toml). Messages written for this test
(masked), not taken from any data set."""
from __future__ import annotations

import pytest

import analyzer as analyzer_module

DUE = [
    ("bank_loan_debit", "【XX农商银行】您的经营贷款本月25日扣款3,460元，请于前一日存足。"),
    ("instalment_due_today", "今日到期：房贷第14期5,210元。"),
    ("pay_later_due", "【XX金融】月付¥1,388.00于12月9日到期。"),
    ("card_statement_trad", "【XX商業銀行】您本期信用卡帳單金額HK$2,860，到期還款日為12月18日。"),
    ("instalment_course", "【XX教育】您报名的课程分期第5期费用860元将于12月12日从您绑定的银行卡扣除，请保持余额充足。"),
    ("app_pending", "XX借款|12月15日 ¥736.00 待还 →App首页查看"),
]

QUIET = [
    ("loan_paid_out", "【XX消费金融】您申请的借款8,000元已放款至尾号1123的银行卡，首期还款日为1月6日。"),
    ("debit_done", "【XX银行】您尾号5521卡12月3日自动扣收车贷2,310.00元，余额1,024.50元。"),
    ("phone_bill_paid", "【XX移动】您本月话费账单已出，消费48.00元，已从账户余额扣除。"),
    ("tax_deduction", "【XX税务】请于12月31日前确认住房贷款利息等专项附加扣除信息。"),
    ("writers_own", "我的信用卡账单20号到期，要还两千多，这个月有点紧"),
    ("id_card_expiry", "【XX分期】您的身份证将于2027年1月5日到期，请登录App更新证件信息。"),
]


@pytest.mark.parametrize(("name", "text"), DUE, ids=[n for n, _ in DUE])
def test_instalment_notice_is_a_reminder(name, text):
    assert analyzer_module.analyze(text).verdict.label == "reminder", name


@pytest.mark.parametrize(("name", "text"), QUIET, ids=[n for n, _ in QUIET])
def test_near_misses_stay_not_collection(name, text):
    assert analyzer_module.analyze(text).verdict.label == "not_collection", name


def test_over_http(client):
    """One case through the app's API, as the web page sends it."""
    r = client.post("/api/v1/analyze", json={"text": DUE[0][1]})
    assert r.status_code == 200
    assert r.get_json()["verdict"]["label"] == "reminder"
    r = client.post("/api/v1/analyze", json={"text": QUIET[0][1]})
    assert r.status_code == 200
    assert r.get_json()["verdict"]["label"] == "not_collection"
