"""Loan cost check: the page GET/POST /loan-cost and POST /api/v1/loan-cost (blueprint `loan`).

Views stay thin: analyzer.loan.input parses and validates, analyzer.loan.cost computes.
OPENAPI_PATHS and OPENAPI_SCHEMAS are collected by the API document builder.
"""
from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, render_template, request, url_for
from werkzeug.exceptions import RequestEntityTooLarge

from analyzer.loan.cost import MAX_INSTALMENTS, PERIODS
from analyzer.loan.input import from_form, from_json
from analyzer.loan.lines import LENDER_KINDS, READING_LABELS, pct, pct_readable, yuan
from analyzer.report import InputError
from webapp.api.inputs import json_body
from webapp.errors import ApiError, json_response

loan_bp = Blueprint("loan", __name__)
bp = loan_bp  # the name other blueprint modules use

MAX_BODY = 64 * 1024  # 1,000 dated payments fit in about 40 KB
FORM_FIELDS = ("received", "principal", "payment", "count", "period", "schedule",
               "contract_date", "lender_kind", "lpr")
PERIOD_LABELS = {"month": "每月", "week": "每周", "day": "每天"}


def loan_cost_link(params: dict[str, str] | None) -> str | None:
    """URL of the page with the numbers from analyzer.loan.hint.loan_hint() filled in."""
    if not params:
        return None
    return url_for("loan.page", **{k: v for k, v in params.items() if k in FORM_FIELDS})


@loan_bp.route("/loan-cost", methods=["GET", "POST"])
def page() -> tuple[str, int] | str:
    source = request.form if request.method == "POST" else request.args
    form = {k: source.get(k, "")[:20000] for k in FORM_FIELDS}
    context: dict[str, Any] = {
        "form": form, "periods": PERIOD_LABELS, "lender_kinds": LENDER_KINDS,
        "reading_labels": READING_LABELS, "pct": pct, "pct_readable": pct_readable, "yuan": yuan,
        "max_rows": MAX_INSTALMENTS,
        "result": None, "error": None,
    }
    if request.method == "GET":
        return render_template("loan/loan_cost.html", **context)
    try:
        context["result"] = from_form(form)
    except InputError as exc:
        context["error"] = str(exc)
        return render_template("loan/loan_cost.html", **context), 400
    return render_template("loan/loan_cost.html", **context)


@loan_bp.post("/api/v1/loan-cost")
def api() -> Response:
    request.max_content_length = MAX_BODY
    try:
        body = json_body()
    except RequestEntityTooLarge:
        raise ApiError(413, "body_too_large", f"The request body is larger than {MAX_BODY // 1024} KB "
                                              f"(at most {MAX_INSTALMENTS} payments).") from None
    try:
        cost = from_json(body)
    except InputError as exc:
        raise ApiError(400, "invalid_input", str(exc)) from None
    return json_response(cost.to_dict())


_RATE = {"type": "number", "description": "小数：0.3507 表示 35.07%。"}
_NULLABLE_RATE = {"type": ["number", "null"], "description": "小数；无法得知时为 null。"}
_CITATION = {
    "type": "object",
    "required": ["law", "article", "source", "reviewed_on"],
    "properties": {k: {"type": "string"} for k in ("law", "article", "source", "reviewed_on", "status", "kb_ref")},
}

