"""Inputs that used to crash with a 500 (issue 14): times at the calendar's ends, numeric
times out of range, 5,000-digit integers and 100k-deep JSON in an import, a 5,000-digit
?limit=. Each is a clear 400 or a per-row import problem. Real HTTP to the real app
(waitress on a loopback port: conftest's live_server), as the other API tests do."""
from __future__ import annotations

import http.client
import json
import re
from urllib.parse import urlencode

import pytest
from api_support import ApiClient
from conftest import CASE_PASSPHRASE, set_case_passphrase

from analyzer import InputError, analyze
from analyzer.case.importers import read_jsonl

EDGE_TIMES = ["0001-01-01T00:00+23:59", "9999-12-31T23:59-23:59", "0001-01-01T00:00"]
THREAT = "【某某金融】你已逾期30天，今天不还款将联系你家人和单位"


@pytest.fixture(scope="module")
def server(live_server):
    set_case_passphrase(live_server.app)  # saved cases always need one (as `cuishou case passphrase` sets it)
    return live_server


@pytest.fixture(scope="module")
def api(server):
    from webapp.api import openapi_document

    return ApiClient(server, openapi_document(server.app))


class Browser:
    """Plain HTTP with a cookie jar, for the HTML forms (/check, /cases/import)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: dict[str, str] | None = None) -> tuple[int, str, dict]:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())} if self.cookies else {}
        body = None
        if form is not None:
            body = urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            conn.request(method, path, body=body, headers=headers)
            resp = conn.getresponse()
            text = resp.read().decode("utf-8", "replace")
            for value in resp.headers.get_all("Set-Cookie") or ():
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
            return resp.status, text, dict(resp.headers)
        finally:
            conn.close()

    def login(self) -> "Browser":
        _, html, _ = self.request("GET", "/cases/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
        status, body, _ = self.request("POST", "/cases/login", {"csrf_token": token, "passphrase": CASE_PASSPHRASE})
        assert status in (302, 303), body[:300]
        return self


# -- the analyzer itself ----------------------------------------------------------------------------
@pytest.mark.parametrize("when", EDGE_TIMES)
def test_analyzer_refuses_times_it_cannot_show_in_beijing_time(when):
    with pytest.raises(InputError, match="时间超出可用范围"):
        analyze(THREAT, received_at=when)


def test_analyzer_still_takes_the_last_day_it_can_show():
    assert analyze(THREAT, received_at="9999-12-31T00:00").received_at == "9999-12-31T00:00:00+08:00"


# -- API, /check and case import over HTTP ----------------------------------------------------------
@pytest.mark.parametrize("when", EDGE_TIMES)
def test_api_answers_400_invalid_time(api, when):
    r = api.post("/api/v1/analyze", {"text": THREAT, "received_at": when})
    assert r.status == 400 and r.error_code == "invalid_time", r.body[:300]
    r = api.post("/api/v1/analyze/batch", {"messages": [{"text": THREAT, "received_at": when}, {"text": THREAT}]})
    assert r.status == 200, r.body[:300]  # a batch answers per item
    bad, good = r.json["results"]
    assert bad["error"]["code"] == "invalid_time" and "时间超出可用范围" in bad["error"]["message"]
    assert good["verdict"]["label"] != ""


@pytest.mark.parametrize("when", EDGE_TIMES[:2])
def test_check_page_shows_the_error(server, when):
    status, html, _ = Browser(server.port).request("POST", "/check", {"text": THREAT, "received_at": when})
    assert status == 400 and "时间超出可用范围" in html


@pytest.mark.parametrize("name", ["lenders", "knowledge"])
def test_a_5000_digit_limit_is_a_400(api, name):
    r = api.request("GET", f"/api/v1/{name}?q=%E9%93%B6%E8%A1%8C&limit={'9' * 5000}")
    assert r.status == 400 and r.error_code == "invalid_parameter", r.body[:300]
    assert api.request("GET", f"/api/v1/{name}?q=%E9%93%B6%E8%A1%8C&limit=3").status == 200


BAD_ROWS = {
    "1e300": '{"text": "逾期了", "time": 1e300}',
    "-1e20": '{"text": "逾期了", "time": -1e20}',
    "Infinity": '{"text": "逾期了", "time": Infinity}',
    "NaN": '{"text": "逾期了", "time": NaN}',
    "400-digit int": '{"text": "逾期了", "time": ' + "9" * 400 + "}",
    "5000-digit int": '{"text": "逾期了", "time": ' + "9" * 5000 + "}",
    "100k deep": "[" * 100_000 + "]" * 100_000,
    "year 1 +23:59": '{"text": "逾期了", "time": "0001-01-01T00:00+23:59"}',
    "year 9999 -23:59": '{"text": "逾期了", "time": "9999-12-31T23:59-23:59"}',
}


def test_jsonl_import_reports_each_bad_row_and_keeps_the_good_one():
    good = '{"text": "您已逾期3天", "time": 1764428100}'
    result = read_jsonl("\n".join([*BAD_ROWS.values(), good]))
    assert [m.text for m in result.messages] == ["您已逾期3天"]
    assert [i.line for i in result.issues] == list(range(1, len(BAD_ROWS) + 1))
    assert all(i.skipped for i in result.issues)


def test_case_import_over_http_lists_row_problems_not_500(server):
    browser = Browser(server.port).login()
    status, html, _ = browser.request("GET", "/cases/")
    assert status == 200, html[:300]
    token = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
    good = json.dumps({"text": THREAT, "time": "2026-11-28 23:10"}, ensure_ascii=False)
    text = "\n".join([*BAD_ROWS.values(), good])
    status, body, headers = browser.request("POST", "/cases/import",
                                            {"csrf_token": token, "text": text, "format": "jsonl"})
    assert status == 303, body[:500]
    location = headers["Location"]
    status, page, _ = browser.request("GET", location[location.index("/cases"):] + "?show=all")
    assert status == 200
    assert f"{len(BAD_ROWS)} 行无法导入" in page
    assert "时间戳超出可用范围" in page and "时间超出可用范围" in page and "不是有效的 JSON" in page
    assert "联系你家人" in page


def test_case_import_of_pasted_text_with_an_edge_time(server):
    browser = Browser(server.port).login()
    _, html, _ = browser.request("GET", "/cases/")
    token = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
    paste = f"发件人：10690000\n时间：0001-01-01T00:00+23:59\n{THREAT}\n\n发件人：10690000\n时间：2026-11-28 23:10\n{THREAT}\n"
    status, body, headers = browser.request("POST", "/cases/import", {"csrf_token": token, "text": paste,
                                                                      "format": "text"})
    assert status == 303, body[:500]
    location = headers["Location"]
    _, page, _ = browser.request("GET", location[location.index("/cases"):] + "?show=all")
    assert "1 行无法导入" in page and "时间超出可用范围" in page
