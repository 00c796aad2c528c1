"""Spot a message that states both the loan amount and the amount now demanded,
so the report can link to the loan-cost page with the numbers filled in.

Pure: works on the report's facts (dicts with kind, value, start, end, text)
and, for the words in front of each amount, the message text.
"""
from __future__ import annotations

import re
from typing import Any, Mapping, Sequence

# Words just before an amount that say what it is. The nearest one wins.
_LOAN = r"借款金额|借款本金|借款|借了|贷款金额|贷款|放款|到账|到手|本金|借"
_OWED = r"应还金额|应还|待还|需还|须还|欠款|欠|逾期金额|还款金额|应缴|共计|合计|总计|结清|还清"
_LABEL = re.compile(rf"(?P<loan>{_LOAN})|(?P<owed>{_OWED})")
_STOP = re.compile(r"[，。；！？,;!?\n]")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_WINDOW = 12


def amount_value(raw: str) -> float | None:
    """¥1,352.29 → 1352.29; 1.2万元 → 12000.0; None when there is no number."""
    m = _NUMBER.search(raw)
    if not m:
        return None
    value = float(m.group(0).replace(",", ""))
    return value * 10000 if "万" in raw[m.end():] else value


def _label(text: str, start: int) -> str | None:
    window = text[max(0, start - _WINDOW):start]
    stops = list(_STOP.finditer(window))
    if stops:
        window = window[stops[-1].end():]
    found = None
    for m in _LABEL.finditer(window):
        found = m.lastgroup
    return found


def loan_hint(facts: Sequence[Mapping[str, Any]], text: str = "") -> dict[str, str] | None:
    """Query parameters for /loan-cost (received, payment, count) when the message states
    a loan amount and a larger amount owed; otherwise None.

    `facts` are Report.to_dict()["facts"]; `text` is the message (Report.text).
    """
    loan = owed = None
    for fact in facts:
        if fact.get("kind") != "amount":
            continue
        value = amount_value(str(fact.get("value") or fact.get("text") or ""))
        if value is None or value <= 0:
            continue
        start = fact.get("start")
        label = _label(text, start) if text and isinstance(start, int) else None
        if label == "loan" and loan is None:
            loan = value
        elif label == "owed" and owed is None:
            owed = value
    if loan is None or owed is None or owed <= loan:
        return None
    return {"received": _plain(loan), "payment": _plain(owed), "count": "1"}


def _plain(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")
