"""pcg54 (guidance branch): a reminder whose creditor is a private person (a friend's, a relative's ask-back, a
roommate's AA share) or a payee's bill (a landlord's rent, a property fee) gets a summary, steps and replies that fit
that creditor — check against your own chat and transfer records and talk to the person; check and pay a bill
through the payee's own channel — and none of them sends the reader to 官方 App, 官方客服 or a 贷款机构. A lender's
and a card's reminder keep the lender-shaped text. The verdict, the risk, the findings and the lender are the
reminder's either way (analyzer/debt_creditor.py only chooses text).

The messages are written for these tests (names, sums and signatures are made up); none comes from a data file.
"""
from __future__ import annotations

import json
import re
import urllib.parse
import urllib.request

import pytest
from live_server import needs_chromium, phone_page

from analyzer import analyze
from analyzer.debt_context import debt_kind
from analyzer.document import parse
from knowledge.entries import load_catalog

LENDER_WORDS = ("官方 App", "官方App", "官方客服", "贷款机构")

FRIEND = "老周，上个月借你的两千块，这周方便的话还我一下哈，我这边要交房租了。"
RELATIVE = "小军，我是你大姨。前年你买车时从我这拿的三万，说好今年年底还，你看年前能不能先还我一万？"
ROOMMATE = "这个月宿舍电费一共348，四个人平摊每人87，你那份方便的时候转我一下哈。"
LANDLORD = "小刘你好，我是房东。这个月的房租2600元按合同5号交，今天已经8号了还没收到，麻烦这两天转一下。"
PROPERTY = "【XX物业】尊敬的业主，您2026年度物业服务费2,160元尚未缴纳，请于12月31日前到物业服务中心或通过小区公众号缴纳。"
LENDER = "【某某金融】您的借款本期应还1,320元，还款日为12月8日，请按时还款。"
CARD = "【某某银行】您尾号1234的信用卡本期账单2,380元，到期还款日12月10日，请按时还款。"

PRIVATE = [("friend", FRIEND), ("relative", RELATIVE), ("roommate_aa", ROOMMATE)]
FEE = [("landlord_rent", LANDLORD), ("property_fee", PROPERTY)]
LENDERS = [("lender", LENDER), ("card", CARD)]


def _advice_text(report: dict) -> str:
    """Everything the reader is told to do: the summary, the guides, the help lines, the evidence, the replies."""
    return json.dumps([report["verdict"]["summary"], report["guidance"], report["actions"], report["replies"]],
                      ensure_ascii=False)


def _guide_ids(report: dict) -> list[str]:
    return [g["id"] for g in report["guidance"]]


@pytest.mark.parametrize("name,text", PRIVATE, ids=[n for n, _ in PRIVATE])
def test_a_private_creditor_gets_private_guidance(name: str, text: str) -> None:
    report = analyze(text).to_dict()
    assert report["verdict"]["label"] == "reminder" and report["verdict"]["risk"] == 15
    said = _advice_text(report)
    for word in LENDER_WORDS:
        assert word not in said, (name, word)
    assert "聊天记录" in report["verdict"]["summary"] and "转账记录" in report["verdict"]["summary"]
    assert _guide_ids(report)[0] == "guide.verdict.reminder_private"
    assert "guide.verdict.reminder" not in _guide_ids(report)
    assert "guide.negotiate_repayment" not in _guide_ids(report)  # (a lender's 个性化分期, 停息挂账)
    steps = "".join(report["guidance"][0]["steps"])
    for point in ("聊天记录", "转账", "借条", "起诉", "强制执行", "威胁", "12348"):
        assert point in steps, point
    assert "110" not in steps  # pcg55: a polite ask-back lists no police line (the threat guides carry it)
    assert [r["id"] for r in report["replies"]] == ["reply.private_plan"]


@pytest.mark.parametrize("name,text", FEE, ids=[n for n, _ in FEE])
def test_a_bill_gets_the_payees_channel(name: str, text: str) -> None:
    report = analyze(text).to_dict()
    assert report["verdict"]["label"] == "reminder"
    said = _advice_text(report)
    for word in LENDER_WORDS:
        assert word not in said, (name, word)
    assert "收费方自己的渠道" in report["verdict"]["summary"]
    assert "链接" in report["verdict"]["summary"] and "个人账户" in report["verdict"]["summary"]
    assert _guide_ids(report)[0] == "guide.verdict.reminder_fee"
    steps = "".join(report["guidance"][0]["steps"])
    assert "物业服务中心" in steps and "租房合同" in steps and "96110" in steps
    assert [r["id"] for r in report["replies"]] == ["reply.fee_details"]


@pytest.mark.parametrize("name,text", LENDERS, ids=[n for n, _ in LENDERS])
def test_a_lender_and_a_card_keep_the_lender_shaped_text(name: str, text: str) -> None:
    report = analyze(text).to_dict()
    assert report["verdict"]["label"] == "reminder"
    assert "官方 App" in report["verdict"]["summary"]
    assert _guide_ids(report)[:2] == ["guide.verdict.reminder", "guide.negotiate_repayment"]
    assert "reply.repayment_plan" in [r["id"] for r in report["replies"]]


