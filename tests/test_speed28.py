"""speed28: the shortcuts taken before a pattern is searched answer as the search would (behaviour-neutral).

Each shortcut says "this pattern cannot match here" from a cheap test (a character or a key is missing); these tests
search texts where the test says so — random texts built from the patterns' own words, and the project's messages —
and fail if the pattern matches one of them."""
from __future__ import annotations

import json
import random
from pathlib import Path

from analyzer import analyze
from analyzer.debt_context import CARD_NAMED
from analyzer.detectors import brand_names, lender
from analyzer.document import parse
from analyzer.lexicon import load as load_lexicon
from analyzer.pasted import _LEAD, _OWN_TAIL, _STATUS_LINE, asker_words
from analyzer.prefilter import text_keys

ROOT = Path(__file__).resolve().parent.parent
# Pieces the patterns are made of, and their neighbours: names, claim tails, status-bar and chat words, separators.
_PIECES = ["乐享分期", "招商银行", "中心", "通知您", "提醒", "温馨提示", "友情提示", "贵宾", "信用卡末", "您的", "你好", "贷后", "客服",
           "李专员", "王经理", ":", "：", "\n", " ", "\t", "-", "【", "】", "。", "？", "!", "我", "我:", "本人", "me", "14:33",
           "中国移动", "4G", "10:32", "短信/彩信", "今天", "这是真的吗", "怎么办", "您好", "逾期", "还款", "明天", "x", "1", "信用飞",
           "分期", "卡", "好", "的", "账单", "请", "稍后"]


def _random_texts(n: int, seed: int = 28) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 9))) for _ in range(n)]


def _project_texts() -> list[str]:
    """Dev and ordinary messages (never a sealed file)."""
    texts = []
    files = sorted((ROOT.parent / "shared" / "eval").glob("*.jsonl")) + sorted((ROOT / "tests" / "data" / "ordinary").glob("*.jsonl"))
    for path in files:
        if "sealed" in path.name:
            continue
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def test_claim_at_start_needs_one_of_its_characters_early():
    pattern = brand_names._CLAIM_AT_START  # noqa: SLF001
    seen = 0
    for text in _random_texts(20000) + _project_texts():
        f = parse(text).f if text.strip() else text
        for s in (f, text):
            if pattern.match(s) is not None:
                seen += 1
                assert not brand_names._AT_START_CHARS.isdisjoint(s[:brand_names._AT_START_REACH]), s  # noqa: SLF001
    assert seen > 100  # (the random texts do reach the pattern)


def test_pasted_patterns_need_a_line_break_or_a_colon():
    matched = {"lead": 0, "status": 0, "own": 0}
    for text in _random_texts(20000) + _project_texts():
        if _LEAD.match(text):
            matched["lead"] += 1
            assert "\n" in text or ":" in text or "：" in text, text
        if _STATUS_LINE.match(text):
            matched["status"] += 1
            assert "\n" in text, text
        if _OWN_TAIL.search(text):
            matched["own"] += 1
            assert "\n" in text, text
    assert min(matched.values()) > 10, matched


def test_card_named_words_hold_ka_and_loan_brands_pass_their_gate():
    for word in CARD_NAMED.pattern.split("|"):
        assert "卡" in word
    words = [w for w in load_lexicon().expand("{loan_brand}").replace("(?:", "").replace(")", "").split("|") if w.isalnum()]
    assert len(words) > 10
    for word in words:
        for m in lender._loan_brands().finditer(word):  # noqa: SLF001
            assert lender._may_name_loan_brand(text_keys(m.group())), word  # noqa: SLF001


def test_shortcut_paths_keep_reports():
    # single-line messages with and without a colon, a chat paste, a loan brand, a card word, a claim at the start
    cases = {
        "您好，明天见": "not_collection",
        "这是真的吗？\n【信用飞】您的借款已逾期3天，请尽快还款。": "reminder",
        "乐享分期-李专员：您的账单已逾期，请今天处理": "reminder",
        "您的信用卡账单已逾期，请尽快还款": "reminder",
    }
    for text, label in cases.items():
        assert analyze(text).verdict.label == label, (text, analyze(text).verdict.label)
    assert asker_words("今晚一起吃饭吗") == []
