"""The verdict of a real message does not change when it is disguised the way collectors and scammers
disguise texts to slip past filters: Traditional characters, spaces or symbols between Chinese
characters ("逾 期", "催*收"), full-width letters and digits. Run over every labelled real message in
tests/data."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from analyzer import analyze
from analyzer.evaluation import load_jsonl
from knowledge.registry import traditional_map

DATA = Path(__file__).resolve().parent / "data"
SETS = ["labelled.jsonl", "fresh/round1.jsonl", "fresh/holdout.jsonl", "fresh/holdout2.jsonl",
        "fresh/collection_tune.jsonl", "fresh/collection_sealed.jsonl", "fresh/tune3.jsonl", "fresh/r3_tune.jsonl",
        "fresh/r3_sealed.jsonl"]
MESSAGES = [row["text"] for name in SETS if (DATA / name).exists() for row in load_jsonl(DATA / name)]


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _traditional(text: str) -> str:
    # The inverse of the folding table: every character the analyzer folds back (the table lists the
    # characters that matter for matching, so these are exactly the ones a rule could miss).
    back: dict[str, str] = {}
    for trad, simp in traditional_map().items():
        back.setdefault(simp, trad)
    return "".join(back.get(ch, ch) for ch in text)


def _separated(mark: str):
    def disguise(text: str) -> str:
        rng = random.Random(text)  # the same disguise on every run
        out = []
        for i, ch in enumerate(text):
            out.append(ch)
            if _cjk(ch) and i + 1 < len(text) and _cjk(text[i + 1]) and rng.random() < 0.35:
                out.append(mark)
        return "".join(out)
    return disguise


def _full_width(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


DISGUISES = {"traditional": _traditional, "spaces": _separated(" "), "stars": _separated("*"),
             "full_width": _full_width}


def test_there_are_enough_messages_to_mean_something():
    assert len(MESSAGES) >= 300


@pytest.mark.parametrize("name", DISGUISES)
def test_a_disguised_message_gets_the_same_verdict(name):
    disguise = DISGUISES[name]
    changed = []
    for text in MESSAGES:
        plain = analyze(text).verdict.label
        hidden = analyze(disguise(text)).verdict.label
        if hidden != plain:
            changed.append((text[:40], plain, hidden))
    assert not changed, f"{len(changed)} of {len(MESSAGES)} messages change verdict: {changed[:5]}"


def test_the_disguises_really_change_the_text():
    sample = "您的借款已逾期，请尽快还款，详见www.example.cn"
    for name, disguise in DISGUISES.items():
        assert disguise(sample) != sample, name
