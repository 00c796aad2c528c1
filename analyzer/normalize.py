"""Text folding that keeps a map back to original offsets.

Collectors dodge keyword filters with full-width letters, Traditional
characters and separators between characters ("逾 期", "催*收", "上.门").
Matching runs on the folded text; every folded character remembers the
offset of the original character it came from, so findings can point at
the words the user actually received.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from knowledge.registry import traditional_map

# Characters that carry no meaning and are dropped wherever they appear.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u180e")
# Characters that are dropped only when they sit between two CJK characters:
# there they are almost always inserted to break up a filtered word.
_SEPARATORS = frozenset(" \t*-_.·•|/\\~^`'\"+#=、…")


@lru_cache(maxsize=4096)
def _is_separator(ch: str) -> bool:
    # Symbols and emoji (So/Sk) are inserted between characters to dodge filters too.
    return ch in _SEPARATORS or ch.isspace() or unicodedata.category(ch) in ("So", "Sk", "Co")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    folded = "".join(traditional_map().get(c, c) for c in folded)
    return folded.lower()


@dataclass(frozen=True)
class FoldedText:
    """Folded text plus, for each folded character, its original offset."""

    text: str
    origin: tuple[int, ...]
    original: str = ""

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded [start, end) span back to the original text."""
        if end <= start:
            pos = self.origin[start] if start < len(self.origin) else (self.origin[-1] + 1 if self.origin else 0)
            return pos, pos
        return self.origin[start], self.origin[end - 1] + 1




# Latin letters next to a CJK character: the only place a word spelled partly in pinyin can be.
_MIXED = re.compile(r"[a-z][\u4e00-\u9fff]|[\u4e00-\u9fff][a-z]")


@lru_cache(maxsize=1)
def _pinyin() -> tuple[re.Pattern[str], dict[str, tuple[str, tuple[int, ...]]]]:
    from analyzer.lexicon import pinyin_table, trie_pattern  # noqa: PLC0415 - loaded once, on first use

    table = pinyin_table()
    # A pinyin piece at either end must not run on into more Latin letters ("xiajia人" is not "家人").
    pattern = re.compile(r"(?<![a-z])(?:" + trie_pattern(sorted(table)) + r")(?![a-z])") if table else re.compile(r"(?!)")
    return pattern, table


def _depinyin(text: str, origin: tuple[int, ...]) -> tuple[str, tuple[int, ...]]:
    """Restore words written partly in pinyin ("tong讯录" -> 通讯录); a restored character keeps the
    offset of the first letter of its syllable."""
    if not _MIXED.search(text):
        return text, origin
    pattern, table = _pinyin()
    out: list[str] = []
    where: list[int] = []
    last = 0
    for m in pattern.finditer(text):
        word, lengths = table[m.group(0)]
        out.append(text[last:m.start()])
        where.extend(origin[last:m.start()])
        pos = m.start()
        for ch, length in zip(word, lengths):
            out.append(ch)
            where.append(origin[pos])
            pos += length
        last = m.end()
    if not last:
        return text, origin
    out.append(text[last:])
    where.extend(origin[last:])
    return "".join(out), tuple(where)


def fold(text: str) -> FoldedText:
    """Fold text for matching: NFKC, lower case, Traditional→Simplified, no separators."""
    pieces = [_fold_char(ch) if ch not in _INVISIBLE else "" for ch in text]
    if all(len(p) == 1 for p in pieces):
        chars = pieces
        origin: list[int] | range = range(len(text))
    else:
        chars, origin = [], []
        for i, piece in enumerate(pieces):
            for out in piece:
                chars.append(out)
                origin.append(i)
    # Drop short runs of separators that sit between CJK characters.
    n = len(chars)
    drop: list[int] = []
    i = 0
    while i < n:
        if _is_separator(chars[i]):
            j = i + 1
            while j < n and _is_separator(chars[j]):
                j += 1
            if i > 0 and j < n and j - i <= 3 and _is_cjk(chars[i - 1]) and _is_cjk(chars[j]):
                drop.extend(range(i, j))
            i = j
        else:
            i += 1
    if not drop:
        return FoldedText(*_depinyin("".join(chars), tuple(origin)), text)
    dropped = set(drop)
    keep = [k for k in range(n) if k not in dropped]
    return FoldedText(*_depinyin("".join(chars[k] for k in keep), tuple(origin[k] for k in keep)), text)
