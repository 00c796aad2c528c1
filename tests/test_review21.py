"""Problems found by the round-21 user trial from a clean clone, each pinned by a real browser or real HTTP.

The messages are written for these tests (names, numbers and lenders are made up); none comes from a data file.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from live_server import PHONE
from live_server import needs_chromium as browser_only
from test_browser import submit_message as submit


def unlocated_notes(page) -> dict[str, str]:
    """Each finding group that points at no words: its title → what the page says it is about."""
    out = {}
    for item in page.locator("ol.findings > li").all():
        note = item.locator(".excerpt.muted")
        if note.count():
            out[item.locator("summary strong").first.inner_text()] = note.inner_text()
    return out


@browser_only
def test_a_finding_about_the_sender_number_does_not_say_it_is_about_the_time(phone, base_url):
    """A debt notice from a virtual-operator mobile gets a finding on the number (info.sender.*), which points at no
    words. The page said 与收到短信的时间有关，不在原文里 under it although no time was entered; a night-time finding
    keeps the time note."""
    submit(phone, base_url, "王建国，你在闪借花的借款已逾期120天，今天下午6点前不处理，就把你的照片发给你通讯录里的所有人。",
           "16512345678")
    notes = unlocated_notes(phone)
    assert notes, "the sender finding should be listed without words"
    assert all("发信号码" in n and "时间" not in n for n in notes.values()), notes

    # (an overdue debt: since round 23 a due-day reminder received at night gets no night finding — polish23)
    submit(phone, base_url, "您好，您的借款已逾期3天，请在App内尽快还款。", "", "2026-12-03T02:10")
    notes = unlocated_notes(phone)
    assert notes and all("时间" in n for n in notes.values()), notes


@pytest.fixture()
def volunteer(browser, live_server):
    """A laptop browser logged in to case mode."""
    from conftest import CASE_PASSPHRASE, set_case_passphrase

    set_case_passphrase(live_server.app)
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="zh-CN", accept_downloads=True)
    page = context.new_page()
    page.goto(live_server.url + "/cases/")
    page.fill("input[name=passphrase]", CASE_PASSPHRASE)
    with page.expect_navigation():
        page.click("main form button[type=submit]")
    yield page
    context.close()


CASE_PASTE = ("发件人：10690001111\n时间：2026-11-20 10:05\n【某某金融】您的借款今日到期，应还2,460元，请按时还款。\n\n"
              "发件人：10690001111\n时间：2026-11-23 09:30\n【某某金融】您的借款已逾期3天，请尽快还款。")


@browser_only
def test_case_csv_names_the_extracted_facts_in_chinese(volunteer):
    """The case CSV's 提取的信息 column — a column for the volunteer, opened in a spreadsheet — showed the facts'
    codes: deadline=今日；amount=2460元；overdue_days=3. It names them as the result page does (期限、金额、逾期天数)."""
    import csv
    import io

    page = volunteer
    page.fill("#text", CASE_PASTE)
    page.click("#case-import button[type=submit]")
    link = page.get_by_role("button", name="下载 CSV")
    link.wait_for(timeout=30000)
    with page.expect_download() as download:
        link.click()
    raw = Path(download.value.path()).read_bytes()
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    facts = [row["提取的信息"] for row in rows]
    assert any("金额：" in f for f in facts) and any("逾期天数：" in f for f in facts), facts
    assert not any(code in f for f in facts for code in ("amount", "deadline", "overdue_days", "=")), facts


def raw_get(url: str, target: bytes) -> tuple[int, dict[str, str], bytes]:
    """GET with the request line sent byte for byte, as curl sends `?q=上门催收` (http.client would refuse it)."""
    import socket
    from urllib.parse import urlsplit

    host = urlsplit(url)
    with socket.create_connection((host.hostname, host.port), timeout=10) as sock:
        sock.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body


def test_a_query_in_raw_utf8_is_read_like_a_percent_encoded_one(live_server):
    """`curl 'http://…/api/v1/knowledge?q=上门催收'` — the README's own example, and what the API's missing_parameter
    message suggests (?q=上门催收) — got waitress's plain-text `400 Bad Request / Bad URI`, not JSON, because the
    request line held raw UTF-8. It is now read as the percent-encoded request a browser sends."""
    import json
    from urllib.parse import quote

    status, headers, body = raw_get(live_server.url, "/api/v1/knowledge?q=上门催收".encode())
    assert status == 200 and headers["content-type"].startswith("application/json"), (status, body[:200])
    raw = json.loads(body)
    status, _, body = raw_get(live_server.url, ("/api/v1/knowledge?q=" + quote("上门催收")).encode())
    assert status == 200 and json.loads(body) == raw
    assert raw["results"], raw
    # a page too, and a path with raw UTF-8 is still a JSON 404 under /api/
    status, headers, _ = raw_get(live_server.url, "/knowledge?q=上门".encode())
    assert status == 200 and headers["content-type"].startswith("text/html")
    status, headers, body = raw_get(live_server.url, "/api/v1/lenders/招联".encode())
    assert status == 404 and json.loads(body)["error"]["code"] == "lender_not_found", body


ENFORCEMENT = ("【深圳市南山区人民法院】刘伟，你与某某银行金融借款合同纠纷一案（2025）粤0305执1234号，因你未按执行通知书"
               "履行义务，本院已依法对你采取限制消费措施。详情请登录人民法院在线服务平台查询或致电12368。")


@browser_only
def test_a_legal_notice_verdict_folds_its_verification_steps(phone, base_url, analyzer):
    """A court's enforcement notice from 12368: the verdict box read as one 250-character paragraph (what the notice
    is, then all four verification steps joined by semicolons) that filled the first screen of a 390×844 phone, and
    现在该做什么 below began with the same 12368 step. The box now says what the notice is; the steps are one tap away,
    every one of them, and 现在该做什么 starts on the first screen."""
    report = analyzer.analyze(ENFORCEMENT, sender="12368").to_dict()
    steps = report["verdict"]["legal_check"]["how_to_verify"]
    assert report["verdict"]["label"] == "legal_notice" and len(steps) >= 3
    submit(phone, base_url, ENFORCEMENT, "12368")
    said = phone.locator(".verdict-summary").inner_text()
    assert "执行" in said and "12368" not in said and len(said) < 100, said
    folded = phone.locator(".verdict details.verify-steps")
    assert not folded.evaluate("d => d.open")
    assert [t.strip() for t in folded.locator("li").all_text_contents()] == steps
    first_step = phone.locator(".next-steps li").first.bounding_box()
    assert first_step["y"] + first_step["height"] <= PHONE["height"], first_step
    folded.locator("summary").click()
    assert folded.locator("li").first.is_visible()


@browser_only
def test_who_sent_a_court_signed_notice_names_the_court(phone, base_url):
    """是谁发的 for a notice signed 【深圳市南山区人民法院】 was 机构：没认出来, and the 谁发的 card said 短信里没有能认出的
    贷款机构……请使用你借款 App 或合同上的号码 — no word of the court that signed it. A fake court notice asking for a
    transfer names the court it borrows as probably impersonated; a court named only in a sentence is not a signer."""
    submit(phone, base_url, ENFORCEMENT, "12368")
    who = phone.locator(".verdict-who")
    assert "深圳市南山区人民法院" in who.inner_text() and "没认出来" not in who.inner_text()
    card = phone.locator("#lender-title").locator("xpath=..")
    assert "深圳市南山区人民法院" in card.text_content() and "没有能认出的贷款机构" not in card.text_content()

    submit(phone, base_url, "【北京市朝阳区人民法院】你因网贷逾期已被起诉，案号（2026）京0105民初8899号，请在24小时内缴纳"
                            "诉讼费3000元至账户6217000012345678（户名：陈某），否则将冻结你名下所有银行卡。")
    assert phone.locator(".verdict-who").inner_text().count("很可能是冒用") == 1

    submit(phone, base_url, "您的借款已逾期3天，请登录人民法院在线服务查看起诉材料。")
    assert "署名" not in phone.locator(".verdict-who").inner_text()


@browser_only
def test_a_legal_notice_page_does_not_send_the_reader_to_a_lender_app(phone, base_url):
    """Under a court's enforcement notice the page said 欠款请在官方 App 里核实 (no findings) and, over the facts the
    notice states, 请在官方 App 里核对 — a court has no App to check a case number in. Both now say to ask the body
    that sent it; a lender's reminder keeps the App."""
    submit(phone, base_url, ENFORCEMENT, "12368")
    findings = phone.locator("#findings-title").locator("xpath=..").text_content()
    facts = phone.locator("#facts-title").locator("xpath=ancestor::details[1]").text_content()
    for said in (findings, facts):
        assert "官方 App" not in said and "法院" in said, said
    submit(phone, base_url, "【某某金融】您的借款今日到期，应还2,460元，请按时还款。", "1069012345")
    assert "官方 App" in phone.locator("#facts-title").locator("xpath=ancestor::details[1]").text_content()


