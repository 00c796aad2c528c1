"""Clause modality: is a match negated, future or conditional, or announced as done, judged inside its clause
(text between punctuation) from the lexicon's modality markers.

- negated: a negation or warning earlier in the clause ("请勿向个人账户转账", "我司不会上门");
- future: a future or conditional marker earlier in the clause ("否则将起诉", "如不还款就…"), or a condition in the
  clause before it across a comma ("不还的话，下周起诉");
- done: an "already" marker in the clause and no future marker ("已被正式立案").

Modality answers for one match in a text; Clauses (Modality.clauses(text)) answers for many matches in one text
with markers found once, and must answer as Modality does (tests/test_frames.py). match_stands is shared by the
rule engine (analyzer/rules.py) and the reader frames (analyzer/detectors/reader.py). Moved out of
analyzer/rules.py unchanged (round 21).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from analyzer.firstchar import scanner
from analyzer.lexicon import Lexicon
from knowledge import derived_cache

# A clause ends at these; negations and exclusions only look inside the clause.
_CLAUSE_END = derived_cache.compile(r"[,，。！!？?；;\n]")
_SENTENCE_END = derived_cache.compile(r"[。！!？?\n]")
# A condition carries into the next clause only across a comma (不还的话，下周起诉), never across a sentence end.
_CARRY_ACROSS = frozenset(",，")

# A clause is looked at up to this far either side of a match: modality markers sit next to
# their verb, and a bound keeps a 10,000-character message without punctuation linear.
CLAUSE_REACH = 80
SENTENCE_REACH = 160


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = start
    floor = max(0, start - CLAUSE_REACH)
    while left > floor and not _CLAUSE_END.match(text[left - 1]):
        left -= 1
    m = _CLAUSE_END.search(text, end, end + CLAUSE_REACH)
    return left, (m.start() if m else min(len(text), end + CLAUSE_REACH))


def _literal_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The words of a marker written as a plain alternation of literals ("不会|请勿|勿"), else None."""
    words = pattern.pattern.split("|")
    if pattern.flags & ~re.UNICODE or any(not w or re.escape(w) != w for w in words):
        return None
    return tuple(words)


class _Marker:
    """Where one modality marker occurs in a text, found once: for a plain alternation of words,
    the shortest word starting at each position (an overlapping scan) and, from each occurrence
    on, the earliest end of any later one (a suffix minimum). "A marker lies inside [lo, hi)" is
    then a bisect, exactly what pattern.search(text, lo, hi) answers. Markers that are not plain
    words fall back to that search."""

    __slots__ = ("pattern", "starts", "min_end")

    def __init__(self, pattern: re.Pattern[str], scan: re.Pattern[str] | None, text: str) -> None:
        self.pattern = pattern
        self.starts: list[int] | None = None
        self.min_end: list[int] = []
        if scan is None:
            return
        starts, ends = [], []
        for m in scan.finditer(text):
            starts.append(m.start())
            ends.append(m.end(m.lastindex))  # the word's end (see _overlapping_scan)
        for i in range(len(ends) - 2, -1, -1):
            if ends[i + 1] < ends[i]:
                ends[i] = ends[i + 1]
        self.starts, self.min_end = starts, ends

    def within(self, text: str, lo: int, hi: int) -> bool:
        if self.starts is None:
            return bool(self.pattern.search(text, lo, hi))
        i = bisect_left(self.starts, lo)
        return i < len(self.starts) and self.min_end[i] <= hi


