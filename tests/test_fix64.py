"""fix64 (PREREG_round48 addendum 1: an integrator's fix on a message written outside the sealed data, rules 1–2).

A fee named after a visit (上门费, 上门催收费, 外访费) is a fee, not a visit: pressure.doorstep.visit no longer reads
the 上门 inside the fee's name (the fee itself is excessive_fees). Before the fix the phone page showed "威胁上门" on
the two characters 上门 of 上门催收费, and the real visit later in the same message (派人到您单位核实) was not marked.
A real announced visit (将上门, 上门催收, 外访人员上门) still is one.

The messages are written for these tests (names, sums and places made up); none comes from a data file.
"""
from __future__ import annotations

import pytest

from verdict_cases import check_message, post_analyze, post_check_page

DOORSTEP = "doorstep_visit_threat"
FEES = "excessive_fees"

FEE_ONLY = [
    "您的借款已逾期，需另付上门费500元",
    "逾期未还需另付上门催收费及外访费",
    "您的账户已逾期15天，我司将加收上门催收费800元，请尽快处理",
]

FEE_AND_VISIT = [
    "【安逸花】您的借款已逾期62天，欠款本金8000元，另需缴纳上门催收费1500元及律师费2000元，请于今日18点前还款，否则我司将派人到您单位核实。",
    "你的欠款已逾期，除本金外还要付上门费300元，明天我们的外访人员就到你家里核实",
]

STILL_VISITS = [
    "您的借款已逾期，工作人员将上门核实您的还款能力",
    "再不还钱就上门催收",
    "您的网贷逾期，外访人员已上门，请保持有人在家",
]


@pytest.mark.parametrize("text", FEE_ONLY)
def test_a_fee_named_after_a_visit_is_no_visit(text):
    check_message(text, kinds_in=[FEES], kinds_out=[DOORSTEP])


@pytest.mark.parametrize("text", FEE_AND_VISIT)
def test_the_real_visit_is_marked_not_the_fee_name(text):
    report = check_message(text, kinds_in=[FEES, DOORSTEP])
    visits = [f for f in report.findings if f.kind == DOORSTEP]
    assert all("费" not in text[f.end:f.end + 3] for f in visits), [(f.excerpt, f.end) for f in visits]
    assert any(f.excerpt not in ("上门",) for f in visits), [f.excerpt for f in visits]


@pytest.mark.parametrize("text", STILL_VISITS)
def test_announced_visits_still_read_as_visits(text):
    check_message(text, kinds_in=[DOORSTEP])


def test_over_http(base_url):
    report = post_analyze(base_url, FEE_AND_VISIT[0])
    visits = [f for f in report["findings"] if f["kind"] == DOORSTEP]
    assert visits and all(f["excerpt"] != "上门" for f in visits)
    assert any(f["kind"] == FEES for f in report["findings"])
    report = post_analyze(base_url, FEE_ONLY[0])
    assert DOORSTEP not in {f["kind"] for f in report["findings"]}
    page = post_check_page(base_url, FEE_AND_VISIT[0])
    assert "不合理费用" in page and "到您单位" in page
