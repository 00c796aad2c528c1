"""The endpoints of the JSON API. Everything that can be built once (the OpenAPI document,
the kinds list, the health answer, the docs page) is built once per app."""
from __future__ import annotations

from typing import Any

from flask import Flask, Response, current_app, render_template

from analyzer import SCHEMA_VERSION
from knowledge import registry
from webapp.api import bp
from webapp.api.guard import api_state
from webapp.api.inputs import (analyze_message, check_fields, json_body, json_type, query_choice, query_int,
                               query_string)
from webapp.api.schemas import MAX_BATCH
from webapp.errors import ApiError, dumps, json_response
from webapp.library import fold_query, knowledge_base

CATEGORY_MEANINGS = {
    "scam": "诈骗迹象：发信方不是真正的贷款机构或催收方，或在官方渠道之外要钱、要验证码、要安装或要资料。",
    "unlawful_threat": "违法威胁：联系第三方、曝光、暴力、侮辱、把欠款说成犯罪、虚假法律程序。",
    "pressure": "施压：上门、费用、深夜或频繁联系、最后通牒。",
    "info": "提示：值得注意、但本身不说明违法或诈骗的情况。",
}



# -- views -----------------------------------------------------------------------------------------------
@bp.post("/analyze")
def analyze() -> Response:
    return json_response(analyze_message(json_body()))


# ?detail=brief: a report's guidance and its actions' channels as ids (guidance_ids, actions.channel_ids), each guide
# and channel once per response in "guides" and "channels". Both are the same object wherever they appear (built once
# per id from the knowledge base: knowledge/advice.py), so nothing is lost; 1,000 reports repeated the same few guides'
# and channels' full text (about three quarters of a report's bytes).
BATCH_DETAILS = ("full", "brief")


def _brief(results: list[dict[str, Any]]) -> dict[str, Any]:
    guides: dict[str, Any] = {}
    channels: dict[str, Any] = {}
    out = []
    for report in results:
        if "guidance" not in report:  # an error object in the message's place
            out.append(report)
            continue
        brief = {k: v for k, v in report.items() if k != "guidance"}
        brief["guidance_ids"] = [g["id"] for g in report["guidance"]]
        for g in report["guidance"]:
            guides.setdefault(g["id"], g)
        actions = dict(report["actions"])
        if "channels" in actions:
            actions["channel_ids"] = [c["id"] for c in actions.pop("channels")]
            for c in report["actions"]["channels"]:
                channels.setdefault(c["id"], c)
        brief["actions"] = actions
        out.append(brief)
    return {"results": out, "guides": guides, "channels": channels}


@bp.post("/analyze/batch")
def analyze_batch() -> Response:
    detail = query_choice("detail", BATCH_DETAILS)
    body = check_fields(json_body(), ("messages",), "", '{"messages": [{"text": "..."}]}')
    if "messages" not in body:
        raise ApiError(400, "missing_field", "Missing field 'messages': a list of {\"text\": ...} objects.")
    messages = body["messages"]
    if not isinstance(messages, list):
        raise ApiError(400, "wrong_type", f"'messages' must be an array, got {json_type(messages)}.")
    if len(messages) > MAX_BATCH:
        raise ApiError(400, "too_many_messages",
                       f"'messages' has {len(messages):,} items; at most {MAX_BATCH:,} per request. Split the batch.")
    results = []
    for i, item in enumerate(messages):
        try:
            results.append(analyze_message(item, f"messages[{i}]."))
        except ApiError as err:
            results.append(err.to_dict())
    return json_response(_brief(results) if detail == "brief" else {"results": results})


@bp.get("/lenders")
def lenders() -> Response:
    q = query_string("q", 100)
    limit = query_int("limit", 200, 1, 200)
    found = knowledge_base().lenders(fold_query(q), limit)
    return json_response({"query": q, "count": len(found), "lenders": found})


@bp.get("/lenders/<lender_id>")
def lender(lender_id: str) -> Response:
    found = knowledge_base().lender(lender_id) if len(lender_id) <= 200 else None
    if found is None:
        raise ApiError(404, "lender_not_found", f"No lender with id '{lender_id[:200]}'. "
                                                "GET /api/v1/lenders?q=<name> lists ids.")
    return json_response(found)


@bp.get("/knowledge")
def knowledge_search() -> Response:
    q = query_string("q", 200, required=True, example="上门催收")
    limit = query_int("limit", 10, 1, 50)
    hits = knowledge_base().search(fold_query(q), limit=limit)
    return json_response({"query": q, "count": len(hits), "results": hits})


@bp.get("/knowledge/<entry_id>")
def knowledge_entry(entry_id: str) -> Response:
    entry = knowledge_base().get(entry_id) if len(entry_id) <= 200 else None
    if entry is None:
        raise ApiError(404, "entry_not_found", f"No knowledge-base entry with id '{entry_id[:200]}'. "
                                               "Ids come from a finding's kb_refs or GET /api/v1/knowledge?q=<words>.")
    return json_response(entry)


def _kinds_document() -> bytes:
    return dumps({
        "categories": [{"id": c, "meaning": CATEGORY_MEANINGS[c]} for c in registry.CATEGORIES],
        "kinds": [{"id": k, "category": v["category"], "title": v["title"], "meaning": v["meaning"]}
                  for k, v in registry.kinds().items()],
        "verdicts": [{"id": k, "title": v["title"], "meaning": v["meaning"]} for k, v in registry.verdicts().items()],
    })


@bp.get("/kinds")
def kinds() -> Response:
    return Response(api_state().once("kinds", _kinds_document), mimetype="application/json")


@bp.get("/health")
def health() -> Response:
    def build() -> bytes:
        version = knowledge_base().version
        return dumps({"status": "ok", "schema_version": SCHEMA_VERSION,
                      "knowledge": {"hash": version["hash"], "built_at": version["built_at"]}})
    return Response(api_state().once("health", build), mimetype="application/json")


def openapi_document(app: Flask | None = None) -> dict[str, Any]:
    """The app's OpenAPI document (built on first use, then shared: treat as read-only)."""
    from webapp.api.openapi import build_document

    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    return api_state(app).once("openapi", lambda: build_document(app))


@bp.get("/openapi.json")
def openapi_json() -> Response:
    body = api_state().once("openapi.json", lambda: dumps(openapi_document()))
    return Response(body, mimetype="application/json")


def docs_page() -> Response:
    """GET /api/docs: the OpenAPI document as a readable page, rendered once."""
    def build() -> str:
        from webapp.api.docs import docs_context

        return render_template("api_docs.html", **docs_context(openapi_document()))
    return Response(api_state().once("docs", build), mimetype="text/html")
