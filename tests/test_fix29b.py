"""fix29b (from legal29): a collector's ultimatum on the reader's home under a court-like signature is never a legal
notice; a genuine court notice with a formal case number still is."""
import pytest

from analyzer import analyze


@pytest.mark.parametrize("text", [
    "【XX法院调解中心】你的网贷案件已经判决了，今天再不还，明天执行局就来查封你家。",
    "【XX人民法院】你不还钱的事已经立案，明天就来封了你家，赶紧处理。",
])
def test_ultimatum_under_a_court_signature_is_not_a_legal_notice(text):
    label = analyze(text).verdict.label
    assert label in {"unlawful_threat", "scam"}, label


def test_genuine_court_notice_stays_a_legal_notice():
    text = ("【XX市XX区人民法院】李某，原告XX银行诉你信用卡纠纷一案（2026）粤0304民初12345号，已立案受理，"
            "请通过人民法院在线服务平台查看起诉状并按时应诉，可拨打12368核实。")
    assert analyze(text).verdict.label == "legal_notice"
