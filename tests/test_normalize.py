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
