"""pcg57 (guidance branch): a private creditor's threat page, finished.

1. On a friend's, a relative's or a landlord's pressing or threatening page the finding explanations speak to a
   person (keep screenshots, 110 on harm, 12348, the debt is still a civil matter), not "向贷款机构、金融监管部门投诉"
   or 催收方; every finding keeps its kind, category, severity, span and rule id. A collector's page keeps the lender
   explanation (analyzer/creditor_explain.py, read by Report.to_dict).
2. "你借我的两万块到现在都没还，再不还我就……" is the reader's debt to the writer (the rest of the message presses for
   repayment), read like "借你的…"; "我借你的两千块，我下周还你" and "你借我的500块我明天转给你" stay the writer's
   (analyzer/debt_private.SENDER_REPAYS, knowledge/data/rules/zz_pcg57.toml).
3. A landlord's "把你东西全扔出去，换锁" page speaks to a tenant, not of 贷款机构, whatever its verdict.

The messages are written for these tests (names, sums and places made up); none comes from a data file.
"""
from __future__ import annotations

import re
import urllib.parse
import urllib.request

import pytest
from live_server import needs_chromium, phone_page

from analyzer import analyze, creditor_explain, debt_creditor
from analyzer.debt_context import debt_kind
from analyzer.document import parse

LENDER_WORDS = ("贷款机构", "催收方", "催收机构", "放贷方", "官方 App", "金融监管", "12378")

FRIEND_OWES_ME = "你借我的两万块到现在都没还，再不还我就把你欠钱不还的事发到你们单位群里"
FRIEND_LENT = "借你的两万块到现在都没还，再不还我就把你欠钱不还的事发到你们单位群里"
RELATIVE_THREAT = "小峰，你借我的一万五拖了快两年了，月底前再不还，我就告诉你爸妈和你表哥，让全家都知道你借钱不还。"
FRIEND_SUES = "阿强，你借我的6000块到底还不还？这个月20号前不还，我就去法院起诉你。"
WRITER_OWES = "我借你的两千块，我下周还你，别急哈"
WRITER_REPAYS = "你借我的500块我明天转给你"
WRITER_NOT_YET = "你借我的两千块我还没还你，下周一定还"
LANDLORD_SHORT = "再不交房租，我就把你东西全扔出去，换锁"
LANDLORD_TELLS = "房租拖了两个月了，再不交，我就把你欠房租的事告诉你爸妈，你的东西全扔出去，锁也换了。"
COLLECTOR_THREAT = "你在某某贷的借款已逾期，今天不还我们就通知你的家人和通讯录所有人。"


def _kind(text: str) -> str | None:
    return debt_kind(parse(text, None, None))


def _explanations(report: dict) -> str:
    return "".join(f["explanation"] for f in report["findings"])


# -- item 2: who borrowed from whom ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [FRIEND_OWES_ME, FRIEND_LENT, RELATIVE_THREAT])
def test_you_borrowed_from_me_is_the_readers_debt(text: str) -> None:
    report = analyze(text)
    assert report.verdict.label == "unlawful_threat"
    assert _kind(text) == "private"
    assert "没有提到欠款" not in report.verdict.summary
    assert "就算欠款是真的" in report.verdict.summary
    assert "guide.verdict.unlawful_threat_private" in [g["id"] for g in report.guidance]


def test_both_wordings_get_the_same_page() -> None:
    a, b = analyze(FRIEND_OWES_ME).to_dict(), analyze(FRIEND_LENT).to_dict()
    assert a["verdict"]["summary"] == b["verdict"]["summary"]
    assert [g["id"] for g in a["guidance"]] == [g["id"] for g in b["guidance"]]
    assert [f["kind"] for f in a["findings"]] == [f["kind"] for f in b["findings"]]
    assert _explanations(a) == _explanations(b)


def test_a_private_lawsuit_threat_reads_the_debt() -> None:
    report = analyze(FRIEND_SUES)
    assert report.verdict.label == "aggressive"
    assert _kind(FRIEND_SUES) == "private"


@pytest.mark.parametrize("text", [WRITER_OWES, WRITER_REPAYS, WRITER_NOT_YET])
def test_the_writer_owing_the_reader_stays_so(text: str) -> None:
    report = analyze(text)
    assert _kind(text) is None
    ids = [g["id"] for g in report.guidance]
    assert not set(ids) & set(debt_creditor.CREDITOR_GUIDES)
    assert report.verdict.label in ("not_collection", "reminder")  # (as before this branch)


# -- item 1: the explanations on a person's page ---------------------------------------------------------------


def test_a_friends_threat_gets_the_persons_explanations() -> None:
    report = analyze(FRIEND_OWES_ME)
    said = _explanations(report.to_dict())
    for word in LENDER_WORDS:
        assert word not in said, word
    assert "截图" in said and "12348" in said


