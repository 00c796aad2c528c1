"""Redaction before a case is saved or exported.

Removed: the borrower's name (entered by the volunteer) and names in greetings such as
尊敬的张先生; ID-card numbers; bank-card numbers; third parties' phone numbers. Masks
keep the last four digits and the length of what they replace, so every finding and
fact span still points at the same place and `excerpt == text[start:end]` still holds.

Whose phone number is a third party's: any personal number (mobile or fixed line)
quoted in a message that is not the sender of a message in the case; the senders are
the collectors and their numbers are the evidence. Service numbers (95xxx, 400/800,
106 ports, short codes) are kept.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from analyzer.case.model import Case, CaseMessage

_ID = re.compile(r"(?<![0-9A-Za-z])(?:\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])\d{3}[\dXx]"
                 r"|\d{8}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])\d{3})(?![0-9A-Za-z])")
_CARD = re.compile(r"(?<![\d])(?:\d[ -]?){14,}\d(?![\d])")  # 15+ digits: cards, IDs, account numbers
_PHONE = re.compile(r"(?<![\d])(?:(?:\+|00)?86[ -]?)?(?:1[3-9]\d[ -]?\d{4}[ -]?\d{4}|0\d{2,3}[ -]?\d{7,8})(?![\d])")
_TITLE = r"(?:先生|女士|小姐|同学|阿姨|大哥|大姐|老师)"
_GREETING = re.compile(r"(?:尊敬的|亲爱的|致|您好[，,]?|你好[，,]?)\s*(?P<name>(?![致尊亲])[\u4e00-\u9fff]{1,3}?)" + _TITLE
                       + r"|(?P<name2>[\u4e00-\u9fff]{1,3}?)" + _TITLE + r"(?=[，,：:！!\s]?(?:您好|你好))"
                       + r"|尊敬的(?P<name3>[\u4e00-\u9fff]{2,3})(?=[：:，,])")
_NOT_NAMES = {"客户", "用户", "会员", "借款人", "持卡人", "用", "客", "各位", "您", "你"}


@dataclass(frozen=True)
class Redactor:
    """Masks what is personal in one case. `names`: the borrower's name(s) the volunteer entered."""

    names: tuple[str, ...] = ()
    keep_numbers: frozenset[str] = frozenset()

    @classmethod
    def for_case(cls, case: Case, names: Iterable[str] = ()) -> "Redactor":
        keep = frozenset(_digits(m.sender) for m in case.messages if m.sender)
        clean = tuple(sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True))
        return cls(names=clean, keep_numbers=keep)

    def text(self, text: str) -> str:
        chars = list(text)
        for m in _ID.finditer(text):
            _mask_digits(chars, m.start(), m.end())
        for m in _CARD.finditer(text):
            _mask_digits(chars, m.start(), m.end())
        for m in _PHONE.finditer(text):
            digits = _digits(m.group())
            if digits[-11:] not in {k[-11:] for k in self.keep_numbers if k}:
                _mask_digits(chars, m.start(), m.end())
        for name in self.names:
            for m in re.finditer(re.escape(name), text):
                chars[m.start():m.end()] = "＊" * (m.end() - m.start())
        for m in _GREETING.finditer(text):
            group = next(g for g in ("name", "name2", "name3") if m.group(g) is not None)
            if m.group(group) not in _NOT_NAMES:
                chars[m.start(group):m.end(group)] = "＊" * (m.end(group) - m.start(group))
        return "".join(chars)

    def message(self, m: CaseMessage) -> CaseMessage:
        text = self.text(m.text)
        if m.analysis is None:
            return CaseMessage(m.seq, m.line, text, m.sender, m.received_at, m.direction, None)
        a = dict(m.analysis)
        a["findings"] = [_respan(f, text, "excerpt") for f in a["findings"]]
        a["facts"] = [_redact_fact(f, text, self) for f in a["facts"]]
        return CaseMessage(m.seq, m.line, text, m.sender, m.received_at, m.direction, a)

    def case(self, case: Case) -> Case:
        return case.with_(messages=tuple(self.message(m) for m in case.messages),
                          notes=self.text(case.notes), title=self.text(case.title), redacted=True)


def redact_case(case: Case, names: Iterable[str] = ()) -> Case:
    return Redactor.for_case(case, names).case(case)


def _digits(s: str | None) -> str:
    return re.sub(r"\D", "", s or "")


def _mask_digits(chars: list[str], start: int, end: int) -> None:
    """Replace every digit but the last four with *, keeping separators and length."""
    positions = [i for i in range(start, end) if chars[i].isdigit() or chars[i] in "Xx"]
    for i in positions[:-4]:
        chars[i] = "*"


def _respan(item: dict[str, Any], text: str, key: str) -> dict[str, Any]:
    out = dict(item)
    if isinstance(out.get("start"), int) and isinstance(out.get("end"), int) and out["end"] <= len(text):
        out[key] = text[out["start"]:out["end"]]
    return out


def _redact_fact(fact: dict[str, Any], text: str, r: Redactor) -> dict[str, Any]:
    out = _respan(fact, text, "text")
    out["value"] = r.text(str(out.get("value", "")))
    return out
