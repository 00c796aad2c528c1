"""One error shape for the whole app, with one code table.

Anything under /api/ (and any view that raises ApiError) answers JSON
`{"error": {"code": ..., "message": ...}}` with the right status; codes are stable
identifiers clients may branch on, messages say in English what was wrong and how to fix
the call. Every other URL gets a short Chinese page. The handlers are registered on the
app by create_app (not on a blueprint: Flask does not call blueprint handlers for URLs
that match no route). Only real HTTP errors are mapped; a bug still becomes a 500.
"""
from __future__ import annotations

import json
from typing import Any

from flask import Flask, Response, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError

# The code for each HTTP status when nothing more precise is known (views raise finer
# codes through ApiError, e.g. 400 text_too_long; README lists them all).
CODES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "body_too_large",
    415: "unsupported_media_type",
    429: "rate_limited",
    500: "internal_error",
    503: "unavailable",
}

# What the JSON API says for a status when the exception carries nothing better.
API_MESSAGES: dict[int, str] = {
    404: "No such API endpoint. See /api/v1/openapi.json or /api/docs for the list of endpoints.",
    413: "The request body is larger than the server accepts (2 MB for JSON requests).",
    415: "Send the body as JSON with the header 'Content-Type: application/json'.",
    500: "The server failed to handle this request. It is not your fault; please try again or report it.",
}

# What a person reads on the error page.
PAGE_MESSAGES: dict[int, str] = {
    400: "请求有误，请返回重试。",
    404: "没有找到这个页面。",
    405: "不支持这种访问方式。请从首页重新开始。",
    413: "提交的内容太大了。一条短信不会这么长，请只粘贴短信正文。",
    429: "请求太频繁，请稍后再试。",
    500: "服务器出了点问题，不是你的错。请稍后再试。",
}
PAGE_FALLBACK = "出错了，请返回重试。"


class ApiError(Exception):
    """A client-facing API error with its HTTP status, stable code and message."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}

    def to_dict(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message}}


def dumps(obj: Any) -> bytes:
    """Compact UTF-8 JSON. A lone surrogate (only reachable through \\ud800-style escapes
    in the request) cannot be UTF-8 encoded, so such output falls back to ASCII escapes."""
    try:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(obj, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def json_response(obj: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(dumps(obj), status=status, headers=headers, mimetype="application/json")


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Response:
    """The JSON error shape, for guards that answer before any view runs."""
    return json_response({"error": {"code": code, "message": message}}, status, headers)


def api_error_response(err: ApiError) -> Response:
    return error_response(err.status, err.code, err.message, err.headers)


def _allowed_methods(exc: HTTPException) -> list[str]:
    return sorted(m for m in (getattr(exc, "valid_methods", None) or ()) if m != "OPTIONS")


def http_error_response(exc: HTTPException) -> Response:
    """JSON for a werkzeug HTTPException raised under /api/ (404, 405, 413, ...)."""
    status = exc.code or 500
    headers: dict[str, str] = {}
    message = API_MESSAGES.get(status) or exc.description or exc.name
    if status == 405:
        allowed = _allowed_methods(exc)
        if allowed:
            headers["Allow"] = ", ".join(allowed)
            message = f"This endpoint does not accept this method. Allowed: {', '.join(allowed)}."
        else:
            message = "This endpoint does not accept this method."
    return error_response(status, CODES.get(status, f"http_{status}"), message, headers)


def _page(status: int, headers: dict[str, str] | None = None) -> Response:
    body = render_template("error.html", status=status, message=PAGE_MESSAGES.get(status, PAGE_FALLBACK))
    return Response(body, status=status, headers=headers, mimetype="text/html")


def handle_http_error(exc: HTTPException) -> Response | HTTPException:
    if exc.code is None or exc.code < 400:  # redirects raised as exceptions
        return exc
    if request.path.startswith("/api/"):
        return http_error_response(exc)
    allow = {"Allow": ", ".join(exc.valid_methods)} if exc.code == 405 and getattr(exc, "valid_methods", None) else None
    return _page(exc.code, allow)


def handle_internal_error(exc: InternalServerError) -> Response:
    if request.path.startswith("/api/"):
        return http_error_response(InternalServerError())
    return _page(500)


def init_app(app: Flask) -> None:
    app.register_error_handler(ApiError, api_error_response)
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(InternalServerError, handle_internal_error)
