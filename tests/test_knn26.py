"""knn26: the nearest-neighbour experiment (benchmarks/knn_cv.py). Not shipped (knowledge/data/model/README.md, "A
nearest-neighbour second opinion"); these tests keep the experiment honest: its features, its leave-one-file-out
neighbours, the files it may read, and the minimal pairs that are why it was not wired."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from analyzer import analyze
from analyzer.learned import shape
from analyzer.normalize import fold

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("knn_cv", ROOT / "benchmarks" / "knn_cv.py")
knn_cv = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(knn_cv)


def _shaped(text: str) -> str:
    return shape(fold(text).text)


def _line(rel: str, line_id: str) -> dict:
    for raw in (ROOT / rel).read_text(encoding="utf-8").splitlines():
        if raw.strip() and json.loads(raw).get("id") == line_id:
            return json.loads(raw)
    raise AssertionError(f"{line_id} not in {rel}")


def test_grams_are_2_to_4_characters_and_a_denial_is_its_own_feature():
    plain = knn_cv.grams(_shaped("我们联系你家人"))
    denied = knn_cv.grams(_shaped("我们不会联系你家人"))
    assert "联系你家" in plain and "联系" in plain and not any(len(g) > 4 for g in plain)
    assert "~联系你家" in denied and "联系你家" not in denied


def test_masks_and_traditional_fold_to_the_same_grams():
    assert knn_cv.grams(_shaped("聯繫你家人")) == knn_cv.grams(_shaped("联系你家人"))
    assert knn_cv.grams(_shaped("联*系*你*家*人")) == knn_cv.grams(_shaped("联系你家人"))


def test_neighbours_never_come_from_the_line_s_own_file():
    texts = [_shaped(t) for t in ("明天去你公司找你领导聊聊", "明天去你公司找你领导聊聊", "明天去你单位找你领导谈谈",
                                  "您的账单已出，请按时还款", "快递已到驿站请取件")]
    files = ["a", "a", "b", "c", "d"]
    near = knn_cv.neighbours(texts, files)
    assert all(files[j] != files[i] for i, found in enumerate(near) for _, j in found)
    assert near[0][0][1] == 2 and near[2][0][1] in (0, 1)  # the paraphrase in another file, not the copy in its own
    assert 0 < near[0][0][0] < 1


def test_the_experiment_reads_only_the_files_the_threat_head_may_read():
    files = knn_cv.train_ngram.training_files(ROOT.parent / "shared" / "eval")
    names = [p.name.lower() for p in files]
    assert files and all(knn_cv.train_ngram.usable(p) for p in files)
    # learn31: a sealed name only when it is an opened set (tests/data/probes/OPENED.txt)
    assert not [p for p in files if ("sealed" in p.name.lower() and not knn_cv.train_ngram.is_opened(p))
                or p.name.lower().startswith(("r5_col", "r6_col", "r11_col"))]
    assert not [p for p in files if p.parent.name.endswith("_src")]
    assert "knn26_own.jsonl" in names


@pytest.mark.parametrize("ordinary, threat", [
    (("tests/data/probes/cov14_threat.jsonl", "c14t_neg277"), ("tests/data/probes/implied24_own.jsonl", "IMP24-T06")),
    (("tests/data/probes/cov14_threat.jsonl", "c14t_neg296"), ("tests/data/probes/threat25_fresh.jsonl", "THR25F-T14")),
], ids=["old-home", "office-downstairs"])
def test_why_not_shipped_a_lawful_twin_s_nearest_line_is_a_threat(ordinary, threat):
    """The cross-validation's wrong lifts are minimal pairs: a friend's 我已经到你老家了 is nearer to a collector's threat
    in another file than to anything else here; the analyzer (which did not wire the neighbour) leaves it alone."""
    plain, bad = _line(*ordinary), _line(*threat)
    assert plain["category"] == "not_collection" and bad["category"] == "unlawful_threat"
    others = ["您好，您的借款今日到期，请按时还款。", "周末一起吃饭吗？我请客。", "快递已到你家楼下驿站，请取件。"]
    texts = [_shaped(plain["text"]), _shaped(bad["text"])] + [_shaped(t) for t in others]
    near = knn_cv.neighbours(texts, ["q", "t", "o1", "o2", "o3"])
    assert near[0][0][1] == 1  # the threat is the twin's nearest line
    assert analyze(plain["text"]).verdict.label == "not_collection"


def test_battery_threat_the_rules_catch_stays_caught():
    line = _line("tests/data/probes/knn26_own.jsonl", "KNN26-T03")  # Traditional, 外訪 to the parents' home
    assert analyze(line["text"]).verdict.label == "unlawful_threat"
