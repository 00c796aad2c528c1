"""The lock on case mode (issue 14), over real HTTP against the app behind waitress (built as
`cuishou serve` builds it), with real SQLite files in temporary directories: no loopback
trust, the one-time setup token, allowed Host names, server-side sessions (logout, passphrase
change, idle and absolute timeouts), the throttle shared by two app instances, cookie
attributes behind a proxy, cookie-free borrower pages, and the CLI."""
from __future__ import annotations

import http.client
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from conftest import CASE_PASSPHRASE, csrf_token_of, set_case_passphrase

from webapp import serving


@dataclass
class Answer:
    status: int
    headers: Any
    text: str

    @property
    def location(self) -> str:
        return self.headers.get("Location", "")

    def cookies(self) -> list[str]:
        return self.headers.get_all("Set-Cookie") or []


@dataclass
class Browser:
    """A cookie-keeping HTTP client for one live server (a browser, as far as the app can tell)."""

    port: int
    cookies: dict[str, str] = field(default_factory=dict)

    def request(self, method: str, path: str, form: dict[str, str] | None = None,
                headers: dict[str, str] | None = None) -> Answer:
        headers = dict(headers or {})
        body = None
        if form is not None:
            body = urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers)
            resp = conn.getresponse()
            answer = Answer(resp.status, resp.headers, resp.read().decode("utf-8", "replace"))
        finally:
            conn.close()
        for raw in answer.cookies():
            jar = SimpleCookie()
            jar.load(raw)
            for name, morsel in jar.items():
                if morsel["expires"] and "1970" in morsel["expires"] or morsel.value == "":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return answer

    def get(self, path: str, **kw: Any) -> Answer:
        return self.request("GET", path, **kw)

    def post(self, path: str, form: dict[str, str], **kw: Any) -> Answer:
        return self.request("POST", path, form=form, **kw)

    def login(self, phrase: str = CASE_PASSPHRASE, **kw: Any) -> Answer:
        token = csrf_token_of(self.get("/cases/login", **kw).text)
        return self.post("/cases/login", {"csrf_token": token, "passphrase": phrase}, **kw)

    def token(self, path: str = "/cases/") -> str:
        return csrf_token_of(self.get(path).text)


def test_no_passphrase_refuses_cases_even_from_loopback(serve_app):
    server = serve_app()
    b = Browser(server.port)
    r = b.get("/cases/")
    assert r.status == 302 and "/cases/login" in r.location
    assert b.get("/cases/1/export.json").status == 302
    assert b.get("/cases/draft/x").status == 302
    r = b.post("/cases/import", {"text": "催收短信", "csrf_token": "x"})
    assert r.status == 303 and r.location.endswith("/cases/login")
    page = b.get("/cases/login")
    assert page.status == 200 and "cuishou case passphrase" in page.text and "<form" not in page.text
    # without a token from `cuishou serve`, the setup page is closed too
    assert b.get("/cases/setup").status == 403
    assert b.get("/cases/passphrase").status == 302  # changing needs a session


