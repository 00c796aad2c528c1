"""Round 58: "已经逾期三个月" became 逾期三天 in the complaint draft the page fills in, a wrong fact in a letter a
borrower sends to a regulator. The overdue fact (analyzer/detectors/facts.py) kept only the number and the draft
(analyzer/letters.py) always added 天. A month count now keeps its unit; a day count is unchanged."""
from __future__ import annotations

import pytest

from analyzer import analyze

MONTHS = "你好，你是张伟的紧急联系人，他在我们平台借款已经逾期三个月，请你转告他尽快还款，否则后果自负。"


@pytest.mark.parametrize("text,value", [
    (MONTHS, "三个月"),
    ("【XX消费金融】您的借款已逾期2个月，请尽快处理。", "2个月"),
    ("【XX消费金融】您的借款已逾期3天，请尽快处理。", "3"),
    ("逾期天数：15天，应还金额1200元。", "15"),
])
def test_overdue_fact_keeps_a_month_unit(text: str, value: str) -> None:
    facts = [f for f in analyze(text).facts if f.kind == "overdue_days"]
    assert [f.value for f in facts] == [value]


def test_the_page_draft_says_months_not_days(client) -> None:
    r = client.post("/check", data={"text": MONTHS})
    assert r.status_code == 200
    page = r.get_data(as_text=True)
    assert "投诉" in page and "逾期三个月" in page
    assert "逾期三天" not in page


def test_the_api_and_a_day_count_in_the_draft(client) -> None:
    r = client.post("/api/v1/analyze", json={"text": MONTHS})
    assert [f["value"] for f in r.get_json()["facts"] if f["kind"] == "overdue_days"] == ["三个月"]
    r = client.post("/check", data={"text": "【某某贷】您的借款已逾期5天，今天必须还清，否则我们就去你单位找你领导。"})
    assert r.status_code == 200 and "逾期5天" in r.get_data(as_text=True)
