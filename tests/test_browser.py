"""The real app behind waitress on a loopback port, driven in Debian's Chromium.

Screenshots of the result page (phone and desktop) go to the session's temporary screenshot directory.
Assertions on what the page shows use Playwright's expect(), which waits for it instead of sleeping.
"""
from __future__ import annotations

import re

import pytest
from live_server import needs_chromium

expect = pytest.importorskip("playwright.sync_api").expect

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
# A real collection message as quoted in the evaluation set (../shared/eval/dev.jsonl, R001).
REAL_MESSAGE = ("【分期金融】刘某某，还贷呗欠款网贷由于多次与您协商无果，清收人员将于今日12点拟定债务委托书，"
                "授权专员到预留证件地上访，还款终止拒收请回复R。")
XSS = "<script>alert(1)</script><img src=x onerror=alert(2)>"

pytestmark = needs_chromium


class Watch:
    """Everything a page did that it should not: dialogs, console errors, requests elsewhere."""

    def __init__(self, page, base_url: str) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: self.requests.append(r.url))
        self.base_url = base_url

    def assert_clean(self) -> None:
        assert self.dialogs == [], f"a dialog opened: {self.dialogs}"
        assert self.errors == [], f"console errors: {self.errors}"
        outside = [u for u in self.requests if not u.startswith(self.base_url + "/")]
        assert outside == [], f"requests outside the app: {outside}"


@pytest.fixture()
def phone(browser, base_url):
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True,
                                  locale="zh-CN", timezone_id="Asia/Shanghai")
    page = context.new_page()
    watch = Watch(page, base_url)
    yield page, watch
    context.close()


@pytest.fixture()
def desktop(browser, base_url):
    context = browser.new_context(viewport=DESKTOP, locale="zh-CN", timezone_id="Asia/Shanghai")
    page = context.new_page()
    watch = Watch(page, base_url)
    yield page, watch
    context.close()


def no_horizontal_scroll(page) -> bool:
    return page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")


def submit_message(page, base_url: str, text: str, sender: str = "", when: str = "") -> None:
    page.goto(base_url + "/")
    page.fill("#text", text)
    if sender or when:
        page.click("details.optional summary")
        if sender:
            page.fill("#sender", sender)
        if when:
            page.fill("#received_at", when)
    with page.expect_navigation():
        page.click("button[type=submit].primary")


def test_phone_paste_submit_and_understand(phone, base_url, output_dir):
    page, watch = phone
    page.goto(base_url + "/")
    assert no_horizontal_scroll(page)
    submit_message(page, base_url, REAL_MESSAGE, sender="17012345678", when="2026-11-29T22:40")
    assert page.url == base_url + "/check"
    banner = page.locator(".verdict h1")
    expect(banner).to_have_text(re.compile(r"(违法威胁|疑似诈骗|施压催收)\s*$"))
    highlights = page.locator(".message a.hl")
    assert highlights.count() >= 1
    # A highlight leads to its explanation.
    target = highlights.first.get_attribute("href")
    highlights.first.click()
    expect(page.locator(target)).to_be_visible()
    assert no_horizontal_scroll(page)
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(output_dir / "result-phone.png"), full_page=True)
    page.screenshot(path=str(output_dir / "result-phone-top.png"))
    watch.assert_clean()


def test_script_and_img_tags_show_as_text_and_run_nothing(phone, base_url):
    page, watch = phone
    submit_message(page, base_url, XSS + " 你已逾期，今天不还就联系你家人", sender=XSS[:40])
    expect(page.locator("#message")).to_contain_text(XSS)
    expect(page.locator("#message img, #message script")).to_have_count(0)
    expect(page.locator("body img")).to_have_count(0)
    page.wait_for_load_state("load")  # an injected onerror or script would have run by now
    watch.assert_clean()


@pytest.mark.parametrize("path", ["/", "/knowledge?q=上门催收合法吗", "/knowledge/guide.third_party_contact",
                                  "/lenders", "/faq", "/about", "/privacy", "/no-such-page"])
def test_every_page_fits_a_phone_and_stays_inside_the_app(phone, base_url, path):
    page, watch = phone
    page.goto(base_url + path)
    assert no_horizontal_scroll(page), path
    watch.errors = [e for e in watch.errors if "404" not in e or path != "/no-such-page"]
    watch.assert_clean()


