"""speed31: benchmarks/stage_profile.py times analyze() stage by stage without changing what it finds."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import stage_profile  # noqa: E402

from analyzer import analyze, pipeline  # noqa: E402
from analyzer.gate_index import JointIndex  # noqa: E402

TEXTS = ["您好，您在XX平台的借款已逾期3天，请于今日18点前还款1200元，否则将上报征信。",
         "你妈的再不还钱就去你单位闹", "明天下午三点开会，请准时参加。", "你好"]


def test_stages_add_up_and_reports_stay_the_same():
    before = [analyze(t).to_dict() for t in TEXTS]
    whole, stages = stage_profile.profile(TEXTS, rounds=2)  # (raises if a timer changed a report)
    labels = dict(stages)
    assert {"parse", "names_debt", "rule_engine.run", "JointIndex.candidates"} <= set(labels)
    assert all(us >= 0 for us in labels.values())
    assert sum(labels.values()) <= whole * 1.01  # only the outermost timed call counts
    assert [analyze(t).to_dict() for t in TEXTS] == before


def test_timers_are_removed():
    parse, run, candidates = pipeline.parse, pipeline.rule_engine.run, JointIndex.candidates
    stage_profile.profile(TEXTS[:1], rounds=1)
    assert (pipeline.parse, pipeline.rule_engine.run, JointIndex.candidates) == (parse, run, candidates)


def test_middle_half_keeps_half_of_the_messages():
    assert len(stage_profile.middle_half(TEXTS, analyze)) == 2
