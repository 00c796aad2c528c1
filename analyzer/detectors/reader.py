"""Who reads the message: the borrower, or a third party (a contact, relative,
employer or guarantor) who does not owe the debt. Frames live in
knowledge/data/rules/reader.toml.

A frame may also say, as a rule does (analyzer/rules.py), what the message needs elsewhere (`requires`: every
pattern occurs outside a negated clause), what rules it out (`unless`: anywhere in the message, or around the
match for a lexicon class with a scope, such as {anti_scam}; `excludes`: in the match's clause) and whether a
negation before the match cancels it (`negatable`, true unless the frame says false).

A third party told about a debt is itself third-party contact (the finding message_to_third_party): the debt is
the message's (analyzer/debt_context.py) or, for a frame with `requires`, the words those require."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache

from analyzer import debt_disclosed
from analyzer.detectors.catalog import load as catalog
from analyzer.document import Document
from analyzer.firstchar import scanner
from analyzer.lexicon import load as load_lexicon
from analyzer.prefilter import Gates, GateIndex, gates
from analyzer.report import Finding, Reader
from analyzer.modality import Clauses, match_stands
from analyzer.spans import whole
from knowledge import derived_cache
from knowledge.errors import DataError
from knowledge.registry import DATA_DIR

FILE = "rules/reader.toml"
DISCLOSED = "threat.third_party_contact.message_to_third_party"
RELATIONS = ("contact", "relative", "employer", "guarantor")
FIELDS = {"id", "relation", "patterns", "must_match", "must_not_match", "requires", "unless", "excludes", "negatable"}
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
    gates: tuple[Gates, ...] = ()  # per pattern: the keys it cannot match without (analyzer/prefilter.py)
    requires: tuple[re.Pattern[str], ...] = ()  # each occurs somewhere in the message, outside a negated clause
    unless: re.Pattern[str] | None = None  # anywhere in the message: the frame does not apply
    unless_near: tuple[tuple[str, re.Pattern[str]], ...] = ()  # (lexicon scope, pattern): judged around the match
    excludes: tuple[re.Pattern[str], ...] = ()  # in the match's clause: the frame does not apply there
    negatable: bool = True  # a negation earlier in the clause cancels a match (and a required word)

    def holds(self, clauses: Clauses) -> bool:
        """The message has what the frame requires and nothing its message-wide `unless` names."""
        for req in self.requires:
            if not any(m.end() > m.start() and not (self.negatable and clauses.negated(clauses.text, m.start(), m.end()))
                       for m in scanner(req).finditer(clauses.text)):
                return False
        return self.unless is None or not scanner(self.unless).search(clauses.text)

    def stands(self, clauses: Clauses, start: int, end: int) -> bool:
        """No negation before the match in its clause (if negatable), no `excludes` in the clause and no scoped
        `unless` around it (the same test as for rules)."""
        return match_stands(clauses, start, end, self.negatable, self.excludes, self.unless_near)


@lru_cache(maxsize=1)
def _data() -> dict:
    try:
        return derived_cache.loads_toml((DATA_DIR / FILE).read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise DataError(FILE, "", f"not valid TOML: {exc}") from None


@lru_cache(maxsize=1)
def frames() -> tuple[ReaderFrame, ...]:
    return compile_frames(_data())


def compile_frames(data: dict) -> tuple[ReaderFrame, ...]:
    """The [[reader]] entries of reader.toml, validated (an error names the entry and the field) and compiled."""
    lex = load_lexicon()
    out = []
    for i, entry in enumerate(data.get("reader", [])):
        where = f"reader[{i}]"
        if entry.get("relation") not in RELATIONS:
            raise DataError(FILE, f"{where}.relation", f"must be one of {RELATIONS}")
        unknown = set(entry) - FIELDS
        if unknown:
            raise DataError(FILE, f"{where}.{sorted(unknown)[0]}", f"unknown field; a frame has {', '.join(sorted(FIELDS))}")
        for key in ("patterns", "must_match", "must_not_match"):
            value = entry.get(key)
            if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
                raise DataError(FILE, f"{where}.{key}", "needs a list of non-empty strings")
        if not isinstance(entry.get("negatable", True), bool):
            raise DataError(FILE, f"{where}.negatable", "must be true or false (no quotes)")
        for key in ("requires", "unless", "excludes"):
            value = entry.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise DataError(FILE, f"{where}.{key}", "must be a list of non-empty strings")

        def compiled(key: str, sources: list[str]) -> tuple[re.Pattern[str], ...]:
            try:
                return tuple(derived_cache.compile(lex.expand(p, FILE)) for p in sources)
            except re.error as exc:
                raise DataError(FILE, f"{where}.{key}", f"bad regular expression: {exc}") from None
        patterns = compiled("patterns", entry["patterns"])
        wide: list[str] = []
        near: dict[str, list[str]] = {}
        for item in entry.get("unless", []):
            for scope, p in lex.scoped(item):
                (near.setdefault(scope, []) if scope else wide).append(p)
        unless = compiled("unless", ["|".join(f"(?:{p})" for p in wide)])[0] if wide else None
        unless_near = tuple((scope, compiled("unless", ["|".join(f"(?:{p})" for p in ps)])[0])
                            for scope, ps in sorted(near.items()))
        out.append(ReaderFrame(str(entry.get("id")), entry["relation"], patterns,
                               tuple(entry["must_match"]), tuple(entry["must_not_match"]),
                               tuple(gates(p.pattern) for p in patterns),
                               requires=compiled("requires", entry.get("requires", [])),
                               unless=unless, unless_near=unless_near,
                               excludes=compiled("excludes", entry.get("excludes", [])),
                               negatable=entry.get("negatable", True)))
    return tuple(out)


@lru_cache(maxsize=1)
def _indexed() -> tuple[tuple[ReaderFrame, ...], GateIndex, tuple[tuple[int, int], ...]]:
    """The frames, their patterns indexed by the keys each cannot match without (analyzer/prefilter.py),
    and for each index item its (frame, pattern)."""
    all_frames = frames()
    owner = tuple((i, j) for i, frame in enumerate(all_frames) for j in range(len(frame.patterns)))
    return all_frames, GateIndex([all_frames[i].gates[j] for i, j in owner]), owner


def frame_index() -> GateIndex:
    """The reader frames' patterns, indexed (for the pipeline's prefilter.JointIndex)."""
    return _indexed()[1]


def detect(doc: Document, clauses: Clauses, about_debt: bool, items: list[int] | None = None) -> Reader:
    """The first third-party frame match that stands (not negated, its `requires` met, no `unless`) decides;
    otherwise borrower (debt talk) or unknown. `clauses`: the clauses of doc.f (shared with the rule engine);
    `items`: frame_index().candidates(doc.keys) when the caller has them (pipeline: a prefilter.JointIndex)."""
    best: tuple[int, ReaderFrame, re.Match[str]] | None = None
    all_frames, index, owner = _indexed()
    holds: dict[int, bool] = {}
    for item in index.candidates(doc.keys) if items is None else items:  # only the patterns that can match
        i, j = owner[item]
        frame = all_frames[i]
        for m in scanner(frame.patterns[j]).finditer(doc.f):  # same spans, found faster
            if m.end() > m.start() and frame.stands(clauses, m.start(), m.end()):
                if i not in holds:
                    holds[i] = frame.holds(clauses)
                if not holds[i]:
                    break
                if best is None or m.start() < best[0]:
                    best = (m.start(), frame, m)
                break
    if best is None:
        return Reader(role="borrower" if about_debt else "unknown")
    _, frame, m = best
    start, end = whole(doc.text, *doc.span(m.start(), m.end()))
    note = NOTE["guarantor"] if frame.relation == "guarantor" else NOTE["third_party"].format(who=RELATION_NAMES[frame.relation])
    return Reader(role="third_party", relation=frame.relation, rule_id=frame.id, start=start, end=end,
                  excerpt=doc.text[start:end], note=note)


def findings(doc: Document, reader: Reader, about_debt: bool, clauses: Clauses) -> list[Finding]:
    """A debt message written to someone other than the borrower is itself third-party contact:
    the collector tells a contact or relative about the debt (the frame is who is addressed, not
    a phrase). The debt is the message's, or the words the deciding frame `requires` (他欠我们的钱不还，
    你帮他还: no lender, no bill, but the frame itself asks for debt words). A guarantor may lawfully be asked to
    pay, so a message to one is not flagged. This is the only source of a finding that says the reader is not
    the borrower, so the finding and report.reader cannot disagree. fa32: only a message that tells the reader of
    the debt (someone owes, borrowed, is overdue) is a disclosure — asked only to pass on a callback or to help find
    the borrower, or addressed as a party to the debt (保证人, 抵押房产的共有人, 代扣承诺书), the reader is told
    nothing they may not hear (analyzer/debt_disclosed.py)."""
    if reader.role != "third_party" or reader.relation == "guarantor" or reader.start is None:
        return []
    if not about_debt and not any(f.requires for f in frames() if f.id == reader.rule_id):
        return []
    if not debt_disclosed.discloses(doc, clauses) or debt_disclosed.legal_party(doc):
        return []
    return [catalog()[DISCLOSED].make(doc.text, reader.start, reader.end)]


@dataclass(frozen=True)
class RelayReading:
    """reader.toml [relay_reader] (relay72): the pass-on rules whose finding says the reader is only asked to relay."""
    labels: frozenset[str]
    rule_ids: frozenset[str]
    note: str
    relations: tuple[tuple[str, re.Pattern[str]], ...]  # (relation, pattern on the folded text), first match wins
    unless: re.Pattern[str] | None  # on the folded text and as written: the reader is the one sought (请他转告你回电)
    requires: re.Pattern[str] | None = None  # on the folded text: something is asked of the reader (请, 麻烦, 转告)


@lru_cache(maxsize=1)
def relay_reading() -> RelayReading:
    table, where = _data().get("relay_reader"), "relay_reader"
    if not isinstance(table, dict):
        raise DataError(FILE, where, "missing table")
    for key in ("labels", "rule_ids"):
        if not isinstance(table.get(key), list) or not all(isinstance(v, str) and v for v in table[key]):
            raise DataError(FILE, f"{where}.{key}", "needs a list of non-empty strings")
    if not isinstance(table.get("note"), str) or not table["note"]:
        raise DataError(FILE, f"{where}.note", "needs the note written to the reader")
    lex, relations = load_lexicon(), []
    for i, entry in enumerate(table.get("relations", [])):
        if entry.get("relation") not in RELATIONS[:3] or not entry.get("patterns"):
            raise DataError(FILE, f"{where}.relations[{i}]", f"needs a relation in {RELATIONS[:3]} and patterns")
        try:
            relations += [(entry["relation"], derived_cache.compile(lex.expand(p, FILE))) for p in entry["patterns"]]
        except re.error as exc:
            raise DataError(FILE, f"{where}.relations[{i}].patterns", f"bad regular expression: {exc}") from None
    either: dict[str, re.Pattern[str] | None] = {}
    for key in ("unless", "requires"):
        try:
            either[key] = derived_cache.compile("|".join(f"(?:{lex.expand(p, FILE)})" for p in table[key])) \
                if table.get(key) else None
        except re.error as exc:
            raise DataError(FILE, f"{where}.{key}", f"bad regular expression: {exc}") from None
    return RelayReading(frozenset(table["labels"]), frozenset(table["rule_ids"]), table["note"], tuple(relations),
                        either["unless"], either["requires"])


def relay_finding(doc: Document, reader: Reader, findings: list[Finding] | tuple[Finding, ...],
                  label: str) -> Finding | None:
    """relay72: the first pass-on finding when the message only asks the reader to relay (a verdict of
    [relay_reader].labels, the debt not told: no message_to_third_party; not written to a guarantor or another party
    to the debt; nothing of [relay_reader].unless, which says the reader is the one sought; something asked of the
    reader, [relay_reader].requires), else None."""
    reading = relay_reading()
    if label not in reading.labels or reader.relation == "guarantor":
        return None
    relay = next((f for f in findings if reading.rule_ids.intersection(f.rule_ids)), None)
    if relay is None or any(DISCLOSED in f.rule_ids for f in findings):
        return None
    # (unless also on the text as written: the folded text leaves out a retelling's own words, 同学转给我的：“…”)
    if (reading.unless is not None and (reading.unless.search(doc.f) or reading.unless.search(doc.text))
            or debt_disclosed.legal_party(doc)):
        return None
    if reading.requires is not None and not reading.requires.search(doc.f):
        return None
    return relay


def for_relay(doc: Document, reader: Reader, findings: list[Finding], label: str) -> Reader:
    """relay72: the reader as the pass-on finding shows them — someone asked to relay a call-back, told no debt
    (reader.toml [relay_reader]). The reader frames' own third party keeps its frame and span, with the relay note;
    otherwise (no debt words: unknown) the reader is a third party on the finding's words. Findings and verdict are
    read, never changed."""
    relay = relay_finding(doc, reader, findings, label)
    if relay is None:
        return reader
    reading = relay_reading()
    if reader.role == "third_party":
        return replace(reader, note=reading.note)
    relation = next((r for r, p in reading.relations if p.search(doc.f)), "contact")
    return Reader(role="third_party", relation=relation, rule_id=relay.rule_id, start=relay.start, end=relay.end,
                  excerpt=relay.excerpt, note=reading.note)
