"""Case mode in Debian's Chromium, as a volunteer on a 1366 px laptop: the borrower's sister
(contact_name="姐姐" in an SMS Backup & Restore file) is not a threatening sender and is not
named in any draft; marking a number changes the summary; the case page and chart use the
width with readable axis text. Files go to pytest's temporary directories only."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CASE_PASSPHRASE, set_case_passphrase
from live_server import CHROMIUM

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")

# The stranger's message says nothing a reader could call collection on its own, so only the volunteer's marking
# makes it count (it was 我们明天就去你家找你，你等着 until round 23's learned head rightly read that as a threat).
SISTER = "13912345678"
STRANGER = "17100001234"
XML = f"""<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<smses count="7">
  <sms address="10690000" date="1764426600000" type="1" contact_name="(Unknown)" body="【招联金融】您的借款已逾期15天，欠款5000元，请今天内还款。" />
  <sms address="10690000" date="1764430200000" type="1" contact_name="(Unknown)" body="【招联金融】再不还钱就通知你家人和单位同事，后果自负。" />
  <sms address="{STRANGER}" date="1764433800000" type="1" contact_name="(Unknown)" body="我们明天过去找你，电话别关机。" />
  <sms address="{SISTER}" date="1764434700000" type="1" contact_name="姐姐" body="他们又打电话给我了，说你欠钱不还，要上门打断你的腿，还说要告诉你单位同事" />
  <sms address="{SISTER}" date="1764520000000" type="1" contact_name="姐姐" body="周末回家吃饭吗" />
  <sms address="10690000" date="1765000000000" type="1" contact_name="(Unknown)" body="【招联金融】您的借款已逾期22天，请尽快还款。" />
  <sms address="10690000" date="1766000000000" type="1" contact_name="(Unknown)" body="【招联金融】您的借款已逾期33天，请尽快还款。" />
</smses>"""


@pytest.fixture(scope="module")
def base_url(live_server):
    set_case_passphrase(live_server.app)
    return live_server.url


@pytest.fixture()
def page(browser, base_url, tmp_path):
    context = browser.new_context(locale="zh-CN", timezone_id="Asia/Shanghai", viewport={"width": 1366, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    path = tmp_path / "sms-backup.xml"
    path.write_text(XML, encoding="utf-8")
    page.goto(base_url + "/cases/")
    page.wait_for_url("**/cases/login**")  # case pages are always behind the passphrase
    page.fill("#passphrase", CASE_PASSPHRASE)
    page.click("button[type=submit]:has-text('进入个案模式')")
    page.wait_for_url("**/cases/")
    page.set_input_files("#file", str(path))
    page.click("button[type=submit]:has-text('导入并分析')")
    page.wait_for_url("**/cases/draft/**", timeout=20_000)
    yield page
    assert errors == []
    context.close()


def by_sender(page):
    return page.locator("section.case-grid table").nth(1)


def test_sister_is_not_a_threatening_sender_nor_in_drafts(page):
    expect(by_sender(page)).to_contain_text("10690000")
    expect(by_sender(page)).not_to_contain_text(SISTER)
    sister_row = page.locator(f"#numbers tr[data-number='{SISTER}']")
    expect(sister_row).to_contain_text("姐姐")
    expect(sister_row.locator("select option:checked")).to_have_text("自动（通讯录：亲友）")
    expect(page.locator("#relayed")).to_contain_text("他们又打电话给我了")
    expect(page.locator("#messages")).not_to_contain_text("他们又打电话给我了")
    # The evidence report with its drafts (complaint, regulator, police)
    page.click("button:has-text('打开证据报告')")
    page.wait_for_load_state()
    expect(page.locator("h1")).to_have_text("催收短信证据报告")
    letters = page.locator(".letter")
    expect(letters.first).to_be_visible()
    assert letters.count() >= 2
    for i in range(letters.count()):
        expect(letters.nth(i)).not_to_contain_text(SISTER)
        expect(letters.nth(i)).not_to_contain_text("姐姐")
        expect(letters.nth(i)).not_to_contain_text("打断你的腿")
    expect(page.locator("h3", has_text="致贷款机构的投诉函")).to_have_text("致贷款机构的投诉函（招联消费金融股份有限公司）")
    sister_msg = page.locator(".msg", has_text="他们又打电话给我了")
    expect(sister_msg.locator(".msg-head")).to_contain_text("亲友转述，不是催收短信")
    expect(sister_msg.locator("li")).to_have_count(0)  # no night finding, no threat finding for the sister


def test_marking_a_number_changes_the_summary(page):
    stats = page.locator(".case-stats li").nth(1)
    expect(stats).to_contain_text("4 条与催收有关")
    expect(by_sender(page)).not_to_contain_text(STRANGER)
    page.select_option(f"select[name='role.{STRANGER}']", "collector")
    page.click("button:has-text('保存号码标记')")
    page.wait_for_load_state()
    expect(stats).to_contain_text("5 条与催收有关")
    expect(by_sender(page)).to_contain_text(STRANGER)
    expect(page.locator(f"select[name='role.{STRANGER}'] option:checked")).to_have_text("催收方")
    # and back: the sister marked 不相关 is no longer relayed evidence
    page.select_option(f"select[name='role.{SISTER}']", "unrelated")
    page.click("button:has-text('保存号码标记')")
    page.wait_for_load_state()
    expect(page.locator("#relayed")).to_have_count(0)
    expect(stats).to_contain_text("5 条与催收有关")


def test_case_page_uses_the_laptop_width(page, output_dir):
    main = page.locator("main").bounding_box()
    chart = page.locator("#timeline svg.case-timeline").bounding_box()
    assert main["width"] >= 1200, main
    assert chart["width"] >= 1100, chart
    heights = page.evaluate("""() => [...document.querySelectorAll('#timeline svg text')]
        .map(t => t.getBoundingClientRect().height).filter(h => h > 0)""")
    assert heights and min(heights) >= 13, heights  # axis and legend text at a readable size
    periods = page.locator("table.case-periods tbody tr")
    expect(periods).to_have_count(3)  # only the weeks that had messages, not a row per day
    page.screenshot(path=str(output_dir / "case-page-1366.png"), full_page=True)
