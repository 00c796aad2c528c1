"""The lock in front of the case pages (issue 14): the Host check, CSRF, the session check,
and the pages that open, close and change the lock (login, logout, first-time setup with
the token `cuishou serve` prints, passphrase change). The rules themselves are in
webapp/cases/access.py; this module is their Flask side.

The session cookie (Flask's signed cookie, holding only a random session id and the CSRF
token) is SameSite=Strict, HttpOnly, Secure whenever the request came over HTTPS, and sent
only to /cases; borrower pages never read or set it.
"""
from __future__ import annotations

import secrets
from typing import Any

from flask import (Flask, Response, abort, current_app, g, redirect, render_template, request, session,
                   url_for)
from flask.sessions import SecureCookieSessionInterface

from analyzer.case.importers import MAX_UPLOAD_BYTES
from webapp.cases import access
from webapp.cases.views import _state as state, bp
from webapp.serving import IMPORT_BODY_LIMIT

OPEN_ENDPOINTS = {"cases.login", "cases.setup"}
MIN_PASSPHRASE = 8


class CaseSessionInterface(SecureCookieSessionInterface):
    """Flask's signed cookie, scoped to the case pages and Secure on HTTPS requests."""

    def get_cookie_path(self, app: Flask) -> str:
        return app.config.get("SESSION_COOKIE_PATH") or (request.script_root + "/cases")

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(app.config.get("SESSION_COOKIE_SECURE")) or request.is_secure

    def get_cookie_samesite(self, app: Flask) -> str:
        return app.config.get("SESSION_COOKIE_SAMESITE") or "Strict"


def init_app(app: Flask) -> None:
    app.session_interface = CaseSessionInterface()
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    if app.config.get("SESSION_COOKIE_NAME") == "session":
        app.config["SESSION_COOKIE_NAME"] = "cuishou_case"


def _limits() -> access.Limits:
    return access.Limits.from_config(current_app.config)


def _conn() -> Any:
    return state().store().db.conn


def _client() -> str:
    return access.client_key(request.remote_addr)


def _from_this_machine() -> bool:
    """A loopback peer that no proxy forwarded: only then is the setup token page shown."""
    if request.headers.get("X-Forwarded-For") or request.headers.get("Forwarded"):
        return False
    return access.is_loopback(request.remote_addr)


