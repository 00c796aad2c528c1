"""Folding: what matching sees, and spans that still point into the original text."""
from __future__ import annotations

import pytest

from analyzer.normalize import fold


@pytest.mark.parametrize(("raw", "folded"), [
    ("逾 期", "逾期"), ("催*收", "催收"), ("上.门", "上门"), ("爆-通-讯-录", "爆通讯录"),
    ("上🚪门", "上门"), ("逾\u200b期", "逾期"), ("ＡＢＣ１２３，", "abc123,"),
    ("貸款已嚴重逾期", "贷款已严重逾期"), ("帳戶", "账户"),
    ("hello world", "hello world"),  # spaces between Latin words are kept
    ("2024 年", "2024 年"),  # only separators between two CJK characters are dropped
])
def test_fold(raw, folded):
    assert fold(raw).text == folded


@pytest.mark.parametrize(("raw", "folded"), [
    # voice-to-text: the speaker's pauses between phrases read as commas
    ("那个我跟你说 就是说我们这边安排人了 明天去你老家", "那个我跟你说,就是说我们这边安排人了,明天去你老家"),
    ("钱到了什么事都没有 钱不到 那就只能找你家里人", "钱到了什么事都没有钱不到,那就只能找你家里人"),
    # ...but not after a negation or modal that governs the next phrase, nor next to a word standing alone
    ("我们不会 联系你的家人 也不会 上门 请放心", "我们不会联系你的家人,也不会上门请放心"),
    ("钱不还 也行 我们 就去你爸妈家 坐坐", "钱不还也行我们就去你爸妈家坐坐"),
    # characters spaced out to dodge a filter, one spaced word, a typed form's label and value: still dropped
    ("你 欠 的 钱 今 天 不 还", "你欠的钱今天不还"),
    ("您的借款已逾 期，请尽快还款", "您的借款已逾期,请尽快还款"),
    ("您本期账单已逾期，请转账至开户行 农业银行，户名 李**，转账后回复", "您本期账单已逾期,请转账至开户行农业银行,户名李**,转账后回复"),
    ("您的还 款操作失败了，建议选择其他还 款方式，仍需还 款，按时还 款", "您的还款操作失败了,建议选择其他还款方式,仍需还款,按时还款"),
])
def test_spoken_pauses_read_as_commas(raw, folded):
    ft = fold(raw)
    assert ft.text == folded
    i = ft.text.find(",")
    if i >= 0 and "," not in raw and "，" not in raw:
        assert raw[slice(*ft.span(i, i + 1))] == " "


def test_spans_map_back_to_the_original():
    raw = "再不还钱就上 . 门催*收"
    ft = fold(raw)
    start = ft.text.index("上门")
    s, e = ft.span(start, start + 2)
    assert raw[s:e] == "上 . 门"
    start = ft.text.index("催收")
    s, e = ft.span(start, start + 2)
    assert raw[s:e] == "催*收"


def test_expanding_characters_keep_offsets():
    raw = "㈱逾期"  # NFKC turns ㈱ into three characters
    ft = fold(raw)
    i = ft.text.index("逾期")
    assert raw[slice(*ft.span(i, i + 2))] == "逾期"


def _fold_reference(text: str) -> tuple[str, tuple[int, ...]]:
    """fold() written character by character (the form it had before the translate table)."""
    import unicodedata

    from knowledge.registry import traditional_map

    invisible = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u180e"
    separators = " \t*-_.·•|/\\~^`'\"+#=、…"

    def is_sep(ch: str) -> bool:
        return ch in separators or ch.isspace() or unicodedata.category(ch) in ("So", "Sk", "Co")

    def is_cjk(ch: str) -> bool:
        return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"

    chars, origin = [], []
    for i, ch in enumerate(text):
        if ch in invisible:
            continue
        for out in "".join(traditional_map().get(c, c) for c in unicodedata.normalize("NFKC", ch)).lower():
            chars.append(out)
            origin.append(i)
    keep = [True] * len(chars)
    i = 0
    while i < len(chars):
        if is_sep(chars[i]):
            j = i
            while j < len(chars) and is_sep(chars[j]):
                j += 1
            if i > 0 and j < len(chars) and j - i <= 3 and is_cjk(chars[i - 1]) and is_cjk(chars[j]):
                keep[i:j] = [False] * (j - i)
            i = j
        else:
            i += 1
    from analyzer.normalize import _restore  # words spelled in pinyin, initials, homophones, restored after folding

    return _restore("".join(c for c, k in zip(chars, keep) if k), tuple(o for o, k in zip(origin, keep) if k), text)


def test_fold_equals_the_character_by_character_definition():
    import random

    alphabet = list("中国逾期催收還債務，。（）【】！：；abz09 \t*-_.·•|/\\~^`'\"+#=、…\u200b\u200d\ufeff\u00adａＢ１２ｘ①㈱ﬁ😀★☆♥"
                    "\u3000\u2028,!a1Xß\U00020000㐀\ue000\u0301")
    rnd = random.Random(7)
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        ft = fold(text)
        assert (ft.text, ft.origin) == _fold_reference(text), repr(text)


@pytest.mark.parametrize(("raw", "folded"), [
    ("明天爆你tong讯录", "明天爆你通讯录"), ("朋友圈曝guang你", "朋友圈曝光你"), ("将起su你", "将起诉你"),
    ("fa院已立案", "法院已立案"), ("联系你的jia人", "联系你的家人"), ("紧急lian系人", "紧急联系人"),
    ("tongxun录", "通讯录"),  # several syllables, one character kept
    ("baoguang", "baoguang"),  # all pinyin: could be any Latin word, left alone
    ("xiajia人", "xiajia人"),  # the syllable runs on into more letters: not a pinyin piece
])
def test_words_written_partly_in_pinyin_are_restored(raw, folded):
    assert fold(raw).text == folded


def test_restored_words_point_back_into_the_original():
    raw = "再不还钱就爆你tong讯录"
    ft = fold(raw)
    i = ft.text.index("通讯录")
    s, e = ft.span(i, i + 3)
    assert raw[s:e] == "tong讯录"