def test_only_the_text_changes() -> None:
    report = analyze(RELATIVE_THREAT)
    shown = report.to_dict()["findings"]
    assert len(shown) == len(report.findings) > 0
    for f, d in zip(report.findings, shown):
        assert (d["kind"], d["category"], d["severity"], d["start"], d["end"], d["rule_id"], d["excerpt"]) == (
            f.kind, f.category, f.severity, f.start, f.end, f.rule_id, f.excerpt)
    assert any(d["explanation"] != f.explanation for f, d in zip(report.findings, shown))


def test_a_collectors_threat_keeps_the_lender_explanation() -> None:
    report = analyze(COLLECTOR_THREAT).to_dict()
    assert "guide.verdict.unlawful_threat" in [g["id"] for g in report["guidance"]]
    assert "贷款机构" in _explanations(report)


def test_an_explanation_without_lender_words_is_kept() -> None:
    text = "威胁伤害你或你的家人：这是违法的，可能构成犯罪，请保存短信并报警（110）。"
    assert creditor_explain.for_person(text, "violence_threat", "private") == text
    lender = "说要联系你的家人：他们不是欠款人，是违法的催收做法。保存短信，可以向贷款机构、金融监管部门投诉。"
    person = creditor_explain.for_person(lender, "third_party_contact", "private")
    assert person.startswith("说要联系你的家人：") and "贷款机构" not in person and "12348" in person
    assert creditor_explain.for_person(lender, "impersonation", "private") == lender  # (a scam's text is kept)


def test_the_guides_table_is_the_creditors() -> None:
    assert creditor_explain.CREDITOR_GUIDES == debt_creditor.CREDITOR_GUIDES


# -- item 3: a landlord -----------------------------------------------------------------------------------------


def test_a_landlords_threat_speaks_to_a_tenant() -> None:
    report = analyze(LANDLORD_TELLS).to_dict()
    assert report["verdict"]["label"] == "unlawful_threat"
    assert "guide.verdict.unlawful_threat_fee" in [g["id"] for g in report["guidance"]]
    said = _explanations(report) + report["verdict"]["summary"]
    for word in LENDER_WORDS:
        assert word not in said, word
    assert "欠费" in said


def test_a_landlords_short_threat_never_speaks_of_a_lender() -> None:
    report = analyze(LANDLORD_SHORT).to_dict()
    said = report["verdict"]["summary"] + _explanations(report) + str(report["guidance"])
    assert "贷款机构" not in said and "催收方" not in said


# -- real HTTP: the API and the result page --------------------------------------------------------------------


def _post_form(url: str, text: str) -> str:
    data = urllib.parse.urlencode({"text": text}).encode()
    with urllib.request.urlopen(url + "/check", data=data, timeout=30) as r:  # noqa: S310 - our own test server
        return r.read().decode("utf-8")


def _main(page: str) -> str:
    part = page.split('id="main"', 1)[1].split("</main>", 1)[0]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", part))


def test_api_over_http(api) -> None:
    friend = api.analyze(FRIEND_OWES_ME)
    assert friend["verdict"]["label"] == "unlawful_threat" and "没有提到欠款" not in friend["verdict"]["summary"]
    for word in LENDER_WORDS:
        assert word not in _explanations(friend), word
    collector = api.analyze(COLLECTOR_THREAT)
    assert "贷款机构" in _explanations(collector)
    writer = api.analyze(WRITER_OWES)
    assert not {g["id"] for g in writer["guidance"]} & set(debt_creditor.CREDITOR_GUIDES)


@pytest.mark.parametrize("text", [FRIEND_OWES_ME, LANDLORD_TELLS, LANDLORD_SHORT])
def test_result_page_over_http(live_server, text: str) -> None:
    shown = _main(_post_form(live_server.url, text))
    assert "贷款机构" not in shown and "催收方" not in shown
    if text != LANDLORD_SHORT:
        assert "机构：没认出来" not in shown


def test_result_page_over_http_keeps_the_collectors_text(live_server) -> None:
    assert "贷款机构" in _main(_post_form(live_server.url, COLLECTOR_THREAT))


# -- a real browser on a phone ---------------------------------------------------------------------------------

@needs_chromium
def test_browser_friends_threat_page_has_no_lender(browser, live_server) -> None:
    expect = pytest.importorskip("playwright.sync_api").expect
    with phone_page(browser) as page:
        page.goto(live_server.url + "/")
        page.fill("#text", FRIEND_OWES_ME)
        with page.expect_navigation():
            page.click("button[type=submit].primary")
        expect(page.locator(".verdict-summary")).to_contain_text("就算欠款是真的")
        expect(page.locator(".verdict-who")).to_contain_text("个人")
        visible = page.inner_text("main")
        assert "贷款机构" not in visible and "催收方" not in visible
        assert "12348" in visible
