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
from dataclasses import dataclass, field
from functools import lru_cache

from analyzer.firstchar import literal_first
from analyzer.obfuscation import (drop_inserted, inserted_keys, restore_homophones, restore_initial_letter,
                                  restore_letter_words, restore_lookalikes)
from analyzer.pauses import _spoken_pauses, _wrap_breaks
from analyzer.pinyin import _LATIN, _LATIN_KEYS, _depinyin
from analyzer.prefilter import any_branch_keys, text_keys
from analyzer.regional import _regionalize
from knowledge import derived_cache
from knowledge.registry import traditional_map

# Characters that carry no meaning and are dropped wherever they appear.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u180e")
# Characters that are dropped only when they sit between two CJK characters:
# there they are almost always inserted to break up a filtered word.
_SEPARATORS = frozenset(" \t*-_.·•|/\\~^`'\"+#=、…")


@lru_cache(maxsize=4096)
def _is_separator(ch: str) -> bool:
    # Symbols and emoji (So/Sk) are inserted between characters to dodge filters too, except those that carry a threat
    # themselves (lexicon.toml violence_emoji: 去你家门口🔪🔪等你).
    from analyzer.lexicon import kept_symbols  # noqa: PLC0415  (lexicon reads data files; imported on first use)

    return ch in _SEPARATORS or ch.isspace() or (unicodedata.category(ch) in ("So", "Sk", "Co") and ch not in kept_symbols())


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
    # speed20b: text's prefilter keys (prefilter.text_keys), when fold built them on the way (Document.keys reads them)
    keys: set[str] | None = field(default=None, compare=False, repr=False)
    # evade29: original offsets of characters folded into the character before them ("亻尔" -> 你: the 尔): a span ending
    # on that character takes them in
    joined: frozenset[int] = field(default=frozenset(), compare=False, repr=False)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded [start, end) span back to the original text."""
        if end <= start:
            pos = self.origin[start] if start < len(self.origin) else (self.origin[-1] + 1 if self.origin else 0)
            return pos, pos
        stop = self.origin[end - 1] + 1
        # A character restored from letters ("hk" -> 还款, "shangmen" -> 上门) sits on one of them: the span
        # takes in the rest of the letters it was written as.
        if _is_cjk(self.text[end - 1]) and self.original[stop - 1:stop].isascii() and self.original[stop - 1:stop].isalpha():
            while self.original[stop:stop + 1].isascii() and self.original[stop:stop + 1].isalpha():
                stop += 1
        while stop in self.joined:
            stop += 1
        return self.origin[start], stop




class _FoldTable(dict):
    """str.translate table filled on first sight of each character: code point -> folded string."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        out = "" if ch in _INVISIBLE else _fold_char(ch)
        if len(out) != 1:
            _IRREGULAR.add(ch)
        self[code] = out
        return out


_TABLE = _FoldTable()
_TABLE_LIMIT = 65_536  # distinct characters kept; an input of many rare characters cannot grow it without end
# Characters that fold to zero or several characters (never forgotten: a few thousand at most).
_IRREGULAR: set[str] = set()
# speed21: whether a text holds one of them, asked with a character class: set.isdisjoint over a str makes a string
# object of each character it hashes (18.5K instructions a bench message, the class 1-3K). The class is rebuilt when
# the set has grown (each character seen once folds once), up to _IRREGULAR_CLASS_MAX characters; past that, the set.
_IRREGULAR_CLASS_MAX = 1024
_irregular_class: tuple[int, re.Pattern[str] | None] = (0, derived_cache.compile(r"(?!)"))


def _has_irregular(text: str) -> bool:
    global _irregular_class  # noqa: PLW0603 - one (size, pattern) pair, replaced whole (safe across threads)
    size, pattern = _irregular_class
    if size != len(_IRREGULAR):
        chars = sorted(_IRREGULAR)
        pattern = derived_cache.compile("[" + "".join(map(re.escape, chars)) + "]") if len(chars) <= _IRREGULAR_CLASS_MAX else None
        _irregular_class = (len(chars), pattern)
    return not _IRREGULAR.isdisjoint(text) if pattern is None else pattern.search(text) is not None
# A short run of non-CJK characters between two CJK characters: the only place separators are dropped.
_CJK = "\u4e00-\u9fff\u3400-\u4dbf"
# Punctuation, digits and letters are never separators: a gap holding one is not even looked at.
_NEVER_SEPARATOR = ",!?:;()，。！？：；“”‘’（）《》【】「」0-9a-z"
_GAP_CHAR = f"[^{_CJK}{_NEVER_SEPARATOR}]"
# (?<=[CJK])GAP{1,3}(?=[CJK]), written to start with the gap character so that re skips ahead to one.
_GAP = derived_cache.compile(f"{_GAP_CHAR}(?<=[{_CJK}]{_GAP_CHAR}){_GAP_CHAR}{{0,2}}(?=[{_CJK}])")


# Number masks a corpus writes in place of every digit run (the NUS SMS Corpus: "刷卡购物 <#> 元"). They are read
# as the masks rules already know ("xxx"), each letter keeping the offset of a character of the mask.
_NUMBER_MASK = "<#>"


