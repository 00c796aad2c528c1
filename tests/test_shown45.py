"""shown45 (round 45, integrator): on a page whose verdict is no threat or scam, a low finding of the threat category
— tpd59's pass-on-only contact, whose explanation says "本身不违法" — is marked and listed as pressure (▲ 施压), never as
违法威胁. The report and the JSON API keep the finding's category; a real threat page keeps its ✖ 违法威胁 marks.
Messages written for these tests."""
from __future__ import annotations

import re
import urllib.parse
import urllib.request

import pytest
from live_server import needs_chromium, phone_page

from analyzer import analyze
from webapp import highlight

PASS_ON = "您好，我们是XX消费金融，联系不上您儿子张**，麻烦转告他尽快给我们回个电话，谢谢。"
TOLD = "您好，您儿子张**在我司的借款已逾期三个月，欠款8600元，请您督促他尽快还款，否则我们将联系您全家。"


def _post_form(url: str, text: str) -> str:
    data = urllib.parse.urlencode({"text": text}).encode()
    with urllib.request.urlopen(url + "/check", data=data, timeout=30) as r:  # noqa: S310 - our own test server
        return r.read().decode("utf-8")


def test_the_report_keeps_the_category() -> None:
    report = analyze(PASS_ON)
    assert report.verdict.label == "aggressive"
    low = [f for f in report.findings if f.kind == "third_party_contact"]
    assert low and all(f.severity == "low" and f.category == "unlawful_threat" for f in low)


def test_as_shown_moves_only_low_threat_findings_on_a_non_threat_page() -> None:
    findings = [{"category": "unlawful_threat", "severity": "low"}, {"category": "unlawful_threat", "severity": "high"},
                {"category": "scam", "severity": "low"}, {"category": "pressure", "severity": "medium"}]
    shown = highlight.as_shown(findings, "aggressive")
    assert [f["category"] for f in shown] == ["pressure", "unlawful_threat", "scam", "pressure"]
    assert highlight.as_shown(findings, "unlawful_threat") == findings
    assert findings[0]["category"] == "unlawful_threat"  # the caller's dicts are not changed


def test_pass_on_page_over_http_says_pressure(live_server, api) -> None:
    page = _post_form(live_server.url, PASS_ON)
    main = page.split('id="main"', 1)[1].split("</main>", 1)[0]
    assert "hl-unlawful_threat" not in main and "badge-unlawful_threat" not in main
    assert "hl-pressure" in main
    legend = re.search(r'<ul class="legend".*?</ul>', main, re.S)
    assert legend and "违法威胁" not in legend.group(0) and "施压" in legend.group(0)
    data = api.analyze(PASS_ON)  # the API keeps the finding's own category
    assert any(f["kind"] == "third_party_contact" and f["category"] == "unlawful_threat" for f in data["findings"])


def test_a_threat_page_keeps_its_threat_marks(live_server) -> None:
    assert analyze(TOLD).verdict.label == "unlawful_threat"
    main = _post_form(live_server.url, TOLD).split('id="main"', 1)[1]
    assert "hl-unlawful_threat" in main


@needs_chromium
def test_browser_pass_on_page_shows_no_threat_mark(browser, live_server) -> None:
    expect = pytest.importorskip("playwright.sync_api").expect
    with phone_page(browser) as page:
        page.goto(live_server.url + "/")
        page.fill("#text", PASS_ON)
        with page.expect_navigation():
            page.click("button[type=submit].primary")
        expect(page.locator(".legend")).to_contain_text("施压")
        assert "违法威胁" not in page.inner_text(".legend")
        assert page.locator("#message .hl-unlawful_threat").count() == 0
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
