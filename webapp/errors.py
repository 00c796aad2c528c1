"""One error shape for the whole app.

Registered on the app (not a blueprint) because Flask does not call blueprint
handlers for URLs that match no route. Anything under /api/ gets JSON
`{"error": {"code", "message"}}`; everything else a short Chinese page.
Only real HTTP errors are mapped; a bug still becomes a 500, never the reverse.
"""
from __future__ import annotations

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError

# status → (code, message shown to people)
MESSAGES: dict[int, tuple[str, str]] = {
    400: ("bad_request", "请求有误，请返回重试。"),
    404: ("not_found", "没有找到这个页面。"),
    405: ("method_not_allowed", "不支持这种访问方式。请从首页重新开始。"),
    413: ("too_large", "提交的内容太大了。一条短信不会这么长，请只粘贴短信正文。"),
    429: ("too_many_requests", "请求太频繁，请稍后再试。"),
    500: ("internal_error", "服务器出了点问题，不是你的错。请稍后再试。"),
}


def wants_json() -> bool:
    return request.path.startswith("/api/")


def error_response(status: int, message: str | None = None, code: str | None = None) -> tuple[Response | str, int]:
    default_code, default_message = MESSAGES.get(status, ("error", "出错了，请返回重试。"))
    code = code or default_code
    message = message or default_message
    if wants_json():
        return jsonify({"error": {"code": code, "message": message}}), status
    return render_template("error.html", status=status, message=message), status


def _api_response(exc: HTTPException) -> Response | None:
    """The API's own JSON shape and English messages, when the API module is installed."""
    try:
        from webapp.api_errors import http_error_response
    except ImportError:
        return None
    return http_error_response(exc)


def handle_http_error(exc: HTTPException) -> tuple[Response | str, int] | Response | HTTPException:
    if exc.code is None or exc.code < 400:  # redirects raised as exceptions
        return exc
    if wants_json() and (api := _api_response(exc)) is not None:
        return api
    response = error_response(exc.code)
    if exc.code == 405 and exc.valid_methods:
        body, status = response
        if isinstance(body, Response):
            body.headers["Allow"] = ", ".join(exc.valid_methods)
        else:
            body = Response(body, status=status, headers={"Allow": ", ".join(exc.valid_methods)})
        return body, status
    return response


def handle_internal_error(exc: InternalServerError) -> tuple[Response | str, int] | Response:
    if wants_json() and (api := _api_response(InternalServerError())) is not None:
        return api
    return error_response(500)


def init_app(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(InternalServerError, handle_internal_error)
