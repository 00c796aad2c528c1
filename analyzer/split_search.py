"""speed35: a pattern asked only whether it matches, searched in parts when re cannot scan it by first character.

re skips ahead to the positions where a match can start only when every top-level branch of an alternation begins
with a literal (analyzer/firstchar.literal_first rewrites most patterns so). One branch it cannot rewrite (a clause
boundary, then up to eight characters of any kind: gate35's (^|[,。…])[^我,。…]{0,8}(房租|利息)…) leaves the whole
alternation unscanned, and re tries all its branches at every position of the message: PRIVATE_DEBT's 41 branches
cost about 70 µs a search once that branch joined them (warm, the 202 bench messages), about 2 µs split.

`AnySearch(source)` keeps the top-level branches literal_first can rewrite in one scanned pattern and searches each
other branch alone, only in a text holding one of its required characters (prefilter.required_chars: every match
holds one). An alternation matches a text where one of its branches does, so whether `search` finds a match is the
whole pattern's answer; the match it returns may be another than the whole pattern's leftmost one: use it only
where a match is asked for, never where it is or what it holds. A source it cannot split (no alternation, flags,
back-references) is compiled whole, as before. The split depends only on the source and this code, and is kept
between processes (knowledge/derived_cache.memo). No text is kept: `search` reads the text it is given, nothing else.
"""
from __future__ import annotations

import re
from re import _constants as C  # noqa: PLC2701 - the parser's opcodes, as analyzer/firstchar.py reads them
from re import _parser as P  # noqa: PLC2701

from analyzer import firstchar
from analyzer.prefilter import required_chars
from knowledge import derived_cache

_STAMP = derived_cache.source_hash(__file__, firstchar.__file__)


class AnySearch:
    """`search(text)`: a match where `source` matches somewhere in `text`, else None (see the module docstring).
    `pattern` and `flags` are the source's (prefilter.any_branch_keys reads them: the same gate as before)."""

    def __init__(self, source: str) -> None:
        self.pattern = source
        self.flags = re.UNICODE
        scanned, alone = derived_cache.memo("split_search.parts", _STAMP, source, _parts)
        self._scanned = derived_cache.compile(scanned) if scanned else None
        self._alone = tuple((frozenset(chars) if chars is not None else None, derived_cache.compile(part))
                            for part, chars in alone)

    def search(self, text: str) -> re.Match[str] | None:
        if self._scanned is not None:
            found = self._scanned.search(text)
            if found:
                return found
        for chars, part in self._alone:
            if chars is None or any(c in text for c in chars):
                found = part.search(text)
                if found:
                    return found
        return None


def _parts(source: str) -> tuple[str | None, list[tuple[str, frozenset[str] | None]]]:
    """The scanned pattern (literal_first of the branches it can rewrite) and the other branches, each with its
    required characters; (literal_first(source), []) when the source is not split."""
    whole = (firstchar.literal_first(source), [])
    try:
        parsed = P.parse(source)
        if parsed.state.flags & ~re.UNICODE or parsed.state.groupdict or "(?P=" in source:
            return whole
        seq = list(parsed)
        if len(seq) != 1 or seq[0][0] is not C.BRANCH:
            return whole
        scanned: list[str] = []
        alone: list[tuple[str, frozenset[str] | None]] = []
        for branch in seq[0][1][1]:
            part = firstchar.unparse(branch)
            if firstchar._branches(list(branch)) is not None:  # noqa: SLF001
                scanned.append(part)
            else:
                alone.append((part, required_chars(part)))
    except (firstchar._Unsupported,  # noqa: SLF001
            re.error, RecursionError):
        return whole
    if not alone or not scanned:
        return whole
    return firstchar.literal_first("|".join(scanned)), alone
