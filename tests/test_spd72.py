"""spd72 (round 54, speed): no analyzer change. The branch adds `benchmarks/stage_profile.py --again`, which times each
stage's immediate second call beside its first (the difference is what the stage pays for data the rest of analyze()
or jieba pushed out of the caches). These tests check that the timers, with the second calls, change no report, and
that the app still answers as before on messages written for this test (an ordinary message, two lawful reminders,
a threat), the same report the library gives.

The messages are written for these tests (names, sums and places made up); none comes from a data file.
"""
from __future__ import annotations

import sys
from pathlib import Path

from analyzer import analyze
from verdict_cases import check_api_labels

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import stage_profile  # noqa: E402

ORDINARY = "明天一起吃饭吗？我六点下班。"
CARD_BILL = "【安和银行】尊敬的客户，您的信用卡本期账单1,280.00元将于12月20日到期，请按时还款。如已还款请忽略。"
OVERDUE = "您好，您在本平台的借款已逾期5天，请今天内还款，逾期将影响您的个人征信。"
THREAT = "你欠的三万块再拖着不还，我们就去你单位找你领导，让你全家都不得安宁。"
CASES = ((ORDINARY, "not_collection"), (CARD_BILL, "reminder"), (OVERDUE, "reminder"), (THREAT, "unlawful_threat"))


def test_second_calls_change_no_report() -> None:
    texts = [text for text, _ in CASES]
    # profile() compares every report with the timers in place against one without them and raises if they differ
    again: dict[str, float] = {}
    whole, stages = stage_profile.profile(texts, rounds=1, again=again)
    assert whole > 0
    assert {"names_debt", "JointIndex.candidates"} <= set(again)
    assert set(again) == {label for label, _us in stages}  # a second time for every stage timed
    assert all(us > 0 for us in again.values())


def test_the_timers_are_removed() -> None:
    from analyzer import pipeline

    before = pipeline.names_debt
    stage_profile.profile([ORDINARY], rounds=1, again={})
    assert pipeline.names_debt is before


def test_the_api_answers_as_the_library(live_server) -> None:
    reports = check_api_labels(live_server.url, CASES)
    for text, _label in CASES:
        assert reports[text]["findings"] == analyze(text).to_dict()["findings"], text
    assert {f["kind"] for f in reports[THREAT]["findings"]} >= {"violence_threat", "third_party_contact"}
    assert reports[ORDINARY]["findings"] == [] and reports[CARD_BILL]["findings"] == []
