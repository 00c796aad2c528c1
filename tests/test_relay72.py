"""relay72 (guidance branch): a contact or relative who is only asked to pass a message on — to have someone call back
or contact the sender — is told so. The pass-on rules (knowledge/data/rules/reader.toml [relay_reader].rule_ids)
already know the frame; their finding now also decides the reader (role third_party, relation contact/relative/
employer, the rule's words as the reader's span) when the reader frames, which need debt words, left it unknown. The
report's reader.note, the guide guide.relay_reader (its steps fill the page's 你不是借款人，现在可以这样做 box), the
API's actions and replies and the verdict summary then speak to that contact: not your debt, no duty to pay or to pass
it on, you may say you will not relay and ask them to stop, keep the message, complain (12321, 12378, the local
regulator) if it goes on. No verdict label, risk, finding, span or lender changes (checked here on these messages
with for_relay switched off, and on all readable data by benchmarks/relay72_compare.py).

Every message here is written for these tests (names masked or made up); none comes from a data file.
"""
from __future__ import annotations

import re

import pytest
from live_server import needs_chromium, phone_page
from verdict_cases import post_analyze, post_check_page

from analyzer import analyze
from analyzer.detectors import reader as reader_detector
from analyzer.verdict_guides import RELAY_GUIDE
from knowledge import registry
from knowledge.entries import load_catalog

# asked only to pass a call-back on, told no debt (no debt word at all in the first two)
MASKED = "您好，麻烦您转告一下刘**，让他尽快回个电话，谢谢。"
NAMED = "你好，请转告赵某某尽快联系我司处理相关事宜。"
KIN = "叔叔您好，麻烦您让您女儿尽快给我们回个电话，她的手机一直关机。"
RELAYS = [("masked", MASKED, "contact"), ("named", NAMED, "contact"), ("kin", KIN, "relative")]
# the borrower's own reminder, and a lawful bank reminder: the borrower's box, unchanged
BORROWER = "【某某消费金融】您的借款已逾期5天，请尽快登录App还款，以免影响信用。"
BANK = "【某某银行】尊敬的客户，您尾号1234的贷款本期应还1,200元，请于12月10日前还款。"
# ordinary family and friends' messages: never contact-facing
FAMILY = ["妈，让爸回个电话，晚饭的事。", "小王，见到老李让他回我个电话，周末打球的事。",
          "姐，你转告一下妈，明天我不回家吃饭了。"]
# a contact told of the debt: the unlawful disclosure keeps its own reader and note (not the relay note)
TOLD = "您好，您的朋友张**在我司借款逾期不还，麻烦您转告他尽快回电还款。"
# a pass-on rule fires, but the reader is the one sought: told their contact will pass it on to them, or shown what a
# neighbour or a parent was asked to pass on to them ([relay_reader].unless): not read as a contact
SOUGHT = ["您好，因您的电话一直无法接通，我们已联系了您预留的紧急联系人，请他转告您尽快回电。",
          "邻居转给我的，说是陌生号码发的：“您好，麻烦您转告一下刘**，让他尽快回个电话，谢谢。”",
          "我爸说下午有人打到家里，说联系不上我，让我爸转告我赶紧给他们回电话。"]
BORROWER_WORDS = ("核实欠款", "官方 App 里核实", "协商还款", "还款方案", "按时还款")


def _said(report: dict) -> str:
    """What the API tells the reader to do: the summary, the reader note, the steps of every guide, the evidence
    list and the replies."""
    parts = [report["verdict"]["summary"], report["reader"]["note"]]
    for guide in report["guidance"]:
        parts += list(guide.get("steps") or [])
    parts += report["actions"]["evidence_checklist"]
    parts += [r["text"] for r in report["replies"]]
    return "\n".join(parts)


def _section(page: str, marker: str, end: str = "</section>") -> str:
    part = page.split(marker, 1)[1].split(end, 1)[0]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", part))


# -- the data ---------------------------------------------------------------------------------------------------

