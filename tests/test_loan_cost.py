"""Loan cost check (issue 7): hand-checked cases, legal lines, bad input, CLI."""
from __future__ import annotations

import json
import math
import re
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.loan.cost import Payment, Plan, loan_cost, solve_log_rate
from analyzer.report import InputError
from webapp.cli import main

ROOT = Path(__file__).resolve().parent.parent
CJK = re.compile(r"[\u4e00-\u9fff]")


def line(cost, line_id):
    return next(x for x in cost.lines if x.id == line_id)


# received, payments, principal, periodic, nominal, effective (None: not checked)
HAND_CHECKED = [
    pytest.param(10000, Plan(12, 1000, "month"), None, 0.0292, 0.3507, 0.4130, id="10000-12x1000-monthly"),
    pytest.param(8000, Plan(12, 900, "month"), 10000, 0.0495, 0.594, None, id="8000-on-10000-12x900"),
    pytest.param(700, Plan(1, 1000, "week"), 1000, 0.4286, 22.2857, None, id="7-day-1000-300-deducted"),
]


@pytest.mark.parametrize("received, plan, principal, periodic, nominal, effective", HAND_CHECKED)
def test_hand_checked_cases(received, plan, principal, periodic, nominal, effective):
    cost = loan_cost(received, plan, principal=principal)
    assert cost.periodic_rate == pytest.approx(periodic, abs=5e-5)
    assert cost.annual_rate_nominal == pytest.approx(nominal, abs=5e-4)
    if effective is not None:
        assert cost.annual_rate_effective == pytest.approx(effective, abs=5e-5)


def test_seven_day_loan_is_over_2000_percent_a_year():
    cost = loan_cost(700, Plan(1, 1000, "week"), principal=1000)
    assert f"{cost.periodic_rate:.1%}" == "42.9%"
    assert cost.annual_rate_nominal > 20
    assert cost.annual_rate_effective > cost.annual_rate_nominal
    assert cost.upfront_gap == 300
    assert cost.upfront is not None and cost.upfront.citation["article"] == "第670条"


def test_totals_and_upfront_gap():
    cost = loan_cost(8000, Plan(12, 900), principal=10000)
    assert (cost.total_repaid, cost.total_cost, cost.upfront_gap) == (10800, 2800, 2000)
    # The rate on the stated principal looks far lower than the real one.
    assert cost.stated_annual_rate_nominal == pytest.approx(0.1445, abs=5e-4)
    assert any("砍头息" in s and "第670条" in s for s in cost.explanation)


def test_no_gap_when_principal_is_what_was_received():
    cost = loan_cost(10000, Plan(12, 1000))
    assert cost.upfront_gap == 0 and cost.upfront is None
    assert not any("砍头息" in s for s in cost.explanation)


def test_dated_monthly_payments_match_the_plan():
    dated = [Payment(1000, date(2025, m, 1)) for m in range(7, 13)] + \
            [Payment(1000, date(2026, m, 1)) for m in range(1, 7)]
    cost = loan_cost(10000, dated, contract_date="2025-06-01")
    assert cost.period == "month"
    assert cost.periodic_rate == pytest.approx(loan_cost(10000, Plan(12, 1000)).periodic_rate, abs=1e-9)


def test_undated_irregular_payments_fall_one_period_apart():
    cost = loan_cost(1000, [Payment(600), Payment("600")], period="week")
    assert cost.period == "week" and cost.instalments == 2
    assert 0.13 < cost.periodic_rate < 0.14


def test_zero_interest_loan():
    cost = loan_cost(1200, Plan(12, 100))
    assert cost.periodic_rate == 0 and cost.annual_rate_nominal == 0
    assert all(x.exceeded is False for x in cost.lines if x.value is not None)


def test_to_dict_has_the_documented_keys():
    d = loan_cost(10000, Plan(12, 1000), contract_date="2025-06-01").to_dict()
    for key in ("periodic_rate", "annual_rate_nominal", "annual_rate_effective", "total_cost", "upfront_gap", "lines"):
        assert key in d
    for x in d["lines"]:
        assert {"name", "value", "exceeded", "applies", "citation"} <= set(x)
    json.dumps(d)  # serialisable


# --- legal lines --------------------------------------------------------------

@pytest.mark.parametrize("kind, applying", [
    ("bank", {"financial_institution_24"}),
    ("consumer_finance_company", {"financial_institution_24"}),
    ("microloan_company", {"financial_institution_24"}),
    ("private", {"private_lending_4x_lpr", "unlicensed_lending_36"}),
    ("online_platform", {"private_lending_4x_lpr", "financial_institution_24", "unlicensed_lending_36"}),
    (None, {"private_lending_4x_lpr", "financial_institution_24", "unlicensed_lending_36"}),
    ("collection_agency", {"private_lending_4x_lpr", "financial_institution_24", "unlicensed_lending_36"}),
], ids=lambda v: str(v))
def test_lines_that_apply_to_each_lender_kind(kind, applying):
    cost = loan_cost(10000, Plan(12, 1000), contract_date="2025-06-01", lender_kind=kind)
    assert {x.id for x in cost.lines if x.applies} == applying


