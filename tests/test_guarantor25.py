"""A guarantor or co-borrower may owe the debt under their own contract (ported from the reader25 branch, which was
not merged): the report must not tell them "欠款不是你的" or give the non-borrower's reply, the wrong-number line or the
borrower's letter; the page says the message is to a guarantor and to check the guarantee first. A third party who is
only asked to pass a message on, told nothing of the debt, hears that this is lawful in itself and that they owe no
help. Real analyzer calls; the result page over real HTTP."""
from __future__ import annotations

import re
import urllib.parse
import urllib.request

import pytest

from analyzer import analyze
from analyzer.verdict import Verdict, for_reader

GUARANTOR = {
    "as-guarantor": "您作为王某某借款的担保人，现借款已逾期，请督促其还款",
    "overdue-60": "您作为借款人XXX的担保人，该笔贷款已逾期60天，请您督促借款人还款或履行保证责任。",
    "greeted": "【XX银行】担保人您好，借款人张**的贷款已逾期30天，请督促其尽快还款。",
}


@pytest.mark.parametrize("text", GUARANTOR.values(), ids=GUARANTOR.keys())
def test_a_guarantor_is_not_told_the_debt_is_not_theirs(text):
    report = analyze(text)
    assert report.reader.relation == "guarantor"
    assert report.verdict.label in ("reminder", "aggressive")
    assert "guide.third_party_reader" not in [g["id"] for g in report.guidance]
    assert "reply.not_the_borrower" not in [r["id"] for r in report.replies]


def test_a_contact_still_hears_the_debt_is_not_theirs():
    report = analyze("尊敬的紧急联系人您好，您的朋友王**在我司的借款已逾期，烦请转达其尽快还款。")
    assert report.reader.role == "third_party" and report.reader.relation == "contact"
    assert "guide.third_party_reader" in [g["id"] for g in report.guidance]
    assert "reply.not_the_borrower" in [r["id"] for r in report.replies]


@pytest.mark.parametrize("label", ["reminder", "aggressive"])
def test_a_relay_that_tells_no_debt_hears_it_owes_no_help(label):
    plain = Verdict(label, "原来的说法", 20, None)
    told = for_reader(plain, "third_party", "contact", "联系人", told=True)
    relay = for_reader(plain, "third_party", "contact", "联系人", told=False)
    assert "没有透露欠款" not in told.summary
    assert "没有透露欠款" in relay.summary and "可以不理会" in relay.summary and "联系人" in relay.summary
    assert relay.label == label and relay.risk == plain.risk
    assert for_reader(plain, "third_party", "guarantor", "担保人", told=False).summary == "原来的说法"


def _result_page(base: str, text: str) -> str:
    with urllib.request.urlopen(base + "/") as r:  # noqa: S310 - our own test server
        cookie = (r.headers.get("Set-Cookie") or "").split(";")[0]
        home = r.read().decode()
    data = {"text": text}
    token = re.search(r'name="csrf_token" value="([^"]+)"', home)
    if token:
        data["csrf_token"] = token.group(1)
    request = urllib.request.Request(base + "/check", data=urllib.parse.urlencode(data).encode(),
                                     headers={"Cookie": cookie})
    with urllib.request.urlopen(request) as r:  # noqa: S310
        return r.read().decode()


def test_the_guarantors_page_speaks_to_a_guarantor(live_server):
    page = _result_page(live_server.url, GUARANTOR["greeted"])
    assert "这条短信是发给担保人的" in page
    for wrong in ("欠款不是你的", "你不是借款人", "我不是这笔借款的借款人", "我是贵司借款人", "号码可能是别人用过的"):
        assert wrong not in page, wrong
