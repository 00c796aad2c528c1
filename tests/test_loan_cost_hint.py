"""analyzer/loan/hint.py: a message with a loan amount and a larger amount owed links to the loan-cost page."""
from __future__ import annotations

import re

import pytest

from analyzer.loan.hint import amount_value, loan_hint

AMOUNT = re.compile(r"[¥￥]?\d[\d,]*(?:\.\d+)?(?:万元|万|元|块)?")


def facts_of(text: str) -> list[dict]:
    """Amount facts the way the facts detector reports them (kind, value, start, end, text)."""
    return [{"kind": "amount", "value": m.group(0), "start": m.start(), "end": m.end(), "text": m.group(0)}
            for m in AMOUNT.finditer(text) if re.search(r"[元块万¥￥]", m.group(0))]


@pytest.mark.parametrize("text, expected", [
    ("【某某金融】您借款10000元已逾期30天，现欠款13,500元，请今日结清。",
     {"received": "10000", "payment": "13500", "count": "1"}),
    ("您在我平台借款1.2万元，应还金额15600元。", {"received": "12000", "payment": "15600", "count": "1"}),
    ("你借了5000块，到现在待还8800.50元", {"received": "5000", "payment": "8800.5", "count": "1"}),
], ids=["loan-then-owed", "wan", "informal"])
def test_loan_and_owed_give_parameters(text, expected):
    assert loan_hint(facts_of(text), text) == expected


@pytest.mark.parametrize("text", [
    "【招联金融】您今天应还1352.29元扣款失败，请17点前补足余额。",  # only what is owed
    "您借款10000元，应还5000元。",  # owed is not more than the loan
    "您的账户有10000元和13500元两笔记录。",  # no labels
    "",
], ids=["owed-only", "owed-smaller", "no-labels", "empty"])
def test_no_hint(text):
    assert loan_hint(facts_of(text), text) is None


def test_needs_the_text_for_labels():
    text = "您借款10000元，现欠款13500元"
    assert loan_hint(facts_of(text)) is None
    assert loan_hint([{"kind": "overdue_days", "value": "30", "start": 0, "end": 2, "text": "30"}], text) is None


@pytest.mark.parametrize("raw, value", [("¥1,352.29", 1352.29), ("1.2万元", 12000), ("5000块", 5000), ("元", None)])
def test_amount_value(raw, value):
    assert amount_value(raw) == value


def test_with_the_real_analyzer(analyzer):
    text = "【某某金融】您借款10000元已逾期30天，现欠款13500元，请今日结清。"
    report = analyzer.analyze(text).to_dict()
    assert loan_hint(report["facts"], report["text"]) == {"received": "10000", "payment": "13500", "count": "1"}
