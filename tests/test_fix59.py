"""fix59 (PREREG_round45: the integrator's narrow bug fixes from round 44's notes, rules 1–2).

1. The writer owes the reader and promises to repay (我借你的两千块下周还你): no demand on the reader → not_collection
   (analyzer/debt_private._SENDER_REPAYS); "你借我的两千块下周记得还我" stays a reminder.
2. Praise cancels the exposure frame only where it is about the photo (照片发群里了，大家都说拍得不错); "…大家都说不错，
   不还钱就继续发" is exposure (fnine_lever in the unless of threat.t30.exposure.private_data_published).
3. A reader the borrower only listed as a contact (您被何某填写为担保联系人 / 您被张某填写为紧急联系人) is no guarantor:
   no guarantor pressure finding, no contract-party frame taking the third-party finding out (fnine_listed_only,
   knowledge/data/rules/zz_fix59.toml); "您作为何某借款的担保人" stays a guarantor.
4. The reader's own question after a retelling (催收说要起诉我。起诉了会坐牢吗？) is no criminal threat (fnine_asked_self in
   the excludes of threat.false_criminal.punishment and threat.scheme.false_criminal.criminal_consequence);
   "不还钱就让你坐牢" still fires.

The messages are written for these tests (names, sums and places made up); none comes from a data file.
"""
from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.debt_context import debt_kind
from analyzer.debt_private import SENDER_REPAYS
from analyzer.document import parse
from verdict_cases import check_api_labels, check_message

GUARANTOR_RULES = {"aggr17.surety.called_on", "aggr26.guarantor.liability_demand", "aggr35.guarantor.liability_pressed"}
CRIMINAL_RULES = {"threat.false_criminal.punishment", "threat.scheme.false_criminal.criminal_consequence"}


# ---------- 1. the writer repays the reader ----------

WRITER_REPAYS = [
    "我借你的两千块下周还你",
    "我借你的两千块，下周发了工资就还你，别急哈",
    "阿杰，我借你那三千块月底转你，这几天手头实在紧",
    "上次借你的钱我月底一定还",
]
READER_OWES = [
    "你借我的两千块下周记得还我",
    "我借你的两千块你下周还我，我这边也等着用",
]


@pytest.mark.parametrize("text", WRITER_REPAYS)
def test_the_writers_own_repayment_is_no_demand(text: str) -> None:
    check_message(text, label="not_collection")
    assert debt_kind(parse(text, None, None)) is None, text


@pytest.mark.parametrize("text", READER_OWES)
def test_money_asked_back_stays_a_reminder(text: str) -> None:
    assert SENDER_REPAYS.search(parse(text, None, None).f) is None, text
    check_message(text, label="reminder")


# ---------- 2. praise about the photo, or a lever ----------

PRAISED = [
    "照片发群里了，大家都说拍得不错",
    "王姐，你的照片我发到朋友圈了，大家都说好看！",
]
PRAISE_WITH_LEVER = [
    "你的照片我发到网上了，大家都说不错，不还钱就继续发",
    "你的照片已经发到网上了，大伙都说拍得不错，再不还钱就接着发",
]


@pytest.mark.parametrize("text", PRAISED)
def test_praise_of_the_photo_is_no_exposure(text: str) -> None:
    check_message(text, label="not_collection", kinds_out=["exposure_threat"])


@pytest.mark.parametrize("text", PRAISE_WITH_LEVER)
def test_praise_beside_a_lever_is_exposure(text: str) -> None:
    check_message(text, label="unlawful_threat", rules_in=["threat.t30.exposure.private_data_published"])


# ---------- 3. listed as a contact, not a guarantor ----------

LISTED = [
    "您好，您被何某填写为担保联系人，何某在我司的欠款已逾期90天，担保人需承担连带还款责任，请督促其尽快还款。",
    "您被张某填写为紧急联系人，张某的借款已逾期，担保人需承担连带还款责任，请今天之内督促他还清。",
    "【某某分期】何某借款时将您填写为担保联系人，现已逾期两个月，根据规定担保人需代为偿还，请尽快处理。",
]
SIGNED = [
    "您好，您作为何某借款的担保人，何某欠款已逾期，担保人需承担连带还款责任，请督促其还款。",
    "【某农商银行】赵**您好：您是借款人孙某经营贷款的保证人，贷款已逾期45天，请您尽快履行保证责任。",
]


@pytest.mark.parametrize("text", LISTED)
def test_a_listed_contact_is_no_guarantor(text: str) -> None:
    report = check_message(text, label="unlawful_threat", kinds_in=["third_party_contact"], rules_out=GUARANTOR_RULES)
    assert report.reader.relation != "guarantor", text


@pytest.mark.parametrize("text", SIGNED)
def test_a_signed_guarantor_stays_one(text: str) -> None:
    check_message(text, label="aggressive", kinds_out=["third_party_contact"], rules_any=GUARANTOR_RULES)


def test_the_guarantor_frame_still_reads_a_guarantor() -> None:
    assert analyze(SIGNED[0]).reader.relation == "guarantor"


# ---------- 4. the reader's own question ----------

ASKED = [
    "催收说要起诉我。起诉了会坐牢吗？",
    "网贷逾期了，催收说要起诉，会不会坐牢？",
    "逾期了，催收天天打电话说要告我，会坐牢吗？",
]
THREATENED = [
    "不还钱就让你坐牢",
    "你知道欠钱不还会坐牢吗？今天不还明天就有人来抓你",
    "欠钱不还，你想坐牢吗？",
    "催收说不还就让我坐牢，真的会坐牢吗？",
]


@pytest.mark.parametrize("text", ASKED)
def test_the_readers_question_is_no_criminal_threat(text: str) -> None:
    check_message(text, not_label="unlawful_threat", kinds_out=["false_criminal_threat"], rules_out=CRIMINAL_RULES)


@pytest.mark.parametrize("text", THREATENED)
def test_a_prison_threat_still_fires(text: str) -> None:
    check_message(text, label="unlawful_threat", kinds_in=["false_criminal_threat"])


# ---------- one real request ----------

def test_the_api_reads_the_fixes(live_server) -> None:
    reports = check_api_labels(live_server.url, (
        (WRITER_REPAYS[0], "not_collection"), (READER_OWES[0], "reminder"),
        (PRAISE_WITH_LEVER[0], "unlawful_threat"), (LISTED[0], "unlawful_threat"), (ASKED[0], "aggressive")))
    listed = reports[LISTED[0]]
    assert listed["reader"]["relation"] == "contact"
    assert "third_party_contact" in {f["kind"] for f in listed["findings"]}