def _unmask(text: str, origin: tuple[int, ...]) -> tuple[str, tuple[int, ...]]:
    if _NUMBER_MASK not in text:
        return text, origin
    return text.replace(_NUMBER_MASK, "xxx"), origin  # same length: every offset stays where it was


# A thousands separator inside an amount (5,000元, 18,302.55元; para14 cause E, UNSEAL_para14.md) is dropped: rules'
# gaps stop at a comma ([^,。!?;\n]), so "交5,000元和解金到律师个人账户" read as two clauses.
# (speed21: through literal_first, the same matches, so that re skips ahead to a comma instead of trying the
# look-behind at every position; 11.0K -> 5.0K instructions a bench message)
_GROUPING = derived_cache.compile(literal_first(r"(?<=\d),(?=\d{3}(?!\d))"))


def _ungroup(text: str, origin: tuple[int, ...]) -> tuple[str, tuple[int, ...]]:
    if "," not in text:
        return text, origin
    cuts = [m.start() for m in _GROUPING.finditer(text)]
    if not cuts:
        return text, origin
    drop = set(cuts)
    return "".join(c for i, c in enumerate(text) if i not in drop), tuple(o for i, o in enumerate(origin) if i not in drop)


@lru_cache(maxsize=1)
def _homophone_keys() -> frozenset[str] | None:
    """speed20b: keys one of which every [homophones] word holds (met in about a tenth of messages)."""
    from analyzer.obfuscation import homophones_pattern  # noqa: PLC0415 - built on first use

    return any_branch_keys(homophones_pattern())


def _restore(text: str, origin: tuple[int, ...], original: str, keys: set[str] | None = None) -> tuple[str, tuple[int, ...]]:
    """Words written to dodge filters (analyzer/obfuscation.py), read after pinyin pieces are restored. `keys`: text's
    text_keys, when known. (speed20b: the steps for Latin letters run only on a text holding one, the homophones only on a text
    holding one of their keys; once a step has changed the text, every later step runs, as it decides for itself.)"""
    start = text
    # (speed21: with the keys, whether a Latin letter is in the text and whether a letter or digit follows a character an
    # [inserted] word has before a gap are set tests, where each was a scan of the text)
    latin = _LATIN.search(text) is not None if keys is None else not _LATIN_KEYS.isdisjoint(keys)
    if latin:
        text, origin = _depinyin(text, origin)
    if text is not start or keys is None or not inserted_keys().isdisjoint(keys):
        text, origin = drop_inserted(text, origin)
    gate = _homophone_keys()
    if text is not start or gate is None or keys is None or not gate.isdisjoint(keys):
        text, origin = restore_homophones(text, origin)
    if latin or text is not start:
        text, origin = restore_letter_words(text, origin, original)
        return restore_initial_letter(text, origin, original)  # gate19: y期, h款
    return text, origin


def _finish(text: str, origin: tuple[int, ...], original: str, joined: frozenset[int] = frozenset()) -> FoldedText:
    """The steps after separators are dropped: number masks, thousands separators, words written to dodge filters,
    regional words. The text's keys are built once, for the gates of the last two steps, and kept for Document.keys
    while no step has changed the text."""
    text, origin = _ungroup(*_unmask(text, origin))
    keys = text_keys(text)
    restored, origin = _restore(text, origin, original, keys)
    if restored is not text:
        keys = text_keys(restored)
    final, origin = _regionalize(restored, origin, keys)
    return FoldedText(final, origin, original, keys if final is restored else None, joined)


def fold(text: str) -> FoldedText:
    """Fold text for matching: NFKC, lower case, Traditional→Simplified, no separators."""
    if len(_TABLE) > _TABLE_LIMIT:
        _TABLE.clear()
    folded = text.translate(_TABLE)
    if not _has_irregular(text):
        origin: list[int] | range | tuple[int, ...] = range(len(text))
    else:
        pieces = [_TABLE[ord(ch)] for ch in text]
        origin = [i for i, piece in enumerate(pieces) for _ in piece]
    # evade29: look-alikes read back before separators are dropped (上🚪 -> 上门: the 🚪 is no separator there)
    folded, origin, joined = restore_lookalikes(folded, origin)
    # Drop short runs of separators (at most 3) that sit between CJK characters.
    drop = [m.span() for m in _GAP.finditer(folded) if all(map(_is_separator, m.group()))]
    wraps = _wrap_breaks(text) if "\n" in text else frozenset()
    if wraps:
        gaps = drop
        at = [i for i, o in enumerate(origin) if o in wraps and folded[i] == "\n"]
        drop = sorted(set(drop) | {(i, i + 1) for i in at if not any(a <= i < b for a, b in gaps)})
        # a wrap is no speaker's pause
        gaps = [(a, b) for a, b in gaps if not any(origin[i] in wraps for i in range(a, b))]
    else:
        gaps = drop
    if not drop:
        return _finish(folded, tuple(origin), text, joined)
    pauses = _spoken_pauses(folded, gaps)
    keep_text, keep_origin, pos = [], [], 0
    for a, b in drop:
        keep_text.append(folded[pos:a])
        keep_origin.extend(origin[pos:a])
        if a in pauses:
            keep_text.append(",")
            keep_origin.append(origin[a])
        pos = b
    keep_text.append(folded[pos:])
    keep_origin.extend(origin[pos:])
    return _finish("".join(keep_text), tuple(keep_origin), text, joined)