def _refuse(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    body = render_template("error.html", status=status, message=message)
    return Response(body, status=status, headers=headers, mimetype="text/html")


def signed_in() -> bool:
    return access.check_session(_conn(), session.get("sid"), _limits())


def _sign_in() -> None:
    session.clear()  # a new id and a new CSRF token: nothing from before login survives
    session["sid"] = access.start_session(_conn(), _limits())


def csrf_token() -> str:
    if "cases_csrf" not in session:
        session["cases_csrf"] = secrets.token_urlsafe(24)
    return session["cases_csrf"]


@bp.app_context_processor
def _globals() -> dict[str, Any]:
    return {"cases_csrf_token": csrf_token}


@bp.before_request
def guard() -> Any:
    hosts = access.allowed_hosts(current_app.config.get("CASES_ALLOWED_HOSTS"))
    if access.host_name(request.host) not in hosts:
        # DNS rebinding: a page on another name resolving to this machine is not let in
        return _refuse(403, "这个网址的主机名不在允许的列表里。请用 http://127.0.0.1 打开，"
                            "或让管理员用 --allowed-host 加上这个名字。")
    if signed_in():
        g.case_signed_in = True  # the layout shows the logout button
    elif request.endpoint not in OPEN_ENDPOINTS:
        # refused before the body is read: no form parsing for whoever has no session
        back: dict[str, Any] = {"expired": 1} if session.get("sid") else {}  # a session that ended, not a first visit
        if request.method == "GET":
            # full_path ends in "?" even without a query; after login that would land on /cases/1?
            return redirect(url_for("cases.login", next=request.full_path.removesuffix("?"), **back))
        # A form sent after the session ended (打码并保存 on an import left open past the idle limit) comes back to
        # the page it was sent from: it used to land on /cases/ after login, and the unsaved import, still in memory,
        # could no longer be found.
        args = request.view_args or {}
        page = (url_for("cases.draft", token=args["token"]) if "token" in args else
                url_for("cases.show", case_id=args["case_id"]) if "case_id" in args else "")
        if page:
            back["next"] = page[len(request.script_root):]
        return redirect(url_for("cases.login", **back), code=303)
    if request.endpoint == "cases.import_messages":
        request.max_content_length = IMPORT_BODY_LIMIT
        request.max_form_memory_size = MAX_UPLOAD_BYTES
    if request.method == "POST":
        sent = request.form.get("csrf_token", "")
        if not sent or not secrets.compare_digest(sent, session.get("cases_csrf", "")):
            abort(400, description="页面已过期，请刷新后重试。")
    return None


def _throttled(wait: int) -> Response:
    return _refuse(429, f"口令错误次数太多，请 {wait} 秒后再试。", {"Retry-After": str(wait)})


@bp.route("/login", methods=["GET", "POST"])
def login() -> Any:
    store = state().store()
    has_phrase = store.passphrase_hash() is not None
    error = None
    if request.method == "POST" and has_phrase:
        conn = _conn()
        wait = access.wait_seconds(conn, _client(), _limits())
        if wait > 0:
            return _throttled(wait)
        if store.check_passphrase(request.form.get("passphrase", "")):
            access.clear_failures(conn, _client())
            _sign_in()
            target = request.args.get("next") or ""
            safe = target.startswith("/cases") and not target.startswith("//")
            return redirect(request.script_root + target if safe else url_for("cases.index"))
        access.record_failure(conn, _client())
        error = "口令不对。"
    can_setup = (not has_phrase and _from_this_machine() and access.has_setup_token(_conn()))
    return render_template("cases/login.html", has_phrase=has_phrase, error=error,
                           can_setup=can_setup), (401 if error else 200)


@bp.post("/logout")
def logout() -> Any:
    access.end_session(_conn(), session.get("sid"))
    session.clear()
    return redirect(url_for("cases.login"), code=303)


def _new_passphrase() -> tuple[str | None, str | None]:
    """(passphrase, error) from the form's new/confirm fields."""
    phrase = request.form.get("passphrase", "")
    if phrase != request.form.get("confirm", ""):
        return None, "两次输入的口令不一样。"
    if len(phrase) < MIN_PASSPHRASE:
        return None, f"口令至少 {MIN_PASSPHRASE} 个字符。"
    return phrase, None


@bp.route("/setup", methods=["GET", "POST"])
def setup() -> Any:
    """The first passphrase, on the machine itself, with the token `cuishou serve` printed."""
    store = state().store()
    if store.passphrase_hash() is not None:
        return redirect(url_for("cases.login"))
    if not _from_this_machine() or not access.has_setup_token(_conn()):
        return _refuse(403, "请在运行本程序的电脑上用 cuishou case passphrase 设置口令，"
                            "或打开 cuishou serve 启动时显示的设置链接。")
    token = request.values.get("token", "")
    error = None
    if request.method == "POST":
        conn = _conn()
        wait = access.wait_seconds(conn, _client(), _limits())
        if wait > 0:
            return _throttled(wait)
        if not access.check_setup_token(conn, token):
            access.record_failure(conn, _client())
            error = "设置码不对。请使用 cuishou serve 启动时显示的设置链接。"
        else:
            phrase, error = _new_passphrase()
            if phrase is not None:
                access.set_passphrase(store, phrase)
                _sign_in()
                return redirect(url_for("cases.index"), code=303)
    return render_template("cases/passphrase.html", mode="setup", token=token, error=error), (400 if error else 200)


@bp.route("/passphrase", methods=["GET", "POST"])
def passphrase() -> Any:
    """Change the passphrase: signed in (the guard saw to it) and knowing the current one."""
    error = None
    if request.method == "POST":
        store, conn = state().store(), _conn()
        wait = access.wait_seconds(conn, _client(), _limits())
        if wait > 0:
            return _throttled(wait)
        if not store.check_passphrase(request.form.get("current", "")):
            access.record_failure(conn, _client())
            error = "当前口令不对。"
        else:
            phrase, error = _new_passphrase()
            if phrase is not None:
                access.set_passphrase(store, phrase)
                _sign_in()
                return redirect(url_for("cases.index", changed=1), code=303)
    return render_template("cases/passphrase.html", mode="change", token="", error=error), (400 if error else 200)
