"""The OpenAPI document: valid OpenAPI 3.1, lists exactly the routes the app serves under
/api/, and holds up under a property-based run (no 500, no response that breaks it)."""
from __future__ import annotations

import json
import re

import pytest
from api_support import ApiClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_spec_validator import validate

from knowledge import registry

IGNORED_METHODS = {"HEAD", "OPTIONS"}


@pytest.fixture(scope="module")
def document(live_server):
    from webapp.api import openapi_document

    return openapi_document(live_server.app)


@pytest.fixture(scope="module")
def api(live_server, document):
    return ApiClient(live_server, document)


def test_document_is_valid_openapi_3_1(document):
    validate(document)
    assert document["openapi"] == "3.1.0"


def test_document_lists_exactly_the_routes_under_api(live_server, document):
    served = set()
    for rule in live_server.app.url_map.iter_rules():
        if rule.rule.startswith("/api/"):
            path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
            served |= {(path, m.lower()) for m in rule.methods - IGNORED_METHODS}
    documented = {(path, method) for path, item in document["paths"].items()
                  for method in item if method in ("get", "post", "put", "patch", "delete")}
    assert documented == served


def test_every_operation_documents_its_errors(document):
    for path, item in document["paths"].items():
        for method, op in item.items():
            responses = op["responses"]
            assert any(s.startswith("2") for s in responses), (path, method)
            if path.startswith("/api/v1/") and op.get("security") != [{}]:
                assert {"401", "429"} <= set(responses), (path, method)
            if method == "post":
                assert {"400", "413", "415"} <= set(responses), (path, method)


def test_report_schema_names_every_kind_and_verdict(document):
    schemas = document["components"]["schemas"]
    assert set(schemas["Finding"]["properties"]["kind"]["enum"]) == set(registry.kinds())
    assert set(schemas["Verdict"]["properties"]["label"]["enum"]) == set(registry.verdicts())


def test_document_is_built_once(live_server):
    from webapp.api import openapi_document

    assert openapi_document(live_server.app) is openapi_document(live_server.app)


# -- property-based run over the API -------------------------------------------------------------------
json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)
# any code point, lone surrogates included: they reach the server as \ud800 escapes
message_text = st.text(st.characters(exclude_categories=()), max_size=300) | st.sampled_from([
    "\ud800 逾期联系你家人 \udfff",
    "【招联金融】您今天应还1352.29元扣款失败，请17点前补足余额。", "再不还钱就联系你家人和单位，曝光你！",
    "逾 期 请 加 微 信 还 款 到 个 人 账 户", "<script>alert(1)</script> 逾期", ""])
times = st.none() | st.sampled_from(["2026-11-29T23:15", "2026-11-29T23:15:00Z", "2026-11-29", "bad", ""]) \
    | st.text(max_size=30)
senders = st.none() | st.sampled_from(["10690000123", "95588", "+8613800138000", "008613800138000"]) \
    | st.text(max_size=30)
messages = st.fixed_dictionaries({"text": message_text}, optional={"sender": senders, "received_at": times})
bodies = messages | json_values | st.dictionaries(st.sampled_from(["text", "sender", "received_at", "x"]), json_values)
batches = st.fixed_dictionaries({"messages": st.lists(messages | json_values, max_size=5)}) | json_values
queries = st.text(max_size=40)

PROPERTY_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                             database=None)


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=True)


@PROPERTY_SETTINGS
@given(body=bodies)
def test_property_analyze(api, body):
    r = api.request("POST", "/api/v1/analyze", body=_json(body), headers={"Content-Type": "application/json"})
    if r.status == 200:
        report = r.json
        for f in report["findings"]:
            assert report["text"][f["start"]:f["end"]] == f["excerpt"]


@PROPERTY_SETTINGS
@given(body=batches)
def test_property_batch(api, body):
    r = api.request("POST", "/api/v1/analyze/batch", body=_json(body), headers={"Content-Type": "application/json"})
    if r.status == 200 and isinstance(body, dict):
        assert len(r.json["results"]) == len(body["messages"])


@PROPERTY_SETTINGS
@given(raw=st.binary(max_size=200), content_type=st.sampled_from(
    ["application/json", "application/json; charset=utf-8", "text/plain", "application/problem+json", ""]))
def test_property_raw_bodies(api, raw, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    api.request("POST", "/api/v1/analyze", body=raw, headers=headers)


@PROPERTY_SETTINGS
@given(q=queries, limit=st.none() | st.integers(-5, 300) | st.text(max_size=5), which=st.sampled_from(
    ["lenders", "knowledge"]), entry=st.text(st.characters(exclude_characters="/?#%", codec="utf-8"), min_size=1, max_size=30))
def test_property_lookups(api, q, limit, which, entry):
    from urllib.parse import quote, urlencode

    params = {"q": q} if limit is None else {"q": q, "limit": limit}
    api.get(f"/api/v1/{which}?{urlencode(params)}")
    api.get(f"/api/v1/{which}/{quote(entry, safe='')}")


def test_every_path_documents_the_405_it_returns(api, document):
    """Every path under /api/ answers a method it does not take with 405 method_not_allowed and an `Allow`
    header; the document did not list 405 anywhere (user trial, round 20)."""
    wrong = {"get": "POST", "post": "GET"}
    for path, item in document["paths"].items():
        url = path.replace("{lender_id}", "zhaolian_cfc").replace("{entry_id}", "guide.third_party_contact")
        taken = [m for m in item if m in ("get", "post", "put", "patch", "delete")]
        result = api.request("DELETE" if "delete" not in taken else "PUT", url)
        assert result.status == 405 and result.error_code == "method_not_allowed", (path, result.status)
        assert {m.strip().lower() for m in result.headers["Allow"].split(",")} - {"head"} == set(taken), path
        for method in taken:
            result = api.request(wrong[method], url) if wrong[method].lower() not in taken else None
            assert result is None or result.status == 405, (path, method)
            documented = item[method]["responses"].get("405")
            assert documented, (path, method)
            name = documented["$ref"].rsplit("/", 1)[1]
            assert "Allow" in document["components"]["responses"][name]["headers"], name
