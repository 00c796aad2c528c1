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
from analyzer.prefilter import any_branch_keys, text_keys
from knowledge import derived_cache
from knowledge.errors import DataError
from knowledge.registry import regional_words, traditional_map

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


@lru_cache(maxsize=1)
def _regional() -> tuple[re.Pattern[str], dict[str, str]]:
    from analyzer.firstchar import literal_first  # noqa: PLC0415 - loaded once, on first use
    from analyzer.lexicon import trie_pattern  # noqa: PLC0415

    table = regional_words()
    for key in table:
        if any(_fold_char(ch) != ch for ch in key):
            raise DataError("regional.toml", f"words.{key}", "write the word as folded text (Simplified, lower case)")
    return (derived_cache.compile(literal_first(trie_pattern(sorted(table)))) if table else derived_cache.compile(r"(?!)")), table


@lru_cache(maxsize=1)
def _regional_keys() -> frozenset[str] | None:
    """speed20b: keys one of which every regional word holds (prefilter.any_branch_keys; met in about half of messages)."""
    return any_branch_keys(_regional()[0])


def _regionalize(text: str, origin: tuple[int, ...], keys: set[str] | None = None) -> tuple[str, tuple[int, ...]]:
    """Hong Kong / Macau / Taiwan and Cantonese words -> the mainland words the rules are written in
    ("点选连结" -> "点击链接", "屋企人" -> "家里人"); each replacement character keeps the offset of a
    character of the word it replaces, so findings still point at the words received. `keys`: text's text_keys,
    when known (a text holding none of the words' keys is not scanned)."""
    gate = _regional_keys()
    if keys is not None and gate is not None and gate.isdisjoint(keys):
        return text, origin
    pattern, table = _regional()
    out: list[str] = []
    where: list[int] = []
    last = 0
    for m in pattern.finditer(text):
        a, b = m.span()
        key = m.group(0)
        if key.isascii() and ((a and text[a - 1].isascii() and text[a - 1].isalnum()) or (b < len(text) and text[b].isascii() and text[b].isalnum())):
            continue  # a Latin key ("etag") only as a word of its own
        out.append(text[last:a])
        where.extend(origin[last:a])
        word = table[key]
        out.append(word)
        where.extend(origin[a + min(i, len(key) - 1)] for i in range(len(word)))
        last = b
    if not last:
        return text, origin
    out.append(text[last:])
    where.extend(origin[last:])
    return "".join(out), tuple(where)


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


# threat17: voice-to-text and chat pastes put a space where the speaker pauses (那个我跟你说 就是说我们这边已经安排人了
# 明天上午去你老家): the phrases between the spaces are words and clauses, not single characters spaced out to dodge a
# filter (你 欠 的 钱, 你欠 的钱 还不 还). When most phrases between whitespace gaps are three or more characters, each such gap reads as a
# comma, so a negation or condition in one phrase does not reach into the next one.
_SPOKEN_MIN_GAPS = 2
_SPOKEN_SHARE = 0.8
_PUNCTUATION = derived_cache.compile(r"[,.!?;:，。！？；：]")
_FILLERS = frozenset("嗯啊哦呃额唉诶哎喂")
_GOVERNS_NEXT = derived_cache.compile(r"(?:不|没有|没|别|勿|会|能|要|将|就|才|也|都|还|再|把|被|给|跟|和|对|向|让|得|可以|应该|必须)$")


@lru_cache(maxsize=1)
def _split_bigrams() -> frozenset[str]:
    """noise22: adjacent characters of the words collectors space out to dodge filters (lexicon.toml [inserted] and
    two-character [pinyin] words: 逾 期, 征 信, 贷 款): a space between them splits a word, it is no pause."""
    from analyzer.lexicon import inserted_words, pinyin_table  # noqa: PLC0415 - loaded once, on first use

    # two-character words only from [pinyin] (有钱花 would make 没有 钱不到 one word), and not the pronouns (你的, 我们)
    words = set(inserted_words()) | {w for w, _lengths in pinyin_table().values() if len(w) == 2 and not set(w) & set("你您我")}
    return frozenset(w[i:i + 2] for w in words for i in range(len(w) - 1))


