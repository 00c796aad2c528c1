"""spd56: benchmarks/scan_count.py counts the regex scans analyze() runs a message and marks those a key prescan could
have skipped (the pattern's keys, prefilter.any_branch_keys, all missing from the message). The analyzer is unchanged
(a prescan that skipped them was measured and left out: it saved ~2 µs of ~235). These check the count on messages
written here: a skippable scan never had a match to find, the tracing changes no report, and the app over HTTP
gives the report analyze() gives."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from analyzer import analyze
from analyzer.document import parse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import scan_count  # noqa: E402

REMINDER = "【某某消费金融】尊敬的客户，您尾号1234的借款本期应还1,280.00元已逾期2天，请于今日23点前通过官方App还款，以免影响征信。"
THREAT = "你再不还钱，我们就把你的照片发到你公司群里，你自己看着办。"
ORDINARY = "周末一起去爬山吗？记得带水和外套，早上七点小区门口集合。"
NEAR_MISS = "王阿姨，上次借您的伞我明天还过去，顺便把孩子的作业本带给您。"
PASTED = "刚收到这个，是真的吗：【XX法院】您的案件已立案，请点击 http://x1.cn/abc 缴纳诉讼费，逾期将强制执行。"
MESSAGES = [REMINDER, THREAT, ORDINARY, NEAR_MISS, PASTED]


@pytest.fixture(scope="module")
def scans() -> scan_count.Scans:
    return scan_count.count(MESSAGES, keep=True)


def test_every_message_is_counted_and_some_scans_are_skippable(scans: scan_count.Scans) -> None:
    calls, skippable = scans.per_message()
    assert scans.messages == len(MESSAGES)
    assert calls > 20  # every message goes through the debt gate, the lender detector, the rules…
    assert 0 < skippable < calls
    assert all(scans.skippable[key] <= scans.calls[key] for key in scans.skippable)


def test_a_skippable_scan_had_no_match_to_find(scans: scan_count.Scans) -> None:
    # the pattern's keys (one of which every match holds) are missing from the message: no match anywhere in it
    assert scans.flagged
    for pattern, _method, folded in scans.flagged:
        assert pattern.search(folded) is None, pattern.pattern[:60]


def test_an_ordinary_message_skips_more_than_a_collection_message() -> None:
    ordinary = scan_count.count([ORDINARY])
    reminder = scan_count.count([REMINDER])
    assert ordinary.per_message()[1] > 0 and reminder.per_message()[1] > 0
    # the cue words a reminder holds let more of the debt gate's patterns through
    assert ordinary.per_message()[1] / ordinary.per_message()[0] > reminder.per_message()[1] / reminder.per_message()[0]


@pytest.mark.parametrize("text", MESSAGES)
def test_counting_changes_no_report(text: str) -> None:
    before = analyze(text).to_dict()
    scan_count.count([text])
    assert analyze(text).to_dict() == before
    assert parse(text).f  # (the folded text the flagged scans are checked against)


def test_scan_cost_is_measured_per_message(scans: scan_count.Scans) -> None:
    scan, call = scan_count.scan_cost(scans, rounds=1)
    assert scan > 0 and call > 0


@pytest.mark.parametrize("text", [REMINDER, THREAT, NEAR_MISS])
def test_api_over_http_gives_what_analyze_gives(api, text: str) -> None:
    report = api.analyze(text)
    local = analyze(text).to_dict()
    assert report["verdict"]["label"] == local["verdict"]["label"]
    assert sorted(f["kind"] for f in report["findings"]) == sorted(f["kind"] for f in local["findings"])
