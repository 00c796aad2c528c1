"""fix41a (integrator's bug fix, PREREG_round41 rules 1-2): a bank or lender freezing the credit line it gave
("我行已冻结您在本行的可用额度", "冻结您信用卡的剩余额度") is the lender stopping its own service under the card agreement, not
a claim that a court froze the reader's accounts. threat.fake_legal.freeze excluded "冻结 + {credit_line}" only with at
most four characters between; "您在本行的可用" and "您信用卡的剩余" are longer. The exclusion now reads the frame
冻结 + (您/你) + (在本行的) + (信用卡的) + (可用/剩余) + {credit_line}. Freezing 名下 accounts, bank cards or property
stays a fake legal process. Found by round 41's mod51 helper on a message it wrote; all messages here are invented.
"""
from __future__ import annotations

import json
import urllib.request

import pytest

from analyzer import analyze

OWN_CREDIT_LINE = [
    "【某银行】因您的信用卡已逾期，我行已冻结您在本行的可用额度，请尽快还款。",
    "我行已冻结您信用卡的剩余额度，还清欠款后可申请恢复。",
    "【某消费金融】您的借款已逾期3天，我司已冻结你在本平台的全部额度，结清后可申请恢复。",
    "您尾号1234的信用卡已逾期，我行已冻结您卡片的可用额度，请于本月20日前还款。",
]
STILL_FAKE = [
    "你逾期不还，我们已冻结你名下的银行卡和可用额度",
    "欠款不还，冻结你名下所有资产!",
    "你欠款不还，你的信用卡和名下银行卡都已被冻结",
]


@pytest.mark.parametrize("text", OWN_CREDIT_LINE)
def test_a_lender_freezing_its_own_credit_line_is_no_fake_legal_process(text: str) -> None:
    report = analyze(text)
    assert "threat.fake_legal.freeze" not in {f.rule_id for f in report.findings}
    assert report.verdict.label != "unlawful_threat"


@pytest.mark.parametrize("text", STILL_FAKE)
def test_freezing_the_readers_accounts_or_property_is_still_fake(text: str) -> None:
    report = analyze(text)
    assert "threat.fake_legal.freeze" in {f.rule_id for f in report.findings}
    assert report.verdict.label == "unlawful_threat"


def test_the_api_reads_a_frozen_credit_line_as_pressure(live_server) -> None:
    data = json.dumps({"text": OWN_CREDIT_LINE[0]}).encode("utf-8")
    request = urllib.request.Request(live_server.url + "/api/v1/analyze", data=data,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as r:  # noqa: S310 - our own test server
        body = json.loads(r.read())
    assert body["verdict"]["label"] == "aggressive"
    assert "fake_legal_process" not in {f["kind"] for f in body["findings"]}
