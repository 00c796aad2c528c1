"""Problems found trying the phone page after round 22's merges, through the real app.

The messages are written for these tests (names and lenders are made up); none comes from a data file.
"""
from __future__ import annotations

import pytest

from live_server import needs_chromium, phone_page

# 1. An exposure threat that ends in 到时候别怪我们 opened the page with 人身安全受到威胁，先打 110 — "有人说要伤害你或家人"
#    — though the consequence it names is the debt sent to the reader's boss and parents. threat.r16's veiled-menace
#    frame (family or workplace + 别怪我/走着瞧) is for a consequence left unsaid; once the message says it (收到、知道、
#    通知、曝光), the exposure and third-party findings report it and no violence finding is added.
SAID = [
    "你欠的钱今天再不处理，明天你单位领导和你爸妈都会收到你的欠款资料，到时候别怪我们。",
    "再拖下去，你老婆和你同事都会知道你欠钱不还，别怪我们没给你机会。",
]
# The unsaid consequence stays a violence threat.
UNSAID = [
    "我劝你早点还，不然哪天你下班回家发现门口多了点东西可别怪我",
    "欠款再拖，你老婆孩子那边出什么状况，走着瞧",
]


@pytest.mark.parametrize("text", SAID)
def test_said_exposure_is_no_violence(api, text):
    report = api.analyze(text)
    kinds = {f["kind"] for f in report["findings"]}
    assert report["verdict"]["label"] == "unlawful_threat", report["verdict"]
    assert "violence_threat" not in kinds, kinds
    assert kinds & {"exposure_threat", "third_party_contact"}, kinds


@pytest.mark.parametrize("text", UNSAID)
def test_unsaid_menace_is_still_violence(api, text):
    kinds = {f["kind"] for f in api.analyze(text)["findings"]}
    assert "violence_threat" in kinds, kinds


@needs_chromium
def test_phone_page_does_not_shout_110_for_exposure(live_server, browser):
    with phone_page(browser, mobile=False, locale="zh-CN") as page:
        for text, shouts in ((SAID[0], False), (UNSAID[0], True)):
            page.goto(live_server.url + "/")
            page.fill("#text", "刚收到这个，是真的吗：\n" + text + "\n我该怎么办")
            page.click("button[type=submit].primary")
            page.wait_for_selector(".verdict h1")
            assert "违法威胁" in page.inner_text(".verdict h1")
            assert (page.locator(".safety").count() == 1) is shouts, text