def test_relay_table_names_known_rules_and_a_known_guide() -> None:
    reading = reader_detector.relay_reading()
    known = {r.id for r in registry.rules()} | {"aggr33.third_party.relay_only", "tpd59.third_party.pass_on_only"}
    assert reading.rule_ids <= known, sorted(reading.rule_ids - known)
    assert reading.labels == {"reminder", "aggressive"}
    catalog = load_catalog()
    guide = catalog.guides[RELAY_GUIDE]
    assert set(guide.channels) <= set(catalog.channels) and "channel.12321" in guide.channels
    assert "没有义务转告" in guide.steps[0] + guide.summary and "不会替你们转告" in guide.steps[1]
    for number in re.findall(r"(?<!\d)\d{5}(?!\d)", reading.note + "".join(guide.steps)):
        assert any(number in (c.number or "") for c in catalog.channels.values()), number  # no invented number


# -- the analyzer ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "text", "relation"), RELAYS, ids=[r[0] for r in RELAYS])
def test_a_relay_reader_is_a_third_party_contact(name: str, text: str, relation: str) -> None:
    report = analyze(text)
    reader = report.reader
    assert (reader.role, reader.relation) == ("third_party", relation), reader
    assert reader.note == reader_detector.relay_reading().note
    if name != "named":  # (NAMED's 请转告 is a reader frame already: it keeps its frame and span)
        assert reader.rule_id in reader_detector.relay_reading().rule_ids
        assert report.text[reader.start:reader.end] == reader.excerpt
    guides = [g["id"] for g in report.guidance]
    assert RELAY_GUIDE in guides and "guide.third_party_reader" in guides
    assert not {"guide.negotiate_repayment", "guide.lawsuit", "guide.urgency_pressure"} & set(guides)
    assert [r["id"] for r in report.replies] == ["reply.not_the_borrower"]


