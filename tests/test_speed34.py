"""speed34: behaviour-neutral speed-ups of the learned head's bound (analyzer/detectors/learned.py): each check
compares the faster path with the one it replaces, or with the model's full score."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from analyzer import analyze, get_analyzer
from analyzer.detectors import learned as learned_detector
from analyzer.detectors.learned import OVER_PRESSED, may_reach
from analyzer.learned import shape
from analyzer.normalize import fold

ROOT = Path(__file__).resolve().parent
ORDINARY = ROOT / "data" / "ordinary" / "ordinary.jsonl"
# Written for this test: threats, a lawful pressure the rules call aggressive, and plain reminders.
MESSAGES = ["再不还钱，我们就去你家门口等你，你家人出门小心点",
            "你欠的钱今天必须还，不然我们就把你的事发给你所有的通讯录联系人",
            "你的借款逾期了，再不还款我们将依法起诉并上门核实你的情况",
            "您好，您在本平台的借款已逾期3天，请于今日18点前还款，以免影响征信。",
            "温馨提示：本月账单1200元将于15日自动扣款，请确保卡内余额充足。",
            "明天下午三点在小区门口集合，大家一起去给王阿姨送年货"]


def _ordinary(limit: int = 400) -> list[str]:
    lines = ORDINARY.read_text(encoding="utf-8").splitlines()[:limit]
    return [json.loads(line)["text"] for line in lines if line.strip()]


def _made(seed: int, count: int, longest: int = 30) -> list[str]:
    """Texts of the model's positive n-grams with some fillers: many of them reach the thresholds."""
    model = get_analyzer().learned
    rng = random.Random(seed)
    positive = sorted(g for g, w in model.weights.items() if w > 0 and not g.startswith("~"))
    return ["".join(rng.choice(positive) if rng.random() < 0.8 else rng.choice("你我,。0a") for _ in
                    range(rng.randint(1, longest))) for _ in range(count)]


@pytest.mark.parametrize("floor", [0.0, OVER_PRESSED])
def test_bound_never_sets_aside_a_text_that_reaches_the_floor(floor):
    model = get_analyzer().learned
    needed = max(floor, model.threshold)
    reached = 0
    for text in MESSAGES + _ordinary() + _made(floor > 0, 3000, longest=60):
        folded = fold(text).text
        reaches = model.probability(shape(folded)) >= needed
        reached += reaches
        assert may_reach(model, folded, floor) or not reaches, text
    assert reached >= 5  # (texts that reach the floor are among those tried)


def test_floor_sets_aside_more_than_the_threshold():
    """Over `aggressive` the head must reach OVER_PRESSED: the bound asked for that floor skips texts the
    threshold's bound would have scored (and the full score would then have dropped)."""
    model = get_analyzer().learned
    texts = [fold(t).text for t in _made(7, 3000)]
    at_threshold = sum(may_reach(model, f) for f in texts)
    at_floor = sum(may_reach(model, f, OVER_PRESSED) for f in texts)
    assert at_floor < at_threshold
    assert all(may_reach(model, f) for f in texts if may_reach(model, f, OVER_PRESSED))


def test_positive_table_is_the_positive_part_of_the_ceilings():
    ceiling, positive, _ = learned_detector._ceiling(get_analyzer().learned)
    assert positive == {g: w for g, w in ceiling.items() if w > 0}
    assert 0 < len(positive) < len(ceiling) / 2


def test_reports_same_as_with_no_bound(monkeypatch):
    """Real analyzer calls: every report is the one the full model gives when nothing is set aside."""
    texts = MESSAGES + _ordinary(150)
    fast = [analyze(t).to_dict() for t in texts]
    monkeypatch.setattr(learned_detector, "may_reach", lambda model, folded, floor=0.0: True)
    assert [analyze(t).to_dict() for t in texts] == fast
    labels = {r["verdict"]["label"] for r in fast}
    assert {"unlawful_threat", "aggressive", "reminder"} <= labels
