"""Helpers for the API tests: the real app behind waitress on a loopback port, and an
HTTP client that validates every response it gets against the app's OpenAPI document."""
from __future__ import annotations

import http.client
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
from openapi_core import OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound
from live_server import LiveServer  # noqa: F401  (re-exported for the API tests)
from werkzeug.test import EnvironBuilder
from werkzeug.wrappers import Request, Response


@dataclass
class Result:
    status: int
    headers: http.client.HTTPMessage
    body: bytes
    method: str = ""
    path: str = ""

    @property
    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "")

    @property
    def error_code(self) -> str:
        return self.json["error"]["code"]


@dataclass(repr=False)
class ApiClient:
    """Sends real HTTP requests; every response is checked against the OpenAPI document."""

    server: LiveServer
    document: dict[str, Any]

    def __repr__(self) -> str:  # short: hypothesis prints the arguments of a failing example
        return f"ApiClient({self.server.url})"

    def __post_init__(self) -> None:
        self.openapi = OpenAPI.from_dict(self.document)
        self.error_validator = jsonschema.Draft202012Validator(
            {"$ref": "#/components/schemas/Error", "components": self.document["components"]})

    def request(self, method: str, path: str, body: bytes | str | None = None,
                headers: dict[str, str] | None = None, json_body: Any = None) -> Result:
        headers = dict(headers or {})
        if json_body is not None:
            body = json.dumps(json_body, ensure_ascii=False)
            headers.setdefault("Content-Type", "application/json")
        if isinstance(body, str):
            body = body.encode("utf-8")
        conn = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers)
            resp = conn.getresponse()
            result = Result(resp.status, resp.headers, resp.read(), method, path)
        finally:
            conn.close()
        self.validate(result, body, headers)
        return result

    def get(self, path: str, **kw: Any) -> Result:
        return self.request("GET", path, **kw)

    def post(self, path: str, json_body: Any = None, **kw: Any) -> Result:
        return self.request("POST", path, json_body=json_body, **kw)

    def analyze(self, text: str, **fields: Any) -> dict[str, Any]:
        """POST /api/v1/analyze with one message; the report (asserting a 200)."""
        r = self.post("/api/v1/analyze", {"text": text, **fields})
        assert r.status == 200, r.body[:300]
        return r.json

    def validate(self, result: Result, body: bytes | None, headers: dict[str, str]) -> None:
        """Raise unless the response is what the OpenAPI document says; never HTML or a 500 under /api/."""
        assert result.status < 500, f"{result.method} {result.path} → {result.status}: {result.body[:300]!r}"
        if result.path != "/api/docs":
            assert result.content_type.startswith("application/json"), (result.path, result.content_type)
        parts = urlsplit(result.path)
        builder = EnvironBuilder(path=parts.path, query_string=parts.query, method=result.method,
                                 base_url=self.server.url, headers=headers, data=body or b"")
        try:
            request = WerkzeugOpenAPIRequest(Request(builder.get_environ()))
        finally:
            builder.close()
        response = WerkzeugOpenAPIResponse(Response(result.body, status=result.status,
                                                    headers=list(result.headers.items())))
        try:
            self.openapi.validate_response(request, response)
        except (PathNotFound, OperationNotFound):
            # a URL or method the API does not have: must be the documented error shape
            assert result.status in (401, 404, 405, 429), (result.path, result.status)
            self.error_validator.validate(result.json)
        if result.status >= 400:
            self.error_validator.validate(result.json)
