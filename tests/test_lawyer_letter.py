"""A law firm's letter with the firm's full name and a lawyer's licence number is a legal notice to verify, with
letter-specific guidance (a letter is not a court paper; often the step before a lawsuit); the same letter with a
personal number, a personal account or a threat is not. Through the analyzer, the JSON API over real HTTP and the
result page."""
from __future__ import annotations

import re

import pytest
from borrower_messages import COURT, LAWYER

from webapp import display

LAWYER_GUIDE = "guide.verdict.legal_notice_lawyer"
LETTER = LAWYER
NO_LICENCE = "【浙江金道律师事务所】律师函：张**先生，本所受招联消费金融股份有限公司委托，就您拖欠借款一事致函，请于七日内还款，逾期将依法起诉。"
PERSONAL_NUMBER = ("【浙江金道律师事务所】律师函：张**，本所受委托，你拖欠借款，请七日内还款。"
                   "承办律师李**，执业证号13301201810123456，联系电话13812345678")
MASKED_FIRM = "XX律师事务所律师函：你拖欠借款，请七日内还款。承办律师李**，执业证号13301201810123456。"
PERSONAL_ACCOUNT = ("浙江金道律师事务所律师函：张**，执业证号13301201810123456，请今天把欠款转到律师个人账户6222021234567890123，"
                    "否则今天就上门找你家人。")


def test_a_checkable_lawyers_letter_is_a_legal_notice_with_letter_guidance(analyzer):
    report = analyzer.analyze(LETTER).to_dict()
    verdict = report["verdict"]
    assert verdict["label"] == "legal_notice"
    assert verdict["legal_check"]["stage"] == "lawyer"
    assert {"law_firm", "lawyer_licence"} <= set(verdict["legal_check"]["details"])
    assert "律师函" in verdict["summary"] and "不是法院的文书" in verdict["summary"]
    assert "12368" not in verdict["legal_check"]["how_to_verify"][0]
    ids = [g["id"] for g in report["guidance"]]
    assert ids[0] == LAWYER_GUIDE and "guide.verdict.legal_notice" not in ids
    first, _ = display.steps(report)
    assert "律师事务所" in first[0] and "个人的账户" in first[1]
    for c in report["guidance"][0]["citations"]:
        assert c["law"] and c["article"].startswith("第") and c["reviewed_on"] and c["source"], c


@pytest.mark.parametrize(("text", "label"), [
    (NO_LICENCE, "aggressive"),  # a firm's name alone can be typed by anyone: pressure, with the letter's own steps
    (PERSONAL_NUMBER, "aggressive"),  # a personal mobile is a scam marker for a legal notice
    (MASKED_FIRM, "reminder"),
    (PERSONAL_ACCOUNT, "scam"),
], ids=["no-licence", "personal-number", "masked-firm", "personal-account"])
def test_a_letter_without_checkable_details_or_with_a_scam_marker_is_not_a_legal_notice(analyzer, text, label):
    report = analyzer.analyze(text).to_dict()
    assert report["verdict"]["label"] != "legal_notice"
    if label != "reminder":
        assert report["verdict"]["label"] == label


def test_the_cannot_tell_sentence_gives_the_letters_own_steps(analyzer):
    summary = analyzer.analyze(NO_LICENCE).to_dict()["verdict"]["summary"]
    assert "无法确定真假" in summary and "律师函不是法院的文书" in summary and "12368" not in summary


def test_a_court_notice_keeps_the_court_steps(analyzer):
    check = analyzer.analyze(COURT).to_dict()["verdict"]["legal_check"]
    assert check["stage"] is None and "12368" in check["how_to_verify"][0]


def test_api_reports_the_letter_stage(api):
    r = api.post("/api/v1/analyze", {"text": LETTER})
    assert r.status == 200
    assert r.json["verdict"]["label"] == "legal_notice" and r.json["verdict"]["legal_check"]["stage"] == "lawyer"
    assert r.json["guidance"][0]["id"] == LAWYER_GUIDE


def test_result_page_shows_the_letter_steps(client):
    page = client.post("/check", data={"text": LETTER}).get_data(as_text=True)
    steps = re.search(r'<section class="card next-steps".*?</ol>', page, re.S).group(0)
    assert "律师事务所" in steps and "执行法官" not in steps
    assert "这像是律所受委托发出的律师函" in page
