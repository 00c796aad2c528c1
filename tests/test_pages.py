"""The borrower pages through Flask's test client: every page, every form path, bad input."""
from __future__ import annotations

import logging
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analyzer import letters
from webapp import highlight
from webapp.pages import EXAMPLES

THREAT = EXAMPLES[1]["text"]
XSS = "<script>alert(1)</script><img src=x onerror=alert(2)>"


def html(response) -> str:
    return response.get_data(as_text=True)


def verdict_of(page: str) -> str:
    match = re.search(r'class="verdict verdict-([a-z_]+)"', page)
    assert match, "no verdict banner"
    return match.group(1)


PAGES = ["/", "/knowledge", "/knowledge?q=上门催收合法吗", "/knowledge/guide.third_party_contact",
         "/knowledge/law.pipl.10", "/knowledge/channel.12378", "/knowledge/faq.who_sent",
         "/knowledge/reply.identify", "/lenders", "/lenders?q=招联", "/faq", "/about", "/privacy"]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_renders_in_chinese_with_security_headers(client, url):
    r = client.get(url)
    assert r.status_code == 200
    assert r.mimetype == "text/html"
    page = html(r)
    assert '<html lang="zh-CN">' in page and "催收短信鉴别助手" in page
    csp = r.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["Referrer-Policy"] == "no-referrer"
    assert r.headers["X-Frame-Options"] == "DENY"
    assert "camera=()" in r.headers["Permissions-Policy"]
    assert r.headers["Cache-Control"] == "no-store"
    # Only the app's own resources: no inline script or style, nothing from another host.
    assert not re.search(r"<script(?![^>]*\bsrc=\"/static/)", page)
    assert "style=" not in page and "<style" not in page
    assert not re.search(r'<(?:script|link|img|iframe)[^>]+(?:src|href)="(?:https?:)?//', page)


def test_static_files_are_served_and_cacheable(client):
    for name in ("app.css", "app.js", "favicon.svg"):
        r = client.get(f"/static/{name}")
        assert r.status_code == 200
        assert r.headers.get("Cache-Control") != "no-store"
        r.close()
    r = client.get("/static/app.css")
    css = html(r)
    r.close()
    assert "@media print" in css and "@import" not in css and "url(" not in css


def test_home_has_form_examples_and_clear_button(client):
    page = html(client.get("/"))
    assert 'method="post" action="/check"' in page
    assert 'name="text"' in page and 'name="sender"' in page and 'type="datetime-local"' in page
    assert 'type="reset"' in page and "清空" in page
    assert page.count("用这条试试") == len(EXAMPLES) == 3


@pytest.mark.parametrize("example,label", list(zip(EXAMPLES, ["reminder", "unlawful_threat", "scam"])),
                         ids=["reminder", "threat", "scam"])
def test_examples_get_the_verdict_they_illustrate(client, example, label):
    r = client.post("/check", data={"text": example["text"], "sender": example["sender"]})
    assert r.status_code == 200
    assert verdict_of(html(r)) == label
    assert r.headers["Cache-Control"] == "no-store"


def test_result_highlights_each_finding_and_links_to_its_explanation(client):
    page = html(client.post("/check", data={"text": THREAT}))
    anchors = set(re.findall(r'<a class="hl hl-[a-z_]+" href="#(f-\d+)"', page))
    assert anchors, "no highlights"
    for anchor in anchors:
        assert f'id="{anchor}"' in page
    # Category shown by words and icons too, not by colour alone.
    assert "违法威胁" in page and 'class="hl-mark"' in page
    # The highlighted pieces put back together are the message itself.
    message = re.search(r'<div class="message" id="message">(.*?)</div>', page, re.S).group(1)
    text = re.sub(r'<span class="hl-mark">.*?</span>', "", message)
    assert re.sub(r"<[^>]+>", "", text) == THREAT


def test_result_shows_lender_card_with_safe_contact_advice(client):
    page = html(client.post("/check", data={"text": EXAMPLES[0]["text"], "sender": EXAMPLES[0]["sender"]}))
    assert "招联消费金融股份有限公司" in page and "持牌机构" in page
    assert "请使用你借款 App 或合同上的号码，不要拨打短信里的号码" in page
    assert "企业短信端口" in page  # the sender card


