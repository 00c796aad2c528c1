"""Every endpoint of /api/v1 and every error status, through real HTTP requests to the app
served by waitress; every response is validated against the OpenAPI document (api_support)."""
from __future__ import annotations

import json
import logging

import pytest

from analyzer import SCHEMA_VERSION
from knowledge import registry

THREAT = "【某某金融】你已逾期30天，今天不还款将联系你家人和单位，点击 http://t.cn/abc 加微信还款到个人账户 13800138000"
REMINDER = "【招联金融】您今天应还1352.29元扣款失败，请17点前补足招商银行3683卡余额。"


def _spans_hold(report: dict) -> None:
    text = report["text"]
    for f in report["findings"]:
        assert text[f["start"]:f["end"]] == f["excerpt"]
    for item in report["facts"] + report["links"]:
        assert text[item["start"]:item["end"]] in (item.get("text"), item.get("url"))


# -- analyze ------------------------------------------------------------------------------------------
def test_analyze_returns_the_report(api):
    r = api.post("/api/v1/analyze", {"text": THREAT, "sender": "10690000123", "received_at": "2026-11-29T23:15"})
    assert r.status == 200
    report = r.json
    assert report["schema_version"] == SCHEMA_VERSION
    assert report["verdict"]["label"] == "scam"
    kinds = {f["kind"] for f in report["findings"]}
    assert {"third_party_contact", "personal_account_payment", "night_or_frequency"} <= kinds
    assert report["sender"]["type"] == "enterprise_sms_port"
    assert report["received_at"] == "2026-11-29T23:15:00+08:00"
    _spans_hold(report)
    assert "联系你家人" in r.body.decode("utf-8"), "Chinese is sent as UTF-8, not \\u escapes"


def test_analyze_plain_reminder(api):
    r = api.post("/api/v1/analyze", {"text": REMINDER, "sender": None, "received_at": None})
    assert r.status == 200
    assert r.json["verdict"]["label"] == "reminder"
    assert r.json["lender"]["id"] == "zhaolian_cfc"


@pytest.mark.parametrize("body, content_type, status, code", [
    ('{"text": "x"}', None, 415, "unsupported_media_type"),
    ("text=hello", "application/x-www-form-urlencoded", 415, "unsupported_media_type"),
    ('{"text": "x"}', "text/plain", 415, "unsupported_media_type"),
    ('{"text": "x",}', "application/json", 400, "invalid_json"),
    ("", "application/json", 400, "invalid_json"),
    ('{"text": NaN}', "application/json", 400, "invalid_json"),
    (b'{"text": "\xff\xfe\xfa"}', "application/json", 400, "invalid_json"),
    ("[" * 100_000 + "]" * 100_000, "application/json", 400, "invalid_json"),
    ('["x"]', "application/json", 400, "invalid_body"),
    ('"x"', "application/json", 400, "invalid_body"),
    ("{}", "application/json", 400, "missing_field"),
    ('{"sender": "95588"}', "application/json", 400, "missing_field"),
    ('{"text": 42}', "application/json", 400, "wrong_type"),
    ('{"text": null}', "application/json", 400, "wrong_type"),
    ('{"text": "x", "sender": 95588}', "application/json", 400, "wrong_type"),
    ('{"text": "x", "received_at": 1732892100}', "application/json", 400, "wrong_type"),
    ('{"text": "x", "sender_number": "95588"}', "application/json", 400, "unknown_field"),
    ('{"text": "x", "received_at": "yesterday"}', "application/json", 400, "invalid_time"),
    ('{"text": "x", "received_at": "2026-13-45T25:00"}', "application/json", 400, "invalid_time"),
    ('{"text": "x", "sender": "' + "1" * 65 + '"}', "application/json", 400, "invalid_value"),
    ('{"text": "' + "逾" * 10_001 + '"}', "application/json", 400, "text_too_long"),
], ids=["no-content-type", "form", "text-plain", "bad-json", "empty-body", "nan", "not-utf8", "too-deep",
        "array", "string", "empty-object", "no-text", "text-number", "text-null", "sender-number",
        "time-number", "unknown-field", "time-words", "time-impossible", "sender-too-long", "text-too-long"])
