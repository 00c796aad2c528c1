"""fix60 (PREREG_round46: the integrator's narrow bug fixes from round 45's notes, rules 1–2).

1. A relative's family chat about money sent to the reader (你爸说下个月给你打两千生活费，有空给你奶奶打个电话) tells no
   third party of a debt: fsixty_money_to_reader in the unless of threat.td11.private.third_party_told
   (knowledge/data/rules/zz_fix60.toml); a debt told to a relative (你儿子欠我们平台的钱) stays third-party contact.
2. A school's fee notice (教辅费, 餐费, 午托费, 书本费, 校车费, 研学费) is a payee's bill: the fee-item class
   rncfiftytwo_fee_item (zz_rnc52.toml) names them, so the page speaks of the school's channels, not an official App.
3. A pass-on request to a masked name (麻烦转告周**回个电话): aggr42's stranger cue is the masked name, which the fold
   drops between two CJK characters (转告周回个电话); fix60.relay.masked_callback reads that trace → aggressive.
   A colleague's or a friend's pass-on (麻烦转告小王明天开会带电脑, 麻烦转告老周回个电话) stays not_collection.
4. A reader the borrower only filled in as guarantor (您被其填写为担保人, 张某借款时将您填写为担保人) is a listed contact
   (fnine_listed_only now also ends in 担保人/保证人; reader.guarantor's unless; reader.contact; lawful_frame's surety
   check); "您作为担保人在合同上签了字" stays a guarantor.
5. The reader's own question after a retelling, with a question mark and no 吗 (催收说要起诉我，真的会坐牢？), is the
   reader's reaction (analyzer/speaker._told_end): no criminal threat; "不还就让你坐牢！" still fires.

The messages are written for these tests (names, sums and places made up); none comes from a data file.
"""
from __future__ import annotations

import re

import pytest

from analyzer import analyze
from analyzer.debt_context import debt_kind
from analyzer.document import parse
from verdict_cases import check_api_labels, check_message, post_check_page

GUARANTOR_RULES = {"aggr17.surety.called_on", "aggr26.guarantor.liability_demand", "aggr35.guarantor.liability_pressed"}
CRIMINAL_KIND = "false_criminal_threat"
LENDER_WORDS = ("官方 App", "官方App", "官方客服", "贷款机构")


# ---------- 1. money sent to the reader ----------

FAMILY_CHAT = [
    "你爸说下个月给你打两千生活费，有空给你奶奶打个电话",
    "妈妈说这周给你转了500块零花钱，记得给你外婆打个电话问个好",
    "你舅说过年给你发个红包，有空跟你爸妈说一声，我们初二过去",
]
DEBT_TOLD = [
    "你儿子欠我们平台的钱，你跟他说",
    "你弟弟在我们平台贷了一笔款",
    "你爸说给你打了两千，你欠的钱赶紧还，不然我给你妈打电话",
    "那笔钱你装死是吧，我已经跟你们领导打过电话了",
]


@pytest.mark.parametrize("text", FAMILY_CHAT)
def test_money_sent_to_the_reader_tells_no_debt(text: str) -> None:
    check_message(text, label="not_collection", kinds_out=["third_party_contact"])


@pytest.mark.parametrize("text", DEBT_TOLD)
def test_a_debt_told_stays_third_party_contact(text: str) -> None:
    check_message(text, label="unlawful_threat", kinds_in=["third_party_contact"])


# ---------- 2. a school's fee ----------

SCHOOL_FEES = [
    "【XX实验小学】家长您好，本学期教辅费380元尚未缴纳，请于9月20日前通过学校缴费平台缴纳",
    "【XX中学】家长您好，您孩子10月份午餐费260元尚未缴纳，请于本周五前通过学校缴费平台缴纳。",
    "【XX幼儿园】家长您好，下学期校车费1200元请于8月25日前缴纳，逾期将无法安排座位。",
]
FEE_NOT_DUE = [
    "【XX实验小学】家长您好，本学期教辅费380元已缴纳成功，感谢您的配合。",
    "今晚聚餐的餐费我先垫了，周末大家一起打球吧",
]


@pytest.mark.parametrize("text", SCHOOL_FEES)
def test_a_school_fee_is_a_payees_bill(text: str) -> None:
    report = check_message(text, label="reminder")
    assert debt_kind(parse(text, None, None)) == "fee", text
    for word in LENDER_WORDS:
        assert word not in report.verdict.summary, (word, text)


@pytest.mark.parametrize("text", FEE_NOT_DUE)
def test_a_fee_paid_or_a_meal_is_no_bill(text: str) -> None:
    check_message(text, label="not_collection")


# ---------- 3. a pass-on request to a masked name ----------

