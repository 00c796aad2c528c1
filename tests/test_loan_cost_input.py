"""analyzer/loan_input.py: the page's form, the API's JSON and lines of text become one loan_cost() call."""
from __future__ import annotations

import pytest

from analyzer.loan.cost import Payment
from analyzer.loan.input import from_form, from_json, normalize_date, parse_schedule
from analyzer.report import InputError


@pytest.mark.parametrize("text, expected", [
    ("2025-07-01 900\n2025-08-01 900", [Payment("900", "2025-07-01"), Payment("900", "2025-08-01")]),
    ("2025年8月1日，900元\n2025/9/1\t¥1,000.50", [Payment("900", "2025-08-01"), Payment("1000.50", "2025-09-01")]),
    ("900\n\n  950 \n", [Payment("900"), Payment("950")]),
], ids=["iso", "chinese-and-slashes", "amounts-only"])
def test_parse_schedule(text, expected):
    assert parse_schedule(text) == expected


@pytest.mark.parametrize("text, words", [
    ("2025-07-01 900 多还的", "第1行"),
    ("九百", "第1行"),
    ("1\n" * 1001, "最多1000笔"),
], ids=["extra-words", "chinese-number", "too-many-rows"])
def test_parse_schedule_errors(text, words):
    with pytest.raises(InputError, match=words):
        parse_schedule(text)


@pytest.mark.parametrize("raw, iso", [("2025年7月1日", "2025-07-01"), ("2025/7/1", "2025-07-01"),
                                      ("2025.07.01", "2025-07-01"), ("2025-07-01", "2025-07-01")])
def test_normalize_date(raw, iso):
    assert normalize_date(raw) == iso


def test_form_with_plan():
    cost = from_form({"received": "8,000", "principal": "10000元", "payment": "900", "count": "12期",
                      "period": "month", "contract_date": "2025-06-01", "lender_kind": "bank"})
    assert cost.annual_rate_nominal == pytest.approx(0.594, abs=5e-4) and cost.lender_kind == "bank"


def test_form_with_schedule():
    cost = from_form({"received": "5000", "schedule": "2025-07-01 2700\n2025-08-01 2700", "contract_date": "2025-06-01"})
    assert cost.period == "month" and cost.instalments == 2


@pytest.mark.parametrize("form, words", [
    ({"received": "8000", "payment": "900", "count": "12", "schedule": "900"}, "只填一种"),
    ({"received": "", "payment": "900", "count": "12"}, "实际到手"),
    ({"received": "8000"}, "还款情况"),
    ({"received": "8000", "payment": "900"}, "同时填写"),
    ({"received": "8000", "payment": "900", "count": "十二"}, "整数"),
    ({"received": "8000", "payment": "900", "count": "12", "lender_kind": "x"}, "不认识"),
], ids=["both", "no-received", "no-payments", "no-count", "count-in-words", "bad-kind"])
def test_form_errors(form, words):
    with pytest.raises(InputError, match=words):
        from_form(form)


def test_json_with_plan_and_with_payments():
    a = from_json({"received": 10000, "plan": {"count": 12, "amount": 1000, "period": "month"}})
    b = from_json({"received": 10000, "contract_date": "2025-06-01",
                   "payments": [{"amount": 1000, "date": f"2025-{m:02d}-01"} for m in range(7, 13)]
                   + [{"amount": 1000, "date": f"2026-{m:02d}-01"} for m in range(1, 7)]})
    assert a.periodic_rate == pytest.approx(b.periodic_rate, abs=1e-9)


@pytest.mark.parametrize("body, words", [
    ([1, 2], "JSON 对象"),
    ({"plan": {"count": 1, "amount": 2}}, "received"),
    ({"received": 1, "plan": {"count": 1, "amount": 2}, "payments": []}, "只能给一个"),
    ({"received": 1}, "只能给一个"),
    ({"received": 1, "plan": [1]}, "plan 必须"),
    ({"received": 1, "payments": {"amount": 2}}, "payments 必须"),
    ({"received": 1, "payments": [{"date": "2025-01-01"}]}, "第1项"),
    ({"received": 1, "payments": [{"amount": 2}] * 1001}, "最多1000笔"),
    ({"received": 1, "plan": {"count": 1, "amount": 2}, "colour": "red"}, "不认识的字段"),
    ({"received": 1, "plan": {"count": True, "amount": 2}}, "整数"),
    ({"received": 1, "plan": {"count": 1, "amount": 2}, "lender_kind": 5}, "字符串"),
    ({"received": None, "plan": {"count": 1, "amount": 2}}, "不能是 null：received"),
    ({"received": 1, "plan": {"count": 1, "amount": 2}, "payments": None}, "不能是 null：payments"),
], ids=["not-object", "no-received", "both", "neither", "plan-not-object", "payments-not-list",
        "payment-without-amount", "too-many", "unknown-field", "bool-count", "kind-not-string", "null-received", "null-payments"])
def test_json_errors(body, words):
    with pytest.raises(InputError, match=words):
        from_json(body)