def test_analyze_errors(api, body, content_type, status, code):
    headers = {"Content-Type": content_type} if content_type else {}
    r = api.request("POST", "/api/v1/analyze", body=body, headers=headers)
    assert (r.status, r.error_code) == (status, code), r.json
    assert len(r.json["error"]["message"]) > 20


def test_error_messages_name_the_field_and_the_fix(api):
    r = api.post("/api/v1/analyze", {"text": 42})
    assert "'text'" in r.json["error"]["message"] and "string" in r.json["error"]["message"]
    r = api.post("/api/v1/analyze", {"text": "x", "sender_number": "95588"})
    assert "sender_number" in r.json["error"]["message"] and "sender" in r.json["error"]["message"]
    r = api.post("/api/v1/analyze", {"text": "x", "received_at": "yesterday"})
    assert "ISO-8601" in r.json["error"]["message"]


def test_exactly_10000_characters_is_accepted(api):
    assert api.post("/api/v1/analyze", {"text": "逾" * 10_000}).status == 200


def test_body_over_2_mb_is_413(api):
    body = json.dumps({"text": "x", "padding": "a" * (2 * 1024 * 1024)})
    r = api.request("POST", "/api/v1/analyze", body=body, headers={"Content-Type": "application/json"})
    assert (r.status, r.error_code) == (413, "body_too_large")


# -- batch ----------------------------------------------------------------------------------------------
def test_batch_keeps_order_and_isolates_invalid_items(api):
    messages = [{"text": REMINDER}, {"text": 5}, "oops", {"text": THREAT, "received_at": "bad"},
                {"text": "逾" * 10_001}, {"text": THREAT, "sender": "10690000123"}]
    r = api.post("/api/v1/analyze/batch", {"messages": messages})
    assert r.status == 200
    results = r.json["results"]
    assert len(results) == len(messages)
    assert results[0]["verdict"]["label"] == "reminder"
    assert results[1]["error"]["code"] == "wrong_type" and "messages[1].text" in results[1]["error"]["message"]
    assert results[2]["error"]["code"] == "invalid_body"
    assert results[3]["error"]["code"] == "invalid_time"
    assert results[4]["error"]["code"] == "text_too_long"
    assert results[5]["sender"]["type"] == "enterprise_sms_port"


def test_batch_of_1000_is_accepted_and_1001_is_413(api):
    assert len(api.post("/api/v1/analyze/batch", {"messages": [{"text": "x"}] * 1000}).json["results"]) == 1000
    r = api.post("/api/v1/analyze/batch", {"messages": [{"text": "x"}] * 1001})
    assert (r.status, r.error_code) == (400, "too_many_messages")


@pytest.mark.parametrize("body, code", [
    ({}, "missing_field"), ({"messages": "x"}, "wrong_type"), ({"messages": [], "x": 1}, "unknown_field"),
    ([], "invalid_body"),
], ids=["no-messages", "not-array", "unknown-field", "not-object"])
def test_batch_envelope_errors(api, body, code):
    r = api.post("/api/v1/analyze/batch", body)
    assert (r.status, r.error_code) == (400, code)


def test_batch_item_error_names_the_field_path(api):
    r = api.post("/api/v1/analyze/batch", {"messages": [{"text": "a"}, {"text": "b"}, {"txt": "c"}]})
    error = r.json["results"][2]["error"] if r.status == 200 else r.json["error"]
    assert error["code"] == "unknown_field"
    assert "'messages[2].txt'" in error["message"]


def test_batch_empty(api):
    assert api.post("/api/v1/analyze/batch", {"messages": []}).json == {"results": []}


