"""JSON API under /api/v1 (blueprint `api`), described by webapp/openapi.py.

Views stay thin: validate the request, call the analyzer or the knowledge
base, serialise. Everything that can be built once (settings, the OpenAPI
document, the kinds list, the health answer, the docs page) is built once per
app. Message text is never logged.
"""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint, Flask, Response, current_app, render_template, request
from flask.blueprints import BlueprintSetupState
from werkzeug.exceptions import HTTPException

from analyzer import SCHEMA_VERSION, InputError
from knowledge import registry
from webapp.api_errors import ApiError, api_error_response, dumps, error_response, http_error_response, json_response
from webapp.api_settings import OPEN_PATHS, ApiSettings, RateLimiter, load_settings
from webapp.openapi_schemas import MAX_BATCH, MAX_TEXT_CHARS

bp = Blueprint("api", __name__, url_prefix="/api/v1")

MESSAGE_FIELDS = ("text", "sender", "received_at")
MAX_SHORT_FIELD = 64
CATEGORY_MEANINGS = {
    "scam": "诈骗迹象：发信方不是真正的贷款机构或催收方，或在官方渠道之外要钱、要验证码、要安装或要资料。",
    "unlawful_threat": "违法威胁：联系第三方、曝光、暴力、侮辱、把欠款说成犯罪、虚假法律程序。",
    "pressure": "施压：上门、费用、深夜或频繁联系、最后通牒。",
    "info": "提示：值得注意、但本身不说明违法或诈骗的情况。",
}


@dataclass
class ApiState:
    """Per-app API state, kept in app.extensions["api"]."""

    settings: ApiSettings
    limiter: RateLimiter | None
    cache: dict[str, Any] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock)

    def once(self, key: str, build: Any) -> Any:
        value = self.cache.get(key)
        if value is None:
            with self.lock:
                value = self.cache.get(key)
                if value is None:
                    value = self.cache[key] = build()
        return value


def api_state(app: Flask | None = None) -> ApiState:
    return (app or current_app).extensions["api"]


@bp.record_once
def _setup(state: BlueprintSetupState) -> None:
    app = state.app
    settings = load_settings(app.config)
    limiter = RateLimiter(settings.rate_limit, settings.rate_window) if settings.rate_limit else None
    app.extensions["api"] = ApiState(settings, limiter)
    app.add_url_rule("/api/docs", "api_docs", docs_page, methods=["GET"])
    app.before_request(_guard)
    app.after_request(_add_cors_headers)
    # views of any blueprint (loan, image, ...) may raise ApiError
    app.register_error_handler(ApiError, api_error_response)


# -- guards for everything under /api/: CORS preflight, API keys, rate limit -----------------------
def _guard() -> Response | None:
    path = request.path
    if not path.startswith("/api/"):
        return None
    st = api_state()
    settings = st.settings
    if request.method == "OPTIONS":
        origin = settings.allowed_origin(request.headers.get("Origin"))
        if origin and request.headers.get("Access-Control-Request-Method"):
            return Response(status=204, headers={
                "Access-Control-Allow-Origin": origin,
                "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                "Access-Control-Allow-Headers": "Content-Type, Authorization",
                "Access-Control-Max-Age": "600",
                "Vary": "Origin",
            })
        return None
    if path in OPEN_PATHS:
        return None
    if settings.api_keys and not settings.key_accepted(request.headers.get("Authorization")):
        return error_response(401, "unauthorized",
                              "This server requires an API key: send the header 'Authorization: Bearer <your key>'. "
                              "Ask the server's operator for a key.", {"WWW-Authenticate": 'Bearer realm="api"'})
    if st.limiter is not None:
        client = request.headers.get("Authorization", "") if settings.api_keys else (request.remote_addr or "")
        retry = st.limiter.hit(client)
        if retry:
            return error_response(429, "rate_limited",
                                  f"Too many requests: the limit is {settings.rate_limit} per {settings.rate_window} s "
                                  f"per client. Retry after {retry} s.", {"Retry-After": str(retry)})
    return None


