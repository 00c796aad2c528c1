"""The WSGI front gunicorn runs (what waitress does itself for --proxy and --url-prefix):
forwarded headers believed only from the proxy, the app mounted under the prefix."""
from __future__ import annotations

import json

from werkzeug.test import Client

from webapp.prefork import Frontend


def echo(environ, start_response):
    start_response("200 OK", [("Content-Type", "application/json")])
    keys = ("wsgi.url_scheme", "REMOTE_ADDR", "HTTP_HOST", "SCRIPT_NAME", "PATH_INFO", "HTTP_X_FORWARDED_PROTO")
    return [json.dumps({k: environ.get(k) for k in keys}).encode()]


FORWARDED = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "cuishou.example.org", "X-Forwarded-For": "203.0.113.9"}


def seen(app, path="/api/v1/health", remote="127.0.0.1"):
    response = Client(app).get(path, headers=FORWARDED, environ_base={"REMOTE_ADDR": remote})
    return response.status_code, response.get_json(silent=True)


def test_forwarded_headers_only_from_the_proxy():
    app = Frontend(echo, proxy="127.0.0.1")
    _, via_proxy = seen(app)
    assert via_proxy["wsgi.url_scheme"] == "https" and via_proxy["REMOTE_ADDR"] == "203.0.113.9"
    assert via_proxy["HTTP_HOST"] == "cuishou.example.org"
    _, direct = seen(app, remote="198.51.100.7")
    assert direct["wsgi.url_scheme"] == "http" and direct["REMOTE_ADDR"] == "198.51.100.7"
    assert direct["HTTP_X_FORWARDED_PROTO"] is None
    _, no_proxy = seen(Frontend(echo))
    assert no_proxy["wsgi.url_scheme"] == "http" and no_proxy["HTTP_X_FORWARDED_PROTO"] is None


def test_url_prefix():
    app = Frontend(echo, url_prefix="/cuishou/")
    status, env = seen(app, "/cuishou/api/v1/health")
    assert status == 200 and env["SCRIPT_NAME"] == "/cuishou" and env["PATH_INFO"] == "/api/v1/health"
    assert seen(app, "/cuishou")[1]["PATH_INFO"] == "/"
    assert seen(app, "/other")[0] == 404
    assert seen(app, "/cuishouX/")[0] == 404
