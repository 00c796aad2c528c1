"""Words written partly or wholly in pinyin, read back as Chinese after folding (analyzer/normalize.py)."""
from __future__ import annotations

import re
from functools import lru_cache

from knowledge import derived_cache


# Latin letters next to a CJK character: the only place a word spelled partly in pinyin can be.
_MIXED = derived_cache.compile(r"[a-z][\u4e00-\u9fff]|[\u4e00-\u9fff][a-z]")
# Checked first: _MIXED stops at every CJK character to try its second branch, while most messages hold
# no Latin letter at all, which this finds in one quick pass.
_LATIN = derived_cache.compile(r"[a-z]")
_LATIN_KEYS = frozenset("abcdefghijklmnopqrstuvwxyz")  # the characters of _LATIN, for a text's keys


@lru_cache(maxsize=1)
def _pinyin() -> tuple[re.Pattern[str], dict[str, tuple[str, tuple[int, ...]]]]:
    from analyzer.firstchar import literal_first  # noqa: PLC0415 - loaded once, on first use
    from analyzer.lexicon import pinyin_table, trie_pattern  # noqa: PLC0415

    table = pinyin_table()
    # A pinyin piece at either end must not run on into more Latin letters ("xiajia人" is not "家人"); a character at
    # an end may ("yu期xx天", "shang门cui收": noise22), which _depinyin checks (a look-around here would ask it of both).
    pattern = derived_cache.compile(literal_first(trie_pattern(sorted(table)))) if table else derived_cache.compile(r"(?!)")
    return pattern, table


def _runs_on(text: str, a: int, b: int) -> bool:
    """A pinyin piece text[a:b] whose Latin first or last letter runs on into more letters."""
    return (a > 0 and text[a].isascii() and "a" <= text[a - 1] <= "z") or \
        (b < len(text) and text[b - 1].isascii() and "a" <= text[b] <= "z")


@lru_cache(maxsize=1)
def _full_pinyin() -> tuple[re.Pattern[str], dict[str, tuple[str, tuple[int, ...]]]]:
    from analyzer.lexicon import full_pinyin_table, trie_pattern  # noqa: PLC0415

    table = full_pinyin_table()
    return derived_cache.compile(r"(?<![a-z])(?:" + trie_pattern(sorted(table)) + r")(?![a-z])"), table


_CJK_ANY = derived_cache.compile(r"[\u4e00-\u9fff]")
# A whole message in pinyin (zuihou tongzhi: ni de zhang hu yi jing yu qi 40 tian; para14 cause B, UNSEAL_para14.md)
# is read as Chinese only when at least this many table words occur in it, so an English sentence is left alone.
_FULL_PINYIN_MIN = 3
# ...and when nearly every Latin word of it is made of pinyin syllables (an English sentence with a name like "Li An"
# in it is not).
_SYLLABLE = r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|van|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|ve|vn|a|e|i|o|u|v)"
_PINYIN_WORD = derived_cache.compile(f"(?:{_SYLLABLE})+")
_LATIN_WORD = derived_cache.compile(r"[a-z]+")
_FULL_PINYIN_SHARE = 0.85


def _all_pinyin(text: str) -> bool:
    words = _LATIN_WORD.findall(text)
    return bool(words) and sum(bool(_PINYIN_WORD.fullmatch(w)) for w in words) >= _FULL_PINYIN_SHARE * len(words)


def _depinyin(text: str, origin: tuple[int, ...]) -> tuple[str, tuple[int, ...]]:
    """Restore words written partly in pinyin ("tong讯录" -> 通讯录), or a message written wholly in pinyin; a
    restored character keeps the offset of the first letter of its syllable."""
    if not _LATIN.search(text):
        return text, origin
    if _MIXED.search(text):
        pattern, table = _pinyin()
    elif not _CJK_ANY.search(text):
        pattern, table = _full_pinyin()
        if len(pattern.findall(text)) < _FULL_PINYIN_MIN or not _all_pinyin(text):
            return text, origin
    else:
        return text, origin
    out: list[str] = []
    where: list[int] = []
    last = 0
    for m in pattern.finditer(text):
        if _runs_on(text, m.start(), m.end()):
            continue
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
