"""speed24: behaviour-neutral speed-ups; each check compares the faster path with the one it replaces."""
from __future__ import annotations

import json
import random
from pathlib import Path

from analyzer import analyze, get_analyzer
from analyzer.detectors.learned import may_reach
from analyzer.learned import shape
from analyzer.normalize import fold
from analyzer.pasted import asker_words

ROOT = Path(__file__).resolve().parent
ORDINARY = ROOT / "data" / "ordinary" / "ordinary.jsonl"
THREATS = ["您因贷款逾期涉嫌贷款诈骗,已移交公安机关处理,请立即还款,否则追究刑事责任。",
           "再不还钱，我们就去你家门口等你，你家人出门小心点",
           "你妈的再不还钱就去你单位闹"]


def _ordinary(limit: int = 400) -> list[str]:
    lines = ORDINARY.read_text(encoding="utf-8").splitlines()[:limit]
    return [json.loads(line)["text"] for line in lines if line.strip()]


def test_learned_gate_never_sets_aside_a_text_the_model_flags():
    model = get_analyzer().learned
    rng = random.Random(24)
    positive = sorted(g for g, w in model.weights.items() if w > 0)
    made = ["".join(rng.choice(positive) if rng.random() < 0.8 else rng.choice("你我,。~0a😂") for _ in range(rng.randint(1, 30)))
            for _ in range(3000)]
    flagged = 0
    for text in THREATS + _ordinary() + made:
        folded = fold(text).text
        reaches = model.probability(shape(folded)) >= model.threshold
        flagged += reaches
        assert may_reach(model, folded) or not reaches, text
    assert flagged >= 10  # (the made-up texts of positive n-grams reach the threshold: the check above is tried)


def test_learned_gate_sets_aside_most_ordinary_messages():
    model = get_analyzer().learned
    texts = _ordinary()
    assert sum(not may_reach(model, fold(t).text) for t in texts) > 0.6 * len(texts)


def test_learned_finding_still_heard():
    report = analyze(THREATS[0])
    assert report.verdict.label == "unlawful_threat"


def test_asker_words_empty_without_a_lead_in_or_tail():
    assert asker_words("您好，您的借款已逾期3天，请尽快还款。") == []
    assert asker_words("") == []
    assert asker_words("刚收到这个，是真的吗：\n您的借款已逾期，我们将上门核实。") != []
