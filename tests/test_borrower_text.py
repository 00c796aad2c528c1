"""Issue 15: what a borrower reads is Chinese, numbers say what is known, highlights do not overlap.

Chinese only: every borrower page, in Chromium (all text, folded parts included) and through the
test client for every knowledge-base entry, has no English word outside the terms people in China
use as they are (App, PDF, LPR…). Web addresses are not words and are left out.
"""
from __future__ import annotations

import html as html_lib
import re

import pytest
from borrower_messages import BANK, COURT, LOAN_FORM, REMINDER, SCAM, THIRD_PARTY, THREAT
from live_server import needs_chromium, phone_page

from webapp import display, highlight

# Terms Chinese readers use untranslated. Anything else in Latin letters is a bug to translate.
ALLOWED = {"App", "APP", "app", "API", "CSV", "SMS", "PDF", "LPR", "GB", "QQ", "IP", "PNG", "JPEG", "WebP", "MB",
           "KB", "Cookie", "KOO", "DOU", "VIP", "ID", "ETC", "WiFi"}
URL = re.compile(r"(?:https?://|www\.)\S+|\b(?:[a-z0-9-]+\.)+(?:cn|com|net|org|gov|edu|top|xyz|info|io|cc|me|ly|gl)"
                 r"(?:/\S*)?", re.I)
PATTERN = re.compile(r"\d+x+\b")  # 95xxx: a number pattern, not a word


def english_words(text: str) -> set[str]:
    text = PATTERN.sub(" ", URL.sub(" ", text))
    return {w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in ALLOWED}


@pytest.fixture()
def client(app):
    return app.test_client()


def visible_text(page_html: str) -> str:
    body = page_html.split("<body>", 1)[1]
    body = re.sub(r"(?s)<script\b.*?</script>", " ", body)
    return html_lib.unescape(re.sub(r"(?s)<[^>]+>", " ", body))


def result(client, text: str, sender: str = "") -> str:
    r = client.post("/check", data={"text": text, "sender": sender})
    assert r.status_code == 200
    return r.get_data(as_text=True)


# -- Chinese only ---------------------------------------------------------------------------------
def test_every_knowledge_entry_and_the_lender_directory_read_in_chinese(client):
    from knowledge.entries import load_catalog

    cat = load_catalog()
    ids = [*cat.guides, *cat.laws, *cat.channels, *cat.faqs]
    found: dict[str, set[str]] = {}
    for url in ["/lenders", "/knowledge", "/faq", "/about", "/privacy", "/loan-cost"] + [f"/knowledge/{i}" for i in ids]:
        r = client.get(url)
        assert r.status_code == 200, url
        words = english_words(visible_text(r.get_data(as_text=True)))
        if words:
            found[url] = words
    assert found == {}


def test_lender_contacts_are_labelled_in_chinese_and_websites_listed_apart(client):
    page = visible_text(client.get("/lenders").get_data(as_text=True))
    for english in ("customer service", "SECONDARY", "reputable", "official page", "ICBC", "BOCOM", "CITIC",
                    "Alipay", "Bank", "lender in"):
        assert english not in page
    flat = re.sub(r"\s+", "", page)
    assert "95588（客服和电话银行，含信用卡，来源：官方网页）" in flat
    assert "网站：icbc.com.cn（官方，已核实）" in flat
    card = visible_text(result(client, BANK, "95588"))
    phones = card.split("官方电话（已核实）：")[1].split("网站：")[0]
    assert "95588" in phones and "icbc.com.cn" not in phones
    assert "icbc.com.cn" in card.split("网站：")[1]


def test_every_registry_contact_gets_a_chinese_label():
    from knowledge import registry

    for lender in registry.lenders():
        for c in lender.contacts:
            label = display.contact_label(c)
            assert not english_words(label), (lender.id, c.value, label)
        assert not english_words(display.display_city(lender.city)), lender.city
        assert all(not english_words(a) or a in ("KOO钱包", "DOU分期") for a in display.display_aliases(
            [*lender.aliases, *lender.former_names])), lender.id