def test_threat_gets_letters_prefilled_from_the_message(client):
    page = html(client.post("/check", data={"text": THREAT, "sender": "17012345678"}))
    for title in ("给贷款机构的投诉", "给监管部门的投诉", "向 12321 举报骚扰短信", "报警材料草稿"):
        assert title in page
    assert "6380元" in page and "逾期47天" in page and "17012345678" in page
    assert 'data-copy="draft-letter.police"' in page


def test_scam_gets_police_report_but_no_replies(client):
    page = html(client.post("/check", data={"text": EXAMPLES[2]["text"], "sender": EXAMPLES[2]["sender"]}))
    assert "报警材料草稿" in page and "96110" in page
    assert "可以这样回复催收方" not in page


def test_regulator_follows_lender_kind():
    base = {"verdict": {"label": "unlawful_threat"}, "text": "x", "facts": [], "findings": []}
    cfc = letters.drafts({**base, "lender": {"name": "某消费金融", "kind": "consumer_finance_company"}}, {})
    micro = letters.drafts({**base, "lender": {"name": "某小贷", "kind": "microloan_company"}}, {})
    assert "12378" in next(x for x in cfc if x.id == "letter.regulator").to
    assert "地方金融管理局" in next(x for x in micro if x.id == "letter.regulator").to


def test_night_time_finding_is_listed_without_a_highlight(client):
    page = html(client.post("/check", data={"text": "您的借款已逾期，请尽快还款。", "received_at": "2026-11-29T23:30"}))
    assert "不在原文里" in page and "23:30" in page


def test_only_a_sender_number_is_enough(client):
    r = client.post("/check", data={"text": "", "sender": "16512345678"})
    assert r.status_code == 200 and "虚拟运营商" in html(r)


@pytest.mark.parametrize("data", [{"text": ""}, {"text": "   \n "}, {}], ids=["empty", "blank", "missing"])
def test_empty_input_asks_for_a_message(client, data):
    r = client.post("/check", data=data)
    assert r.status_code == 400
    assert "请先粘贴短信内容" in html(r)


def test_too_long_text_shows_the_analyzer_message_with_400(client):
    r = client.post("/check", data={"text": "逾" * 10_001})
    assert r.status_code == 400
    page = html(r)
    assert "10000" in page.replace(",", "").replace("，", "") or "一万" in page
    assert 'class="alert alert-error"' in page
    assert client.post("/check", data={"text": "逾" * 10_000}).status_code == 200


def test_bad_time_shows_a_message_with_400(client):
    r = client.post("/check", data={"text": "您已逾期", "received_at": "明天下午"})
    assert r.status_code == 400 and 'class="alert alert-error"' in html(r)


@pytest.mark.parametrize("body", [
    b"text=%FF%FE%00%01%80abc%C3%28",
    b"text=\xff\xfe\x00binary\x80&sender=\xff\x00",
    "text=逾期".encode("gbk"),
], ids=["percent-encoded-bytes", "raw-bytes", "gbk"])
def test_binary_input_is_not_a_server_error(client, body):
    r = client.post("/check", data=body, content_type="application/x-www-form-urlencoded")
    assert r.status_code in (200, 400)
    assert "<html" in html(r)


def test_html_and_script_tags_are_escaped(client):
    page = html(client.post("/check", data={"text": XSS + " 你已逾期，马上联系你家人", "sender": XSS}))
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;" in page


def test_get_check_goes_back_to_the_form(client):
    r = client.get("/check")
    assert r.status_code == 302 and r.headers["Location"].endswith("/")


def test_user_text_is_never_logged(client, caplog):
    secret = "机密测试短信内容九九八七"
    with caplog.at_level(logging.DEBUG):
        client.post("/check", data={"text": secret, "sender": "13800000000"})
        client.post("/check", data={"text": secret * 2000})
    assert secret not in caplog.text and "13800000000" not in caplog.text


