"""cs74 (round 56, the integrator's bug fix): asking the reader to send their own repayment screenshot or receipt to
a service group (还款截图发到客服群里就行) is checking a payment, not publicising the reader's debt.

threat.exposure.publicise matched "发到…群" whatever was sent; a clause that names a service or repayment group
(客服群, 售后群, 还款群…) or a proof of the reader's own payment (还款截图, 付款凭证, 缴费回执…) no longer counts
(`excludes` of that rule, knowledge/data/rules/threats.toml). Threats to send the reader's debt, photo or papers to
a family, company or neighbours' group are still found.

The messages are written for these tests (brands, sums and dates made up); none comes from a data file.
"""
from __future__ import annotations

import pytest

from verdict_cases import check_api_labels, check_message

# (message, verdict): a reminder where a debt is asked for; the notice to clients who already paid asks for none
OWN_RECEIPT = [
    ("【某某银行】您的本期账单已逾期，还款后请把还款截图发到客服群里就行，谢谢。", "reminder"),
    ("您好，您的借款今天到期，还款截图发到客服群里就行，我们会及时核对", "reminder"),
    ("已还款的客户请将付款凭证发到群里，方便财务核对", "not_collection"),
    ("逾期的款项请今天内处理，转账成功的截图发到还款群，客服会给您销账", "reminder"),
]

STILL_EXPOSURE = [
    "再不还款就把你的欠款信息发到你们公司群里",
    "欠钱不还，明天就把你的照片发到你家族群",
    "再拖着不还，把你的借款合同发到你们小区业主群",
    "逾期不还就爆你通讯录，发到所有联系人群里",
]


@pytest.mark.parametrize("text,label", OWN_RECEIPT, ids=[c[0][:12] for c in OWN_RECEIPT])
def test_own_receipt_to_a_service_group_is_not_exposure(text: str, label: str) -> None:
    check_message(text, label=label, kinds_out=["exposure_threat"])


@pytest.mark.parametrize("text", STILL_EXPOSURE)
def test_debt_sent_to_the_readers_circle_is_still_exposure(text: str) -> None:
    check_message(text, label="unlawful_threat", kinds_in=["exposure_threat"])


def test_the_api_reads_the_receipt_as_a_reminder(live_server) -> None:
    cases = OWN_RECEIPT + [(t, "unlawful_threat") for t in STILL_EXPOSURE]
    reports = check_api_labels(live_server.url, cases)
    for text, _ in OWN_RECEIPT:
        assert "exposure_threat" not in {f["kind"] for f in reports[text]["findings"]}, text
    for text in STILL_EXPOSURE:
        exposure = [f for f in reports[text]["findings"] if f["kind"] == "exposure_threat"]
        assert exposure, text
        for f in exposure:
            assert text[f["start"]:f["end"]] == f["excerpt"]