@pytest.mark.parametrize("text,kind", [
    (FRIEND, "private"), (RELATIVE, "private"), (ROOMMATE, "private"),
    ("AA你还差我86，记得转我", "private"),
    ("那天帮你垫的打车钱46，有空转我就行", "private"),
    (LANDLORD, "fee"), (PROPERTY, "fee"),
    ("房租明天到期，记得转我哈", "fee"),                      # a landlord's rent, not a friend's loan
    ("【XX燃气】您本期燃气费126.40元，请于月底前缴纳。", "fee"),
    ("房租已经拖了两个月了，这周日前不交的话，我只能按合同解约收房了。", "fee"),
    # near misses: a lender's or a card's debt, whoever speaks; the writer borrowing; a third person's debt
    (LENDER, None), (CARD, "card"),
    ("姐，你那笔网贷这个月记得还，别逾期了。", None),
    ("哥，上次借你的两千我下个月发工资就还你，别急哈。", None),
    ("最近急用钱，能不能先转我2000，下个月还你", None),
    ("李总您好，贵公司的小陈欠我五千块一直不还，麻烦您督促他一下。", None),
    ("哥，上次借你的两千，我月底要交房租了，能先还我吗", "private"),  # the writer's own rent is their reason
])
def test_who_the_creditor_is(text: str, kind: str | None) -> None:
    assert debt_kind(parse(text)) == kind


def test_private_legal_points_cite_verified_articles_with_source_and_date() -> None:
    catalog = load_catalog()
    for gid in ("guide.verdict.reminder_private", "guide.verdict.reminder_fee"):
        guide = catalog.guides[gid]
        assert guide.laws or guide.channels
        for law_id in guide.laws:
            law = catalog.laws[law_id]
            assert law.status == "verified" and law.source and law.reviewed_on, law_id
    private = catalog.guides["guide.verdict.reminder_private"]
    # the Civil Code's loan articles (675/676: repay on time; 680: no agreed interest, none owed), enforcement of a
    # judgment (民事诉讼法 247), and what a creditor may not do (民法典 1032, 治安管理处罚法 50)
    assert {"law.civil_code.675", "law.civil_code.680", "law.civil_procedure.253", "law.public_security.50"} <= set(private.laws)


def test_a_third_party_reader_keeps_the_third_party_guide() -> None:
    report = analyze("王阿姨，你儿子上个月借我的五千块到现在没还，麻烦您提醒他一下，让他月底前还我。").to_dict()
    ids = _guide_ids(report)
    assert "guide.verdict.reminder_private" not in ids and "guide.verdict.reminder_fee" not in ids
    assert [r["id"] for r in report["replies"]] == ["reply.not_the_borrower"]


# -- real HTTP: the API and the HTML result page -------------------------------------------------------------


def _post_form(url: str, text: str) -> str:
    data = urllib.parse.urlencode({"text": text}).encode()
    with urllib.request.urlopen(url + "/check", data=data, timeout=30) as r:  # noqa: S310 - our own test server
        return r.read().decode("utf-8")


def _section(page: str, marker: str, end: str = "</section>") -> str:
    part = page.split(marker, 1)[1].split(end, 1)[0]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", part))


@pytest.mark.parametrize("text", [FRIEND, ROOMMATE, LANDLORD, PROPERTY])
def test_api_over_http(api, text: str) -> None:
    report = api.analyze(text)
    assert report["verdict"]["label"] == "reminder"
    said = _advice_text(report)
    for word in LENDER_WORDS:
        assert word not in said, word


def test_api_over_http_keeps_the_lenders_text(api) -> None:
    report = api.analyze(LENDER)
    assert "官方 App" in report["verdict"]["summary"]
    assert "guide.verdict.reminder" in _guide_ids(report)


@pytest.mark.parametrize("text,own", [(FRIEND, "聊天记录"), (PROPERTY, "收费方自己的渠道")])
def test_result_page_over_http(live_server, text: str, own: str) -> None:
    page = _post_form(live_server.url, text)
    verdict = _section(page, 'id="verdict-title"')
    steps = _section(page, 'id="next-title"')
    who = _section(page, 'id="lender-title"')
    for part in (verdict, steps, who):
        for word in LENDER_WORDS + ("借款 App",):
            assert word not in part, (word, part[:200])
    assert own in verdict
    replies = _section(page, 'id="replies-title"', "</details>")
    assert "可以这样回复对方" in replies and "官方 App" not in replies


def test_result_page_over_http_keeps_the_lenders_text(live_server) -> None:
    page = _post_form(live_server.url, LENDER)
    assert "官方 App" in _section(page, 'id="next-title"')
    assert "可以这样回复催收方" in page


# -- a real browser on a phone --------------------------------------------------------------------------------

@needs_chromium
def test_browser_friend_ask_back_shows_fitting_advice(browser, live_server) -> None:
    """The session's browser (conftest.py: Playwright driving executable_path=/usr/bin/chromium) on a 390×844 phone."""
    expect = pytest.importorskip("playwright.sync_api").expect
    with phone_page(browser) as page:
        page.goto(live_server.url + "/")
        page.fill("#text", FRIEND)
        with page.expect_navigation():
            page.click("button[type=submit].primary")
        summary = page.locator(".verdict-summary")
        expect(summary).to_be_visible()
        expect(summary).to_contain_text("聊天记录")
        steps = page.locator(".next-steps")
        expect(steps).to_be_visible()
        expect(steps).to_contain_text("转账记录")
        expect(page.locator(".verdict-who")).to_contain_text("个人")
        visible = page.inner_text("body")
        for word in LENDER_WORDS:
            assert word not in visible, word