MASKED_RELAY = [
    "麻烦转告周**回个电话",
    "麻烦转告周**回个电话，谢谢。",
    "请转告孙*尽快回电，谢谢",
]
PLAIN_RELAY = [
    "麻烦转告小王明天开会带电脑",
    "麻烦转告老周回个电话，晚上吃饭的事",
    "请转告他马上回电话，他妈妈找他",
    "麻烦转告周**，快递放在驿站了，记得回个电话",
]


@pytest.mark.parametrize("text", MASKED_RELAY)
def test_a_masked_pass_on_request_is_pressure(text: str) -> None:
    report = check_message(text, label="aggressive", rules_in=["fix60.relay.masked_callback"])
    assert not any(f.category == "unlawful_threat" and f.severity != "low" for f in report.findings), text


@pytest.mark.parametrize("text", PLAIN_RELAY)
def test_a_colleagues_pass_on_stays_ordinary(text: str) -> None:
    check_message(text, label="not_collection", rules_out=["fix60.relay.masked_callback"])


def test_a_named_request_with_our_voice_stays_aggressive() -> None:
    assert analyze("请转告李先生尽快联系我们").verdict.label == "aggressive"


# ---------- 4. filled in as guarantor ----------

LISTED = [
    "您好，您被何某填写为担保人，何某在我司的欠款已逾期90天，担保人需承担连带还款责任，请督促其尽快还款。",
    "张某在借款时将您填写为担保人，现已逾期两个月，请您督促其尽快还款。",
    "【某某分期】您被其填写为担保人，借款人李某已逾期30天，担保人需承担连带还款责任，请尽快处理。",
]
SIGNED = [
    "您作为担保人在合同上签了字，借款人张某已逾期，请您履行担保责任。",
    "您好，您作为何某借款的担保人，何某欠款已逾期，担保人需承担连带还款责任，请督促其还款。",
]


@pytest.mark.parametrize("text", LISTED)
def test_filled_in_as_guarantor_is_no_guarantor(text: str) -> None:
    report = check_message(text, label="unlawful_threat", kinds_in=["third_party_contact"], rules_out=GUARANTOR_RULES)
    assert report.reader.relation == "contact", text


@pytest.mark.parametrize("text", SIGNED)
def test_a_signed_guarantor_stays_one(text: str) -> None:
    report = check_message(text, label="aggressive", kinds_out=["third_party_contact"], rules_any=GUARANTOR_RULES)
    assert report.reader.relation == "guarantor", text


# ---------- 5. the reader's own question with a question mark ----------

ASKED = [
    "催收说要起诉我，真的会坐牢？",
    "催收说要起诉我，起诉了会坐牢？",
    "网贷那边打电话说要告我，我这种情况也要坐牢？",
]
THREATENED = [
    "不还就让你坐牢！",
    "催收说不还就让我坐牢，真的会坐牢？",
    "催收说再不还就起诉我，让我坐牢？",
    "你真的想坐牢？今天不还明天就有人来抓你",
]


@pytest.mark.parametrize("text", ASKED)
def test_the_readers_question_mark_is_no_criminal_threat(text: str) -> None:
    check_message(text, not_label="unlawful_threat", kinds_out=[CRIMINAL_KIND])


@pytest.mark.parametrize("text", THREATENED)
def test_a_prison_threat_still_fires(text: str) -> None:
    check_message(text, label="unlawful_threat", kinds_in=[CRIMINAL_KIND])


# ---------- real HTTP: the API and the result page ----------

def _section(page: str, marker: str, end: str = "</section>") -> str:
    part = page.split(marker, 1)[1].split(end, 1)[0]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", part))


def test_the_school_fee_page_over_http(live_server) -> None:
    page = post_check_page(live_server.url, SCHOOL_FEES[0])
    verdict = _section(page, 'id="verdict-title"')
    steps = _section(page, 'id="next-title"')
    who = _section(page, 'id="lender-title"')
    for part in (verdict, steps, who):
        for word in LENDER_WORDS:
            assert word not in part, (word, part[:200])
    assert "收费方自己的渠道" in verdict
    assert "学校" in verdict and "学校" in who
    assert "未能识别" not in who and "没认出来" not in who


def test_the_api_reads_the_fixes(live_server) -> None:
    reports = check_api_labels(live_server.url, (
        (FAMILY_CHAT[0], "not_collection"), (DEBT_TOLD[0], "unlawful_threat"),
        (SCHOOL_FEES[0], "reminder"), (MASKED_RELAY[0], "aggressive"), (PLAIN_RELAY[0], "not_collection"),
        (LISTED[2], "unlawful_threat"), (SIGNED[0], "aggressive"), (ASKED[0], "aggressive"),
        (THREATENED[0], "unlawful_threat")))
    listed = reports[LISTED[2]]
    assert listed["reader"]["relation"] == "contact"
    assert "third_party_contact" in {f["kind"] for f in listed["findings"]}
