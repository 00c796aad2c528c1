"""A regular expression compiled the first time something uses it.

Start-up used to compile every rule pattern (over 1,500 with exclusions), about half of a cold
`cuishou analyze`, although the prefilter lets a message scan about ten of them, and those
through firstchar.scanner's rewrite, not the pattern as written. A LazyPattern keeps the source
(and the flags, when a parse already found them) and compiles on first use; servers and batch
workers call Analyzer.warm() to compile everything before the first request, as before.
"""
from __future__ import annotations

import re
from typing import Any

from knowledge import derived_cache


def _may_set_flags(source: str) -> bool:
    """Whether the source may hold an inline flag group, (?i) or (?i:…) (an escaped "\\(?i" is
    also counted, which only costs a compile). Not a regex: the analyzer's regexes are all timed."""
    at = source.find("(?")
    while at != -1:
        if source[at + 2:at + 3] in ("a", "i", "L", "m", "s", "u", "x", "-"):
            return True
        at = source.find("(?", at + 2)
    return False


class LazyPattern:
    """Stands in for re.compile(source): the same `pattern`, `flags` and methods."""

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, source: str, flags: int | None = None, compiled: re.Pattern[str] | None = None) -> None:
        self.pattern = source
        self._compiled = compiled
        if compiled is not None:
            flags = compiled.flags
        elif flags is None:  # not parsed: without an inline flag, re.compile(source).flags is re.UNICODE
            flags = int(re.UNICODE) if not _may_set_flags(source) else self.compiled().flags
        # A plain attribute, as fast to read as re.Pattern's: scanner() reads it for every scan.
        self.flags = flags

    def compiled(self) -> re.Pattern[str]:
        found = self._compiled
        if found is None:  # two threads may both compile: the same pattern, either one is kept
            found = self._compiled = derived_cache.compile(self.pattern)
        return found

    @property
    def is_compiled(self) -> bool:
        return self._compiled is not None

    def search(self, *args: Any) -> re.Match[str] | None:
        return self.compiled().search(*args)

    def match(self, *args: Any) -> re.Match[str] | None:
        return self.compiled().match(*args)

    def fullmatch(self, *args: Any) -> re.Match[str] | None:
        return self.compiled().fullmatch(*args)

    def finditer(self, *args: Any):
        return self.compiled().finditer(*args)

    def findall(self, *args: Any) -> list[Any]:
        return self.compiled().findall(*args)

    def sub(self, *args: Any) -> str:
        return self.compiled().sub(*args)

    def __getattr__(self, name: str) -> Any:  # groups, groupindex, split, subn, scanner
        return getattr(self.compiled(), name)

    def __reduce__(self) -> tuple[Any, ...]:
        return LazyPattern, (self.pattern, self.flags)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (LazyPattern, re.Pattern)):
            return self.pattern == other.pattern and self.flags == other.flags
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.pattern)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"