def test_batch_requires_json(api):
    r = api.request("POST", "/api/v1/analyze/batch", body="messages=1")
    assert (r.status, r.error_code) == (415, "unsupported_media_type")


# -- lenders, knowledge, kinds, health ------------------------------------------------------------------
def test_lenders_list_and_search(api):
    everyone = api.get("/api/v1/lenders").json
    assert everyone["count"] == len(registry.lenders())
    by_alias = api.get("/api/v1/lenders?q=%E6%8B%9B%E8%81%94").json  # 招联
    assert [x["id"] for x in by_alias["lenders"]] == ["zhaolian_cfc"]
    by_product = api.get("/api/v1/lenders?q=%E5%80%9F%E5%91%97").json  # 借呗
    assert by_product["count"] >= 1
    assert api.get("/api/v1/lenders?q=nothing-like-this").json["count"] == 0
    assert api.get("/api/v1/lenders?limit=3").json["count"] == 3


def test_lender_with_contacts_and_sources(api):
    with_contact = next(r for r in registry.lenders() if r.contacts)
    got = api.get(f"/api/v1/lenders/{with_contact.id}").json
    assert got["id"] == with_contact.id
    assert got["contacts"] and all(c["source"].startswith("http") for c in got["contacts"])
    assert got["sources"]


@pytest.mark.parametrize("path, status, code", [
    ("/api/v1/lenders/no_such_lender", 404, "lender_not_found"),
    ("/api/v1/lenders?limit=0", 400, "invalid_parameter"),
    ("/api/v1/lenders?limit=abc", 400, "invalid_parameter"),
    ("/api/v1/lenders?limit=", 400, "invalid_parameter"),
    ("/api/v1/knowledge?q=x&limit=", 400, "invalid_parameter"),
    ("/api/v1/lenders?q=" + "x" * 101, 400, "invalid_parameter"),
    ("/api/v1/knowledge", 400, "missing_parameter"),
    ("/api/v1/knowledge?q=%20", 400, "missing_parameter"),
    ("/api/v1/knowledge?q=x&limit=51", 400, "invalid_parameter"),
    ("/api/v1/knowledge/guide.no_such_guide", 404, "entry_not_found"),
    ("/api/v1/no-such-endpoint", 404, "not_found"),
    ("/api/nothing", 404, "not_found"),
    ("/api/v1/lenders/a/b", 404, "not_found"),
])
def test_get_errors(api, path, status, code):
    r = api.get(path)
    assert (r.status, r.error_code) == (status, code)


@pytest.mark.parametrize("method, path", [
    ("GET", "/api/v1/analyze"), ("PUT", "/api/v1/analyze"), ("DELETE", "/api/v1/analyze/batch"),
    ("POST", "/api/v1/health"), ("POST", "/api/v1/lenders"), ("PATCH", "/api/v1/knowledge/x"),
])
def test_wrong_method_is_405_with_allow(api, method, path):
    r = api.request(method, path, body="{}", headers={"Content-Type": "application/json"})
    assert (r.status, r.error_code) == (405, "method_not_allowed")
    assert r.headers["Allow"]


def test_knowledge_search_and_entry_with_citations(api):
    hits = api.get("/api/v1/knowledge?q=%E4%B8%8A%E9%97%A8%E5%82%AC%E6%94%B6&limit=5").json  # 上门催收
    assert 1 <= hits["count"] <= 5
    assert any(h["id"].startswith("guide.") for h in hits["results"])
    report = api.post("/api/v1/analyze", {"text": THREAT}).json
    ref = report["findings"][0]["kb_refs"][0]
    entry = api.get(f"/api/v1/knowledge/{ref}").json
    assert entry["id"] == ref and entry["type"] == "guide"
    assert entry["citations"] and all(c["source"].startswith("http") for c in entry["citations"])
    law = api.get(f"/api/v1/knowledge/{entry['citations'][0]['law_id']}").json
    assert law["type"] == "law" and law["source"].startswith("http")