class Clauses:
    """Clause boundaries and modality markers of one text, computed once per Document, so that
    judging every match costs two bisects however many matches share a long clause (clause_bounds
    walked back char by char and each marker was searched again over the clause for every match)."""

    def __init__(self, modality: "Modality", text: str) -> None:
        self.modality = modality
        self.text = text
        # Built on first use (most messages have no match to judge, so no clause to find):
        self._ends: list[int] | None = None
        self._negation_text: str | None = None
        self._markers: dict[str, _Marker] = {}
        self._done_text: str | None = None
        self._sentence_ends: list[int] | None = None

    @property
    def ends(self) -> list[int]:
        """Where clauses end (_CLAUSE_END)."""
        ends = self._ends
        if ends is None:
            ends = self._ends = [m.start() for m in _CLAUSE_END.finditer(self.text)]
        return ends

    @property
    def negation_text(self) -> str:
        """The text with its condition phrases blanked (Modality.unconditioned), where negations are looked for."""
        text = self._negation_text
        if text is None:
            text = self._negation_text = self.modality.unconditioned(self.text)
        return text

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around a match, at most SENTENCE_REACH either side (linear on text without stops)."""
        if self._sentence_ends is None:
            self._sentence_ends = [m.start() for m in _SENTENCE_END.finditer(self.text)]
        ends = self._sentence_ends
        i = bisect_left(ends, start) - 1
        left = min(start, max(start - SENTENCE_REACH, ends[i] + 1 if i >= 0 else 0))
        j = bisect_left(ends, end)
        right = ends[j] if j < len(ends) else len(self.text)
        return left, max(end, min(right, end + SENTENCE_REACH))

    def near(self, scope: str, start: int, end: int) -> tuple[int, int]:
        """Where an `unless` of this lexicon scope (analyzer/lexicon.py) is looked for around a match."""
        if scope == "sentence":
            return self.sentence(start, end)
        left, right = self.bounds(start, end)
        return (left, end) if scope == "lead" else (left, right)

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """The same answer as clause_bounds(text, start, end)."""
        ends = self._ends
        if ends is None:
            ends = self.ends
        i = bisect_left(ends, start) - 1
        left = max(start - CLAUSE_REACH, 0, ends[i] + 1 if i >= 0 else 0)
        left = min(left, start)
        j = bisect_left(ends, end)
        if j < len(ends) and ends[j] < end + CLAUSE_REACH:
            return left, ends[j]
        return left, min(len(self.text), end + CLAUSE_REACH)

    def _marker(self, name: str) -> _Marker:
        marker = self._markers.get(name)
        if marker is None:
            pattern, scan = self.modality.markers[name]
            marker = self._markers[name] = _Marker(pattern, scan, self._marked_text(name))
        return marker

    def _marked_text(self, name: str) -> str:
        if name in ("negation", "denial"):
            return self.negation_text
        if name == "done":
            if self._done_text is None:  # built only for messages where a rule asks for @done
                self._done_text = self.modality.unstated(self.text)
            return self._done_text
        return self.text

    def negated(self, text: str, start: int, end: int) -> bool:
        left, _ = self.bounds(start, end)
        negation_text = self._negation_text or self.negation_text
        if self._marker("negation").within(negation_text, left, start):
            return True
        # fix54: a denial of saying or planning may sit inside the match, before its step (我们从来没说过要起诉你)
        return self.modality.denial is not None and self._marker("denial").within(negation_text, left, end)

    def future_or_conditional(self, start: int, end: int) -> bool:
        left, _ = self.bounds(start, end)
        return self._marker("future").within(self.text, left, start)

    def announced_done(self, start: int, end: int) -> bool:
        left, _ = self.bounds(start, end)
        return self._marker("done").within(self._marked_text("done"), left, end) and not self.future_or_conditional(start, end)

    def carried_condition(self, start: int, end: int) -> bool:
        """The clause before this one, across a comma, states the borrower's condition (你那个欠款不还的话，下周公司
        统一起诉): the step in this clause is conditional too (Modality.carried_condition)."""
        carry = self.modality.carry
        if carry is None:
            return False
        left, _ = self.bounds(start, end)
        if left == 0 or self.text[left - 1] not in _CARRY_ACROSS:
            return False
        prev_left, _ = self.bounds(left - 1, left - 1)
        return bool(carry.search(self.text, prev_left, left - 1))

    def holds(self, mode: str, start: int, end: int) -> bool:
        if mode == "@done":
            return self.announced_done(start, end)
        return self.future_or_conditional(start, end) or self.carried_condition(start, end)


def _overlapping_scan(words: tuple[str, ...]) -> re.Pattern[str]:
    """A scan reporting, at every position where a word starts, the shortest word there: the match starts
    at the word and its last group ends with it (m.end(m.lastindex)). Written as one branch per first
    character, c(?=(tail|tail…)), shortest word first within each, rather than as (?=(word|word…)): the
    same positions and words, but re skips ahead to the first characters instead of trying the look-ahead
    at every position (2 µs a message for the negation markers)."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(words, key=len):
        by_first.setdefault(word[0], []).append(word[1:])
    return derived_cache.compile("|".join(re.escape(first) + "(?=(" + "|".join(map(re.escape, tails)) + "))"
                               for first, tails in by_first.items()))


