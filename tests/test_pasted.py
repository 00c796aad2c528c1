"""A paste that opens with the phone's sender line (analyzer/pasted.py): with no sender given, that number is
the message's sender, analysed and pointed at in the text; a number in a sentence, a date line or a chat line
is not. Through the analyzer and through a real HTTP request to the API (validated against the OpenAPI document)."""
from __future__ import annotations

import pytest

from analyzer.pasted import sender_line

COURT = "【北京市海淀区人民法院】张**：您有一份(2025)京0108民初40112号案件的电子诉讼文书，请登录人民法院在线服务查收。"


@pytest.mark.parametrize(("text", "number"), [
    ("发件人：95588\n【工商银行】您的信用卡账单已出。", "95588"),
    ("发信人: 12368 时间：2025-12-01 09:00\n" + COURT, "12368"),
    ("短信 | 10690123456 | 12月19日 17:11\n【某某金融】您的借款已逾期。", "10690123456"),
    ("来电短信 170****1415 2025-12-08\n你再不还钱试试。", "170****1415"),
    ("+86 188 1234 5678  11-08 13:39\n您好，您的借款已逾期。", "+86 188 1234 5678"),
    ("0755-12345678\n您好，这里是贷后部。", "0755-12345678"),
    ("号码: 95555 日期:2025/12/01\n【招商银行】您的账单已出。", "95555"),
    ("发件人：12368\r\n" + COURT, "12368"),  # a browser form's CRLF
])
def test_sender_line_is_read(text, number):
    found = sender_line(text)
    assert found is not None and found[0] == number
    assert text[found[1]:found[2]] == number


@pytest.mark.parametrize("text", [
    "请回电 95588\n谢谢",  # a number in a sentence
    "2025-12-08 10:00\n你好",  # a date line: no number
    "[10:31] 152****2817: 你是他同学吧\n麻烦转告",  # a chat line with the message on it
    "95588",  # nothing after the number
    "123\n你好",  # too short for a phone number
    "您的借款已逾期，请联系 13800138000\n尽快处理",
    "13800138000 请尽快回电\n谢谢",
])
def test_not_a_sender_line(text):
    assert sender_line(text) is None


def test_pasted_court_sender_is_analysed(analyzer):
    report = analyzer.analyze("发件人：12368\n" + COURT)
    assert report.sender is not None and report.sender.normalized == "12368"
    assert report.text[report.sender.start:report.sender.end] == "12368"
    assert report.verdict.label == "legal_notice"


def test_given_sender_wins_over_the_pasted_line(analyzer):
    report = analyzer.analyze("发件人：13812345678\n【招商银行】您尾号1234的信用卡本期账单已逾期，请尽快还款。", sender="95555")
    assert report.sender.normalized == "95555" and report.sender.start is None


def test_pasted_personal_mobile_over_a_bank_template_is_flagged(analyzer):
    """A bank's reminder arriving from a personal mobile is what a borrower should check: the same verdict as
    when the number is typed into the sender field."""
    text = "【招商银行】您尾号1234的信用卡本期账单已逾期，请尽快还款。"
    typed = analyzer.analyze(text, sender="13812345678")
    pasted = analyzer.analyze("13812345678\n" + text)
    assert pasted.sender.type == typed.sender.type == "mobile"
    assert pasted.verdict.label == typed.verdict.label


def test_api_reports_the_pasted_sender(api):
    r = api.post("/api/v1/analyze", {"text": "短信 | 12368 | 12月01日 09:00\n" + COURT})
    assert r.status == 200
    sender = r.json["sender"]
    assert sender["normalized"] == "12368" and sender["type"] == "service_short_code"
    assert r.json["text"][sender["start"]:sender["end"]] == "12368"


def test_pasted_sender_line_is_no_call_back_request(analyzer):
    """来电短信 is the phone's label for the sender: the header's 来电 + masked number is not the message asking the
    reader to call a number (scam.impersonation.account_risk_callback), whether or not the sender was typed too."""
    body = "系统提示：因您逾期未还，您名下所有银行卡及微信支付宝已于今日被冻结，解冻需先结清欠款。"
    for sender in (None, "171****9634"):
        report = analyzer.analyze("来电短信 171****9634 2025-11-03\n" + body, sender=sender)
        assert "scam.impersonation.account_risk_callback" not in {f.rule_id for f in report.findings}
    # the same words asking for a call in the body still count
    asked = analyzer.analyze("您的账户存在风险即将冻结，请立即回电 171****9634 处理。")
    assert asked.verdict.label == "scam"