def test_knowledge_search_finds_entries_and_unknown_entry_is_404(client):
    page = html(client.get("/knowledge", query_string={"q": "上门"}))
    assert "/knowledge/guide.doorstep_visit_threat" in page
    assert "没有找到" in html(client.get("/knowledge", query_string={"q": "zzqqxx"}))
    r = client.get("/knowledge/guide.no_such_thing")
    assert r.status_code == 404 and "页面不存在" in html(r)


def test_entry_pages_cite_their_sources(client):
    guide = html(client.get("/knowledge/guide.third_party_contact"))
    assert "法律依据" in guide and "/knowledge/law.pipl.10" in guide
    law = html(client.get("/knowledge/law.pipl.10"))
    assert "来源" in law and "核对日期" in law and 'rel="noopener noreferrer nofollow"' in law


def test_lender_directory_search(client):
    page = html(client.get("/lenders", query_string={"q": "借呗"}))
    assert "蚂蚁" in page
    assert "名录里没有" in html(client.get("/lenders", query_string={"q": "无忧宝"}))


def test_404_405_413_pages_are_chinese_html(client, app):
    r = client.get("/no-such-page")
    assert r.status_code == 404 and "没有找到这个页面" in html(r) and r.mimetype == "text/html"
    r = client.put("/")
    assert r.status_code == 405 and "不支持这种访问方式" in html(r)
    big = "a" * (app.config["MAX_CONTENT_LENGTH"] + 10)
    r = client.post("/check", data={"text": big})
    assert r.status_code == 413 and "内容太大" in html(r)


def test_api_urls_get_the_json_error_shape(client, app):
    r = client.get("/api/v1/no-such-endpoint")
    assert r.status_code == 404 and r.is_json
    assert set(r.get_json()["error"]) == {"code", "message"}
    r = client.post("/api/v1/no-such-endpoint", data="x" * (app.config["MAX_CONTENT_LENGTH"] + 10))
    assert r.is_json and r.status_code in (404, 413)


def test_a_bug_is_a_chinese_500_page_and_json_under_api(make_app):
    app = make_app(TESTING=False)

    @app.get("/boom")
    def boom():
        raise RuntimeError("bug")

    @app.get("/api/v1/boom")
    def api_boom():
        raise RuntimeError("bug")

    client = app.test_client()
    app.logger.disabled = True
    r = client.get("/boom")
    assert r.status_code == 500 and "服务器出了点问题" in html(r)
    r = client.get("/api/v1/boom")
    assert r.status_code == 500 and r.get_json()["error"]["code"] == "internal_error"


def test_segments_merge_overlapping_findings():
    text = "0123456789"
    findings = [
        {"start": 1, "end": 5, "category": "pressure"},
        {"start": 3, "end": 8, "category": "scam"},
        {"start": 0, "end": 0, "category": "pressure"},  # e.g. received at night: no words
    ]
    segs = highlight.segments(text, findings)
    assert "".join(s.text for s in segs) == text
    assert [(s.start, s.end, s.findings, s.category) for s in segs] == [
        (0, 1, (), None), (1, 3, (0,), "pressure"), (3, 5, (0, 1), "scam"),
        (5, 8, (1,), "scam"), (8, 10, (), None)]
    assert segs[1].starts == (0,) and segs[2].starts == (1,)
    assert highlight.located(findings) == [True, True, False]


def test_serve_command_is_registered():
    from webapp.cli import build_parser

    args = build_parser().parse_args(["serve", "--port", "8123", "--proxy", "127.0.0.1"])
    assert (args.host, args.port, args.proxy) == ("127.0.0.1", 8123, "127.0.0.1")


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(0, 70), st.integers(0, 70),
                                              st.sampled_from(highlight.CATEGORY_ORDER)), max_size=6))
def test_segments_cover_the_text_exactly_once(text, spans):
    findings = [{"start": min(a, b), "end": max(a, b), "category": c} for a, b, c in spans]
    segs = highlight.segments(text, findings)
    assert "".join(s.text for s in segs) == text
    for s in segs:
        assert s.text == text[s.start:s.end] and s.start < s.end
        expected = tuple(i for i, f in enumerate(findings)
                         if f["start"] <= s.start and min(f["end"], len(text)) >= s.end and f["start"] < min(f["end"], len(text)))
        assert s.findings == expected
