"""API keys, rate limit and CORS: off by default, switched on by config or environment,
checked through real HTTP requests (responses validated against the OpenAPI document)."""
from __future__ import annotations

import pytest
from api_support import ApiClient

from webapp.api.settings import RateLimiter, SettingsError, load_settings, parse_rate_limit


@pytest.fixture
def client_for(serve_app):
    def start(**config) -> ApiClient:
        from webapp.api import openapi_document

        live = serve_app(**config)
        return ApiClient(live, openapi_document(live.app))
    return start


def test_everything_is_off_by_default():
    s = load_settings({}, environ={})
    assert not s.api_keys and s.rate_limit == 0 and not s.cors_origins
    assert s.key_accepted(None) and s.allowed_origin("https://a.example") is None


def test_settings_from_environment_and_config_wins():
    env = {"CUISHOU_API_KEYS": "k1, k2", "CUISHOU_API_RATE_LIMIT": "5/second",
           "CUISHOU_API_CORS_ORIGINS": "https://a.example,https://b.example"}
    s = load_settings({}, environ=env)
    assert s.api_keys == {"k1", "k2"} and (s.rate_limit, s.rate_window) == (5, 1)
    assert s.cors_origins == ("https://a.example", "https://b.example")
    assert load_settings({"API_KEYS": ["other"]}, environ=env).api_keys == {"other"}


@pytest.mark.parametrize("value, expected", [
    ("60/minute", (60, 60)), ("5/second", (5, 1)), ("1000/hour", (1000, 3600)), ("10/5min", (10, 300)),
    (30, (30, 60)), ("30", (30, 60)), (None, (0, 60)), ("off", (0, 60)), (0, (0, 60)),
])
def test_parse_rate_limit(value, expected):
    assert parse_rate_limit(value) == expected


@pytest.mark.parametrize("value", ["fast", "10/fortnight", -3, 1.5, ["x"]])
def test_bad_rate_limit_is_refused(value):
    with pytest.raises(SettingsError, match="API_RATE_LIMIT"):
        parse_rate_limit(value)


def test_rate_limiter_window():
    limiter = RateLimiter(2, 60)
    assert [limiter.hit("a", now=100.0), limiter.hit("a", now=101.0)] == [0, 0]
    assert limiter.hit("a", now=102.0) == 58
    assert limiter.hit("b", now=102.0) == 0
    assert limiter.hit("a", now=160.0) == 0


def test_api_keys(client_for):
    api = client_for(API_KEYS="secret-1,secret-2")
    body = {"text": "逾期请还款"}
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "secret-1"}, {"Authorization": "Basic x"}):
        r = api.post("/api/v1/analyze", body, headers=headers)
        assert (r.status, r.error_code) == (401, "unauthorized")
        assert "Bearer" in r.headers["WWW-Authenticate"] and "Authorization: Bearer" in r.json["error"]["message"]
    assert api.post("/api/v1/analyze", body, headers={"Authorization": "Bearer secret-2"}).status == 200
    assert api.get("/api/v1/kinds", headers={"Authorization": "bearer secret-1"}).status == 200
    assert api.get("/api/v1/kinds").status == 401
    # health, the document and the docs page stay open
    for path in ("/api/v1/health", "/api/v1/openapi.json", "/api/docs"):
        assert api.get(path).status == 200


def test_rate_limit(client_for):
    api = client_for(API_RATE_LIMIT="3/minute")
    statuses = [api.get("/api/v1/kinds").status for _ in range(3)]
    assert statuses == [200, 200, 200]
    r = api.post("/api/v1/analyze", {"text": "x"})
    assert (r.status, r.error_code) == (429, "rate_limited")
    assert 1 <= int(r.headers["Retry-After"]) <= 60
    assert api.get("/api/v1/health").status == 200


def test_rate_limit_counts_per_api_key(client_for):
    api = client_for(API_RATE_LIMIT="1/minute", API_KEYS=["a", "b"])
    assert api.get("/api/v1/kinds", headers={"Authorization": "Bearer a"}).status == 200
    assert api.get("/api/v1/kinds", headers={"Authorization": "Bearer a"}).status == 429
    assert api.get("/api/v1/kinds", headers={"Authorization": "Bearer b"}).status == 200


def test_cors(client_for):
    api = client_for(API_CORS_ORIGINS="https://app.example")
    r = api.get("/api/v1/kinds", headers={"Origin": "https://app.example"})
    assert r.headers["Access-Control-Allow-Origin"] == "https://app.example"
    assert "Origin" in r.headers["Vary"]
    r = api.post("/api/v1/analyze", {"text": 1}, headers={"Origin": "https://app.example"})
    assert r.status == 400 and r.headers["Access-Control-Allow-Origin"] == "https://app.example"
    r = api.get("/api/v1/kinds", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in r.headers


def test_cors_preflight(client_for):
    api = client_for(API_CORS_ORIGINS="*", API_KEYS="k")
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", api.server.port, timeout=10)
    conn.request("OPTIONS", "/api/v1/analyze", headers={
        "Origin": "https://any.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type, authorization"})
    resp = conn.getresponse()
    resp.read()
    conn.close()
    assert resp.status == 204
    assert resp.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in resp.headers["Access-Control-Allow-Methods"]
    assert "Authorization" in resp.headers["Access-Control-Allow-Headers"]
