"""`cuishou serve --workers N`: N processes behind gunicorn's pre-fork master (Linux, macOS).

The app (analyzer, knowledge base, secret key) is built once in the master before it forks,
so every worker starts with it already in memory and nothing is built per worker. Worker
processes use gunicorn's threaded worker (`--threads` each), read request bodies into memory
(nothing is spooled to disk) and write no access log. Gunicorn does not shield workers from
slow clients: keep a buffering reverse proxy (nginx, Caddy) in front, as the README says.

Waitress stays the server for one process and where gunicorn is not available (Windows).
"""
from __future__ import annotations

import importlib.util
import os
from typing import Any, Callable, Iterable

from werkzeug.middleware.proxy_fix import ProxyFix

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
_FORWARDED = ("HTTP_X_FORWARDED_PROTO", "HTTP_X_FORWARDED_HOST", "HTTP_X_FORWARDED_FOR", "HTTP_X_FORWARDED_PORT",
              "HTTP_X_FORWARDED_PREFIX", "HTTP_FORWARDED")


def available() -> bool:
    """True where a pre-fork server can run: a POSIX fork and gunicorn installed."""
    return hasattr(os, "fork") and importlib.util.find_spec("gunicorn") is not None


class Frontend:
    """What waitress does for `--proxy` and `--url-prefix`, as WSGI middleware for gunicorn:
    X-Forwarded-Proto/Host/For are believed only from the proxy's address (and dropped from
    anyone else), and the app is mounted under the prefix."""

    def __init__(self, app: WSGIApp, proxy: str | None = None, url_prefix: str = "") -> None:
        self.app = app
        self.proxy = proxy
        self.prefix = url_prefix.rstrip("/")
        self.trusted = ProxyFix(app, x_for=1, x_proto=1, x_host=1)

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if self.prefix:
            path = environ.get("PATH_INFO", "")
            if path != self.prefix and not path.startswith(self.prefix + "/"):
                start_response("404 Not Found", [("Content-Type", "text/plain; charset=utf-8")])
                return [b"Not Found"]
            environ["SCRIPT_NAME"] = self.prefix
            environ["PATH_INFO"] = path[len(self.prefix):] or "/"
        if self.proxy and environ.get("REMOTE_ADDR") == self.proxy:
            return self.trusted(environ, start_response)
        for key in _FORWARDED:
            environ.pop(key, None)
        return self.app(environ, start_response)


def serve(app: WSGIApp, *, host: str, port: int, workers: int, threads: int, proxy: str | None = None,
          url_prefix: str = "", on_exit: Callable[[], None] | None = None) -> None:
    """Run `app` (already built) in `workers` forked processes until stopped."""
    from gunicorn.app.base import BaseApplication

    wsgi = Frontend(app, proxy, url_prefix)
    options = {
        "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
        "workers": workers,
        "worker_class": "gthread",
        "threads": threads,
        "accesslog": None,  # no access log: nothing about a request is written anywhere
        "errorlog": "-",
        "loglevel": "warning",
        # Forwarded headers are handled by Frontend, only from the given proxy.
        "forwarded_allow_ips": "",
        "proxy_allow_ips": "",
        "proc_name": "cuishou",
        "timeout": 60,
        "graceful_timeout": 10,
    }

    class Application(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            for key, value in options.items():
                self.cfg.set(key, value)
            if on_exit is not None:
                self.cfg.set("on_exit", lambda _server: on_exit())

        def load(self) -> WSGIApp:
            return wsgi

    Application().run()
