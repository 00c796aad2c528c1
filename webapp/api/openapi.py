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
催收短信鉴别助手 (cuishou-checker) 的 JSON API：发来一条催收短信，返回是谁发的、发信方是不是真的、短信哪里有问题
（带指向你所发文本的字符位置），以及借款人可以怎么做。全部分析都在本服务器上完成；短信内容不写日志、不保存。

**请求。** POST 的请求体是 JSON（`Content-Type: application/json`，UTF-8），最大 2 MB；
一条短信最多 {MAX_TEXT_CHARS:,} 个字；一批最多 {MAX_BATCH:,} 条。

**错误。** /api/ 下的一切错误都是 JSON `{{"error": {{"code": "...", "message": "..."}}}}`，并带相应的 HTTP 状态码；
程序请按 `code` 分支，`message` 是给开发者看的英文说明。400 invalid_json、invalid_body、unknown_field、
missing_field、wrong_type、invalid_value、invalid_time、missing_parameter、invalid_parameter、text_too_long、
too_many_messages（本文档的结构不接受的请求体都是 400）· 401 unauthorized · 404 not_found、lender_not_found、
entry_not_found · 405 method_not_allowed（带 `Allow` 头）· 413 body_too_large（超过服务器读取的上限）·
415 unsupported_media_type · 429 rate_limited（带 `Retry-After` 头）。

**可选设置**（默认全部关闭；服务器配置或环境变量）：`CUISHOU_API_KEYS`：接受的密钥，客户端以
`Authorization: Bearer <key>` 发送；`CUISHOU_API_RATE_LIMIT`：每个客户端的请求上限，如 `60/minute`；
`CUISHOU_API_CORS_ORIGINS`：允许从浏览器直接调用的网页来源。`/api/v1/health`、`/api/v1/openapi.json` 和
`/api/docs` 始终开放。

