"""Which characters a pattern cannot match without: a cheap test that skips most
patterns on most messages.

A regex scan tries every position; a set-disjointness test on the message's
characters costs almost nothing. For each compiled rule pattern we derive, from
its parsed form, a set of characters such that every match contains at least one
of them (one character per required literal, the least common one). A message
that contains none of them cannot match, so the scan is skipped.
"""
from __future__ import annotations

from re import _constants as C  # noqa: PLC2701 - the parser's opcodes, stable across 3.11-3.13
from re import _parser as P  # noqa: PLC2701

# Characters so frequent in messages that they filter nothing.
_COMMON = frozenset("的了是你您我在有不人这将会要请已和到日月年元为及或与就也都对于从被把让给中上下内后前")
_MAX_CLASS = 16


def _best_char(word: str) -> str:
    for ch in word:
        if ch not in _COMMON:
            return ch
    return word[-1]


def _class_chars(items: list) -> set[str] | None:
    chars = set()
    for op, av in items:
        if op is not C.LITERAL:
            return None
        chars.add(chr(av))
    return chars if 0 < len(chars) <= _MAX_CLASS else None


def _required(seq) -> set[str] | None:
    """Strings of which every match contains at least one (None: no such set is known)."""
    candidates: list[set[str]] = []
    run = ""
    for op, av in seq:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if run:
            candidates.append({run})
            run = ""
        sub: set[str] | None = None
        if op is C.SUBPATTERN:
            sub = _required(av[-1])
        elif op is getattr(C, "ATOMIC_GROUP", None):
            sub = _required(av)
        elif op is C.BRANCH:
            parts = [_required(branch) for branch in av[1]]
            if all(p is not None for p in parts):
                sub = set().union(*parts)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            low, _high, inner = av
            if low >= 1:
                sub = _required(inner)
        elif op is C.IN:
            sub = _class_chars(av)
        if sub:
            candidates.append(sub)
    if run:
        candidates.append({run})
    if not candidates:
        return None
    # Fewest trigger characters, but a set holding a very common character (你, 请, 还…) filters
    # almost nothing however small it is: prefer sets without one.
    def cost(s: set[str]) -> tuple[int, int, int]:
        chars = {_best_char(w) for w in s}
        return (sum(ch in _COMMON for ch in chars) > 0, len(chars), -min(map(len, s)))

    return min(candidates, key=cost)


def required_chars(pattern: str) -> frozenset[str] | None:
    """One character per required literal; None when the pattern can match without any."""
    try:
        words = _required(P.parse(pattern))
    except Exception:  # an unparsable or unusual pattern simply gets no prefilter
        return None
    return frozenset(_best_char(w) for w in words) if words else None
