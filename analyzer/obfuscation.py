"""Words written to dodge keyword filters, read back after folding (analyzer/normalize.py).

Three forms, each a table in knowledge/data/rules/lexicon.toml: a whole word written as Latin letters, as
its pinyin initials or its joined pinyin ("yq" -> 逾期, "txl" -> 通讯录, "shangmen" -> 上门; [initials]);
a character swapped for a homophone ("谕期" -> 逾期; [homophones]); one letter or digit put inside a word
("逾1期" -> 逾期; [inserted]). Every restored character keeps the offset of a letter or character it was
written as, so findings still point at what the reader received.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from knowledge import derived_cache
from knowledge.errors import DataError

if TYPE_CHECKING:
    from analyzer.lexicon import LetterWords

Restored = tuple[str, tuple[int, ...]]

# Most messages hold no Latin letter at all, which this finds in one quick pass.
_LATIN = derived_cache.compile(r"[a-z]")
# Neighbours that make a token part of an address, a number or a code rather than a word of its own.
_NOT_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789./@:_-#&=?%\\")
_NOT_AFTER = frozenset("abcdefghijklmnopqrstuvwxyz0123456789@/:_-\\")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _lower_as_received(original: str, where: tuple[int, ...], a: int, b: int) -> bool:
    """The letters were received in lower case, or with only the first one capitalised: "HK$", "HKD",
    "CS95539", "回复FQ" are currencies, codes and reply commands, not words spelled in initials."""
    return not any(original[where[i]].isupper() for i in range(a + 1, b) if where[i] < len(original))


@lru_cache(maxsize=1)
def _letter_words() -> tuple[re.Pattern[str], LetterWords]:
    from analyzer.firstchar import literal_first  # noqa: PLC0415
    from analyzer.lexicon import letter_words, trie_pattern  # noqa: PLC0415

    table = letter_words()
    # Only the Latin words of the table, whole: re skips ahead to a letter that can start one.
    words = trie_pattern(sorted(table.words))
    return derived_cache.compile(literal_first(r"(?<![a-z])(?:" + words + r")(?![a-z])") if words else r"(?!)"), table


def restore_letter_words(text: str, origin: tuple[int, ...], original: str) -> Restored:
    """"再不hk" -> 再不还款, "爆你txl" -> 爆你通讯录, "我们就shangmen" -> 我们就上门 (see [initials])."""
    if not _LATIN.search(text):
        return text, origin
    pattern, table = _letter_words()
    hits = []
    for m in pattern.finditer(text):
        a, b = m.span()
        before = text[a - 1] if a else ""
        after = text[b] if b < len(text) else ""
        # evade29: a count may follow a word read from letters in a Chinese sentence ("已yq3天")
        counted = _is_cjk(before) and _COUNTED.match(text, b) is not None
        if before in _NOT_BEFORE or (after in _NOT_AFTER and not counted) or (after == "." and text[b + 1:b + 2].isalnum()):
            continue
        if not (_is_cjk(before) or _is_cjk(after)) or not _lower_as_received(original, origin, a, b):
            continue
        hits.append((a, b, table.words[m.group()]))
    # Two or more such words are context enough ("已经yq了，今天必须hk"); one needs debt wording around it. evade29: not
    # two joined as a list ("我们班zx和cs两个人请假了", "hk、zx"): initials in a list are people's names.
    if not hits or (len({h[2][0] for h in hits if not _listed(text, h, hits)}) < 2 and not table.context.search(text)
                    and not any(text.startswith(table.compounds.get(h[2][0], ()), h[1]) for h in hits)):
        return text, origin
    out: list[str] = []
    where: list[int] = []
    last = 0
    for a, b, (word, lengths) in hits:
        out.append(text[last:a])
        where.extend(origin[last:a])
        pos = a
        for ch, length in zip(word, lengths):
            out.append(ch)
            where.append(origin[pos])
            pos += length
        last = b
    out.append(text[last:])
    where.extend(origin[last:])
    return "".join(out), tuple(where)


_COUNTED = derived_cache.compile(r"\d{1,5}(?:天|日|个|期|次|元|块|万|笔|月|年|小时|号)")
_LIST_JOINS = frozenset(["和", "跟", "与", "、", "及", "/", ",", "&", "同"])


def _listed(text: str, hit: tuple[int, int, object], hits: list) -> bool:
    """evade29: a letter word joined to another by 和/跟/与/、 ("zx和cs"): a list of names, not two words of a debt."""
    a, b, _ = hit
    return any(text[b:o[0]] in _LIST_JOINS or text[o[1]:a] in _LIST_JOINS for o in hits if o is not hit)


@lru_cache(maxsize=1)
def _initial_letter() -> tuple[re.Pattern[str], dict[str, str]]:
    from analyzer.firstchar import literal_first  # noqa: PLC0415
    from analyzer.lexicon import initial_letter_words, trie_pattern  # noqa: PLC0415

    table = initial_letter_words()
    return (derived_cache.compile(literal_first(trie_pattern(sorted(table)))) if table else derived_cache.compile(r"(?!)")), table


def restore_initial_letter(text: str, origin: tuple[int, ...], original: str) -> Restored:
    """gate19: "y期" -> 逾期, "h款" -> 还款 (see [initial_letter]): one character of a word written as the first letter of
    its pinyin, lower case, not run on into other letters or digits, in a message with debt wording ([initials] context);
    same length, so every offset stays where it was."""
    if not _LATIN.search(text):
        return text, origin
    pattern, table = _initial_letter()
    hits = []
    for m in pattern.finditer(text):
        a, b = m.span()
        at = next(i for i in range(a, b) if "a" <= text[i] <= "z")
        # evade29: a letter that ends the word may be followed by a number ("逾q30天"), not by another letter
        after_ok = at == b - 1 and text[at + 1:at + 2].isdigit()
        if (at > 0 and text[at - 1] in _NOT_BEFORE) or (at + 1 < len(text) and text[at + 1] in _NOT_AFTER and not after_ok):
            continue
        if origin[at] < len(original) and original[origin[at]].isupper():
            continue
        hits.append((a, b, table[m.group()]))
    if not hits:
        return text, origin
    # the debt wording is looked for outside these words (the 款 of "h款手机" is no context for itself)
    from analyzer.lexicon import letter_words  # noqa: PLC0415
    rest = "".join(text[last:a] + "\n" for last, (a, _, _) in zip([0] + [h[1] for h in hits], hits)) + text[hits[-1][1]:]
    # evade29: two different such words are context for each other ("网d逾q快一年了"), as for [initials]
    if len({h[2] for h in hits}) < 2 and not letter_words().context.search(rest):
        return text, origin
    pieces: list[str] = []
    last = 0
    for a, b, word in hits:
        pieces.append(text[last:a])
        pieces.append(word)
        last = b
    pieces.append(text[last:])
    return "".join(pieces), origin


def homophones_pattern() -> re.Pattern[str]:
    """The pattern restore_homophones scans for (analyzer/normalize.py gates it on its keys)."""
    return _homophones()[0]


@lru_cache(maxsize=1)
def _homophones() -> tuple[re.Pattern[str], dict[str, tuple[str, str, str]]]:
    from analyzer.firstchar import literal_first  # noqa: PLC0415
    from analyzer.lexicon import homophones, trie_pattern  # noqa: PLC0415

    table = homophones()
    return (derived_cache.compile(literal_first(trie_pattern(sorted(table)))) if table else derived_cache.compile(r"(?!)")), table


def restore_homophones(text: str, origin: tuple[int, ...]) -> Restored:
    """"谕期" -> 逾期, "崔收" -> 催收 (see [homophones]); same length, so every offset stays where it was."""
    pattern, table = _homophones()
    pieces: list[str] = []
    last = 0
    for m in pattern.finditer(text):
        a, b = m.span()
        word, not_after, not_before = table[m.group()]
        if (a and text[a - 1] in not_after) or (b < len(text) and text[b] in not_before):
            continue
        pieces.append(text[last:a])
        pieces.append(word)
        last = b
    if not last:
        return text, origin
    pieces.append(text[last:])
    return "".join(pieces), origin


@lru_cache(maxsize=1)
def _inserted() -> tuple[re.Pattern[str], dict[tuple[str, str], tuple[tuple[str, int], ...]]]:
    """A letter or digit between a character and the next of some [inserted] word, and, for each (character before,
    character after), the words and where in them that gap would be."""
    from analyzer.lexicon import inserted_words  # noqa: PLC0415

    splits: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for word in inserted_words():
        for i in range(1, len(word)):
            splits.setdefault((word[i - 1], word[i]), []).append((word, i))
    if not splits:
        return derived_cache.compile(r"(?!)"), {}
    before = "".join(sorted({a for a, _ in splits}))
    after = "".join(sorted({b for _, b in splits}))
    if any(ch.isascii() and ch.isalnum() for ch in before):
        raise DataError("lexicon.toml", "inserted", "a word of [inserted] is written in Chinese characters")
    # Written to start with the inserted letter or digit (speed20b), so that re skips ahead to one: most text holds
    # few; the characters before it are looked at behind. The matches are the same inserted characters as those of
    # [before][a-z0-9](?=[after]), since no character of `before` is a letter or digit.
    return derived_cache.compile(f"[a-z0-9](?<=[{before}][a-z0-9])(?=[{after}])"), {k: tuple(v) for k, v in splits.items()}


@lru_cache(maxsize=1)
def inserted_keys() -> frozenset[str]:
    """speed21: the bigrams one of which every drop_inserted match holds: a character before a gap of some [inserted] word,
    then the letter or digit put in (a text's keys, prefilter.text_keys, missing them all has nothing to drop)."""
    return frozenset(a + x for a, _b in _inserted()[1] for x in "abcdefghijklmnopqrstuvwxyz0123456789")


def drop_inserted(text: str, origin: tuple[int, ...]) -> Restored:
    """"逾1期" -> 逾期, "催s收" -> 催收: a letter or digit put inside a word of [inserted] is dropped."""
    pattern, splits = _inserted()
    drop = []
    for m in pattern.finditer(text):
        p = m.start()
        for word, i in splits.get((text[p - 1], text[p + 1]), ()):
            if text[p - i:p] == word[:i] and text[p + 1:p + 1 + len(word) - i] == word[i:]:
                drop.append(p)
                break
    if not drop:
        return text, origin
    gone = set(drop)
    return "".join(c for i, c in enumerate(text) if i not in gone), tuple(o for i, o in enumerate(origin) if i not in gone)


@lru_cache(maxsize=1)
def _lookalikes() -> tuple[re.Pattern[str], dict[str, tuple[str, str, str]]]:
    from analyzer.firstchar import literal_first  # noqa: PLC0415
    from analyzer.lexicon import lookalikes, trie_pattern  # noqa: PLC0415
    from analyzer.normalize import _fold_char  # noqa: PLC0415 - (normalize imports this module)

    table = lookalikes()
    for key in table:
        if any(_fold_char(ch) != ch for ch in key):
            raise DataError("lexicon.toml", f"lookalikes.forms.{key}", "write the form as folded text (Simplified, lower case)")
    return (derived_cache.compile(literal_first(trie_pattern(sorted(table)))) if table else derived_cache.compile(r"(?!)")), table


def restore_lookalikes(text: str, origin) -> tuple[str, tuple[int, ...] | range | list[int], frozenset[int]]:
    """evade29: "还欵" -> 还款, "法阮" -> 法院, "上🚪" -> 上门, "亻尔" -> 你 (see [lookalikes]), read on the text as folded
    character by character, before separators are dropped. Each character of the word keeps the offset of a character of
    the form; the offsets of a longer form's extra characters are returned as joined (a span ending there takes them in)."""
    pattern, table = _lookalikes()
    if pattern.search(text) is None:
        return text, origin, frozenset()
    out: list[str] = []
    where: list[int] = []
    joined: set[int] = set()
    last = 0
    for m in pattern.finditer(text):
        a, b = m.span()
        word, not_after, not_before = table[m.group(0)]
        if (a and text[a - 1] in not_after) or (b < len(text) and text[b] in not_before):
            continue
        out.append(text[last:a])
        where.extend(origin[last:a])
        out.append(word)
        where.extend(origin[a + min(i, b - a - 1)] for i in range(len(word)))
        joined.update(origin[i] for i in range(a + len(word), b))
        last = b
    if not last:
        return text, origin, frozenset()
    out.append(text[last:])
    where.extend(origin[last:])
    return "".join(out), tuple(where), frozenset(joined)