报告结构版本（schema_version）：{SCHEMA_VERSION}。"""


def _err(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": ref("Error")}}}


RESPONSES: dict[str, dict[str, Any]] = {
    "BadRequest": _err("请求有误：不是有效的 JSON、缺少字段或字段类型不对、有未知字段、时间格式不对、一条短信超过 "
                       "10,000 字（text_too_long）或一批超过 1,000 条（too_many_messages）。"),
    "Unauthorized": {**_err("服务器开启了 API 密钥，而请求没有带有效的 `Authorization: Bearer <key>`。"),
                     "headers": {"WWW-Authenticate": {"schema": {"type": "string"}}}},
    "NotFound": _err("没有这个接口、机构或条目。"),
    "MethodNotAllowed": {**_err("这个地址不支持所用的请求方法（method_not_allowed），例如对只接受 POST 的接口发 GET；"
                                "`Allow` 头列出它接受的方法。"),
                         "headers": {"Allow": {"schema": {"type": "string"}, "required": True,
                                               "description": "这个地址接受的方法，如 `POST`。"}}},
    "PayloadTooLarge": _err("请求体超过 2 MB（body_too_large）。"),
    "UnsupportedMediaType": _err("请求体没有以 JSON 发送（需要 `Content-Type: application/json`）。"),
    "TooManyRequests": {**_err("请求超过了服务器设置的频率上限；请等 `Retry-After` 秒后再试。"),
                        "headers": {"Retry-After": {"schema": {"type": "integer"},
                                                    "description": "要等待的秒数。"}}},
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


def _query(name: str, description: str, schema: dict[str, Any], required: bool = False,
           example: str | None = None) -> dict[str, Any]:
    out = {"name": name, "in": "query", "required": required, "description": description, "schema": schema}
    if example is not None:
        out["example"] = example  # /api/docs puts it in the curl example
    return out


def _path_id(name: str, description: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "description": description,
            "schema": {"type": "string", "maxLength": 200}}


OPEN = {"security": [{}]}  # no API key needed even when keys are switched on


def own_paths() -> dict[str, dict[str, Any]]:
    analyze_example = {"text": "【某某金融】你已逾期30天，今天不还将联系你的家人和单位。", "sender": "10690000123",
                       "received_at": "2026-11-29T23:15"}
    return {
        "/api/v1/analyze": {"post": {
            "operationId": "analyze", "tags": ["analysis"], "summary": "分析一条短信",
            "description": "返回谁发的、发信方是不是真的、短信哪里有问题，以及借款人可以怎么做。",
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": ref("AnalyzeRequest"), "example": analyze_example}}},
            "responses": {"200": _ok("Report", "分析报告。"), **JSON_BODY_ERRORS, **GUARDED},
        }},
        "/api/v1/analyze/batch": {"post": {
            "operationId": "analyzeBatch", "tags": ["analysis"], "summary": f"一次分析多条短信（最多 {MAX_BATCH:,} 条）",
            "description": "结果按原顺序返回。某条有错时，它的位置上是 `{\"error\": {...}}`，其余照常分析；"
                           "只有外层结构不对（如没有 `messages`）时整个请求才失败。"
                           "每份报告默认带全部指引的全文（`guidance`），一批 1,000 条时响应有十几到二十几 MB；"
                           "加 `?detail=brief` 时报告里只写指引和求助渠道的 id（`guidance_ids`、`actions.channel_ids`），"
                           "每条指引、每个渠道的全文在响应的 `guides`、`channels` 里只出现一次：响应约为原来的四分之一，"
                           "内容不少。",
            "parameters": [_query("detail", "`full`（默认）：每份报告带指引和渠道的全文；`brief`：报告只带它们的 id，"
                                            "全文在 `guides` 和 `channels` 里各一次。",
                                  {"type": "string", "enum": ["full", "brief"], "default": "full"}, example="brief")],
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": ref("BatchRequest"), "example": {"messages": [analyze_example, {"text": "明天下午开会"}]}}}},
            "responses": {"200": _ok("BatchResponse", "每条短信一个结果。"), **JSON_BODY_ERRORS, **GUARDED},
        }},
        "/api/v1/lenders": {"get": {
            "operationId": "listLenders", "tags": ["registry"], "summary": "搜索贷款机构名录",
            "description": "名称、别名、曾用名或产品包含 `q` 的机构（`q` 为空时返回全部），"
                           "带联系方式和核实它们的来源。",
            "parameters": [_query("q", "名称、别名或产品的一部分，如 招联、借呗。", {"type": "string", "maxLength": 100},
                                  example="招联"),
                           _query("limit", "最多返回几条（1–200，默认 200）。",
                                  {"type": "integer", "minimum": 1, "maximum": 200})],
            "responses": {"200": _ok("LenderList", "符合的机构，按名称排序。"),
                          "400": {"$ref": "#/components/responses/BadRequest"}, **GUARDED},
        }},
        "/api/v1/lenders/{lender_id}": {"get": {
            "operationId": "getLender", "tags": ["registry"], "summary": "取一家机构",
            "parameters": [_path_id("lender_id", "名录里的 id，如 zhaolian_cfc（即报告的 report.lender.id）。")],
            "responses": {"200": _ok("Lender", "这家机构。"), "404": {"$ref": "#/components/responses/NotFound"}, **GUARDED},
        }},
        "/api/v1/knowledge": {"get": {
            "operationId": "searchKnowledge", "tags": ["knowledge"], "summary": "检索知识库",
            "description": "指引、法律条文、投诉和求助渠道、常见问题和回复模板，最相关的在前（中文全文检索）。",
            "parameters": [_query("q", "要搜索的词，如 上门催收合法吗。", {"type": "string", "minLength": 1, "maxLength": 200}, True,
                                  example="上门催收合法吗"),
                           _query("limit", "最多返回几条（1–50，默认 10）。", {"type": "integer", "minimum": 1, "maximum": 50})],
            "responses": {"200": _ok("KnowledgeSearch", "检索结果，最相关的在前。"),
                          "400": {"$ref": "#/components/responses/BadRequest"}, **GUARDED},
        }},
        "/api/v1/knowledge/{entry_id}": {"get": {
            "operationId": "getKnowledgeEntry", "tags": ["knowledge"], "summary": "取一个知识库条目（带法条出处）",
            "parameters": [_path_id("entry_id", "如 guide.third_party_contact（发现的 kb_refs 里的 id）或 law.criminal.266。")],
            "responses": {"200": _ok("KnowledgeEntry", "这个条目。"), "404": {"$ref": "#/components/responses/NotFound"}, **GUARDED},
        }},
        "/api/v1/kinds": {"get": {
            "operationId": "listKinds", "tags": ["reference"], "summary": "发现类型和结论标签",
            "description": "全部发现类型（带类别、标题和一句话含义）和全部结论标签，供客户端显示。",
            "responses": {"200": _ok("KindList", "发现类型、类别和结论。"), **GUARDED},
        }},
        "/api/v1/health": {"get": {
            "operationId": "health", "tags": ["reference"], "summary": "运行状态和版本", **OPEN,
            "responses": {"200": _ok("Health", "服务正常运行。")},
        }},
        "/api/v1/openapi.json": {"get": {
            "operationId": "openapi", "tags": ["reference"], "summary": "本文档（OpenAPI 3.1）", **OPEN,
            "responses": {"200": {"description": "OpenAPI 3.1 文档。",
                                  "content": {"application/json": {"schema": {"type": "object"}}}}},
        }},
        "/api/docs": {"get": {
            "operationId": "docs", "tags": ["reference"], "summary": "本文档的网页版（HTML）", **OPEN,
            "responses": {"200": {"description": "本文档的网页。",
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
        "servers": [{"url": "/", "description": "本服务器"}],
        "security": [{}, {"bearerAuth": []}],
        "tags": [{"name": "analysis", "description": "分析短信。"},
                 {"name": "loan", "description": "借款成本核算。"},
                 {"name": "registry", "description": "贷款机构及其核实过的联系方式。"},
                 {"name": "knowledge", "description": "指引、法条、渠道、常见问题、回复模板。"},
                 {"name": "reference", "description": "类型表、运行状态、本文档。"}],
        "paths": dict(sorted(paths.items())),
        "components": {
            "schemas": dict(sorted(schemas.items())),
            "responses": RESPONSES,
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer",
                                               "description": "只在服务器设置了 API 密钥（CUISHOU_API_KEYS）时需要。"}},
        },
    }