class Modality:
    """Clause modality checks (the lexicon's negation/done/future markers). The methods taking
    a text answer for one match; Modality.clauses(text) answers for many matches in one text."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.negation = lexicon.modality["negation"]
        self.done = lexicon.modality["done"]
        self.future = lexicon.modality["future"]
        self.condition = lexicon.modality.get("condition")
        self.done_state = lexicon.modality.get("done_state")
        self.carry = lexicon.modality.get("carry")
        # fix54: a denied saying or plan (没说过要, 谁说要) denies the step after it, even inside the match
        self.denial = lexicon.modality.get("denial")
        self.markers: dict[str, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}
        named = (("negation", self.negation), ("done", self.done), ("future", self.future), ("denial", self.denial))
        for name, pattern in ((n, p) for n, p in named if p is not None):
            words = _literal_words(pattern)
            scan = _overlapping_scan(words) if words else None
            self.markers[name] = (pattern, scan)

    def clauses(self, text: str) -> Clauses:
        return Clauses(self, text)

    def unconditioned(self, text: str) -> str:
        """The text with the first character of every condition phrase ("拒绝还款", "没有按时")
        blanked, so that a negation word there does not negate what follows: "如果你拒绝还款我们就
        联系你家人" threatens. Same length, so positions do not move."""
        if self.condition is None:
            return text
        return self.condition.sub(lambda m: "\x00" + m.group(0)[1:], text)

    def unstated(self, text: str) -> str:
        """The text with every done_state phrase ("已逾期", "已经到期", "现已欠款") blanked, so that its 已
        does not count as a step announced as done: "您的借款已逾期，起诉前…" announces no suit, while
        "已逾期，现已立案" still does. Same length, so positions do not move."""
        if self.done_state is None:
            return text
        return self.done_state.sub(lambda m: "\x00" * len(m.group(0)), text)

    def negated(self, text: str, start: int, end: int) -> bool:
        left, _ = clause_bounds(text, start, end)
        unconditioned = self.unconditioned(text)
        if self.negation.search(unconditioned, left, start):
            return True
        return self.denial is not None and bool(self.denial.search(unconditioned, left, end))

    def future_or_conditional(self, text: str, start: int, end: int) -> bool:
        left, _ = clause_bounds(text, start, end)
        return bool(self.future.search(text, left, start))

    def announced_done(self, text: str, start: int, end: int) -> bool:
        left, _ = clause_bounds(text, start, end)
        return bool(self.done.search(self.unstated(text), left, end)) and not self.future_or_conditional(text, start, end)

    def carried_condition(self, text: str, start: int, end: int) -> bool:
        """The clause before the match's clause, across a comma, holds a condition marker (lexicon modality.carry):
        "不还的话，下周起诉" makes the second clause conditional. Only @future asks this; a step announced as done
        after a condition (不还是吧，已经给你立案了) stays done."""
        if self.carry is None:
            return False
        left, _ = clause_bounds(text, start, end)
        if left == 0 or text[left - 1] not in _CARRY_ACROSS:
            return False
        prev_left, _ = clause_bounds(text, left - 1, left - 1)
        return bool(self.carry.search(text, prev_left, left - 1))

    def holds(self, mode: str, text: str, start: int, end: int) -> bool:
        if mode == "@done":
            return self.announced_done(text, start, end)
        return self.future_or_conditional(text, start, end) or self.carried_condition(text, start, end)


def match_stands(clauses: Clauses, start: int, end: int, negatable: bool, excludes, unless_near) -> bool:
    """No negation before the match in its clause (if `negatable`), none of `excludes` in its clause, and no
    scoped `unless` around it. Shared by rules and the reader frames (analyzer/detectors/reader.py)."""
    if negatable and clauses.negated(clauses.text, start, end):
        return False
    if excludes:
        left, right = clauses.bounds(start, end)
        if any(scanner(x).search(clauses.text, left, right) for x in excludes):
            return False
    for scope, pattern in unless_near:
        left, right = clauses.near(scope, start, end)
        if scanner(pattern).search(clauses.text, left, right):
            return False
    return True
