"""Case mode in Debian's Chromium against the real app behind waitress: upload a backup
file, watch the progress, see the timeline; then the same without JavaScript.
Screenshots go to the session's temporary screenshot directory."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CASE_PASSPHRASE, set_case_passphrase
from live_server import CHROMIUM

expect = pytest.importorskip("playwright.sync_api").expect


pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")


def backup_xml(n: int) -> bytes:
    rows = ["<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>", f'<smses count="{n}">']
    bodies = ["【某某金融】您已逾期30天，我们将联系您的家人和单位同事。", "【招联金融】您今天应还1352.29元，请17点前补足余额。",
              "今晚一起吃饭吗？"]
    for i in range(n):
        date = 1_764_000_000_000 + i * 997_000
        kind = "2" if i % 7 == 6 else "1"
        rows.append(f'<sms address="1069{i % 5:04d}" date="{date}" type="{kind}" body="{bodies[i % 3]}" />')
    rows.append("</smses>")
    return "\n".join(rows).encode()


@pytest.fixture(scope="module")
def base_url(live_server):
    set_case_passphrase(live_server.app)
    return live_server.url


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_import_file_and_see_timeline(browser, base_url, tmp_path, javascript, output_dir):
    path = tmp_path / "backup.xml"
    path.write_bytes(backup_xml(600))
    context = browser.new_context(java_script_enabled=javascript, locale="zh-CN", timezone_id="Asia/Shanghai",
                                  viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(base_url + "/cases/")
    page.wait_for_url("**/cases/login**")  # always behind the passphrase, even on loopback
    page.fill("#passphrase", CASE_PASSPHRASE)
    page.click("button[type=submit]:has-text('进入个案模式')")
    page.wait_for_url("**/cases/")
    page.set_input_files("#file", str(path))
    page.click("button[type=submit]:has-text('导入并分析')")
    page.wait_for_url("**/cases/draft/**", timeout=20_000)
    chart = page.locator("#timeline svg.case-timeline")
    expect(chart).to_have_count(1)
    assert chart.locator("rect").count() > 3
    expect(page.locator(".case-stats")).to_contain_text("600")
    expect(page.locator(".case-msg")).to_have_count(100)  # paginated; the export has all
    page.screenshot(path=str(output_dir / f"case-page-{'js' if javascript else 'nojs'}.png"), full_page=False)
    assert errors == []
    context.close()
