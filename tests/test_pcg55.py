"""pcg55 (guidance branch): a private creditor who presses hard (aggressive) or threatens (unlawful_threat) — a friend's
"再不还我就去法院起诉你", a relative's "我就告诉你爸妈", a landlord's "把你东西全扔出去" — gets a summary, steps, help lines
and replies that fit a debt owed to a person or a payee: the debt may be real and may be sued for (court papers come
from the court, 12368 checks them; a judgment ignored can be enforced), check it against your own chat and transfer
records, agree a plan in writing and pay traceably; even a real debt allows no threat, insult or telling others,
keep screenshots and recordings, 110 when harm is threatened, and the debt is still a civil matter. None of it sends
the reader to 官方 App, a 贷款机构 or a 催收机构. A lender's and a collector's messages keep the lender-shaped text.
On a person's page the 12348 line speaks of a person, a polite ask-back shows no 110, and the CLI names the creditor
a private person. No verdict, finding, span, lender or risk moves (debt_creditor only chooses text).

The messages are written for these tests (names, sums and places are made up); none comes from a data file.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from live_server import PHONE, needs_chromium, phone_page

from analyzer import analyze
from analyzer.debt_context import debt_kind
from analyzer.document import parse
from knowledge.entries import load_catalog

LENDER_WORDS = ("官方 App", "官方App", "贷款机构", "催收机构")

FRIEND_SUE = "老陈，去年三月借你的8000块，说好年底还，到现在一分没见。这个月15号前再不还，我就去法院起诉你，别怪我不念旧情。"
RELATIVE_TELL = "小峰，我是你二舅。你欠我的一万五拖了快两年了，月底前再不还，我就告诉你爸妈，让全家都知道你是什么人。"
LANDLORD_THROW = "我是房东，你这个月房租拖了二十天了，明天中午前不转过来，我就带人过去把你的东西全扔出去，锁也给你换了。"
FRIEND_GROUP = "阿杰，借你的两万块到底还不还？给你最后三天，再装死我就把你借钱不还的事发到同学群里，让大家都看看。"
FRIEND_VIOLENCE = "借你的3000拖了半年，再不还我就找人收拾你，打断你的腿。"
POLITE = "小吴，上回聚餐我帮你垫的420，方便的时候转我一下哈。"
LENDER_AGGRESSIVE = "【某某金融】您的借款已逾期15天，请于今日内还清，否则我司将依法起诉并上报征信。"
COLLECTOR_THREAT = "你在某某贷的借款已逾期，今天不还我们就通知你的家人和通讯录所有人。"

# (text, debt kind, verdict, the guide chosen in the verdict's place)
PERSONS = [
    ("friend_sue", FRIEND_SUE, "private", "aggressive", "guide.verdict.aggressive_private"),
    ("relative_tell", RELATIVE_TELL, "private", "unlawful_threat", "guide.verdict.unlawful_threat_private"),
    ("landlord_throw", LANDLORD_THROW, "fee", "unlawful_threat", "guide.verdict.unlawful_threat_fee"),
    ("friend_group", FRIEND_GROUP, "private", "unlawful_threat", "guide.verdict.unlawful_threat_private"),
    ("friend_violence", FRIEND_VIOLENCE, "private", "unlawful_threat", "guide.verdict.unlawful_threat_private"),
]
# the lender-shaped guides none of these pages keeps
LENDER_GUIDES = {"guide.verdict.aggressive", "guide.verdict.unlawful_threat", "guide.negotiate_repayment",
                 "guide.verify_sender", "guide.lawsuit", "guide.third_party_contact", "guide.exposure_threat",
                 "guide.doorstep_visit_threat"}


def _advice_text(report: dict) -> str:
    """Everything the reader is told to do: the summary, the guides, the help lines, the evidence, the replies."""
    return json.dumps([report["verdict"]["summary"], report["guidance"], report["actions"], report["replies"]],
                      ensure_ascii=False)


def _guide_ids(report: dict) -> list[str]:
    return [g["id"] for g in report["guidance"]]


def _channel_ids(report: dict) -> list[str]:
    return [c["id"] for c in report["actions"]["channels"]]


@pytest.mark.parametrize("name,text,kind,label,guide", PERSONS, ids=[p[0] for p in PERSONS])
def test_a_person_pressing_or_threatening_gets_a_persons_guidance(name: str, text: str, kind: str, label: str,
                                                                   guide: str) -> None:
    assert debt_kind(parse(text)) == kind
    report = analyze(text).to_dict()
    assert report["verdict"]["label"] == label and report["lender"] is None
    said = _advice_text(report)
    for word in LENDER_WORDS + ("12378", "地方金融管理局", "借款 App"):
        assert word not in said, (name, word)
    ids = _guide_ids(report)
    assert ids[0] == guide, ids
    assert not LENDER_GUIDES & set(ids), ids
    assert "channel.12378" not in _channel_ids(report) and "channel.local_regulator" not in _channel_ids(report)
    reply_ids = [r["id"] for r in report["replies"]]
    assert not {"reply.identify", "reply.repayment_plan", "reply.request_documents", "reply.stop_third_parties"} & set(reply_ids)
    assert ("reply.private_plan_pressed" if kind == "private" else "reply.fee_plan") in reply_ids


def test_a_friends_firm_lawsuit_message_says_what_a_lawsuit_means() -> None:
    report = analyze(FRIEND_SUE).to_dict()
    summary = report["verdict"]["summary"]
    assert summary.startswith("这看起来是个人") and "起诉" in summary and "聊天记录" in summary
    assert report["verdict"]["risk"] == 40  # the aggressive verdict's risk, as before
    steps = "".join(report["guidance"][0]["steps"])
    for point in ("转账记录", "借条", "书面", "能留下记录", "法院送达", "12368", "缺席判决", "强制执行", "12348"):
        assert point in steps, point
    assert "110" not in steps  # a firm message with no threat of harm: no police line in its steps
    assert {"channel.12348", "channel.12368"} <= set(_channel_ids(report))
    assert "channel.110" not in _channel_ids(report)


@pytest.mark.parametrize("text", [RELATIVE_TELL, FRIEND_GROUP, FRIEND_VIOLENCE])
def test_a_persons_threat_is_not_allowed_even_for_a_real_debt(text: str) -> None:
    report = analyze(text).to_dict()
    summary = report["verdict"]["summary"]
    assert "就算欠款是真的" in summary and "告诉别人" in summary and "110" in summary and "民事纠纷" in summary
    guide = report["guidance"][0]
    steps = "".join(guide["steps"])
    for point in ("110", "截图", "录音", "辱骂", "发到群里", "民事纠纷", "12368", "12348"):
        assert point in steps, point
    cited = {c["law_id"] for c in guide["citations"]}
    assert {"law.public_security.50", "law.civil_code.1024", "law.civil_code.1032", "law.civil_code.1033"} <= cited
    assert "channel.110" in _channel_ids(report)
    assert "reply.person_no_threats" in [r["id"] for r in report["replies"]]


def test_a_landlords_threat_speaks_of_the_rent_and_the_door() -> None:
    report = analyze(LANDLORD_THROW).to_dict()
    summary = report["verdict"]["summary"]
    assert "收费方（房东" in summary and "闯进你住的地方" in summary and "110" in summary
    steps = "".join(report["guidance"][0]["steps"])
    for point in ("扔你的东西", "换锁", "租房合同", "12368", "强制执行"):
        assert point in steps, point
    assert [r["id"] for r in report["replies"]][:2] == ["reply.fee_details", "reply.fee_plan"]


def test_new_guides_cite_only_verified_entries_already_in_use() -> None:
    catalog = load_catalog()
    new = ("guide.verdict.aggressive_private", "guide.verdict.unlawful_threat_private",
           "guide.verdict.aggressive_fee", "guide.verdict.unlawful_threat_fee")
    used_before = {law for g in catalog.guides.values() if g.id not in new for law in g.laws}
    for gid in new:
        guide = catalog.guides[gid]
        for law_id in guide.laws:
            law = catalog.laws[law_id]
            assert law.status == "verified" and law.source and law.reviewed_on, law_id
            assert law_id in used_before, law_id


@pytest.mark.parametrize("text,label,own", [
    (LENDER_AGGRESSIVE, "aggressive", "guide.verdict.aggressive"),
    (COLLECTOR_THREAT, "unlawful_threat", "guide.verdict.unlawful_threat"),
])
def test_a_lender_and_a_collector_keep_the_lender_shaped_text(text: str, label: str, own: str) -> None:
    assert debt_kind(parse(text)) is None
    report = analyze(text).to_dict()
    assert report["verdict"]["label"] == label
    assert _guide_ids(report)[0] == own
    said = _advice_text(report)
    assert "官方 App" in said and "贷款机构" in said
    assert "reply.identify" in [r["id"] for r in report["replies"]]
    if label == "unlawful_threat":
        assert "欠款可能是真的，但这样催收是违法的" in report["verdict"]["summary"]
        assert "channel.12378" in _channel_ids(report)
    else:
        assert report["verdict"]["summary"].startswith("这是一条施压较重的催收短信")
    twelve = next(c for c in report["actions"]["channels"] if c["id"] == "channel.12348")
    assert "想起诉催收方侵权时" in twelve["when"]


# A private creditor's words with no "my money" in them, or a group's voice: a collector speaks so too. Such a threat
# keeps the lender-shaped text (debt kind "private_unsure"); a reminder in such words is still a person's (pcg54).
GROUP_VOICE = "欠钱不还是吧？今晚十点前不把钱打过来，我们的人就去你家门口等你，你家里人出门也当心点。"
NO_OWNER = "你借的钱拖到现在还不还，你算个什么东西，今天赶紧把钱还了。"


@pytest.mark.parametrize("text", [GROUP_VOICE, NO_OWNER])
def test_a_threat_that_does_not_name_the_money_as_the_writers_keeps_the_lender_text(text: str) -> None:
    assert debt_kind(parse(text)) == "private_unsure"
    report = analyze(text).to_dict()
    assert report["verdict"]["label"] == "unlawful_threat"
    ids = _guide_ids(report)
    assert ids[0] == "guide.verdict.unlawful_threat" and not any(i.endswith(("_private", "_fee")) for i in ids)
    assert report["verdict"]["summary"].startswith("这条短信含有违法的威胁内容：欠款可能是真的")


def test_a_person_threatening_in_the_first_person_is_a_person() -> None:
    text = "欠老子的钱还敢躲，信不信我叫几个人去你店里砸了"
    assert debt_kind(parse(text)) == "private"
    assert _guide_ids(analyze(text).to_dict())[0] == "guide.verdict.unlawful_threat_private"
    # (a reminder whose words do not say whose money it is is still told as a person's, pcg54)
    polite = "上个月那笔钱，你看什么时候方便还？我们家最近要用钱。"
    assert debt_kind(parse(polite)) == "private_unsure"
    report = analyze(polite).to_dict()
    assert report["verdict"]["label"] == "reminder"
    assert _guide_ids(report) == ["guide.verdict.reminder_private"]
    assert [r["id"] for r in report["replies"]] == ["reply.private_plan"]
    assert "110" not in _advice_text(report) and "对方威胁、侵权" in _advice_text(report)


def test_the_12348_line_speaks_of_a_person_on_a_persons_report() -> None:
    for text in (POLITE, FRIEND_SUE, RELATIVE_TELL, LANDLORD_THROW):
        twelve = next(c for c in analyze(text).to_dict()["actions"]["channels"] if c["id"] == "channel.12348")
        assert "催收方" not in twelve["when"] and "对方威胁、侵权" in twelve["when"], text


def test_a_polite_ask_back_lists_no_110() -> None:
    report = analyze(POLITE).to_dict()
    assert report["verdict"]["label"] == "reminder"
    assert "110" not in _advice_text(report)


def test_the_no_debt_threat_keeps_its_own_guide() -> None:
    """A threat that tells of no debt is not told "这看起来是个人在催你还钱" (implied24's guide stays)."""
    report = analyze("你爸那个小卖部，我们兄弟最近常去坐坐，你自己掂量。").to_dict()
    ids = _guide_ids(report)
    assert not any(i.endswith(("_private", "_fee")) for i in ids)


# -- the CLI ----------------------------------------------------------------------------------------------------

def _cli(text: str) -> str:
    out = subprocess.run([sys.executable, "-m", "webapp", "analyze", text], capture_output=True, text=True, timeout=60,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_cli_names_a_private_creditor() -> None:
    head = _cli(FRIEND_SUE).split("短信原文", 1)[0]
    assert "发信人：个人（朋友、亲戚、室友、同事等）" in head and "发信机构：未能识别" not in head
    assert "发信机构：未能识别" in _cli("您的借款已逾期3天，请尽快处理，以免影响个人信用。").split("短信原文", 1)[0]


# -- real HTTP: the API and the HTML result page -------------------------------------------------------------


def _post_form(url: str, text: str) -> str:
    data = urllib.parse.urlencode({"text": text}).encode()
    with urllib.request.urlopen(url + "/check", data=data, timeout=30) as r:  # noqa: S310 - our own test server
        return r.read().decode("utf-8")


def _plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _section(page: str, marker: str, end: str = "</section>") -> str:
    return _plain(page.split(marker, 1)[1].split(end, 1)[0])


def _main(page: str) -> str:
    """The result itself (the footer's standing "遇到人身危险请立即拨打 110" is on every page)."""
    return _plain(page.split('id="main"', 1)[1].split("</main>", 1)[0])


@pytest.mark.parametrize("text", [FRIEND_SUE, RELATIVE_TELL, LANDLORD_THROW])
def test_api_over_http(api, text: str) -> None:
    report = api.analyze(text)
    assert report["verdict"]["label"] in ("aggressive", "unlawful_threat")
    said = _advice_text(report)
    for word in LENDER_WORDS:
        assert word not in said, word


def test_api_over_http_keeps_the_collectors_text(api) -> None:
    report = api.analyze(COLLECTOR_THREAT)
    assert "guide.verdict.unlawful_threat" in _guide_ids(report)
    assert "贷款机构" in _advice_text(report)


@pytest.mark.parametrize("text,who", [(FRIEND_SUE, "个人"), (RELATIVE_TELL, "个人"), (LANDLORD_THROW, "房东")])
def test_result_page_over_http(live_server, text: str, who: str) -> None:
    page = _post_form(live_server.url, text)
    verdict = _section(page, 'id="verdict-title"')
    steps = _section(page, 'id="next-title"')
    whobox = _section(page, 'id="lender-title"')
    replies = _section(page, 'id="replies-title"', "</details>")
    for part in (verdict, steps, whobox, replies):
        for word in LENDER_WORDS + ("借款 App", "12378"):
            assert word not in part, (word, part[:200])
    assert who in verdict and "机构：没认出来" not in verdict
    assert "可以这样回复对方" in replies
    assert "给贷款机构的投诉" not in page and "给监管部门的投诉" not in page
    assert "想起诉催收方侵权时" not in page


def test_result_page_over_http_keeps_the_lenders_text(live_server) -> None:
    page = _post_form(live_server.url, COLLECTOR_THREAT)
    assert "贷款机构" in _section(page, 'id="next-title"')
    assert "可以这样回复催收方" in page and "给贷款机构的投诉" in page


def test_110_on_the_page_only_for_a_threat(live_server) -> None:
    assert "110" not in _main(_post_form(live_server.url, POLITE))
    assert "110" not in _main(_post_form(live_server.url, FRIEND_SUE))
    violent = _post_form(live_server.url, FRIEND_VIOLENCE)
    assert "人身安全受到威胁，先打 110" in _main(violent)


# -- a real browser on a phone --------------------------------------------------------------------------------

@needs_chromium
def test_browser_friends_threat_shows_fitting_advice(browser, live_server) -> None:
    """The session's browser (conftest.py: Playwright driving executable_path=/usr/bin/chromium) on a 390×844 phone."""
    expect = pytest.importorskip("playwright.sync_api").expect
    with phone_page(browser) as page:
        page.goto(live_server.url + "/")
        page.fill("#text", FRIEND_GROUP)
        with page.expect_navigation():
            page.click("button[type=submit].primary")
        summary = page.locator(".verdict-summary")
        expect(summary).to_be_visible()
        expect(summary).to_contain_text("就算欠款是真的")
        expect(page.locator(".verdict-who")).to_contain_text("个人")
        steps = page.locator(".next-steps")
        expect(steps).to_be_visible()
        expect(steps).to_contain_text("110")
        expect(steps).to_contain_text("截图")
        for part in (".verdict", ".next-steps"):
            visible = page.inner_text(part)
            for word in LENDER_WORDS:
                assert word not in visible, (part, word)


@needs_chromium
@pytest.mark.parametrize("text", [FRIEND_VIOLENCE, RELATIVE_TELL, LANDLORD_THROW])
def test_browser_a_persons_threat_keeps_the_page_budget(browser, live_server, text: str) -> None:
    """As tests/test_page_budget.py asks of a lender's threat: the answer (verdict, three steps, message, findings)
    within two phone screens, the whole page with its folds closed within four."""
    expect = pytest.importorskip("playwright.sync_api").expect
    with phone_page(browser, device_scale_factor=1) as page:
        page.goto(live_server.url + "/")
        page.fill("#text", text)
        with page.expect_navigation():
            page.click("button[type=submit].primary")
        expect(page.locator(".verdict h1")).to_be_visible()
        assert page.locator(".next-steps > ol > li").count() == 3
        box = page.locator("#findings-title >> xpath=..").bounding_box()
        assert box and box["y"] + box["height"] + page.evaluate("window.scrollY") <= 2 * PHONE["height"]
        assert page.evaluate("document.scrollingElement.scrollHeight") <= 4 * PHONE["height"]
