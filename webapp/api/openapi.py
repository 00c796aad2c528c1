"""The OpenAPI 3.1 document of everything under /api/, built once per app.

Endpoints in other blueprint modules describe themselves: a module that
defines `OPENAPI_PATHS` ({path: path item}) and optionally `OPENAPI_SCHEMAS`
({name: schema}) is merged in when its blueprint is registered on the app, or
when it is listed in FRAGMENT_MODULES. Fragments may $ref the shared
`#/components/schemas/Error` and `#/components/responses/{BadRequest,
Unauthorized, NotFound, MethodNotAllowed, PayloadTooLarge, UnsupportedMediaType,
TooManyRequests}`; 405 (and 401/429 unless the operation is open) are added to
every operation here.
tests/test_api_openapi.py checks that the document lists exactly the routes
the app serves under /api/.
"""
from __future__ import annotations

import copy
import importlib
import sys
from typing import Any

from flask import Flask

from analyzer import SCHEMA_VERSION
from webapp.api.schemas import MAX_BATCH, MAX_TEXT_CHARS, api_schemas, ref, report_schemas

API_VERSION = "1.0.0"
# modules whose routes live outside their own blueprint may be listed here
FRAGMENT_MODULES: tuple[str, ...] = ()

DESCRIPTION = f"""\
催收短信鉴别助手 (cuishou-checker) as a JSON API: send a debt-collection SMS, get back who sent it,
whether the sender is genuine, what is wrong in it (with character offsets into your text), and what the
borrower can do. Everything runs on this server; message text is never logged or stored.

**Requests.** POST bodies are JSON (`Content-Type: application/json`, UTF-8), at most 2 MB; a message text
is at most {MAX_TEXT_CHARS:,} characters; a batch holds at most {MAX_BATCH:,} messages.

**Errors.** Every error under /api/ is JSON `{{"error": {{"code": "...", "message": "..."}}}}` with the HTTP
status: 400 invalid_json, invalid_body, unknown_field, missing_field, wrong_type, invalid_time,
missing_parameter, invalid_parameter, text_too_long, too_many_messages (a body the schema refuses is a 400) ·
401 unauthorized · 404 not_found, lender_not_found, entry_not_found ·
405 method_not_allowed (with an `Allow` header) · 413 body_too_large (larger than the server reads) ·
415 unsupported_media_type · 429 rate_limited (with `Retry-After`).

**Optional settings** (all off by default; server config or environment): `CUISHOU_API_KEYS` — accepted keys,
sent as `Authorization: Bearer <key>`; `CUISHOU_API_RATE_LIMIT` — e.g. `60/minute` per client;
`CUISHOU_API_CORS_ORIGINS` — browser origins allowed to call the API. `/api/v1/health`,
`/api/v1/openapi.json` and `/api/docs` are always open.

Report schema version: {SCHEMA_VERSION}."""


