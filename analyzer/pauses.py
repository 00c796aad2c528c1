"""Spaces and line breaks that are no filter-dodging separators: a speaker's pauses, a screen's wraps (analyzer/normalize.py)."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from knowledge import derived_cache


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
