"""unit72 (round 54, integrator's bug fix): an exposure threat is also read as a visit.

"再不还款就把你的欠款信息发到您单位群里" gave the exposure finding and also "威胁上门 · 到您单位": the "到您单位" is the end
of "发到您单位群里", something sent to a place, group or channel, not someone coming there. In pressure.doorstep.visit
(knowledge/data/rules/pressure.toml) a place word after 发/传/转/寄/曝光/公布/上报……到, or followed by 群/网站/邮箱/
朋友圈, is the destination of what is sent, not a visit; a real visit (明天到您单位找您, 上门到你单位, 我们的人会到你公司)
is still found. Checked through real HTTP requests to the app.

The messages are written for these tests (names, sums and places made up); none comes from a data file.
"""
from __future__ import annotations

from typing import Any

import pytest

from verdict_cases import check_api_labels, post_analyze

VISIT = "doorstep_visit_threat"
EXPOSURE_KINDS = {"exposure_threat", "third_party_contact"}

# something sent or published to the reader's workplace, home town or a group there: exposure, not a visit
SENT_TO_PLACE = [
    "再不还款就把你的欠款信息发到您单位群里",
    "逾期不还，我们就把你的借款合同传到你单位",
    "再不还钱就把你的事曝光到你公司",
    "欠款不还就把你的照片转到你老家的群里",
    "再不还就把催收函寄到你单位",
]
# someone coming to the place: still a visit
REAL_VISIT = [
    "再不还款，明天到您单位找您",
    "您的借款已逾期，我们明天上门到你单位",
    "你的欠款逾期了，我们的人会到你公司",
    "你的欠款逾期了，明天到你家",
    "您的借款已逾期，我司将派人到您单位核实",
]
BOTH = "欠款再不还，把你的欠款信息发到你单位群里，我们再到你单位找你"
# must not change: ordinary messages and lawful reminders
UNCHANGED = [
    ("我把会议纪要发到你单位邮箱了，记得查收", "not_collection"),
    ("周末的聚会照片我发到你公司群里了", "not_collection"),
    ("照片我已经传到你家里的电脑上了，有空看看", "not_collection"),
    ("【XX银行】您的信用卡本期账单已出，请于10日前还款。", "reminder"),
    ("您的借款今日到期，请登录App按时还款，我司不会上门催收", "reminder"),
    ("您的借款已逾期3天，请尽快还款，以免影响您的信用记录", "reminder"),
]


def _kinds(report: dict[str, Any]) -> set[str]:
    return {f["kind"] for f in report["findings"]}


@pytest.mark.parametrize("text", SENT_TO_PLACE)
def test_a_place_things_are_sent_to_is_no_visit(live_server, text: str) -> None:
    report = post_analyze(live_server.url, text)
    assert report["verdict"]["label"] == "unlawful_threat", text
    kinds = _kinds(report)
    assert kinds & EXPOSURE_KINDS, (text, kinds)
    assert VISIT not in kinds, (text, [(f["rule_id"], f["excerpt"]) for f in report["findings"]])


@pytest.mark.parametrize("text", REAL_VISIT)
def test_a_real_visit_is_still_found(live_server, text: str) -> None:
    report = post_analyze(live_server.url, text)
    assert VISIT in _kinds(report), (text, report["findings"])
    assert report["verdict"]["label"] in {"aggressive", "unlawful_threat"}, text


def test_sending_then_coming_reports_only_the_coming(live_server) -> None:
    report = post_analyze(live_server.url, BOTH)
    assert report["verdict"]["label"] == "unlawful_threat"
    assert _kinds(report) & EXPOSURE_KINDS
    visits = [f for f in report["findings"] if f["kind"] == VISIT]
    assert visits, report["findings"]
    sent_at = BOTH.index("发到你单位")
    coming_at = BOTH.index("再到你单位")
    assert all(f["start"] > sent_at + 1 for f in visits), visits
    assert any(f["start"] >= coming_at for f in visits), visits


def test_ordinary_messages_and_reminders_do_not_change(live_server) -> None:
    reports = check_api_labels(live_server.url, UNCHANGED)
    for text, report in reports.items():
        assert VISIT not in _kinds(report), text