def _spoken_pauses(folded: str, drop: list[tuple[int, int]]) -> frozenset[int]:
    """Starts of the whitespace gaps in `drop` that are a speaker's pauses (see above); empty for spaced-out words."""
    split = _split_bigrams()
    spaces = [(a, b) for a, b in drop if folded[a:b].isspace() and folded[a - 1] + folded[b] not in split]
    # A typed message with its own punctuation uses a space for a form's label and value (户名 李**) or to split a
    # filtered word (还 款): only a text with hardly any punctuation of its own is read as spoken.
    if len(spaces) < _SPOKEN_MIN_GAPS or len(_PUNCTUATION.findall(folded)) * 3 > len(spaces):
        return frozenset()
    bounds = [0, *(x for gap in spaces for x in gap), len(folded)]
    phrases = [folded[bounds[i]:bounds[i + 1]] for i in range(0, len(bounds), 2)]
    runs = [len(p) for p in phrases]
    # register30: a call typed out is set off by its fillers (喂 / 嗯 / 啊 standing alone) and opens with the person
    # called (喂 妈 …, 喂 张哥 …): those phrases are neither a dodger's split word nor a clause, so they are left out
    # when the phrases are weighed (they still never take a comma: their runs stay short).
    said = [i for i, p in enumerate(phrases) if not set(p) <= _FILLERS]
    if set(phrases[0]) <= _FILLERS and len(said) > 2 and said[0] == 1 and runs[1] <= 3:
        said = said[1:]
    if sum(runs[i] >= 3 for i in said) < _SPOKEN_SHARE * len(said):
        return frozenset()
    # A character standing alone between two gaps (因语 气 还款) is a word split to dodge a filter; a speaker's lone
    # sound is a filler (嗯, 啊).
    if any(runs[i] == 1 for i in said if 0 < i < len(runs) - 1):
        return frozenset()
    # No clause end next to a word or two standing alone (我们 就去你家 坐坐), nor after a negation or modal that
    # governs the next phrase (我们不会 联系你的家人): those spaces are not where a clause ends.
    return frozenset(spaces[i][0] for i in range(len(spaces))
                     if runs[i] > 2 and runs[i + 1] > 2 and not _GOVERNS_NEXT.search(phrases[i]))


# noise22: a screenshot read by OCR (or copied from a photo) breaks lines where the screen does: inside a word, a number
# or a link ("请立即联\n系客服", "https:/\n/dzsd.hbfy.gov.c\nn", "400-XXX\n-XXXX", "押金,\n日赚300元"). Folding drops a
# break between two Chinese characters anyway; a wrapped line's break next to a digit, a letter or punctuation is dropped
# too, so a link, a number or a clause reads whole. A break is a wrap when the line before it is nearly as wide as the
# widest line (display columns: two for a Chinese character) and does not end a sentence, and the line after it does
# not open a new item (【, a list number, a date or time, a label's colon).
_WRAP_MIN_WIDTH = 20
_WRAP_SHARE = 0.8
_SENTENCE_END = frozenset("。！？!?…")
# a phone's status bar or a sender line (中国移动 4G 10:32, 短信/彩信 今天 09:15) ends with the time
_ENDS_WITH_TIME = derived_cache.compile(r"\d{1,2}[:：]\d{2}$")
_NEW_ITEM = derived_cache.compile(r"(?:[【\[［(（]|\d{1,2}[、.．)）](?!\d)|\d{1,4}[-/年.:：]\d|[^\s:：，,。]{1,6}[:：]|[-*•·]\s)")


@lru_cache(maxsize=4096)
def _columns(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _wrap_breaks(text: str) -> frozenset[int]:
    """Offsets in `text` of the line breaks a screen's wrap put there (see above)."""
    lines = text.split("\n")
    if len(lines) < 2 or 2 * max(map(len, lines[:-1])) < _WRAP_MIN_WIDTH:
        return frozenset()  # (no line is wide enough to have wrapped: decided without measuring each)
    widths = [sum(map(_columns, line.rstrip(" \t\r"))) for line in lines]
    widest = max(widths[:-1])
    if widest < _WRAP_MIN_WIDTH:
        return frozenset()
    out, pos = [], 0
    for i, line in enumerate(lines[:-1]):
        pos += len(line)
        body = line.rstrip(" \t\r")
        after = lines[i + 1]
        if widths[i] >= _WRAP_SHARE * widest and body[-1:] not in _SENTENCE_END and after.strip() \
                and not _NEW_ITEM.match(after.lstrip()) and not _ENDS_WITH_TIME.search(body):
            out.append(pos)
        pos += 1
    return frozenset(out)


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