def test_unknown_funder_shows_both_readings_in_the_explanation():
    text = "".join(loan_cost(10000, Plan(12, 1000), lender_kind="online_platform").explanation)
    assert "两种情况" in text and "【若是持牌金融机构】" in text and "【若是个人或无牌机构】" in text


def test_line_values_and_exceeded_for_35_percent_loan():
    cost = loan_cost(10000, Plan(12, 1000), contract_date="2025-06-01")
    assert line(cost, "private_lending_4x_lpr").value == pytest.approx(0.12)
    assert line(cost, "private_lending_4x_lpr").lpr_percent == 3.0
    assert line(cost, "financial_institution_24").value == pytest.approx(0.24)
    assert line(cost, "unlicensed_lending_36").value == pytest.approx(0.36)
    assert [line(cost, i).exceeded for i in ("private_lending_4x_lpr", "financial_institution_24",
                                             "unlicensed_lending_36")] == [True, True, False]


@pytest.mark.parametrize("contract_date, lpr", [
    ("2024-11-01", 3.10), ("2024-10-21", 3.10), ("2024-10-20", 3.35), ("2023-01-01", 3.65),
    ("2020-08-20", 3.85), ("2026-08-20", 3.00),
])
def test_four_times_lpr_at_contract_date(contract_date, lpr):
    x = line(loan_cost(10000, Plan(12, 1000), contract_date=contract_date), "private_lending_4x_lpr")
    assert x.lpr_percent == lpr and x.value == pytest.approx(4 * lpr / 100)
    assert x.lpr_source.startswith("http")


@pytest.mark.parametrize("contract_date, words", [
    (None, "没有填写借款日期"), ("2026-10-01", "没有2026-10-01当时的数值"), ("2019-06-01", "2020-08-20"),
], ids=["no-date", "after-coverage", "before-4x-rule"])
def test_lpr_unknown_asks_instead_of_guessing(contract_date, words):
    x = line(loan_cost(10000, Plan(12, 1000), contract_date=contract_date), "private_lending_4x_lpr")
    assert x.value is None and x.exceeded is None and words in x.note


def test_user_supplied_lpr_is_used():
    x = line(loan_cost(10000, Plan(12, 1000), contract_date="2026-10-01", lpr_percent="3.45"),
             "private_lending_4x_lpr")
    assert x.value == pytest.approx(0.138) and x.exceeded is True and "你填写" in x.note


def test_every_line_is_cited_and_its_kb_entry_exists():
    laws = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "knowledge/data/laws").glob("*.toml"))
    cost = loan_cost(8000, Plan(12, 900), principal=10000)
    for citation in [x.citation for x in cost.lines] + [cost.upfront.citation]:
        assert citation["law"] and citation["article"]
        assert citation["source"].startswith(("http://", "https://"))
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", citation["reviewed_on"])
        assert f'id = "{citation["kb_ref"]}"' in laws


# --- bad input ------------------------------------------------------------------

BAD = [
    pytest.param(lambda: loan_cost(-1000, Plan(12, 1000)), "大于0", id="negative-received"),
    pytest.param(lambda: loan_cost(0, Plan(12, 1000)), "大于0", id="zero-received"),
    pytest.param(lambda: loan_cost(10000, Plan(12, -5)), "大于0", id="negative-payment"),
    pytest.param(lambda: loan_cost(10000, Plan(0, 1000)), "至少", id="zero-count"),
    pytest.param(lambda: loan_cost(10000, Plan(12, 100)), "永远还不清", id="never-repays"),
    pytest.param(lambda: loan_cost(10000, Plan(10000, 1000)), "最多1000期", id="10000-instalments"),
    pytest.param(lambda: loan_cost(10000, [Payment(1)] * 10000), "最多1000笔", id="10000-payments"),
    pytest.param(lambda: loan_cost(1000, [Payment(600, "2025-03-01"), Payment(600, "2025-02-01")],
                                   contract_date="2025-01-01"), "早于上一笔", id="dates-out-of-order"),
    pytest.param(lambda: loan_cost(1000, [Payment(1200, "2024-12-01")], contract_date="2025-01-01"),
                 "必须晚于借款日期", id="payment-before-loan"),
    pytest.param(lambda: loan_cost(1000, [Payment(1200, "2025-02-01")]), "借款日期", id="dated-without-loan-date"),
    pytest.param(lambda: loan_cost(1000, [Payment(600, "2025-02-01"), Payment(600)], contract_date="2025-01-01"),
                 "要么每笔都填", id="mixed-dates"),
    pytest.param(lambda: loan_cost(1000, Plan(1, 1200), contract_date="2025-13-01"), "看不懂", id="bad-date"),
    pytest.param(lambda: loan_cost("一万", Plan(1, 1200)), "必须是数字", id="not-a-number"),
    pytest.param(lambda: loan_cost(float("nan"), Plan(1, 1200)), "大于0", id="nan"),
    pytest.param(lambda: loan_cost(1e12, Plan(1, 1200)), "太大", id="huge"),
    pytest.param(lambda: loan_cost(10000, Plan(12, 1000), principal=5000), "填反", id="principal-below-received"),
    pytest.param(lambda: loan_cost(10000, Plan(12, 1000), lender_kind="shark"), "不认识", id="unknown-lender-kind"),
    pytest.param(lambda: loan_cost(10000, Plan(12, 1000), lpr_percent="abc"), "不是数字", id="bad-lpr"),
    pytest.param(lambda: loan_cost(10000, Plan(12, 1000, "year")), "还款周期", id="bad-period"),
    pytest.param(lambda: loan_cost(0.01, [Payment(1e9, "2025-01-02")], contract_date="2025-01-01", period="month"),
                 "不合常理", id="absurd-rate"),
    pytest.param(lambda: loan_cost(100, [Payment(200, "9999-01-01")], contract_date="2025-01-01"),
                 "200年", id="absurd-term"),
]