def test_tap_targets_are_large_on_a_phone(phone, base_url):
    page, _ = phone
    page.goto(base_url + "/")
    for selector in ("button[type=submit].primary", "[data-clear-form]", ".nav a", "details.optional summary"):
        box = page.locator(selector).first.bounding_box()
        assert box and box["height"] >= 44, selector


def test_examples_clear_and_copy_work(desktop, base_url, output_dir):
    page, watch = desktop
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    page.goto(base_url + "/")
    page.fill("#text", "随便写点什么")
    page.click("[data-clear-form]")
    assert page.input_value("#text") == ""
    with page.expect_navigation():
        page.locator(".example button").nth(1).click()
    expect(page.locator(".verdict h1")).to_contain_text("违法威胁")
    copy = page.locator('[data-copy="draft-letter.police"]')
    expect(copy).to_be_hidden()  # drafts are folded until asked for (issue 15)
    page.click("details.letters > summary")
    expect(copy).to_be_visible()
    page.fill('[id="draft-letter.police"]', "改过的草稿")
    copy.click()
    assert page.evaluate("navigator.clipboard.readText()") == "改过的草稿"
    assert page.locator('[data-print-of="draft-letter.police"]').text_content() == "改过的草稿"
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(output_dir / "result-desktop.png"), full_page=True)
    page.emulate_media(media="print")
    page.screenshot(path=str(output_dir / "result-print.png"), full_page=True)
    page.emulate_media(media="screen")
    with page.expect_navigation():
        page.click("[data-clear-link]")
    assert page.url == base_url + "/"
    watch.assert_clean()


def test_works_without_javascript(browser, base_url):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "/")
    page.fill("#text", REAL_MESSAGE)
    with page.expect_navigation():
        page.click("button[type=submit].primary")
    expect(page.locator(".verdict h1")).to_be_visible()
    expect(page.locator("[data-copy]").first).to_be_hidden()  # copy buttons appear only with JS
    context.close()


@pytest.mark.parametrize("typed, impression", [
    ("你已逾期47天，今天不还就联系你的家人和单位，发到通讯录群里曝光", "初步判断：违法威胁"),
    # asked40: a frightened reader types their own question; the live line says so, not 不是催收短信 or 违法威胁
    ("请问网贷不还真的会被起诉吗？法院会强制执行吗？", "初步判断：像是你自己的问题"),
])
def test_first_impression_appears_while_typing(desktop, base_url, typed, impression):
    page, watch = desktop
    page.goto(base_url + "/")
    if not page.locator("form.check-form").get_attribute("data-live-url"):
        pytest.skip("the JSON API (api.analyze) is not registered")
    line = page.locator("#main [data-live]")
    expect(line).to_be_hidden()
    page.locator("#text").press_sequentially(typed, delay=5)
    expect(line).to_contain_text(impression, timeout=5000)
    page.click("[data-clear-form]")
    expect(line).to_be_hidden()
    watch.assert_clean()


def test_pasted_sender_line_shows_as_the_sender_on_a_phone(phone, base_url):
    """A borrower pastes the phone's sender line with the message (the browser sends its line break as CRLF): the
    answer names that number as the sender, without the optional sender field being opened."""
    court = ("发件人：12368\n【北京市海淀区人民法院】张**：您有一份(2025)京0108民初40112号案件的电子诉讼文书，"
             "请登录人民法院在线服务查收。")
    page, _watch = phone
    submit_message(page, base_url, court)
    who = page.inner_text("ul.verdict-who")
    assert "发信号码：12368" in who, who
    assert no_horizontal_scroll(page)


def test_sender_kind_reads_as_one_phrase_on_a_phone(phone, base_url):
    """The sender line names the number's kind in one phrase, not a bracket inside a bracket."""
    page, _watch = phone
    submit_message(page, base_url, "发件人：10690000123\n【安逸花】您的借款已逾期3天，请登录安逸花App还款。")
    who = page.inner_text("ul.verdict-who")
    assert "发信号码：10690000123（106 开头的企业短信端口）" in who, who
    assert "））" not in who, who
