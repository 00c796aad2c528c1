"""Issue 15: a frightened person reads the answer on one phone, in Chromium at 390 × 844.

Verdict, the first three steps, the highlighted message and the findings end within the first
two screens; the whole page, folded sections closed, within four. A threat of violence opens with
110. Text follows the browser's font size, and nothing is cut off at 200 %.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from borrower_messages import BANK, COURT, ENFORCEMENT, LAWYER, LOAN_FORM, REMINDER, SCAM, THIRD_PARTY, THREAT, VIOLENCE
from live_server import PHONE, needs_chromium, phone_page

pytest.importorskip("playwright.sync_api")
from playwright.sync_api import expect  # noqa: E402

pytestmark = needs_chromium

SCREEN = PHONE["height"]
CSS = Path(__file__).resolve().parent.parent / "webapp" / "static" / "app.css"


@pytest.fixture()
def page(browser):
    with phone_page(browser, device_scale_factor=1) as page:
        yield page


def submit(page, base_url: str, text: str, sender: str = "") -> None:
    page.goto(base_url + "/")
    page.fill("#text", text)
    if sender:
        page.click("details.optional summary")
        page.fill("#sender", sender)
    with page.expect_navigation():
        page.click("button[type=submit].primary")
    expect(page.locator(".verdict h1")).to_be_visible()


def bottom(page, selector: str) -> float:
    box = page.locator(selector).bounding_box()
    assert box, selector
    return box["y"] + box["height"] + page.evaluate("window.scrollY")


def page_length(page) -> int:
    return page.evaluate("document.scrollingElement.scrollHeight")


CASES = [("threat", THREAT, "17012345678"), ("violence", VIOLENCE, "17187654321"), ("scam", SCAM, "16598765432"),
         ("reminder", REMINDER, "10691234567"), ("bank", BANK, "95599"), ("legal-notice", COURT, ""),
         ("enforcement-notice", ENFORCEMENT, ""), ("lawyer-letter", LAWYER, ""), ("third-party", THIRD_PARTY, "17012340000")]


@pytest.mark.parametrize(("text", "sender"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_answer_in_two_screens_whole_page_in_four(page, base_url, text, sender):
    submit(page, base_url, text, sender)
    findings = page.locator("#findings-title").locator("xpath=..")
    for part in (".verdict", ".next-steps", "#message", "#findings-title"):
        expect(page.locator(part)).to_be_visible()
    assert page.locator(".next-steps > ol > li").count() == 3
    answer_ends = bottom(page, "#findings-title >> xpath=..")
    assert answer_ends <= 2 * SCREEN, f"verdict, steps, message and findings end at {answer_ends:.0f} px"
    assert findings.locator(".finding").count() == page.locator(".finding").count()
    length = page_length(page)
    assert length <= 4 * SCREEN, f"the page is {length} px long with its folds closed"
    # folded: drafts, replies, full guidance and the law behind it
    for fold in ("details.letters", "details.replies", "details.guidance"):
        if page.locator(fold).count():
            expect(page.locator(fold)).not_to_have_attribute("open", re.compile(".*"))
    # at most two help lines shown, the rest folded
    assert page.locator(".actions > .channels > .channel").count() <= 2


def test_violence_puts_110_first(page, base_url):
    submit(page, base_url, VIOLENCE)
    first = page.locator("#main > :first-child")
    expect(first).to_have_class("safety")
    expect(first).to_contain_text("人身安全受到威胁，先打 110")
    assert bottom(page, ".safety") <= SCREEN / 2


def test_threat_without_violence_does_not_shout_110(page, base_url):
    submit(page, base_url, REMINDER)
    assert page.locator(".safety").count() == 0


def test_legal_notice_has_its_own_first_steps(page, base_url):
    submit(page, base_url, COURT)
    expect(page.locator(".verdict h1")).to_contain_text("这可能是真实的法律文书通知")
    steps = page.locator(".next-steps > ol")
    expect(steps).to_contain_text("12368")
    expect(steps).to_contain_text("人民法院在线服务")
    expect(steps).to_contain_text("不要置之不理")
    expect(page.locator(".actions > .channels > .channel").first).to_contain_text("12368")


def test_enforcement_notice_has_enforcement_steps(page, base_url):
    submit(page, base_url, ENFORCEMENT)
    expect(page.locator(".verdict h1")).to_contain_text("这可能是真实的法律文书通知")
    steps = page.locator(".next-steps > ol")
    expect(steps).to_contain_text("执行法官")
    expect(steps).to_contain_text("报告财产")
    expect(steps).not_to_contain_text("应诉")
    expect(page.locator(".actions > .channels > .channel").first).to_contain_text("12368")


def test_reader_who_is_not_the_borrower_gets_their_own_steps(page, base_url):
    submit(page, base_url, THIRD_PARTY)
    expect(page.locator(".verdict-reader")).to_contain_text("欠款不是你的")
    expect(page.locator("#next-title")).to_contain_text("你不是借款人")
    # round 58: the verdict line says the debt is not theirs; the first step says what to do, not the same again
    expect(page.locator(".next-steps > ol > li").first).to_contain_text("不用向催收方提供借款人的任何信息")
    expect(page.locator(".actions > .channels > .channel").first).to_contain_text("12321")


def test_a_highlight_opens_its_folded_explanation(page, base_url):
    submit(page, base_url, THREAT)
    mark = page.locator(".message a.hl").nth(1)
    target = mark.get_attribute("href")
    explanation = page.locator(f"{target} details > p").first
    expect(explanation).to_be_hidden()
    mark.click()
    expect(explanation).to_be_visible()


def test_loan_result_one_sentence_one_table_not_purple(page, base_url):
    fill_loan_form(page, base_url)
    result = page.locator(".loan-result")
    headline = result.locator("p").first
    expect(headline).to_have_class(re.compile("loan-headline"))
    expect(headline).to_contain_text(re.compile(r"^年化 104\.3%"))
    expect(headline).to_contain_text("超过 24%，超出部分可以要求调减")
    assert result.locator("table").count() == 1
    assert result.locator(".finding, .citations").count() == 0  # no list and cards saying it again
    length = page_length(page)
    assert length <= 4 * SCREEN, f"the loan page is {length} px long"
    for selector in (".loan-headline", ".warn"):
        for prop in ("color", "border-left-color", "background-color"):
            rgb = page.locator(selector).first.evaluate(f"e => getComputedStyle(e)['{prop}']")
            assert not is_purple(rgb), f"{selector} {prop} is purple: {rgb}"


def is_purple(css_rgb: str) -> bool:
    r, g, b = (int(x) for x in re.findall(r"\d+", css_rgb)[:3])
    hi, lo = max(r, g, b), min(r, g, b)
    if hi - lo < 30:
        return False  # grey
    hue = {r: (60 * (g - b) / (hi - lo)) % 360, g: 60 * (b - r) / (hi - lo) + 120,
           b: 60 * (r - g) / (hi - lo) + 240}[hi]
    return 250 <= hue <= 320


def fill_loan_form(page, base_url: str) -> None:
    page.goto(base_url + "/loan-cost")
    for field, value in LOAN_FORM.items():
        if page.locator(f"select#{field}").count():
            page.select_option(f"#{field}", value)
        else:
            page.fill(f"#{field}", value)
    with page.expect_navigation():
        page.click("form.loan-form button[type=submit]")


@pytest.mark.parametrize("which", ["threat", "legal-notice", "home", "loan", "lenders"])
def test_nothing_is_cut_off_at_200_percent_text(page, base_url, which):
    if which == "threat":
        submit(page, base_url, THREAT)
    elif which == "legal-notice":
        submit(page, base_url, COURT)
    elif which == "loan":
        fill_loan_form(page, base_url)
    else:
        page.goto(base_url + ("/" if which == "home" else "/lenders"))
    heading = page.locator("#main h1").first
    normal = heading.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    # what the browser's "font size: very large" setting does: the root font size doubles
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    large = heading.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert large == pytest.approx(2 * normal, rel=0.05), "text does not follow the browser's font size"
    assert page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth"), "sideways scrolling"
    clipped = page.evaluate("""() => [...document.querySelectorAll('body *')].filter(e => {
        const s = getComputedStyle(e);
        if (e.matches('textarea, .visually-hidden, .skip, .print-only, .file-input') || s.display === 'none') return false;
        const hides = ['hidden', 'clip'].includes(s.overflowX) || ['hidden', 'clip'].includes(s.overflowY);
        return hides && (e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1);
    }).map(e => e.tagName + '.' + e.className)""")
    assert clipped == []
    outside = page.evaluate("""() => [...document.querySelectorAll('#main *')].filter(e => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1) && !e.matches('.skip, .file-input');
    }).map(e => e.tagName + '.' + e.className)""")
    assert outside == []


def test_stylesheet_sizes_text_in_rem_or_em():
    css = CSS.read_text(encoding="utf-8")
    screen_rules = css.split("@media print")[0]
    fixed = [m for m in re.findall(r"font-size:\s*([^;}]+)", screen_rules)
             if re.fullmatch(r"\s*[\d.]+px\s*", m)]
    assert fixed == [], f"fixed pixel font sizes: {fixed}"
    # a fixed height cuts text off once it grows (1px is the visually-hidden pattern, for screen readers)
    heights = re.findall(r"(?<![-\w])height:\s*([\d.]+px)", screen_rules)
    assert [h for h in heights if h != "1px"] == [], "a fixed height in px can cut text off"


def test_folded_drafts_still_print_without_javascript(browser, base_url):
    with phone_page(browser, mobile=False, java_script_enabled=False) as page:
        page.goto(base_url + "/")
        page.fill("#text", THREAT)
        with page.expect_navigation():
            page.click("button[type=submit].primary")
        printed = page.locator('[data-print-of="draft-letter.police"]')
        expect(printed).to_be_hidden()
        page.emulate_media(media="print")
        expect(printed).to_be_visible()