OPENAPI_SCHEMAS: dict[str, Any] = {
    "LoanCostRequest": {
        "type": "object",
        "description": "给 `plan`（等额分期）或 `payments`（每次还款一项），不要两个都给。",
        "required": ["received"],
        "additionalProperties": False,
        "properties": {
            "received": {"type": "number", "exclusiveMinimum": 0, "description": "实际到手的钱（元）。"},
            "principal": {"type": "number", "exclusiveMinimum": 0,
                          "description": "合同写的本金；不给时等于 `received`。"},
            "plan": {
                "type": "object", "required": ["count", "amount"], "additionalProperties": False,
                "properties": {
                    "count": {"type": "integer", "minimum": 1, "maximum": MAX_INSTALMENTS},
                    "amount": {"type": "number", "exclusiveMinimum": 0},
                    "period": {"type": "string", "enum": list(PERIODS), "default": "month"},
                },
            },
            "payments": {
                "type": "array", "minItems": 1, "maxItems": MAX_INSTALMENTS,
                "items": {
                    "type": "object", "required": ["amount"], "additionalProperties": False,
                    "properties": {"amount": {"type": "number", "exclusiveMinimum": 0},
                                   "date": {"type": "string", "format": "date",
                                            "description": "要么每次还款都写日期（这时必须给 contract_date），要么都不写。"}},
                },
            },
            "period": {"type": "string", "enum": list(PERIODS),
                       "description": "`payments` 的还款周期；不给时按日期推断。"},
            "contract_date": {"type": "string", "format": "date", "description": "借款日期。"},
            "lender_kind": {"type": "string", "enum": list(LENDER_KINDS), "default": "unknown"},
            "lpr_percent": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 20,
                            "description": "借款时的一年期 LPR（百分数），用户知道时填写。"},
        },
        "example": {"received": 8000, "principal": 10000, "plan": {"count": 12, "amount": 900, "period": "month"},
                    "contract_date": "2025-06-01", "lender_kind": "online_platform"},
    },
    "LoanCostLine": {
        "type": "object",
        "required": ["id", "name", "value", "exceeded", "applies", "citation"],
        "properties": {
            "id": {"type": "string", "enum": ["private_lending_4x_lpr", "financial_institution_24",
                                              "unlicensed_lending_36"]},
            "name": {"type": "string"},
            "reading": {"type": "string", "enum": list(READING_LABELS)},
            "reading_label": {"type": "string"},
            "applies": {"type": "boolean", "description": "这条利率线是否适用于所给的机构类型。"},
            "value": _NULLABLE_RATE,
            "exceeded": {"type": ["boolean", "null"]},
            "verdict": {"type": "string"}, "note": {"type": "string"}, "meaning": {"type": "string"},
            "lpr_percent": {"type": ["number", "null"]}, "lpr_source": {"type": ["string", "null"]},
            "citation": _CITATION,
        },
    },
    "LoanCost": {
        "type": "object",
        "required": ["periodic_rate", "annual_rate_nominal", "annual_rate_effective", "total_cost",
                     "upfront_gap", "lines"],
        "properties": {
            "received": {"type": "number"}, "principal": {"type": "number"},
            "total_repaid": {"type": "number"}, "total_cost": {"type": "number"},
            "upfront_gap": {"type": "number", "description": "合同本金减去实际到手的钱（《民法典》第670条：利息不得预先在本金中扣除）。"},
            "instalments": {"type": "integer"},
            "period": {"type": "string", "enum": list(PERIODS)}, "periods_per_year": {"type": "integer"},
            "periodic_rate": _RATE,
            "annual_rate_nominal": {**_RATE, "description": "每期利率 × 每年期数（小数）。"},
            "annual_rate_effective": {**_NULLABLE_RATE, "description": "按复利折算的年利率；太大时为 null。"},
            "stated_annual_rate_nominal": _NULLABLE_RATE,
            "contract_date": {"type": ["string", "null"], "format": "date"},
            "lender_kind": {"type": "string", "enum": list(LENDER_KINDS)},
            "lines": {"type": "array", "items": {"$ref": "#/components/schemas/LoanCostLine"}},
            "upfront": {"type": ["object", "null"]},
            "explanation": {"type": "array", "items": {"type": "string"},
                            "description": "给借款人看的通俗中文说明。"},
        },
    },
}

_ERROR = {"description": "错误，见 `error.code`。", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
OPENAPI_PATHS: dict[str, Any] = {
    "/api/v1/loan-cost": {
        "post": {
            "operationId": "loanCost",
            "tags": ["loan"],
            "summary": "借款的真实成本，对照法定利率线",
            "description": ("按实际到手的钱和每次还款算出内部收益率并年化（名义年利率 = 每期利率 × 每年期数；"
                            "实际年利率按复利折算），列出预先扣除的金额，并对照 4 倍 LPR、24%、36% 三条利率线，"
                            "附法律出处。"),
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/LoanCostRequest"},
                # the /api/docs page builds its curl example from the body's example (it showed -d '{...}')
                "example": OPENAPI_SCHEMAS["LoanCostRequest"]["example"]}}},
            "responses": {
                "200": {"description": "这笔借款的成本。", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/LoanCost"}}}},
                "400": _ERROR, "413": _ERROR, "415": _ERROR,
            },
        }
    }
}