def _err(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": ref("Error")}}}


RESPONSES: dict[str, dict[str, Any]] = {
    "BadRequest": _err("Invalid JSON, a missing or wrong-typed field, an unknown field, a bad time format, a text "
                       "over 10,000 characters (text_too_long) or a batch over 1,000 messages (too_many_messages)."),
    "Unauthorized": {**_err("API keys are switched on and the request has no accepted `Authorization: Bearer <key>`."),
                     "headers": {"WWW-Authenticate": {"schema": {"type": "string"}}}},
    "NotFound": _err("No such resource."),
    "MethodNotAllowed": {**_err("This path was called with a method it does not take (method_not_allowed), e.g. GET "
                                "on an endpoint that only takes POST; `Allow` lists the methods it does take."),
                         "headers": {"Allow": {"schema": {"type": "string"}, "required": True,
                                               "description": "The methods this path takes, e.g. `POST`."}}},
    "PayloadTooLarge": _err("A body over 2 MB (body_too_large)."),
    "UnsupportedMediaType": _err("The body was not sent as JSON (`Content-Type: application/json`)."),
    "TooManyRequests": {**_err("The client exceeded the configured rate limit; retry after `Retry-After` seconds."),
                        "headers": {"Retry-After": {"schema": {"type": "integer"},
                                                    "description": "Seconds to wait."}}},
}

GUARDED = {"401": {"$ref": "#/components/responses/Unauthorized"},
           "429": {"$ref": "#/components/responses/TooManyRequests"}}
# Every path under /api/ answers a method it does not take with 405. OpenAPI has no place for "any other
# method", so each operation of the path lists it (polish20: the API returned it and the document did not say).
WRONG_METHOD = {"405": {"$ref": "#/components/responses/MethodNotAllowed"}}
JSON_BODY_ERRORS = {"400": {"$ref": "#/components/responses/BadRequest"},
                    "413": {"$ref": "#/components/responses/PayloadTooLarge"},
                    "415": {"$ref": "#/components/responses/UnsupportedMediaType"}}


def _ok(schema: str, description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": ref(schema)}}}


def _query(name: str, description: str, schema: dict[str, Any], required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "description": description, "schema": schema}


def _path_id(name: str, description: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "description": description,
            "schema": {"type": "string", "maxLength": 200}}


OPEN = {"security": [{}]}  # no API key needed even when keys are switched on


def own_paths() -> dict[str, dict[str, Any]]:
    analyze_example = {"text": "【某某金融】你已逾期30天，今天不还将联系你的家人和单位。", "sender": "10690000123",
                       "received_at": "2026-11-29T23:15"}
    return {
        "/api/v1/analyze": {"post": {
            "operationId": "analyze", "tags": ["analysis"], "summary": "Analyse one message",
            "description": "Who sent it, whether the sender is genuine, what is wrong in it and what to do.",
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": ref("AnalyzeRequest"), "example": analyze_example}}},
            "responses": {"200": _ok("Report", "The report."), **JSON_BODY_ERRORS, **GUARDED},
        }},
        "/api/v1/analyze/batch": {"post": {
            "operationId": "analyzeBatch", "tags": ["analysis"], "summary": f"Analyse up to {MAX_BATCH:,} messages",
            "description": "Results come back in order. An invalid item gets `{\"error\": {...}}` in its place "
                           "and does not fail the rest; only a malformed envelope fails the whole request.",
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": ref("BatchRequest"), "example": {"messages": [analyze_example, {"text": "明天下午开会"}]}}}},
            "responses": {"200": _ok("BatchResponse", "One result per message."), **JSON_BODY_ERRORS, **GUARDED},
        }},
        "/api/v1/lenders": {"get": {
            "operationId": "listLenders", "tags": ["registry"], "summary": "Search the lender registry",
            "description": "Lenders whose name, alias, former name or product contains `q` (all when `q` is empty), "
                           "with contacts and the sources that verify them.",
            "parameters": [_query("q", "Part of a name, alias or product, e.g. 招联 or 借呗.", {"type": "string", "maxLength": 100}),
                           _query("limit", "At most this many (1-200, default 200).",
                                  {"type": "integer", "minimum": 1, "maximum": 200})],
            "responses": {"200": _ok("LenderList", "Matching lenders, by name."),
                          "400": {"$ref": "#/components/responses/BadRequest"}, **GUARDED},
        }},
        "/api/v1/lenders/{lender_id}": {"get": {
            "operationId": "getLender", "tags": ["registry"], "summary": "One lender",
            "parameters": [_path_id("lender_id", "Registry id, e.g. zhaolian_cfc (report.lender.id).")],
            "responses": {"200": _ok("Lender", "The lender."), "404": {"$ref": "#/components/responses/NotFound"}, **GUARDED},
        }},
        "/api/v1/knowledge": {"get": {
            "operationId": "searchKnowledge", "tags": ["knowledge"], "summary": "Search the knowledge base",
            "description": "Guides, laws, complaint channels, FAQ and replies, best match first (Chinese full-text search).",
            "parameters": [_query("q", "Words to search for, e.g. 上门催收合法吗.", {"type": "string", "minLength": 1, "maxLength": 200}, True),
                           _query("limit", "At most this many (1-50, default 10).", {"type": "integer", "minimum": 1, "maximum": 50})],
            "responses": {"200": _ok("KnowledgeSearch", "Hits, best first."),
                          "400": {"$ref": "#/components/responses/BadRequest"}, **GUARDED},
        }},
        "/api/v1/knowledge/{entry_id}": {"get": {
            "operationId": "getKnowledgeEntry", "tags": ["knowledge"], "summary": "One knowledge-base entry with citations",
            "parameters": [_path_id("entry_id", "e.g. guide.third_party_contact (a finding's kb_refs) or law.criminal.266.")],
            "responses": {"200": _ok("KnowledgeEntry", "The entry."), "404": {"$ref": "#/components/responses/NotFound"}, **GUARDED},
        }},
        "/api/v1/kinds": {"get": {
            "operationId": "listKinds", "tags": ["reference"], "summary": "Finding kinds and verdict labels",
            "description": "Every finding kind with its category, title and one-line meaning, and every verdict label, "
                           "so clients can render them.",
            "responses": {"200": _ok("KindList", "Kinds, categories and verdicts."), **GUARDED},
        }},
        "/api/v1/health": {"get": {
            "operationId": "health", "tags": ["reference"], "summary": "Health and versions", **OPEN,
            "responses": {"200": _ok("Health", "The server is up.")},
        }},
        "/api/v1/openapi.json": {"get": {
            "operationId": "openapi", "tags": ["reference"], "summary": "This document", **OPEN,
            "responses": {"200": {"description": "OpenAPI 3.1 document.",
                                  "content": {"application/json": {"schema": {"type": "object"}}}}},
        }},
        "/api/docs": {"get": {
            "operationId": "docs", "tags": ["reference"], "summary": "Readable documentation (HTML)", **OPEN,
            "responses": {"200": {"description": "This document as a web page.",
                                  "content": {"text/html": {"schema": {"type": "string"}}}}},
        }},
    }


def _fragment_modules(app: Flask) -> list[Any]:
    names = dict.fromkeys([bp.import_name for bp in app.blueprints.values()] + list(FRAGMENT_MODULES))
    modules = []
    for name in names:
        module = sys.modules.get(name)
        if module is None:
            try:
                module = importlib.import_module(name)
            except ModuleNotFoundError as exc:
                if exc.name != name:
                    raise
                continue
        if hasattr(module, "OPENAPI_PATHS"):
            modules.append(module)
    return modules


def build_document(app: Flask) -> dict[str, Any]:
    """The whole document. Call once per app (webapp.api caches it)."""
    schemas = {**api_schemas(), **report_schemas()}
    paths = own_paths()
    for module in _fragment_modules(app):
        for name, schema in getattr(module, "OPENAPI_SCHEMAS", {}).items():
            if name in schemas and schemas[name] != schema:
                raise ValueError(f"{module.__name__}.OPENAPI_SCHEMAS: schema name {name!r} is already taken")
            schemas[name] = copy.deepcopy(schema)
        for path, item in module.OPENAPI_PATHS.items():
            if path in paths:
                raise ValueError(f"{module.__name__}.OPENAPI_PATHS: {path} is already described")
            paths[path] = copy.deepcopy(item)
    for path, item in paths.items():
        for op in item.values():
            if not (isinstance(op, dict) and "responses" in op):
                continue
            for status, response in WRONG_METHOD.items():
                op["responses"].setdefault(status, response)
            if op.get("security") != [{}]:
                # the API-wide guards (keys, rate limit) answer for every endpoint under /api/
                for status, response in GUARDED.items():
                    op["responses"].setdefault(status, response)
    return {
        "openapi": "3.1.0",
        "info": {"title": "催收短信鉴别助手 API (cuishou-checker)", "version": API_VERSION,
                 "description": DESCRIPTION, "license": {"name": "MIT", "identifier": "MIT"}},
        "servers": [{"url": "/", "description": "This server"}],
        "security": [{}, {"bearerAuth": []}],
        "tags": [{"name": "analysis", "description": "Analyse messages."},
                 {"name": "loan", "description": "Loan cost checks."},
                 {"name": "registry", "description": "Lenders and their verified contacts."},
                 {"name": "knowledge", "description": "Guides, laws, channels, FAQ, replies."},
                 {"name": "reference", "description": "Kinds, health, this document."}],
        "paths": dict(sorted(paths.items())),
        "components": {
            "schemas": dict(sorted(schemas.items())),
            "responses": RESPONSES,
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer",
                                               "description": "Only when the server sets API keys (CUISHOU_API_KEYS)."}},
        },
    }
