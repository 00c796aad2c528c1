"""Per-app API state and the guards for everything under /api/: CORS preflight, API keys,
rate limit. Set up once per app when the blueprint is registered."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from flask import Flask, Response, current_app, request
from flask.blueprints import BlueprintSetupState

from webapp.api import bp
from webapp.api.settings import OPEN_PATHS, ApiSettings, RateLimiter, load_settings
from webapp.errors import error_response


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
    limiter = None
    if settings.rate_limit:
        # With several server processes the counter lives in the shared-state process, so the
        # limit holds for a client across all of them (cuishou serve --workers N).
        shared = app.config.get("SHARED_STATE")
        limiter = (shared.make("RateLimiter", settings.rate_limit, settings.rate_window) if shared
                   else RateLimiter(settings.rate_limit, settings.rate_window))
    app.extensions["api"] = ApiState(settings, limiter)
    from webapp.api.views import docs_page

    app.add_url_rule("/api/docs", "api_docs", docs_page, methods=["GET"])
    app.before_request(_guard)
    app.after_request(_add_cors_headers)


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