def test_setup_token_sets_first_passphrase_once(serve_app):
    server = serve_app()
    token = serving.setup_token(server.app)
    assert token and serving.setup_token(server.app) != token  # a new serve, a new token
    token = serving.setup_token(server.app)
    b = Browser(server.port)
    login = b.get("/cases/login")
    assert 'href="/cases/setup"' in login.text
    # not from this machine: refused even with the token (behind a proxy started without --proxy,
    # waitress drops X-Forwarded-For and the peer looks local: then the token alone is the lock)
    remote = server.app.test_client()
    assert remote.get(f"/cases/setup?token={token}", environ_base={"REMOTE_ADDR": "10.0.0.5"}).status_code == 403
    assert remote.get(f"/cases/setup?token={token}", headers={"X-Forwarded-For": "10.0.0.5"}).status_code == 403
    page = b.get(f"/cases/setup?token={token}")
    assert page.status == 200 and f'value="{token}"' in page.text
    csrf = csrf_token_of(page.text)
    wrong = b.post("/cases/setup", {"csrf_token": csrf, "token": "guessed", "passphrase": "新的口令12345",
                                    "confirm": "新的口令12345"})
    assert wrong.status == 400 and "设置码不对" in wrong.text
    short = b.post("/cases/setup", {"csrf_token": csrf, "token": token, "passphrase": "short", "confirm": "short"})
    assert short.status == 400
    ok = b.post("/cases/setup", {"csrf_token": csrf, "token": token, "passphrase": "新的口令12345",
                                 "confirm": "新的口令12345"})
    assert ok.status == 303 and ok.location.endswith("/cases/")
    assert b.get("/cases/").status == 200  # signed in by setting it
    # the token is spent: another browser cannot use it to take over
    other = Browser(server.port)
    assert other.get(f"/cases/setup?token={token}").status == 302
    assert other.login("新的口令12345").status == 302 and other.get("/cases/").status == 200
    assert serving.setup_token(server.app) is None  # a passphrase exists: serve prints no token


def test_case_pages_refuse_hosts_not_allowed(serve_app):
    server = serve_app(CASES_ALLOWED_HOSTS=["cases.example.org"])
    set_case_passphrase(server.app)
    b = Browser(server.port)
    assert b.login().status == 302
    for host in ("attacker.example", "127.0.0.1.attacker.example", "localhost.attacker.example", "[::2]", ""):
        r = b.get("/cases/", headers={"Host": host})
        assert r.status == 403, host
        assert "--allowed-host" in r.text
    for host in ("localhost", "localhost.", f"127.0.0.1:{server.port}", "[::1]:8000", "cases.example.org",
                 "CASES.example.org:443"):
        assert b.get("/cases/", headers={"Host": host}).status == 200, host
    assert b.get("/", headers={"Host": "attacker.example"}).status == 200  # borrower pages stay open
    assert b.get("/api/v1/health", headers={"Host": "attacker.example"}).status == 200


def test_logout_ends_the_session_on_the_server(serve_app):
    server = serve_app()
    set_case_passphrase(server.app)
    b = Browser(server.port)
    assert b.login().status == 302
    kept = dict(b.cookies)  # what a thief copied from the browser
    page = b.get("/cases/")
    assert page.status == 200 and 'action="/cases/logout"' in page.text and 'href="/cases/passphrase"' in page.text
    r = b.post("/cases/logout", {"csrf_token": csrf_token_of(page.text)})
    assert r.status == 303
    thief = Browser(server.port, cookies=kept)
    assert thief.get("/cases/").status == 302  # the signed cookie is still valid, the session is not


def test_passphrase_change_ends_other_sessions(serve_app):
    server = serve_app()
    set_case_passphrase(server.app)
    a, b = Browser(server.port), Browser(server.port)
    assert a.login().status == 302 and b.login().status == 302
    form = a.get("/cases/passphrase")
    assert form.status == 200
    csrf = csrf_token_of(form.text)
    wrong = a.post("/cases/passphrase", {"csrf_token": csrf, "current": "不是这个口令", "passphrase": "另一个口令2027",
                                          "confirm": "另一个口令2027"})
    assert wrong.status == 400 and "当前口令不对" in wrong.text
    ok = a.post("/cases/passphrase", {"csrf_token": csrf, "current": CASE_PASSPHRASE, "passphrase": "另一个口令2027",
                                       "confirm": "另一个口令2027"})
    assert ok.status == 303
    assert a.get("/cases/").status == 200  # the one who changed it stays in, with a new session
    assert b.get("/cases/").status == 302
    assert b.login(CASE_PASSPHRASE).status == 401
    assert b.login("另一个口令2027").status == 302


