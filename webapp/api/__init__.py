"""JSON API under /api/v1 (blueprint `api`), described by webapp/api/openapi.py.

Modules: guard (per-app state, API keys, rate limit, CORS), inputs (request parsing and
validation), views (the endpoints), settings, openapi + schemas (the OpenAPI document),
docs (the readable /api/docs page). Views stay thin: validate the request, call the
analyzer or the knowledge base, serialise. Message text is never logged.
"""
from __future__ import annotations

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")

from webapp.api import guard, views  # noqa: E402,F401  (register the setup hook and the routes on bp)
from webapp.api.inputs import analyze_message, json_body  # noqa: E402
from webapp.api.views import openapi_document  # noqa: E402

__all__ = ["analyze_message", "bp", "json_body", "openapi_document"]
