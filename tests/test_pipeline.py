"""analyzer/addressed.py (read by analyzer/debt_context.py): the faster form of ADDRESSED answers exactly as the pattern does."""
from __future__ import annotations

import json
from pathlib import Path

import adversarial
from analyzer import addressed as addressing
from analyzer.normalize import fold
from knowledge import registry

DATA = Path(__file__).resolve().parent / "data"


def _texts() -> list[str]:
    texts = [json.loads(line)["text"] for line in (DATA / "messages.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    for rule in registry.rules():
        texts += list(rule.must_match) + list(rule.must_not_match)
    texts += list(adversarial.units(addressing.ADDRESSED).values())
    texts += ["已被起诉", " 将被起诉", "…已被", "申请", "请求", "张某", "某某", "xx", "x", "**", "${name}", "{name}", "#{n}", "{}", "贵司"]
    return texts


def test_addressed_answers_as_the_pattern_does() -> None:
    assert addressing.ADDRESSED.pattern == addressing._ADDRESSED_DERIVED_FROM, \
        "ADDRESSED changed: derive _ADDRESSED_ANYWHERE/_ADDRESSED_AT_START again (or drop them)"
    for text in _texts():
        for t in (text, fold(text).text):
            assert addressing.addressed(t) == bool(addressing.ADDRESSED.search(t)), t