@browser_only
def test_case_messages_can_be_listed_worst_first(volunteer):
    """A case's messages were listed only in time order, 100 a page: a volunteer looking for the threats among a
    month of reminders paged through all of them. 按风险 lists the worst first (the verdicts' precedence, then the
    risk), time order within; 按时间 goes back."""
    page = volunteer
    page.fill("#text", CASE_PASTE + "\n\n发件人：17011112222\n时间：2026-11-24 10:00\n"
              "你欠的钱再不还，明天就去你单位找你领导，让你全家都知道你是老赖。\n\n" + CASE_PASTE.split("\n\n")[1]
              .replace("11-23", "11-25").replace("3天", "5天"))
    page.click("#case-import button[type=submit]")
    page.get_by_role("button", name="打码并保存").wait_for(timeout=30000)
    heads = lambda: [t.split("·")[-1].strip() for t in page.locator(".case-msg-head").all_inner_texts()]
    assert heads()[0] != "违法威胁", heads()
    with page.expect_navigation():
        page.get_by_role("link", name="按风险（最严重的在前）").click()
    got = heads()
    assert got[0] == "违法威胁" and len(got) == 4, got
    with page.expect_navigation():
        page.get_by_role("link", name="按时间").click()
    assert heads()[0] != "违法威胁"