def _add_cors_headers(response: Response) -> Response:
    if request.path.startswith("/api/"):
        origin = api_state().settings.allowed_origin(request.headers.get("Origin"))
        if origin:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Expose-Headers"] = "Retry-After"
            response.headers.add("Vary", "Origin")
    return response


@bp.errorhandler(ApiError)
def _api_error(err: ApiError) -> Response:
    return api_error_response(err)


@bp.errorhandler(HTTPException)
def _http_error(exc: HTTPException) -> Response | HTTPException:
    if exc.code is None or exc.code < 400:
        return exc
    return http_error_response(exc)


# -- request parsing ---------------------------------------------------------------------------------
def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "boolean", int: "number", float: "number", str: "string", list: "array", dict: "object"}.get(
        type(value), type(value).__name__)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def json_body() -> Any:
    """The parsed JSON body, or an ApiError (415, 413, 400) that says what to fix."""
    if not request.is_json:
        got = request.headers.get("Content-Type") or "no Content-Type header"
        raise ApiError(415, "unsupported_media_type",
                       f"Send the body as JSON with the header 'Content-Type: application/json' (got {got}).")
    raw = request.get_data(cache=False)  # over MAX_CONTENT_LENGTH: RequestEntityTooLarge → 413
    if not raw.strip():
        raise ApiError(400, "invalid_json", 'The request body is empty; send a JSON object such as {"text": "..."}.')
    try:
        return json.loads(raw, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise ApiError(400, "invalid_json",
                       f"The body is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}.") from None
    except UnicodeDecodeError:
        raise ApiError(400, "invalid_json", "The body is not valid UTF-8 text; encode the JSON as UTF-8.") from None
    except RecursionError:
        raise ApiError(400, "invalid_json", "The JSON is nested too deeply.") from None
    except ValueError as exc:
        raise ApiError(400, "invalid_json", f"The body is not valid JSON: {exc}.") from None


def _check_fields(item: Any, allowed: tuple[str, ...], where: str, example: str) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise ApiError(400, "invalid_body", f"{where or 'The body'} must be a JSON object such as {example}, "
                                            f"got {_json_type(item)}.")
    for key in item:
        if key not in allowed:
            raise ApiError(400, "unknown_field", f"Unknown field '{where}{key}'. Accepted fields: {', '.join(allowed)}.")
    return item


def _optional_string(item: dict[str, Any], name: str, where: str, code: str = "invalid_value") -> str | None:
    value = item.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ApiError(400, "wrong_type", f"'{where}{name}' must be a string or null, got {_json_type(value)}.")
    if len(value) > MAX_SHORT_FIELD:
        raise ApiError(400, code, f"'{where}{name}' is too long ({len(value)} characters, at most {MAX_SHORT_FIELD}).")
    return value


def message_fields(item: Any, where: str = "") -> tuple[str, str | None, str | None]:
    """Validated (text, sender, received_at) of one message object; `where` prefixes field names in errors."""
    item = _check_fields(item, MESSAGE_FIELDS, where[:-1] if where else "", '{"text": "..."}')
    if "text" not in item:
        raise ApiError(400, "missing_field", f"Missing field '{where}text': the SMS to analyse, as a string.")
    text = item["text"]
    if not isinstance(text, str):
        raise ApiError(400, "wrong_type", f"'{where}text' must be a string, got {_json_type(text)}.")
    if len(text) > MAX_TEXT_CHARS:
        raise ApiError(413, "text_too_long", f"'{where}text' has {len(text):,} characters; at most {MAX_TEXT_CHARS:,} "
                                             "are accepted. Send one SMS per message.")
    sender = _optional_string(item, "sender", where)
    received_at = _optional_string(item, "received_at", where, code="invalid_time")
    return text, sender, received_at


def analyze_message(item: Any, where: str = "") -> dict[str, Any]:
    text, sender, received_at = message_fields(item, where)
    try:
        report = current_app.extensions["analyzer"].analyze(text, sender=sender, received_at=received_at)
    except InputError as exc:
        if received_at:
            raise ApiError(400, "invalid_time",
                           f"'{where}received_at' is not an ISO-8601 time such as 2026-11-29T23:15 or "
                           f"2026-11-29T23:15:00+08:00 (got {received_at!r}). {exc}") from None
        raise ApiError(400, "invalid_value", f"The message cannot be analysed: {exc}") from None
    return report.to_dict()


def _query_string(name: str, max_len: int, required: bool = False, example: str = "") -> str:
    value = request.args.get(name, "").strip()
    if required and not value:
        raise ApiError(400, "missing_parameter", f"Add the query parameter '{name}', e.g. ?{name}={example}.")
    if len(value) > max_len:
        raise ApiError(400, "invalid_parameter", f"Query parameter '{name}' is too long (at most {max_len} characters).")
    return value


def _query_int(name: str, default: int, lo: int, hi: int) -> int:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    if not raw.isascii() or not raw.isdigit() or not lo <= int(raw) <= hi:
        raise ApiError(400, "invalid_parameter", f"Query parameter '{name}' must be a whole number from {lo} to {hi}, "
                                                 f"got {raw[:20]!r}.")
    return int(raw)


def knowledge_base() -> Any:
    """The app's KnowledgeBase: app.extensions["knowledge"] when create_app set it, else opened once here."""
    app = current_app
    kb = app.extensions.get("knowledge")
    if kb is None:
        def _open() -> Any:
            from knowledge.store import KnowledgeBase

            return app.extensions.setdefault("knowledge", KnowledgeBase.open(app.config.get("KB_PATH")))
        kb = api_state().once("knowledge", _open)
    return kb


# -- views -----------------------------------------------------------------------------------------------
@bp.post("/analyze")
def analyze() -> Response:
    return json_response(analyze_message(json_body()))


@bp.post("/analyze/batch")
def analyze_batch() -> Response:
    body = _check_fields(json_body(), ("messages",), "", '{"messages": [{"text": "..."}]}')
    if "messages" not in body:
        raise ApiError(400, "missing_field", "Missing field 'messages': a list of {\"text\": ...} objects.")
    messages = body["messages"]
    if not isinstance(messages, list):
        raise ApiError(400, "wrong_type", f"'messages' must be an array, got {_json_type(messages)}.")
    if len(messages) > MAX_BATCH:
        raise ApiError(413, "too_many_messages",
                       f"'messages' has {len(messages):,} items; at most {MAX_BATCH:,} per request. Split the batch.")
    results = []
    for i, item in enumerate(messages):
        try:
            results.append(analyze_message(item, f"messages[{i}]."))
        except ApiError as err:
            results.append(err.to_dict())
    return json_response({"results": results})


@bp.get("/lenders")
def lenders() -> Response:
    q = _query_string("q", 100)
    limit = _query_int("limit", 200, 1, 200)
    found = knowledge_base().lenders(q, limit)
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
    q = _query_string("q", 200, required=True, example="上门催收")
    limit = _query_int("limit", 10, 1, 50)
    hits = knowledge_base().search(q, limit=limit)
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
    from webapp.openapi import build_document

    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    return api_state(app).once("openapi", lambda: build_document(app))


@bp.get("/openapi.json")
def openapi_json() -> Response:
    body = api_state().once("openapi.json", lambda: dumps(openapi_document()))
    return Response(body, mimetype="application/json")


def docs_page() -> Response:
    """GET /api/docs: the OpenAPI document as a readable page, rendered once."""
    def build() -> str:
        from webapp.api_docs import docs_context

        return render_template("api_docs.html", **docs_context(openapi_document()))
    return Response(api_state().once("docs", build), mimetype="text/html")
