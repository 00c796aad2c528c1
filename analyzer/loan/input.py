"""Turn what people send (a web form, a JSON body, lines of text) into a loan_cost() call.

Shared by the page, the API and the CLI so they accept the same things and
answer bad input with the same Chinese messages (InputError).
"""
from __future__ import annotations

import re
from typing import Any, Mapping

from analyzer.loan.cost import MAX_INSTALMENTS, LoanCost, Payment, Plan, loan_cost
from analyzer.report import InputError

_CN_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$")
_ROW = re.compile(r"^(?:(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?)[\s,，:：;；]*)?"
                  r"([¥￥]?\s*\d[\d,]*(?:\.\d+)?\s*元?)$")
JSON_FIELDS = ("received", "principal", "plan", "payments", "period", "contract_date", "lender_kind", "lpr_percent")


def normalize_date(text: str) -> str:
    """2025年7月1日 / 2025/7/1 / 2025.07.01 → 2025-07-01; anything else is returned unchanged."""
    m = _CN_DATE.match(text.strip())
    if not m:
        return text.strip()
    y, mo, d = m.groups()
    return f"{y}-{int(mo):02d}-{int(d):02d}"


def _clean_amount(text: str) -> str:
    return text.strip().replace("¥", "").replace("￥", "").replace("元", "").replace(",", "")


def parse_schedule(text: str) -> list[Payment]:
    """One repayment per line: "2025-07-01 900" (date and amount) or just "900"."""
    rows = [line.strip() for line in text.splitlines() if line.strip()]
    if len(rows) > MAX_INSTALMENTS:
        raise InputError(f"还款笔数最多{MAX_INSTALMENTS}笔，收到{len(rows)}笔，请检查。")
    out = []
    for i, row in enumerate(rows, 1):
        m = _ROW.match(row)
        if not m:
            raise InputError(f"第{i}行“{row}”看不懂。每行写一笔：日期 金额（如 2025-07-01 900），或只写金额。")
        when, amount = m.groups()
        out.append(Payment(amount=_clean_amount(amount),
                           on=normalize_date(when) if when else None))
    return out


def _count(value: Any) -> int:
    if isinstance(value, bool):
        raise InputError("还款期数必须是整数。")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value).strip().removesuffix("期")
    if not text.lstrip("-").isdigit() or len(text) > 9:
        raise InputError(f"还款期数必须是整数，收到的是“{value}”。")
    return int(text)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def from_form(form: Mapping[str, str]) -> LoanCost:
    """Fields of the page's form: received, principal, payment, count, period, schedule,
    contract_date, lender_kind, lpr."""
    schedule = form.get("schedule", "")
    has_plan = not (_blank(form.get("payment")) and _blank(form.get("count")))
    if not _blank(schedule) and has_plan:
        raise InputError("“每期还款”和“逐笔还款”只填一种就行，请清空其中一种。")
    if _blank(form.get("received")):
        raise InputError("请填写实际到手的金额。")
    if not _blank(schedule):
        payments: Plan | list[Payment] = parse_schedule(schedule)
    elif has_plan:
        if _blank(form.get("payment")) or _blank(form.get("count")):
            raise InputError("请同时填写每期还款金额和还款期数。")
        payments = Plan(count=_count(form["count"]), amount=_clean_amount(form["payment"]),
                        period=form.get("period") or "month")
    else:
        raise InputError("请填写还款情况：每期还多少、还几期，或者逐笔填写。")
    return loan_cost(
        _clean_amount(form["received"]), payments,
        principal=None if _blank(form.get("principal")) else _clean_amount(form["principal"]),
        contract_date=None if _blank(form.get("contract_date")) else normalize_date(form["contract_date"]),
        lender_kind=form.get("lender_kind") or None, period=form.get("period") or None,
        lpr_percent=form.get("lpr") or None)


def from_json(body: Any) -> LoanCost:
    """The API's body; see webapp/loan.py OPENAPI_SCHEMAS['LoanCostRequest']."""
    if not isinstance(body, dict):
        raise InputError("请求体必须是一个 JSON 对象。")
    unknown = sorted(set(body) - set(JSON_FIELDS))
    if unknown:
        raise InputError(f"不认识的字段：{', '.join(unknown)}。可用字段：{', '.join(JSON_FIELDS)}。")
    nulls = sorted(k for k, v in body.items() if v is None)
    if nulls:  # the API document allows no null here: leave an unused field out instead
        raise InputError(f"字段不能是 null：{', '.join(nulls)}。不用的字段请直接省略。")
    if "received" not in body:
        raise InputError("缺少 received（实际到手金额）。")
    plan, payments = body.get("plan"), body.get("payments")
    if (plan is None) == (payments is None):
        raise InputError("plan（每期还款计划）和 payments（逐笔还款）必须且只能给一个。")
    if plan is not None:
        if not isinstance(plan, dict) or "count" not in plan or "amount" not in plan:
            raise InputError("plan 必须是 {\"count\": 期数, \"amount\": 每期金额, \"period\": \"month\"}。")
        schedule: Plan | list[Payment] = Plan(count=_count(plan["count"]), amount=plan["amount"],
                                              period=plan.get("period") or "month")
    else:
        if not isinstance(payments, list):
            raise InputError("payments 必须是列表，每项 {\"amount\": 金额, \"date\": \"YYYY-MM-DD\"}。")
        if len(payments) > MAX_INSTALMENTS:
            raise InputError(f"还款笔数最多{MAX_INSTALMENTS}笔，收到{len(payments)}笔，请检查。")
        schedule = []
        for i, p in enumerate(payments, 1):
            if not isinstance(p, dict) or "amount" not in p:
                raise InputError(f"payments 第{i}项必须是 {{\"amount\": 金额, \"date\": \"YYYY-MM-DD\"}}。")
            schedule.append(Payment(amount=p["amount"], on=p.get("date")))
    for key in ("period", "contract_date", "lender_kind"):
        if body.get(key) is not None and not isinstance(body[key], str):
            raise InputError(f"{key} 必须是字符串。")
    return loan_cost(body["received"], schedule, principal=body.get("principal"),
                     contract_date=body.get("contract_date"), lender_kind=body.get("lender_kind"),
                     period=body.get("period"), lpr_percent=body.get("lpr_percent"))