@needs_chromium
def test_borrower_pages_in_chromium_have_no_english_outside_the_allowlist(live_server, browser):
    pages = ["/", "/knowledge", "/knowledge?q=上门催收合法吗", "/knowledge/guide.third_party_contact", "/lenders",
             "/faq", "/about", "/privacy", "/loan-cost"]
    messages = [(THREAT, "17012345678"), (SCAM, "16598765432"), (REMINDER, "10691234567"), (BANK, "95599"),
                (COURT, ""), (THIRD_PARTY, "17012340000")]
    found: dict[str, set[str]] = {}
    url = live_server.url
    with phone_page(browser, mobile=False, locale="zh-CN") as page:
        for path in pages:
            page.goto(url + path)
            found[path] = english_words(page.locator("body").text_content())
        for text, sender in messages:
            page.goto(url + "/")
            page.fill("#text", text)
            page.click("details.optional summary")
            page.fill("#sender", sender)
            with page.expect_navigation():
                page.click("button[type=submit].primary")
            found[text[:12]] = english_words(page.locator("body").text_content())
        page.goto(url + "/loan-cost")
        for field, value in LOAN_FORM.items():
            (page.select_option if page.locator(f"select#{field}").count() else page.fill)(f"#{field}", value)
        with page.expect_navigation():
            page.click("form.loan-form button[type=submit]")
        found["loan result"] = english_words(page.locator("body").text_content())
    assert {k: v for k, v in found.items() if v} == {}


# -- numbers and evidence -----------------------------------------------------------------------
def test_masked_number_is_skipped_and_evidence_listed_once(client):
    page = result(client, BANK, "95588")
    assert "156********" in page.split('id="message"')[1].split("</div>")[0]  # still in the message
    numbers = page.split('id="numbers-title"')[1].split("</section>")[0]
    assert "156****" not in numbers and "不是该机构的官方号码" not in numbers
    evidence = re.search(r"依据：([^<]*)", page).group(1)
    assert evidence.count("工商银行") == 1 and evidence.count("95588") == 1, evidence
    assert numbers.count("95588") == 1  # the sender, not again as a number in the message


def test_a_service_number_of_another_bank_says_whose_it_is(client):
    numbers = result(client, BANK, "95599").split('id="numbers-title"')[1].split("</section>")[0]
    assert "这是中国农业银行的客服电话（来自第三方资料，未在官方网页核实）" in numbers
    assert "✗" not in numbers.split("</p>")[1]


def test_evidence_is_deduplicated():
    items = [{"source": "signature", "text": "工商银行"}, {"source": "name", "text": "工商银行"},
             {"source": "number", "text": "95588"}, {"source": "name", "text": "工商银行"}]
    assert display.evidence(items) == ["短信签名“工商银行”", "号码“95588”"]


# -- highlights ---------------------------------------------------------------------------------
def test_overlapping_findings_are_one_mark_with_both_numbers(client):
    page = result(client, THREAT)
    message = re.search(r'<div class="message" id="message">(.*?)</div>', page, re.S).group(1)
    marks = re.findall(r'<a class="hl hl-[a-z_]+" href="#f-(\d+)"[^>]*><span class="hl-mark">([^<]*)</span>([^<]*)</a>',
                       message)
    assert len(marks) == message.count("<a ")  # no mark inside another
    # 上门 (doorstep visit) lies inside 上门到你户籍地村委 (third-party contact): one highlight, two numbers
    merged = [m for m in marks if m[2] == "上门到你户籍地村委"]
    assert len(merged) == 1 and "·" in merged[0][1], marks
    numbers = [int(n) for n in re.findall(r"\d+", merged[0][1])]
    for n in numbers:
        assert f'id="f-{n}"' in page
    starts = [m.start() for m in re.finditer("<a ", message)]
    assert starts == sorted(set(starts))


def test_legend_lists_only_the_colours_shown():
    text = "今天18点前还款"
    findings = [{"kind": "urgency_pressure", "category": "pressure", "start": 0, "end": 5, "excerpt": "今天18点",
                 "explanation": "", "kb_refs": [], "severity": "medium"},
                {"kind": "night_or_frequency", "category": "info", "start": 0, "end": 0, "excerpt": "",
                 "explanation": "", "kb_refs": [], "severity": "low"}]
    regions = highlight.regions(text, findings)
    assert highlight.present_categories(regions) == ["pressure"]
    assert "".join(r.text for r in regions) == text


def test_result_page_legend_matches_its_highlights(client):
    page = result(client, SCAM, "16598765432")
    legend = re.search(r'<ul class="legend"[^>]*>(.*?)</ul>', page, re.S).group(1)
    shown = set(re.findall(r'class="hl hl-([a-z_]+)" href=', page))
    assert set(re.findall(r'class="hl hl-([a-z_]+)"', legend)) == shown


def test_findings_of_one_kind_are_listed_once(client):
    page = result(client, THREAT)
    titles = re.findall(r'<li class="finding[^"]*" id="f-\d+">\s*<details[^>]*>\s*<summary>.*?<strong>([^<]+)</strong>',
                        page, re.S)
    assert titles and len(titles) == len(set(titles))
    assert "这条短信里：" not in page  # the banner no longer repeats the findings' titles
