"""learn34: the learned threat head retrained with the three blind-written training sets (tests/data/probes/
blind51…53_*; README_blind_train.md), a blind set's two halves held out together in the writer-grouped CV, and the
threshold over `aggressive` re-chosen out-of-file (0.999 → 0.997: learn33's rule gives 0.995, where a plain visit home
of test_polish23 is lifted; where the rules abstain it stays 0.97). knowledge/data/model/README.md, round 34. The messages here are written for these tests; none comes from a
data file.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from analyzer import analyze, get_analyzer
from analyzer.detectors import learned as learned_detector
from analyzer.learned import MODEL_FILE, load, shape
from analyzer.normalize import fold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import train_ngram  # noqa: E402

BLIND = {f"tests/data/probes/blind{n}_{half}train.jsonl" for n in (51, 52, 53) for half in ("", "lawful_")}


def _p(text: str) -> float:
    return get_analyzer().learned.probability(shape(fold(text).text))


def test_the_shipped_model_learned_from_the_blind_training_sets() -> None:
    header = json.loads(MODEL_FILE.read_text(encoding="utf-8"))["header"]
    assert BLIND <= set(header["files"])
    assert header["code_version"] == "learn34"


def test_a_blind_training_sets_halves_are_one_writers_group() -> None:
    for n in (51, 52, 53):
        assert train_ngram.writer(f"tests/data/probes/blind{n}_train.jsonl") == train_ngram.writer(
            f"tests/data/probes/blind{n}_lawful_train.jsonl") == f"probes/blind{n}"
    assert train_ngram.writer("tests/data/probes/blind51_train.jsonl") != train_ngram.writer(
        "tests/data/probes/blind52_train.jsonl")
    assert train_ngram.writer("tests/data/probes/para25_sealed.jsonl") == "probes/set25"  # learn31's groups unchanged
    assert train_ngram.writer("tests/data/fresh/blind51_train.jsonl") == "tests/data/fresh/blind51_train.jsonl"


def test_the_thresholds_are_the_out_of_file_ones() -> None:
    assert train_ngram.THRESHOLD == 0.97 and load().threshold == 0.97  # where the rules abstain: re-measured, unchanged
    assert learned_detector.OVER_PRESSED == 0.997  # over aggressive: 21/21 out-of-file (0.995: 22/23, see README)


# An exposure to the neighbours announced with a visit: the rules call it pressure (an announced visit); the head,
# retrained, is sure enough over aggressive (0.997 ≤ p; main's 0.9989 was under its 0.999). Its twins keep the visit and drop the exposure.
LIFTED = "逾期三个月了，明天我们上门，顺便让你们楼里的人都知道你欠钱不还。"
QUIET = [
    "逾期三个月了，明天我们上门，请你在家等候，当面把还款计划谈清楚。",
    "逾期三个月了，明天我们上门核实情况，再不处理后果自负。",
    "逾期三个月了，明天我们上门拜访，顺便把减免方案带给你看看。",
    "明天我们上门，顺便让你们楼里的人都来尝尝我家的喜糖。",
    "你欠款逾期了，我们明天上门，后果自负。",
    "你的借款逾期了，再不还款，我们就上门到你家",  # test_polish23's plain visit home: 0.9951, lifted at 0.995
]


def test_an_exposure_over_an_announced_visit_is_heard_over_aggressive() -> None:
    report = analyze(LIFTED)
    assert report.verdict.label == "unlawful_threat"
    assert [f for f in report.findings if f.rule_id == learned_detector.RULE_ID]
    assert learned_detector.OVER_PRESSED <= _p(LIFTED)


def test_without_the_aggressive_slot_the_rules_said_aggressive(monkeypatch) -> None:
    monkeypatch.setattr(learned_detector, "PRESSED", ())
    assert analyze(LIFTED).verdict.label == "aggressive"


@pytest.mark.parametrize("text", QUIET, ids=range(len(QUIET)))
def test_its_twins_stay_quiet(text: str) -> None:
    report = analyze(text)
    assert not [f for f in report.findings if f.rule_id == learned_detector.RULE_ID]
    assert report.verdict.label not in ("unlawful_threat", "scam")


# zz_learn34.toml: good news told about the reader, or an invitation sent, is no exposure for the head (the retrained
# weights read 让你家人都知道 / 给你通讯录里的…发 as exposure); money, debt, menace or a condition keeps the head heard.
def test_good_news_or_an_invitation_silences_the_head_only() -> None:
    lexicon = get_analyzer().lexicon
    for text in ("下周我结婚，给你寄了喜帖，记得来喝喜酒", "恭喜！真为你高兴，升职了要请客哦",
                 "让你爸妈都知道你被录取了，他们肯定乐坏了"):
        assert learned_detector.quiet(fold(text).text, lexicon), text
        assert analyze(text).verdict.label not in ("unlawful_threat", "scam"), text
    for text in ("让你家人都知道你欠钱不还", "再不还钱，我们就给你通讯录里的人发你的欠款通知",
                 "我们给你全家发请柬，让他们都来看看你是什么人，再不还钱后果自负", "你把请柬发给同学吧，不然我们帮你发"):
        assert not learned_detector.quiet(fold(text).text, lexicon), text
    assert analyze("让你家人都知道你欠钱不还").verdict.label == "unlawful_threat"
