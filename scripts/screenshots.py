#!/usr/bin/env python3
"""Screenshots of every page, as a person sees them, for the README and for review.

Borrower pages at 390 px wide (a phone), volunteer (case mode) pages at 1366 px, in Debian's
Chromium driven by Playwright. Also prints each page's length in pixels and in phone screens,
so a change that makes an answer longer shows up in the numbers.

    .venv/bin/python scripts/screenshots.py                 # starts the app itself (temporary data)
    .venv/bin/python scripts/screenshots.py --url http://127.0.0.1:8000
    .venv/bin/python scripts/screenshots.py --measure-only  # lengths only, no files

The example messages are written for this script; numbers and names in them are made up.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# --lang: the browser's own words (the file picker's button) in Chinese, as on a borrower's phone
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync", "--lang=zh-CN"]
LAPTOP_SCREENS = 3  # case pages are long tables; the top three screens show the layout
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 900}

# name -> (message, sender); shown at 390 px as result pages.
MESSAGES: dict[str, tuple[str, str]] = {
    "result-threat": ("你在借款平台的欠款已逾期47天，共计6380元。今天18点前不处理，我们将联系你的家人和单位同事，"
                      "把你的欠款信息发到通讯录群里曝光，并派人上门到你户籍地村委。你已涉嫌诈骗罪，等着坐牢吧！",
                      "17012345678"),
    "result-violence": ("欠钱不还是吧？今晚不把8000块打过来，我们的人就去你家，打断你的腿，你家人出门也小心点。",
                        "17187654321"),
    "result-scam": ("【京东金融法务部】您的账户存在异常逾期，将于今日上报征信。请立即添加专员微信处理，"
                    "将欠款转入指定个人账户6217000012345678（户名：李某），并提供手机收到的验证码完成核销。",
                    "16598765432"),
    "result-reminder": ("【招联金融】尊敬的客户，您的借款本期应还826.50元，还款日为12月5日。请在招联金融App内还款，"
                        "请勿向个人账户转账。如已还款请忽略。", "10691234567"),
    "result-court": ("【某某区人民法院】李某某：原告某某消费金融有限公司诉你借款合同纠纷一案，本院已立案受理，"
                     "案号（2026）京0105民初12345号。请登录人民法院在线服务平台查看起诉状和开庭传票，按时到庭应诉。",
                     ""),
    "result-third-party": ("你好，你是张某的紧急联系人。他在我司的借款已逾期90天，请你转告他今天之内还款，"
                           "否则我们会继续联系你和他的其他亲友。", "17012340000"),
    "result-bank": ("【工商银行】您尾号1234的信用卡已逾期，请尽快还款。如有疑问请致电95588。"
                    "催收员联系电话156********。", "95588"),
}
LOAN_FORM = {"received": "8000", "principal": "10000", "payment": "1100", "count": "12", "period": "month",
             "lender_kind": "online_platform", "contract_date": "2025-06-01"}
PAGES = {"home": "/", "knowledge": "/knowledge", "guide": "/knowledge/guide.third_party_contact",
         "lenders": "/lenders?q=%E6%8B%9B%E8%81%94", "faq": "/faq"}


@dataclass(frozen=True)
class Shot:
    name: str
    width: int
    height: int  # the page's full length in CSS pixels
    answer_bottom: int | None  # where the findings end on a result page (the "first two screens" budget)

    @property
    def screens(self) -> float:
        return self.height / (PHONE["height"] if self.width == PHONE["width"] else LAPTOP["height"])


@contextmanager
def served_app() -> Iterator[str]:
    """The app behind waitress on a free loopback port, with its data in a temporary folder."""
    from waitress.server import create_server

    from webapp import create_app

    with tempfile.TemporaryDirectory(prefix="cuishou-shots-") as tmp:
        app = create_app({"KB_PATH": str(Path(tmp) / "kb.sqlite3"), "CASES_DB": str(Path(tmp) / "cases.db"),
                          "SECRET_KEY": "screenshots-only"})
        set_passphrase(app)
        server = create_server(app, host="127.0.0.1", port=0, threads=4)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.effective_port}"
        finally:
            server.close()
            server.task_dispatcher.shutdown()


SHOTS_PASSPHRASE = "截图用口令2026"  # only for the throw-away server this script starts


def set_passphrase(app: Any) -> None:
    """Case pages always need a passphrase; set one in the temporary cases database, as `cuishou case passphrase` does."""
    from webapp.cases import access
    from webapp.cases.store import CaseStore

    store = CaseStore(app.config["CASES_DB"])
    try:
        access.set_passphrase(store, SHOTS_PASSPHRASE)
    finally:
        store.close()


def submit_message(page: Any, url: str, text: str, sender: str) -> None:
    page.goto(url + "/")
    page.fill("#text", text)
    if sender:
        page.click("details.optional summary")
        page.fill("#sender", sender)
    with page.expect_navigation():
        page.click("button[type=submit].primary")


def page_length(page: Any) -> int:
    return int(page.evaluate("document.scrollingElement.scrollHeight"))


def answer_bottom(page: Any) -> int | None:
    """Bottom edge of the findings section (or of the message when there are none)."""
    return page.evaluate("""() => {
        const el = document.querySelector('#findings-title') || document.querySelector('#msg-title');
        if (!el) return null;
        const box = el.closest('section').getBoundingClientRect();
        return Math.round(box.bottom + window.scrollY);
    }""")


def capture(page: Any, name: str, out: Path | None, width: int) -> Shot:
    page.evaluate("window.scrollTo(0, 0)")
    length = page_length(page)
    if out is not None:
        path = out / f"{name}.png"
        if width == LAPTOP["width"]:
            clip = {"x": 0, "y": 0, "width": width, "height": min(length, LAPTOP_SCREENS * LAPTOP["height"])}
            page.screenshot(path=str(path), full_page=True, clip=clip)
        else:
            page.screenshot(path=str(path), full_page=True)
        shrink(path)
    return Shot(name, width, length, answer_bottom(page) if name.startswith(("result", "loan")) else None)


def shrink(path: Path) -> None:
    """256 colours are plenty for a page of text, and the README's images stay small."""
    try:
        from PIL import Image
    except ImportError:  # Pillow comes with the [ocr] extra; without it the PNGs stay as taken
        return
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.FASTOCTREE)
    small.save(path, optimize=True)