@pytest.mark.parametrize("call, words", BAD)
def test_bad_input_gets_a_clear_chinese_error(call, words):
    started = time.perf_counter()
    with pytest.raises(InputError) as info:
        call()
    assert time.perf_counter() - started < 1.0
    assert isinstance(info.value, ValueError)
    assert words in str(info.value) and CJK.search(str(info.value))


def test_largest_allowed_schedule_is_fast():
    started = time.perf_counter()
    cost = loan_cost(10000, Plan(1000, 15, "day"))
    assert time.perf_counter() - started < 0.5
    assert cost.instalments == 1000 and cost.periodic_rate > 0


@settings(max_examples=200, deadline=1000)
@given(received=st.floats(1, 1e6), amounts=st.lists(st.floats(1, 1e6), min_size=1, max_size=60),
       period=st.sampled_from(["day", "week", "month"]))
def test_solved_rate_discounts_payments_back_to_the_cash_received(received, amounts, period):
    payments = [Payment(a) for a in amounts]
    if sum(amounts) < received - 0.005:  # amounts are compared to the fen
        with pytest.raises(InputError):
            loan_cost(received, payments, period=period)
        return
    try:
        cost = loan_cost(received, payments, period=period)
    except InputError as exc:  # only the sanity cap on absurd rates may refuse a repaying loan
        assert "不合常理" in str(exc)
        return
    if sum(amounts) <= received:
        assert cost.periodic_rate == 0
        return
    present = sum(a / (1 + cost.periodic_rate) ** t for t, a in enumerate(amounts, 1))
    assert present == pytest.approx(received, rel=1e-6)
    assert cost.annual_rate_nominal >= 0 and math.isfinite(cost.annual_rate_nominal)


def test_solver_is_monotone_in_payment_size():
    rates = [solve_log_rate(10000, [(float(t), a) for t in range(1, 13)]) for a in (800, 1000, 1100, 5000)]
    assert rates == sorted(rates) and rates[0] == 0.0


# --- CLI --------------------------------------------------------------------------

def test_cli_json(capsys):
    assert main(["loan-cost", "--received", "8000", "--principal", "10000", "--payment", "900",
                 "--count", "12", "--period", "month", "--contract-date", "2025-06-01", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["periodic_rate"] == pytest.approx(0.0495, abs=5e-5)
    assert d["annual_rate_nominal"] == pytest.approx(0.594, abs=5e-4)
    assert d["upfront_gap"] == 2000 and d["total_cost"] == 2800
    assert {x["id"]: x["exceeded"] for x in d["lines"]} == {
        "private_lending_4x_lpr": True, "financial_institution_24": True, "unlicensed_lending_36": True}


def test_cli_text_and_dated_payments(capsys):
    assert main(["loan-cost", "--received", "5000", "--contract-date", "2025-06-01",
                 "--pay", "2025-07-01:2700", "--pay", "2025年8月1日:2700", "--lender-kind", "bank"]) == 0
    out = capsys.readouterr().out
    assert "折合年利率" in out and "[适用] 金融机构" in out and "[不适用] 民间借贷" in out


@pytest.mark.parametrize("argv, words", [
    (["--received", "10000", "--payment", "1000", "--count", "10000"], "最多1000期"),
    (["--received", "10000", "--payment", "100", "--count", "12"], "永远还不清"),
    (["--received", "10000"], "--payment"),
], ids=["10000-instalments", "never-repays", "no-payments"])
def test_cli_errors_exit_2_with_message(capsys, argv, words):
    assert main(["loan-cost", *argv]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and words in captured.err
