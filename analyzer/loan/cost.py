"""What a loan really costs: the internal rate of return of the cash the borrower
received against what they repay, annualised, and compared with the legal lines.

Pure and fast: the rate is found by bisection on log(1 + rate), which is monotone
for any loan whose repayments are all positive, so it always ends.
Legal lines and LPR history come from knowledge/ (see analyzer/loan/lines.py).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date
from statistics import median
from typing import Any, Sequence

from analyzer.loan.lines import RateLine, UpfrontRule, explain, rate_lines, upfront_rule
from analyzer.report import InputError

PERIODS: dict[str, tuple[int, str]] = {"day": (365, "天"), "week": (52, "周"), "month": (12, "个月")}
MAX_INSTALMENTS = 1000
MAX_AMOUNT = 1_000_000_000.0  # 10 亿元
MIN_AMOUNT = 0.01
_MAX_LOG_RATE = 50.0  # log(1 + periodic rate); beyond this the inputs are surely a typo
_DAYS_PER_MONTH = 365.25 / 12


@dataclass(frozen=True)
class Plan:
    """A regular plan: `count` repayments of `amount`, one every `period`, the first one period after the loan."""
    count: int
    amount: float | str
    period: str = "month"


@dataclass(frozen=True)
class Payment:
    """One repayment. Either every payment has a date (`on`), or none has and they fall one period apart."""
    amount: float | str
    on: date | str | None = None


@dataclass(frozen=True)
class LoanCost:
    received: float
    principal: float
    total_repaid: float
    total_cost: float
    upfront_gap: float
    instalments: int
    period: str
    periods_per_year: int
    periodic_rate: float
    annual_rate_nominal: float
    annual_rate_effective: float | None  # None: too large to write down
    stated_annual_rate_nominal: float | None  # the rate if the full stated principal had been paid out
    contract_date: date | None
    lender_kind: str
    lines: tuple[RateLine, ...]
    upfront: UpfrontRule | None
    explanation: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "received": round(self.received, 2),
            "principal": round(self.principal, 2),
            "total_repaid": round(self.total_repaid, 2),
            "total_cost": round(self.total_cost, 2),
            "upfront_gap": round(self.upfront_gap, 2),
            "instalments": self.instalments,
            "period": self.period,
            "periods_per_year": self.periods_per_year,
            "periodic_rate": round(self.periodic_rate, 6),
            "annual_rate_nominal": round(self.annual_rate_nominal, 6),
            "annual_rate_effective": None if self.annual_rate_effective is None
            else round(self.annual_rate_effective, 6),
            "stated_annual_rate_nominal": None if self.stated_annual_rate_nominal is None
            else round(self.stated_annual_rate_nominal, 6),
            "contract_date": self.contract_date.isoformat() if self.contract_date else None,
            "lender_kind": self.lender_kind,
            "lines": [line.to_dict() for line in self.lines],
            "upfront": self.upfront.to_dict() if self.upfront else None,
            "explanation": list(self.explanation),
        }


def _amount(value: Any, label: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        try:
            value = float(str(value).replace(",", "").strip())
        except ValueError:
            raise InputError(f"{label}必须是数字，收到的是“{value}”。") from None
    value = float(value)
    if not math.isfinite(value) or value <= 0:
        raise InputError(f"{label}必须大于0。")
    if value < MIN_AMOUNT:
        raise InputError(f"{label}不能少于0.01元。")
    if value > MAX_AMOUNT:
        raise InputError(f"{label}太大了（超过10亿元），请检查有没有多写几个0。")
    return value


def parse_date(value: Any, label: str = "日期") -> date | None:
    """A date from a `date` or an ISO string (YYYY-MM-DD); empty gives None."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError(f"{label}“{value}”看不懂，请写成 2025-06-01 这样的格式。") from None


def _period(value: str | None) -> str:
    period = value or "month"
    if period not in PERIODS:
        raise InputError("还款周期只能是 day（天）、week（周）或 month（月）。")
    return period


def _elapsed(start: date, end: date, period: str) -> float:
    """Time from start to end in periods; months count by the calendar so monthly dates give whole numbers."""
    if period == "day":
        return float((end - start).days)
    if period == "week":
        return (end - start).days / 7
    months = (end.year - start.year) * 12 + (end.month - start.month)
    return months + (end.day - start.day) / _DAYS_PER_MONTH


def _guess_period(start: date, days: Sequence[date]) -> str:
    gaps = [(b - a).days for a, b in zip((start, *days), days)]
    typical = median(gaps)
    return "day" if typical <= 3 else "week" if typical <= 17 else "month"