def borrower_pages(browser: Any, url: str, out: Path | None) -> list[Shot]:
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True,
                                  locale="zh-CN", timezone_id="Asia/Shanghai")
    page = context.new_page()
    shots: list[Shot] = []
    for name, path in PAGES.items():
        page.goto(url + path)
        shots.append(capture(page, name, out, PHONE["width"]))
    for name, (text, sender) in MESSAGES.items():
        submit_message(page, url, text, sender)
        shots.append(capture(page, name, out, PHONE["width"]))
    page.goto(url + "/loan-cost")
    for field, value in LOAN_FORM.items():
        if page.locator(f"select#{field}").count():
            page.select_option(f"#{field}", value)
        else:
            page.fill(f"#{field}", value)
    with page.expect_navigation():
        page.click("form.loan-form button[type=submit]")
    shots.append(capture(page, "loan-result", out, PHONE["width"]))
    context.close()
    return shots


def backup_file(folder: Path) -> Path:
    """A small SMS Backup & Restore export with collection messages, a reminder and a relative."""
    rows = ["<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>", '<smses count="30">']
    bodies = [("10690001", "(Unknown)", "【某某金融】您已逾期30天，我们将联系您的家人和单位同事。"),
              ("10690002", "(Unknown)", "【招联金融】您今天应还1352.29元，请17点前补足余额。"),
              ("13800000001", "姐姐", "他们又打电话给我了，说你欠钱，怎么回事？")]
    for i in range(30):
        address, contact, body = bodies[i % 3]
        date = 1_764_000_000_000 + i * 3_600_000 * 7
        rows.append(f'<sms address="{address}" contact_name="{contact}" date="{date}" type="1" body="{body}" />')
    rows.append("</smses>")
    path = folder / "backup.xml"
    path.write_text("\n".join(rows), encoding="utf-8")
    return path


def volunteer_pages(browser: Any, url: str, out: Path | None) -> list[Shot]:
    context = browser.new_context(viewport=LAPTOP, locale="zh-CN", timezone_id="Asia/Shanghai")
    page = context.new_page()
    shots: list[Shot] = []
    page.goto(url + "/cases/")
    if page.locator("#passphrase").count() and page.locator("form").count():
        page.fill("#passphrase", SHOTS_PASSPHRASE)
        with page.expect_navigation():
            page.locator("form button[type=submit]").first.click()
    if page.locator("#file").count() == 0:  # a server whose passphrase we do not know: index only
        shots.append(capture(page, "cases-index", out, LAPTOP["width"]))
        context.close()
        return shots
    shots.append(capture(page, "cases-index", out, LAPTOP["width"]))
    with tempfile.TemporaryDirectory(prefix="cuishou-shots-") as tmp:
        page.set_input_files("#file", str(backup_file(Path(tmp))))
        page.click("button[type=submit]:has-text('导入并分析')")
        page.wait_for_url("**/cases/draft/**", timeout=30_000)
    page.wait_for_load_state("networkidle")
    shots.append(capture(page, "cases-case", out, LAPTOP["width"]))
    context.close()
    return shots


def run(url: str | None, out: Path | None) -> list[Shot]:
    from playwright.sync_api import sync_playwright

    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            if url:
                return borrower_pages(browser, url, out) + volunteer_pages(browser, url, out)
            with served_app() as local:
                return borrower_pages(browser, local, out) + volunteer_pages(browser, local, out)
        finally:
            browser.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a running app (default: start one with temporary data)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to save PNGs (default {OUT})")
    parser.add_argument("--measure-only", action="store_true", help="print page lengths, save nothing")
    args = parser.parse_args(argv)
    shots = run(args.url.rstrip("/") if args.url else None, None if args.measure_only else args.out)
    print(f"{'page':22} {'width':>5} {'length px':>9} {'screens':>7} {'answer ends':>11}")
    for s in shots:
        bottom = f"{s.answer_bottom}" if s.answer_bottom is not None else ""
        print(f"{s.name:22} {s.width:5d} {s.height:9d} {s.screens:7.1f} {bottom:>11}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
