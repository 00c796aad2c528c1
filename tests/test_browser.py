"""The real app behind waitress on a loopback port, driven in Debian's Chromium.

Screenshots of the result page (phone and desktop) go to test-output/ for a person to look at.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from live_server import CHROMIUM, chromium, serve

pytest.importorskip("playwright.sync_api")

OUT = Path(__file__).resolve().parent.parent / "test-output"
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
# A real collection message as quoted in the evaluation set (../shared/eval/dev.jsonl, R001).
REAL_MESSAGE = ("【分期金融】刘某某，还贷呗欠款网贷由于多次与您协商无果，清收人员将于今日12点拟定债务委托书，"
                "授权专员到预留证件地上访，还款终止拒收请回复R。")
XSS = "<script>alert(1)</script><img src=x onerror=alert(2)>"

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    from webapp import create_app

    app = create_app({"KB_PATH": str(tmp_path_factory.mktemp("kb") / "kb.sqlite3")})
    with serve(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


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


def test_phone_paste_submit_and_understand(phone, base_url):
    page, watch = phone
    page.goto(base_url + "/")
    assert no_horizontal_scroll(page)
    submit_message(page, base_url, REAL_MESSAGE, sender="17012345678", when="2026-11-29T22:40")
    assert page.url == base_url + "/check"
    banner = page.locator(".verdict h1")
    assert banner.is_visible()
    assert banner.inner_text().strip().endswith(("违法威胁", "疑似诈骗", "施压催收"))
    highlights = page.locator(".message a.hl")
    assert highlights.count() >= 1
    # A highlight leads to its explanation.
    target = highlights.first.get_attribute("href")
    highlights.first.click()
    assert page.locator(target).is_visible()
    assert no_horizontal_scroll(page)
    OUT.mkdir(exist_ok=True)
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(OUT / "result-phone.png"), full_page=True)
    page.screenshot(path=str(OUT / "result-phone-top.png"))
    watch.assert_clean()


def test_script_and_img_tags_show_as_text_and_run_nothing(phone, base_url):
    page, watch = phone
    submit_message(page, base_url, XSS + " 你已逾期，今天不还就联系你家人", sender=XSS[:40])
    assert XSS in page.locator("#message").inner_text()
    assert page.locator("#message img, #message script").count() == 0
    assert page.locator("body img").count() == 0
    page.wait_for_timeout(300)
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


def test_examples_clear_and_copy_work(desktop, base_url):
    page, watch = desktop
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    page.goto(base_url + "/")
    page.fill("#text", "随便写点什么")
    page.click("[data-clear-form]")
    assert page.input_value("#text") == ""
    with page.expect_navigation():
        page.locator(".example button").nth(1).click()
    assert "违法威胁" in page.locator(".verdict h1").inner_text()
    copy = page.locator('[data-copy="draft-police"]')
    assert copy.is_hidden()  # drafts are folded until asked for (issue 15)
    page.click("details.letters > summary")
    assert copy.is_visible()
    page.fill("#draft-police", "改过的草稿")
    copy.click()
    assert page.evaluate("navigator.clipboard.readText()") == "改过的草稿"
    assert page.locator('[data-print-of="draft-police"]').text_content() == "改过的草稿"
    page.evaluate("window.scrollTo(0, 0)")
    OUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUT / "result-desktop.png"), full_page=True)
    page.emulate_media(media="print")
    page.screenshot(path=str(OUT / "result-print.png"), full_page=True)
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
    assert page.locator(".verdict h1").is_visible()
    assert page.locator("[data-copy]").first.is_hidden()  # copy buttons appear only with JS
    context.close()


def test_first_impression_appears_while_typing(desktop, base_url):
    page, watch = desktop
    page.goto(base_url + "/")
    if not page.locator("form.check-form").get_attribute("data-live-url"):
        pytest.skip("the JSON API (api.analyze) is not registered")
    line = page.locator("#main [data-live]")
    assert line.is_hidden()
    page.locator("#text").press_sequentially("你已逾期47天，今天不还就联系你的家人和单位，发到通讯录群里曝光", delay=5)
    line.wait_for(state="visible", timeout=5000)
    assert "初步判断：违法威胁" in line.inner_text()
    page.click("[data-clear-form]")
    assert line.is_hidden()
    watch.assert_clean()
