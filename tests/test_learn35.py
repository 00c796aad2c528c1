"""learn35: the learned threat head retrained with the sets opened at round 33 (para31…36 / lawful31…36,
tests/data/probes/OPENED.txt) and the blind training sets blind54/55, same recipe; both thresholds re-measured
out-of-file by learn33's rule (benchmarks/learn31_cv.py threat --slot both) and kept: 0.97 where the rules abstain,
0.997 over `aggressive` (knowledge/data/model/README.md, round 35). The messages here are written for these tests; none comes from a data file.
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

ROUND33 = {f"{kind}{n}_sealed.jsonl" for kind in ("para", "lawful") for n in range(31, 37)}
BLIND = {f"tests/data/probes/blind{n}_{half}train.jsonl" for n in (54, 55) for half in ("", "lawful_")}


def _p(text: str) -> float:
    return get_analyzer().learned.probability(shape(fold(text).text))


def test_the_shipped_model_learned_from_the_sets_opened_at_round_33() -> None:
    header = json.loads(MODEL_FILE.read_text(encoding="utf-8"))["header"]
    sealed = {f.rsplit("/", 1)[-1] for f in header["files"] if "sealed" in f}
    assert ROUND33 <= sealed and sealed <= train_ngram.opened_names()  # the exact list: test_learn31.MODEL_OPENED (round 34 opened more before the retrain)
    assert BLIND <= set(header["files"])
    for name in ROUND33:  # one writer's para and lawful halves are held out together in the CV
        n = name.split("_")[0].lstrip("parlawfu")
        assert train_ngram.writer(f"tests/data/probes/{name}") == f"probes/set{n}"


def test_the_thresholds_are_the_out_of_file_ones() -> None:
    assert train_ngram.THRESHOLD == 0.97 and load().threshold == 0.97  # 0.955 out-of-file over all files (403 lifted)
    assert learned_detector.OVER_PRESSED == 0.997  # the rule's 0.99 would lift a plain visit home (below)


# A threat no rule names: a caller the reader avoids says they will go and "keep company" the reader's mother, who is
# home alone. learn34's weights scored it 0.9605, under the 0.97; these 0.9756. Its twins keep the mother at home alone
# and drop the collector who goes there.
HEARD = "电话不接也行，你妈最近一个人在家，我们过去陪她聊聊"
QUIET = [
    "电话不接也行，你妈最近一个人在家，有空你多回去陪她聊聊",
    "你妈最近一个人在家，社区志愿者每周会上门陪她聊聊",
    "听说你妈最近一个人在家，我下班过去陪陪她吧",
]


# learn35's quiet frame (zz_learn35.toml, learn_quiet_warned_danger): an outsider's danger reported with advice to take
# care. test_debtless19's 最近小区进了小偷，你爸妈出门最好小心点 scores 0.975 with these weights; the frame holds it, and
# stands down where money, the sender's people or a condition come in.
WARNED = ["最近小区进了小偷，你爸妈出门最好小心点", "楼道里来了骗子，你爸妈在家别给陌生人开门，出门小心"]
STILL_HEARD = ["最近小区进了小偷，你再不还钱，你爸妈出门最好小心点", "最近小区进了小偷，我们的人会盯着你爸妈，小心点"]


@pytest.mark.parametrize("text", WARNED, ids=range(len(WARNED)))
def test_an_outsiders_danger_reported_is_no_threat(text: str) -> None:
    report = analyze(text)
    assert not [f for f in report.findings if f.rule_id == learned_detector.RULE_ID]
    assert report.verdict.label not in ("unlawful_threat", "scam")


@pytest.mark.parametrize("text", STILL_HEARD, ids=range(len(STILL_HEARD)))
def test_the_frame_stands_down_for_money_or_the_senders_people(text: str) -> None:
    assert analyze(text).verdict.label == "unlawful_threat"


def test_a_threat_no_rule_names_is_heard_at_the_new_threshold(monkeypatch) -> None:
    report = analyze(HEARD)
    assert report.verdict.label == "unlawful_threat"
    learned = [f for f in report.findings if f.rule_id == learned_detector.RULE_ID]
    assert learned and all(HEARD[f.start:f.end] == f.excerpt for f in learned)
    assert load().threshold <= _p(HEARD)
    monkeypatch.setattr(learned_detector, "PRESSED", ())
    monkeypatch.setattr(get_analyzer().learned, "threshold", 1.0)  # the head never speaks: the rules abstain
    learned_detector._ceiling.cache_clear()
    try:
        assert analyze(HEARD).verdict.label not in ("unlawful_threat", "scam")
    finally:
        learned_detector._ceiling.cache_clear()


@pytest.mark.parametrize("text", QUIET, ids=range(len(QUIET)))
def test_its_twins_stay_quiet(text: str) -> None:
    report = analyze(text)
    assert not [f for f in report.findings if f.rule_id == learned_detector.RULE_ID]
    assert report.verdict.label not in ("unlawful_threat", "scam")


# The shipped round-34 model lifted the first two over aggressive (0.9976 ≥ 0.997: README, round 34's known false
# alarm). The retrained weights score the first 0.9968, under 0.997; the others 0.9986 / 0.9977, over it, but a rule
# already placed that visit as lawful pressure (fix31's `not_placed`). No rule or frame was added for them: if a retrain
# moves them back, re-check the threshold out-of-file, not the line.
VISITS = ["再拖着不还，明天我们就去你家", "你的借款逾期了，再不还款，我们就派人上门到你家",
          "你的借款逾期了，再不还款，我们就上门到你家"]


@pytest.mark.parametrize("text", VISITS, ids=range(len(VISITS)))
def test_a_plain_visit_home_stays_pressure(text: str) -> None:
    report = analyze(text)
    assert report.verdict.label == "aggressive"
    assert not [f for f in report.findings if f.rule_id == learned_detector.RULE_ID]


def test_the_known_false_alarm_scores_under_the_threshold_over_aggressive() -> None:
    assert _p(VISITS[0]) < learned_detector.OVER_PRESSED
