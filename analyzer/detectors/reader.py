"""Who reads the message: the borrower, or a third party (a contact, relative,
employer or guarantor) who does not owe the debt. Frames live in
knowledge/data/rules/reader.toml."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from analyzer.detectors.catalog import load as catalog
from analyzer.document import Document
from analyzer.lexicon import load as load_lexicon
from analyzer.prefilter import required_chars
from analyzer.report import Finding, Reader
from knowledge.errors import DataError
from knowledge.registry import DATA_DIR

FILE = "rules/reader.toml"
RELATIONS = ("contact", "relative", "employer", "guarantor")
RELATION_NAMES = {"contact": "借款人的联系人或朋友", "relative": "借款人的亲属", "employer": "借款人的单位或领导",
                  "guarantor": "借款的担保人"}
NOTE = {
    "third_party": "这条短信像是发给借款人以外的人（{who}）的。如果你不是借款人，也没有签字担保，这笔钱不是你欠的，"
                   "你没有替人还款的义务，可以不理会催你转告、督促的要求；催收方把别人的欠款告诉你本身就不合规，可以投诉。",
    "guarantor": "这条短信是发给担保人的。担保人是否要承担责任，要看你是否真的签过担保合同、担保的方式和期间；"
                 "先要求对方出示你签字的合同，不要在核实前付款，也不要把钱转到个人账户。",
}


@dataclass(frozen=True)
class ReaderFrame:
    id: str
    relation: str
    patterns: tuple[re.Pattern[str], ...]
    must_match: tuple[str, ...]
    must_not_match: tuple[str, ...]
    # Per pattern: characters a match cannot do without (None: no prefilter), as for the rules.
    pattern_chars: tuple[frozenset[str] | None, ...] = ()


@lru_cache(maxsize=1)
def frames() -> tuple[ReaderFrame, ...]:
    try:
        data = tomllib.loads((DATA_DIR / FILE).read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise DataError(FILE, "", f"not valid TOML: {exc}") from None
    lex = load_lexicon()
    out = []
    for i, entry in enumerate(data.get("reader", [])):
        where = f"reader[{i}]"
        if entry.get("relation") not in RELATIONS:
            raise DataError(FILE, f"{where}.relation", f"must be one of {RELATIONS}")
        for key in ("patterns", "must_match", "must_not_match"):
            value = entry.get(key)
            if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
                raise DataError(FILE, f"{where}.{key}", "needs a list of non-empty strings")
        try:
            patterns = tuple(re.compile(lex.expand(p, FILE)) for p in entry["patterns"])
        except re.error as exc:
            raise DataError(FILE, f"{where}.patterns", f"bad regular expression: {exc}") from None
        out.append(ReaderFrame(str(entry.get("id")), entry["relation"], patterns,
                               tuple(entry["must_match"]), tuple(entry["must_not_match"]),
                               tuple(required_chars(p.pattern) for p in patterns)))
    return tuple(out)


def detect(doc: Document, negated, about_debt: bool) -> Reader:
    """The first third-party frame that is not negated decides; otherwise borrower (debt talk) or unknown."""
    best: tuple[int, ReaderFrame, re.Match[str]] | None = None
    chars = set(doc.f)
    for frame in frames():
        for pattern, needed in zip(frame.patterns, frame.pattern_chars):
            if needed is not None and chars.isdisjoint(needed):
                continue  # the message lacks every character this pattern needs
            for m in pattern.finditer(doc.f):
                if m.end() > m.start() and not negated(doc.f, m.start(), m.end()):
                    if best is None or m.start() < best[0]:
                        best = (m.start(), frame, m)
                    break
    if best is None:
        return Reader(role="borrower" if about_debt else "unknown")
    _, frame, m = best
    start, end = doc.span(m.start(), m.end())
    note = NOTE["guarantor"] if frame.relation == "guarantor" else NOTE["third_party"].format(who=RELATION_NAMES[frame.relation])
    return Reader(role="third_party", relation=frame.relation, rule_id=frame.id, start=start, end=end,
                  excerpt=doc.text[start:end], note=note)


def findings(doc: Document, reader: Reader, about_debt: bool) -> list[Finding]:
    """A debt message written to someone other than the borrower is itself third-party contact:
    the collector tells a contact or relative about the debt (the frame is who is addressed, not
    a phrase). A guarantor may lawfully be asked to pay, so a message to one is not flagged."""
    if reader.role != "third_party" or reader.relation == "guarantor" or not about_debt or reader.start is None:
        return []
    return [catalog()["threat.third_party_contact.message_to_third_party"].make(doc.text, reader.start, reader.end)]
