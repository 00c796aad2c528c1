"""learn24: the retrained n-gram threat head names the doorstep visit it lacked, and an n-gram said before every
kind of threat (明天就) names none."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from analyzer import analyze
from analyzer.detectors.learned import RULE_ID
from analyzer.learned import load

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import train_ngram  # noqa: E402


def _learned_kinds(text: str) -> set[str]:
    return {f.kind for f in analyze(text).findings if f.rule_id == RULE_ID}


def test_the_model_knows_the_doorstep_kind() -> None:
    model = load()
    assert model.kinds == list(train_ngram.KINDS) and "doorstep_visit_threat" in model.kinds
    assert model.kinds[:6] == ["third_party_contact", "exposure_threat", "violence_threat", "insult",
                               "false_criminal_threat", "fake_legal_process"]  # appended: old indices kept
    assert model.kinds.index("doorstep_visit_threat") in set(model.kind_of.values())


@pytest.mark.parametrize("text", ["我们明天就去你家找你", "明天我们的人就去你家里坐坐"])
def test_a_visit_only_the_model_heard_is_named_a_doorstep_visit(text: str) -> None:
    report = analyze(text)
    assert report.verdict.label == "unlawful_threat"
    # Since round 27 a rule (nodebt27's gang-visits-the-reader's-home frame) hears 明天我们的人就去你家里坐坐 itself, and the
    # model, heard only where the rules abstain, stays quiet; where no rule hears the visit, the model names its kind.
    by_rules = [f for f in report.findings if f.category == "unlawful_threat" and f.rule_id != RULE_ID]
    assert _learned_kinds(text) == (set() if by_rules else {"doorstep_visit_threat"})


def test_a_word_said_before_every_kind_names_none() -> None:
    kind_of = load().kind_of
    assert "明天就" not in kind_of  # (it still weighs in the score)
    # learn35: the weights retrained with round 33's opened sets weigh 去你家 against threats (-0.38: announced visits the
    # project draws as lawful pressure), so it names no kind; 你家门 (doorstep in most of its threats' flags) does.
    assert kind_of.get("你家门") == train_ngram.KINDS.index("doorstep_visit_threat")


@pytest.mark.parametrize("text", [
    "我们明天就去你家找你玩，记得准备点好吃的，小宝说想你了。",
    "师傅明天上午九点上门安装空调，请家里留人，有问题打这个电话。",
    "明天一早去你家接你，咱们一起去机场，别睡过头。",
    "今晚我们去你家坐坐，带两瓶酒，好久没聚了。",
])
def test_a_friendly_visit_gets_no_learned_finding(text: str) -> None:
    assert not _learned_kinds(text)
    assert analyze(text).verdict.label not in ("unlawful_threat", "scam")
