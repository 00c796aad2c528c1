"""Case mode: the night-time finding is about collecting an overdue debt (GB/T 45251—2025), as the single-message
analyzer has said since round 23 — a card statement or a reminder before the due date received at 22:30 is a bill.
Once a number has collected an overdue debt, its later messages at night count, with or without debt words."""
from __future__ import annotations

import pytest

from analyzer.case.analysis import analyze_import
from analyzer.case.importers import read_bytes
from analyzer.case.summary import message_views, summarize

T = 1764426600000  # 2025-11-29 22:30 Beijing time
XML = f"""<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<smses count="5">
  <sms address="95555" date="{T}" type="1" contact_name="(Unknown)" body="【招商银行】您尾号1234的信用卡本期账单金额3,256.00元，到期还款日12月08日，请按时还款。" />
  <sms address="10690000" date="{T + 600000}" type="1" contact_name="(Unknown)" body="【招联金融】您的借款将于明天到期，应还1,050元，请确保还款卡余额充足。" />
  <sms address="10690000" date="{T + 3600000}" type="1" contact_name="(Unknown)" body="【招联金融】您的借款已逾期3天，欠款1,050元，请尽快还款。" />
  <sms address="10690000" date="{T + 5400000}" type="1" contact_name="(Unknown)" body="【招联金融】今天之内处理一下，别等我们再打电话。" />
  <sms address="17100002222" date="{T + 1800000}" type="1" contact_name="别接" body="王先生，您好，请回个电话。" />
</smses>"""


@pytest.fixture(scope="module")
def case(analyzer):
    return analyze_import(read_bytes(XML.encode(), "xml"), title="夜间账单", analyzer=analyzer)


def _night(case, start: str) -> bool:
    views = message_views(case.messages)
    m = next(m for m in case.messages if m.text.startswith(start))
    kinds = [f["kind"] for f in views[m.seq]["findings"]]
    assert views[m.seq]["night"] == ("night_or_frequency" in kinds), kinds
    return views[m.seq]["night"]


def test_a_bill_at_night_is_not_night_time_collection(case):
    assert not _night(case, "【招商银行】")
    assert not _night(case, "【招联金融】您的借款将于明天到期")


def test_overdue_at_night_is(case):
    assert _night(case, "【招联金融】您的借款已逾期3天")


def test_the_same_number_keeps_counting_after_it_collected_an_overdue_debt(case):
    assert _night(case, "【招联金融】今天之内处理一下")


def test_a_number_marked_collector_counts_without_the_frame(case):
    assert _night(case, "王先生，您好，请回个电话")


def test_the_summary_counts_only_those(case):
    s = summarize(case.messages)
    nights = {m.text[:12] for m in case.messages if m.seq in s["night_messages"]}
    assert s["counts"]["night"] == 3, nights