def test_sessions_time_out(serve_app):
    server = serve_app(CASES_SESSION_IDLE_SECONDS=1, CASES_SESSION_MAX_SECONDS=60)
    set_case_passphrase(server.app)
    b = Browser(server.port)
    assert b.login().status == 302 and b.get("/cases/").status == 200
    time.sleep(1.6)
    assert b.get("/cases/").status == 302  # idle too long

    server = serve_app(CASES_SESSION_IDLE_SECONDS=60, CASES_SESSION_MAX_SECONDS=2)
    set_case_passphrase(server.app)
    b = Browser(server.port)
    assert b.login().status == 302
    started = time.monotonic()  # the session began a little before this
    busy = 0
    while time.monotonic() - started < 1.2:  # busy all along: only the absolute limit ends it
        time.sleep(0.3)
        assert b.get("/cases/").status == 200
        busy += 1
    assert busy >= 2
    time.sleep(max(0.0, started + 2.3 - time.monotonic()))
    assert b.get("/cases/").status == 302


def test_throttle_holds_across_app_instances_sharing_one_database(serve_app, tmp_path):
    shared = str(tmp_path / "shared-cases.db")
    settings = {"CASES_DB": shared, "CASES_THROTTLE_FREE": 3, "CASES_THROTTLE_BASE_SECONDS": 30}
    first, second = serve_app(**settings), serve_app(**settings)
    assert first.app is not second.app
    set_case_passphrase(first.app)
    a = Browser(first.port)
    for _ in range(3):
        assert a.login("猜一个口令000").status == 401
    # the next try goes to the other worker, with the right passphrase: still refused, and told how long
    b = Browser(second.port)
    r = b.login()
    assert r.status == 429 and int(r.headers["Retry-After"]) >= 25 and "秒后再试" in r.text
    assert b.get("/cases/").status == 302
    assert a.login().status == 429  # the first worker agrees


def test_global_throttle_slows_guesses_from_many_addresses(make_app, tmp_path):
    app = make_app(CASES_THROTTLE_GLOBAL_FREE=4, CASES_THROTTLE_GLOBAL_BASE_SECONDS=30)
    set_case_passphrase(app)
    for i in range(4):
        c = app.test_client()
        env = {"REMOTE_ADDR": f"198.51.100.{i}"}
        token = csrf_token_of(c.get("/cases/login", environ_base=env).text)
        assert c.post("/cases/login", data={"csrf_token": token, "passphrase": "wrong-guess"},
                      environ_base=env).status_code == 401
    c = app.test_client()
    env = {"REMOTE_ADDR": "198.51.100.200"}
    token = csrf_token_of(c.get("/cases/login", environ_base=env).text)
    r = c.post("/cases/login", data={"csrf_token": token, "passphrase": CASE_PASSPHRASE}, environ_base=env)
    assert r.status_code == 429 and 25 <= int(r.headers["Retry-After"]) <= 30


def _cookie_attrs(answer: Answer) -> dict[str, Any]:
    (raw,) = [c for c in answer.cookies() if c.startswith("cuishou_case=")]
    parts = [p.strip() for p in raw.split(";")]
    return {p.split("=", 1)[0].lower(): (p.split("=", 1)[1] if "=" in p else True) for p in parts[1:]}


@pytest.mark.parametrize(("kind", "https_header", "ignored_header"), [
    ("x-forwarded", {"X-Forwarded-Proto": "https"}, {"Forwarded": "proto=https"}),
    ("forwarded", {"Forwarded": "for=203.0.113.9;proto=https"}, {"X-Forwarded-Proto": "https"}),
], ids=["x-forwarded", "forwarded"])
def test_cookie_attributes_and_the_trusted_forwarding_header(serve_app, kind, https_header, ignored_header):
    options = serving.waitress_options("127.0.0.1", 0, 4, proxy="127.0.0.1", proxy_headers=kind)
    server = serve_app(server_options=options)
    set_case_passphrase(server.app)
    plain = _cookie_attrs(Browser(server.port).login())
    assert plain["samesite"] == "Strict" and plain["httponly"] is True and plain["path"] == "/cases"
    assert "secure" not in plain and "expires" not in plain  # a browser-session cookie; the server times it out
    secure = _cookie_attrs(Browser(server.port).login(headers=https_header))
    assert secure["secure"] is True and secure["samesite"] == "Strict"
    # the other kind of header is not trusted: the request stays plain http
    assert "secure" not in _cookie_attrs(Browser(server.port).login(headers=ignored_header))