def test_citations_in_reports_and_entries_carry_the_caveat(api):
    report = api.post("/api/v1/analyze", {"text": THREAT}).json
    cites = [c for g in report["guidance"] for c in g["citations"]]
    assert cites and all({"publication", "official_url", "caveat"} <= set(c) for c in cites)
    assert {c["caveat"] for c in cites} == {None, "未核对原文"}
    for c in cites:
        law = api.get(f"/api/v1/knowledge/{c['law_id']}").json
        assert law["caveat"] == c["caveat"] and law["publication"] == c["publication"]
        assert (c["caveat"] is None) is (law["status"] == "verified")


def test_kinds_lists_every_kind_and_verdict(api):
    body = api.get("/api/v1/kinds").json
    assert {k["id"] for k in body["kinds"]} == set(registry.kinds())
    assert {v["id"] for v in body["verdicts"]} == {"reminder", "aggressive", "unlawful_threat", "legal_notice", "scam", "not_collection"}
    assert all(k["meaning"] and k["category"] for k in body["kinds"])
    assert {c["id"] for c in body["categories"]} == set(registry.CATEGORIES)


def test_health(api, live_server):
    body = api.get("/api/v1/health").json
    kb = live_server.app.extensions["knowledge"]
    assert body == {"status": "ok", "schema_version": SCHEMA_VERSION,
                    "knowledge": {"hash": kb.version["hash"], "built_at": kb.version["built_at"]}}


def test_openapi_json_and_docs_page(api):
    doc = api.get("/api/v1/openapi.json").json
    assert doc["openapi"].startswith("3.1")
    page = api.get("/api/docs")
    assert page.status == 200 and page.content_type.startswith("text/html")
    html = page.body.decode("utf-8")
    for path in doc["paths"]:
        assert path in html
    assert "text_too_long" in html and "Authorization: Bearer" in html
    assert "cdn" not in html.lower() and "<script src=\"http" not in html


def test_default_has_no_cors_and_no_key_check(api):
    r = api.get("/api/v1/kinds", headers={"Origin": "https://other.example"})
    assert "Access-Control-Allow-Origin" not in r.headers


def test_message_text_is_never_logged(api, caplog):
    marker = "独一无二的标记短信内容XYZ"
    with caplog.at_level(logging.DEBUG):
        api.post("/api/v1/analyze", {"text": marker + " 逾期 联系你家人"})
        api.post("/api/v1/analyze", {"text": marker, "received_at": "bad"})
        api.post("/api/v1/analyze/batch", {"messages": [{"text": marker}]})
    assert marker not in caplog.text


# -- loan cost: the same error shape and codes as every other JSON endpoint -------------------------------
@pytest.mark.parametrize("body, content_type, status, code", [
    ("received=1", "application/x-www-form-urlencoded", 415, "unsupported_media_type"),
    ("{oops", "application/json", 400, "invalid_json"),
    ("", "application/json", 400, "invalid_json"),
    (json.dumps({"received": -1, "plan": {"count": 12, "amount": 1000}}), "application/json", 400, "invalid_input"),
    (json.dumps({"received": 1, "payments": [{"amount": 1}] * 20000}), "application/json", 413, "body_too_large"),
], ids=["form-body", "bad-json", "empty", "negative", "over-64kb"])
def test_loan_cost_errors(api, body, content_type, status, code):
    r = api.post("/api/v1/loan-cost", body=body, headers={"Content-Type": content_type})
    assert (r.status, r.error_code) == (status, code)
    assert r.json["error"]["message"]


def test_loan_cost_answers(api):
    r = api.post("/api/v1/loan-cost", {"received": 700, "principal": 1000,
                                       "plan": {"count": 1, "amount": 1000, "period": "week"}})
    assert r.status == 200 and r.json["upfront_gap"] == 300