def _cash_flows(payments: Plan | Sequence[Payment], contract_date: date | None,
                period: str | None) -> tuple[list[tuple[float, float]], str]:
    """[(time in periods, amount)] and the period used."""
    if isinstance(payments, Plan):
        if isinstance(payments.count, bool) or not isinstance(payments.count, int):
            raise InputError("还款期数必须是整数。")
        if payments.count < 1:
            raise InputError("还款期数至少是1期。")
        if payments.count > MAX_INSTALMENTS:
            raise InputError(f"还款期数最多{MAX_INSTALMENTS}期，收到{payments.count}期，请检查。")
        amount = _amount(payments.amount, "每期还款金额")
        return [(float(k), amount) for k in range(1, payments.count + 1)], _period(payments.period)
    items = list(payments)
    if not items:
        raise InputError("请至少填写一笔还款。")
    if len(items) > MAX_INSTALMENTS:
        raise InputError(f"还款笔数最多{MAX_INSTALMENTS}笔，收到{len(items)}笔，请检查。")
    amounts = [_amount(p.amount, f"第{i}笔还款金额") for i, p in enumerate(items, 1)]
    dates = [parse_date(p.on, f"第{i}笔还款日期") for i, p in enumerate(items, 1)]
    if all(d is None for d in dates):
        return [(float(k), a) for k, a in enumerate(amounts, 1)], _period(period)
    if any(d is None for d in dates):
        raise InputError("还款日期要么每笔都填，要么都不填。")
    if contract_date is None:
        raise InputError("按日期填写还款时，请同时填写借款日期（拿到钱的那天）。")
    for i, d in enumerate(dates, 1):
        if d <= contract_date:
            raise InputError(f"第{i}笔还款日期（{d}）必须晚于借款日期（{contract_date}）。")
        if i > 1 and d < dates[i - 2]:
            raise InputError(f"第{i}笔还款日期（{d}）早于上一笔（{dates[i - 2]}），请按时间先后填写。")
    known = [d for d in dates if d is not None]
    used = _period(period) if period else _guess_period(contract_date, known)
    return [(_elapsed(contract_date, d, used), a) for d, a in zip(known, amounts)], used


def solve_log_rate(present: float, flows: Sequence[tuple[float, float]]) -> float:
    """x = log(1 + periodic rate) with sum(a * exp(-x t)) == present; needs sum(a) >= present."""
    def excess(x: float) -> float:
        return sum(a * math.exp(-x * t) for t, a in flows) - present

    if excess(0.0) <= 0:
        return 0.0
    lo, hi = 0.0, 1.0
    while excess(hi) > 0:
        lo, hi = hi, hi * 2
        if hi > _MAX_LOG_RATE * 2:
            raise InputError("算出的利率大得不合常理，请检查金额、期数和日期有没有填错。")
    for _ in range(200):
        mid = (lo + hi) / 2
        if mid in (lo, hi):
            break
        if excess(mid) > 0:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def _annual_effective(log_rate: float, per_year: int) -> float | None:
    try:
        return math.expm1(log_rate * per_year)
    except OverflowError:
        return None


def loan_cost(received: Any, payments: Plan | Sequence[Payment], principal: Any = None,
              contract_date: Any = None, lender_kind: str | None = None, *,
              period: str | None = None, lpr_percent: Any = None) -> LoanCost:
    """Cost of a loan from the cash received and the repayments (a Plan or a list of Payment).

    Raises InputError (a ValueError) with a Chinese message on bad input.
    """
    got = _amount(received, "实际到手金额")
    stated = got if principal in (None, "") else _amount(principal, "合同本金")
    if stated < got - 0.005:
        raise InputError("合同写的本金比实际到手的钱还少，请检查两个数字有没有填反。")
    when = parse_date(contract_date, "借款日期")
    flows, used = _cash_flows(payments, when, period)
    total = sum(a for _, a in flows)
    if total < got - 0.005:
        raise InputError(f"还款总额（{total:,.2f}元）比实际到手的钱（{got:,.2f}元）还少，"
                         "这样永远还不清。请检查每期金额和期数，或把所有还款都填上。")
    if max(t for t, _ in flows) > 200 * PERIODS[used][0]:
        raise InputError("还款时间跨度超过200年，请检查日期或期数。")
    log_rate = solve_log_rate(got, flows)
    if log_rate > _MAX_LOG_RATE:
        raise InputError("算出的利率大得不合常理，请检查金额、期数和日期有没有填错。")
    per_year = PERIODS[used][0]
    periodic = math.expm1(log_rate)
    nominal = periodic * per_year
    stated_nominal = None
    if stated > got + 0.005 and total > stated:
        stated_nominal = math.expm1(solve_log_rate(stated, flows)) * per_year
    kind, lines = rate_lines(nominal, lender_kind, when, lpr_percent)
    gap = stated - got
    cost = LoanCost(
        received=got, principal=stated, total_repaid=total, total_cost=total - got,
        upfront_gap=gap if gap > 0.005 else 0.0, instalments=len(flows), period=used,
        periods_per_year=per_year, periodic_rate=periodic, annual_rate_nominal=nominal,
        annual_rate_effective=_annual_effective(log_rate, per_year),
        stated_annual_rate_nominal=stated_nominal, contract_date=when, lender_kind=kind,
        lines=lines, upfront=upfront_rule() if gap > 0.005 else None, explanation=())
    return replace(cost, explanation=explain(cost, PERIODS[used][1]))
