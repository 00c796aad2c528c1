"""fix36 (integrator's fix, PREREG_round33 addendum 11; found by fa36's author on a message written outside the sealed
data): a court- or arbitration-signed SMS asking for a fee to a bare card or account number in the text came out
legal_notice ("这可能是真实的法律文书通知") with no finding, because "详询12368" made every court-impersonation rule
stand down. A fee to a bank card given in the SMS is a scam marker whatever hotline the text names; a court's own
account named as such, and anti-fraud notices, stay quiet. Messages written for this test."""
from __future__ import annotations

import pytest

from analyzer import analyze

SCAM = [
    "【XX区法院】您的案件已立案，请缴纳诉讼费至账户6222021234567890123，详询12368。",
    "【某仲裁委员会】您的案件需预交保证金5000元至卡号 6217 0012 3456 7890，咨询12368",
    "【某市中级人民法院】你的执行案件需先交执行费3000元到银行卡6228480012345678901，详情拨打12368",
]

NOT_SCAM = [
    "【某区人民法院】法院不会通过短信要求您把诉讼费转到个人卡号，请勿相信，详询12368。",
    "被执行人请于七日内将执行款缴至本院执行款专户，户名：某某市某某区人民法院，开户行某银行某支行",
    "请将物业费2000元转至账户6222021234567890123，户名某某物业",
]


@pytest.mark.parametrize("text", SCAM)
def test_fee_to_a_bare_account_is_a_scam_even_with_12368(text):
    report = analyze(text)
    assert report.verdict.label == "scam", [(f.rule_id, f.excerpt) for f in report.findings]
    assert any(f.rule_id == "scam.fix36.court_fee_to_bare_account" for f in report.findings)


@pytest.mark.parametrize("text", NOT_SCAM)
def test_named_court_account_or_warning_is_not_this_finding(text):
    report = analyze(text)
    assert not any(f.rule_id == "scam.fix36.court_fee_to_bare_account" for f in report.findings)