SEVERAL = ("12月1日 10:02\n【安心借】您的借款今日到期，应还1,260元，请按时还款。\n\n"
           "12月2日 09:15\n【安心借】您的借款已逾期1天，请尽快还款，以免影响征信。\n\n"
           "12月3日 21:48\n别以为不接电话就没事，明天开始联系你单位领导和你老婆，让大家都知道你是什么人。")


@browser_only
def test_several_pasted_messages_are_said_to_be_judged_as_one(phone, base_url):
    """Three SMS copied from a phone's list (a lender's two reminders, then an anonymous threat) got 违法威胁 ·
    机构：安心借 and 这条短信含有违法的威胁内容, with nothing to say three messages were judged as one and the lender
    may belong to another. The verdict box now says so; one message with paragraphs, or a letter, does not."""
    submit(phone, base_url, SEVERAL)
    note = phone.locator(".verdict .verdict-pasted")
    assert note.count() == 1 and "3 条短信" in note.inner_text()
    for single in ("张先生：\n\n您好，您的借款已逾期5天。\n\n请尽快在官方App还款。",
                   "律师函\n\n致：张三\n\n本所受某某银行委托，就你的欠款一事致函，请于十日内联系委托人。\n\n2026年12月1日"):
        submit(phone, base_url, single)
        assert phone.locator(".verdict-pasted").count() == 0, single


@browser_only
def test_a_reader_who_is_not_the_named_borrower_is_told_what_to_do(phone, base_url):
    """A recycled number gets a stranger's collection threats (王建国，你在闪借花的借款……): every step spoke to the
    reader as the borrower (核实欠款, 提出还款方案), and neither the page nor the FAQ said what to do when the name is
    not yours. The folded steps now end with a link to that answer; a reader already known not to be the borrower,
    and a scam, do not get it."""
    submit(phone, base_url, "王建国，你在闪借花的借款已逾期120天，今天下午6点前不处理，就把你的照片发给你通讯录里的所有人。")
    link = phone.locator(".next-steps .wrong-person a")
    assert link.count() == 1
    phone.locator(".next-steps details.more-steps summary").click()
    with phone.expect_navigation():
        link.click()
    text = phone.locator("main").inner_text()
    assert "不是我" in text and "不欠这笔钱" in text and "12321" in text
    submit(phone, base_url, "王女士您好，您儿子李强在我司的借款已逾期两个月，请您督促他尽快还款。")
    assert phone.locator(".wrong-person").count() == 0
    submit(phone, base_url, "您好，我们是专业法务团队，可以帮您和网贷平台协商停息挂账，先交500元服务费启动。")
    assert phone.locator(".wrong-person").count() == 0


@browser_only
def test_an_expired_session_comes_back_to_the_unsaved_import(browser, serve_app):
    """A volunteer left an import open past the idle limit and pressed 打码并保存: the login page said nothing about
    why, and after logging in they landed on /cases/ — the import (still in the server's memory) could no longer be
    found and had to be done again. Now the login page says the session ended, and logging in returns to the import."""
    import time

    from conftest import CASE_PASSPHRASE, set_case_passphrase

    server = serve_app(CASES_SESSION_IDLE_SECONDS=2, CASES_SESSION_MAX_SECONDS=600)
    set_case_passphrase(server.app)
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="zh-CN")
    page = context.new_page()
    try:
        page.goto(server.url + "/cases/")
        page.fill("input[name=passphrase]", CASE_PASSPHRASE)
        with page.expect_navigation():
            page.click("main form button[type=submit]")
        page.fill("#text", CASE_PASTE)
        page.click("#case-import button[type=submit]")
        page.get_by_role("button", name="打码并保存").wait_for(timeout=30000)
        draft = page.url
        time.sleep(3)
        with page.expect_navigation():
            page.get_by_role("button", name="打码并保存").click()
        assert "登录已过期" in page.locator("main").inner_text()
        page.fill("input[name=passphrase]", CASE_PASSPHRASE)
        with page.expect_navigation():
            page.click("main form button[type=submit]")
        assert page.url == draft
        assert page.get_by_role("button", name="打码并保存").is_visible()
        # logging out on purpose is not an expiry
        with page.expect_navigation():
            page.get_by_role("button", name="退出个案模式").click()
        assert "登录已过期" not in page.locator("main").inner_text()
    finally:
        context.close()
