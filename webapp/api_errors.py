"""The one error shape of the JSON API: {"error": {"code": ..., "message": ...}}.

Used by the API blueprints (webapp/api.py, webapp/loan.py, ...) and by the
app-wide error handlers for any URL under /api/ (webapp/errors.py may call
`http_error_response` for those). Codes are stable identifiers clients may
branch on; messages say, in English, what was wrong and how to fix the call.
"""
from __future__ import annotations

import json
from typing import Any

from flask import Response
from werkzeug.exceptions import HTTPException

# code for each HTTP status when nothing more precise is known
DEFAULT_CODES: dict[int, str] = {
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

DEFAULT_MESSAGES: dict[int, str] = {
    404: "No such API endpoint. See /api/v1/openapi.json or /api/docs for the list of endpoints.",
    413: "The request body is larger than the server accepts (2 MB for JSON requests).",
    415: "Send the body as JSON with the header 'Content-Type: application/json'.",
    500: "The server failed to handle this request. It is not your fault; please try again or report it.",
}


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
    return json_response({"error": {"code": code, "message": message}}, status, headers)


def api_error_response(err: ApiError) -> Response:
    return error_response(err.status, err.code, err.message, err.headers)


def http_error_response(exc: HTTPException) -> Response:
    """JSON for a werkzeug HTTPException raised under /api/ (404, 405, 413, ...)."""
    status = exc.code or 500
    code = DEFAULT_CODES.get(status, f"http_{status}")
    headers: dict[str, str] = {}
    message = DEFAULT_MESSAGES.get(status) or exc.description or exc.name
    if status == 405:
        allowed = sorted(m for m in (getattr(exc, "valid_methods", None) or ()) if m != "OPTIONS")
        if allowed:
            headers["Allow"] = ", ".join(allowed)
            message = f"This endpoint does not accept this method. Allowed: {', '.join(allowed)}."
        else:
            message = "This endpoint does not accept this method."
    elif status not in DEFAULT_MESSAGES and exc.description:
        message = exc.description
    return error_response(status, code, message, headers)