@pytest.mark.parametrize("text", [m for _, m, _ in RELAYS] + [BORROWER, BANK, TOLD] + FAMILY + SOUGHT)
def test_findings_verdict_and_lender_do_not_change(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """The same report with the relay reading switched off differs only in reader, guidance, actions, replies and the
    summary sentence."""
    def rest(d: dict) -> dict:
        d = {k: v for k, v in d.items() if k not in ("reader", "guidance", "actions", "replies")}
        d["verdict"] = {k: v for k, v in d["verdict"].items() if k != "summary"}
        return d
    now = analyze(text).to_dict()
    monkeypatch.setattr(reader_detector, "for_relay", lambda doc, reader, findings, label: reader)
    assert rest(analyze(text).to_dict()) == rest(now)


@pytest.mark.parametrize("text", FAMILY)
def test_family_messages_are_not_contact_facing(text: str) -> None:
    report = analyze(text)
    assert report.reader.role != "third_party", report.reader
    assert RELAY_GUIDE not in [g["id"] for g in report.guidance]


@pytest.mark.parametrize("text", SOUGHT)
def test_the_one_sought_is_not_read_as_a_contact(text: str) -> None:
    report = analyze(text)
    assert {r for f in report.findings for r in f.rule_ids} & reader_detector.relay_reading().rule_ids  # (not vacuous)
    assert report.reader.role != "third_party", report.reader
    assert RELAY_GUIDE not in [g["id"] for g in report.guidance]


def test_a_contact_told_the_debt_keeps_the_disclosure_reading() -> None:
    report = analyze(TOLD)
    assert report.verdict.label == "unlawful_threat"
    assert reader_detector.DISCLOSED in {r for f in report.findings for r in f.rule_ids}
    assert report.reader.role == "third_party" and report.reader.note != reader_detector.relay_reading().note
    assert RELAY_GUIDE not in [g["id"] for g in report.guidance]


# -- real HTTP: the JSON API and the result page -----------------------------------------------------------------

@pytest.mark.parametrize(("name", "text", "relation"), RELAYS, ids=[r[0] for r in RELAYS])
def test_api_speaks_to_the_contact(live_server, name: str, text: str, relation: str) -> None:
    report = post_analyze(live_server.url, text)
    assert report["verdict"]["label"] == "aggressive"
    assert report["reader"]["role"] == "third_party" and report["reader"]["relation"] == relation
    said = _said(report)
    assert "没有义务转告" in said and "不会替你们转告" in said and "12321" in said
    for word in BORROWER_WORDS:
        assert word not in said, word
    assert "借款合同、还款计划和已还款记录" not in report["actions"]["evidence_checklist"]
    assert "channel.12321" in [c["id"] for c in report["actions"]["channels"]]


@pytest.mark.parametrize("text", [BORROWER, BANK])
def test_api_keeps_the_borrowers_advice(live_server, text: str) -> None:
    report = post_analyze(live_server.url, text)
    assert report["verdict"]["label"] == "reminder"
    assert report["reader"]["role"] == "borrower"
    guides = [g["id"] for g in report["guidance"]]
    assert "guide.verdict.reminder" in guides and RELAY_GUIDE not in guides
    assert "reply.not_the_borrower" not in [r["id"] for r in report["replies"]]


@pytest.mark.parametrize("text", FAMILY)
def test_api_family_message_is_not_contact_facing(live_server, text: str) -> None:
    report = post_analyze(live_server.url, text)
    assert report["reader"]["role"] != "third_party"
    assert "没有义务转告" not in _said(report)


def test_result_page_boxes_over_http(live_server) -> None:
    page = post_check_page(live_server.url, MASKED)
    steps = _section(page, 'id="next-title"')
    assert "你不是借款人，现在可以这样做" in steps and "没有义务转告" in steps and "不会替你们转告" in steps
    assert "12321" in steps and "核实欠款" not in steps
    who = _section(page, 'id="lender-title"')
    assert "你不用替别人核实这笔欠款" in who and "借款 App" not in who
    mine = post_check_page(live_server.url, BORROWER)
    steps = _section(mine, 'id="next-title"')
    assert "现在该做什么" in steps and "官方 App" in steps and "没有义务转告" not in steps
    family = post_check_page(live_server.url, FAMILY[0])
    assert "你不是借款人" not in family and "没有义务转告" not in family


# -- a real browser on a phone -----------------------------------------------------------------------------------

def _check_in_browser(page, base_url: str, text: str) -> None:
    page.goto(base_url + "/")
    page.fill("#text", text)
    with page.expect_navigation():
        page.click("button[type=submit].primary")


@needs_chromium
def test_browser_shows_the_contact_box_and_the_borrower_box(browser, live_server) -> None:
    """The session's browser (conftest.py: Playwright driving /usr/bin/chromium) on a 390×844 phone."""
    expect = pytest.importorskip("playwright.sync_api").expect
    with phone_page(browser) as page:
        _check_in_browser(page, live_server.url, MASKED)
        box = page.locator(".next-steps")
        expect(box).to_be_visible()
        expect(box.locator("h2")).to_have_text("你不是借款人，现在可以这样做")
        expect(box).to_contain_text("没有义务转告")
        expect(box).to_contain_text("不会替你们转告")
        expect(page.locator(".verdict-reader")).to_be_visible()
        assert "核实欠款" not in box.inner_text()

        _check_in_browser(page, live_server.url, BORROWER)
        box = page.locator(".next-steps")
        expect(box).to_be_visible()
        expect(box.locator("h2")).to_have_text("现在该做什么")
        expect(box).to_contain_text("官方 App")
        assert "没有义务转告" not in page.inner_text("body")


def test_the_page_says_not_your_debt_once(client) -> None:
    """Round 58: a contact's page said 欠款不是你的 in the verdict line, again as the first step and again in the 谁发的
    box. Said once (the verdict line), the steps and the box say what to do instead."""
    text = "你好，你是张伟的紧急联系人，他在我们平台借款已经逾期三个月，请你转告他尽快还款，否则后果自负。"
    page = client.post("/check", data={"text": text}).get_data(as_text=True)
    assert 'class="verdict-reader"' in page and "你不是借款人" in page
    assert page.count("欠款不是你的") == 1, page.count("欠款不是你的")
    assert "不用向催收方提供借款人的任何信息" in page