def test_borrower_pages_set_no_cookie(live_server):
    b = Browser(live_server.port)
    pages = [("GET", "/", None), ("GET", "/check", None), ("GET", "/about", None), ("GET", "/faq", None),
             ("GET", "/privacy", None), ("GET", "/lenders", None), ("GET", "/knowledge", None),
             ("GET", "/loan-cost", None), ("POST", "/check", {"text": "【某某金融】您已逾期，我们将联系您的家人。"}),
             ("GET", "/api/v1/health", None), ("GET", "/api/docs", None)]
    for method, path, form in pages:
        r = b.request(method, path, form=form)
        assert r.status < 500, path
        assert r.cookies() == [], path
        assert "Cookie" not in (r.headers.get("Vary") or ""), path


def _cli(*args: str, stdin: str = "", env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "webapp", *args], input=stdin, capture_output=True, text=True,
                          env=env, timeout=120)


def test_cli_sets_and_resets_the_passphrase(serve_app, tmp_path):
    db = tmp_path / "cases.db"
    server = serve_app(CASES_DB=str(db))
    done = _cli("case", "passphrase", "--db", str(db), "--stdin", stdin="命令行设置的口令\n")
    assert done.returncode == 0, done.stderr
    assert "命令行设置的口令".encode() not in db.read_bytes()  # only its hash is stored
    b = Browser(server.port)
    assert b.login("命令行设置的口令").status == 302 and b.get("/cases/").status == 200
    # forgotten: the CLI resets it without the old one, and every browser is signed out
    done = _cli("case", "passphrase", "--db", str(db), "--stdin", stdin="重新设置的新口令\n")
    assert done.returncode == 0, done.stderr
    assert b.get("/cases/").status == 302
    assert b.login("命令行设置的口令").status == 401 and b.login("重新设置的新口令").status == 302
    too_short = _cli("case", "passphrase", "--db", str(db), "--stdin", stdin="short\n")
    assert too_short.returncode == 2 and "8" in too_short.stderr
    # never from the command line, where `ps` would show it
    assert _cli("case", "passphrase", "--db", str(db), "命令行里的口令").returncode == 2


def _serve_output(env: dict[str, str]) -> str:
    """What `cuishou serve` prints up to its address line (the last before serving), then stop it."""
    proc = subprocess.Popen([sys.executable, "-m", "webapp", "serve", "--port", "0"], env={**os.environ, **env},
                            stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    try:
        while len(lines) < 40:
            line = proc.stderr.readline()
            lines.append(line)
            if not line or "Ctrl+C" in line:
                break
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        proc.stderr.close()
    return "".join(lines)


def test_serve_prints_the_setup_link_only_while_no_passphrase(tmp_path, kb_path):
    db = tmp_path / "cases.db"
    env = {"CUISHOU_CASES_DB": str(db), "CUISHOU_SECRET_KEY": "x" * 32, "CUISHOU_KB_PATH": str(kb_path)}
    link = re.search(r"/cases/setup\?token=([\w-]+)", _serve_output(env))
    assert link
    from webapp.cases import access
    from webapp.cases.store import CaseStore

    store = CaseStore(db)
    try:
        assert access.check_setup_token(store.db.conn, link.group(1))
        assert not access.check_setup_token(store.db.conn, link.group(1) + "x")
    finally:
        store.close()
    set_case_passphrase_at(db)
    assert "/cases/setup" not in _serve_output(env)


def set_case_passphrase_at(db: Path) -> None:
    from webapp.cases import access
    from webapp.cases.store import CaseStore

    store = CaseStore(db)
    try:
        access.set_passphrase(store, CASE_PASSPHRASE)
    finally:
        store.close()
