"""rec80 (round 60, finding recall): night_or_frequency read from the text itself (knowledge/data/rules/zz_rec80.toml).

Three frames, each only severity low (a finding, not a verdict change):
1. pressure.rec80.contact_count_so_far — the sender admits how often it has already called or written (今天第四通电话,
   打了七个电话, 连续五天给你打电话, 拒接我们9次电话); "经多次联系未果" and a numbered formal 催告函 are left out.
2. pressure.rec80.night_hour_stated — the message puts its call, message or visit at night (凌晨两点, 这么晚还给您发消息,
   （00:40）); a night *deadline* (今晚十点前不还款) and the reader's own complaint (这样合规吗) are not.
3. pressure.rec80.repeated_contact_announced — repeated calls announced on a clock (每隔半小时打一次, 一天三十条, 接着打,
   手机响个不停, 一直打……直到); calling the borrower's contacts one by one is third-party contact, not frequency.

4. fees.rec80.fee_against_principal (excessive_fees) — the text sets a penalty against the principal (违约金已超本金一半,
   罚息远超本金, 滞纳金翻倍, 每日千分之五); a plain interest amount or 按日0.05% is not.

Every message is written for this test; the same messages are in tests/data/probes/rec80_own.jsonl.
All checks go through real HTTP requests to the app's JSON API.
"""
from __future__ import annotations

import pytest

from verdict_cases import post_analyze

KIND = "night_or_frequency"

GAINS = [
    "这周我们已经给您打了七个电话，一个都没接，逾期的账请今天回个电话说明情况。",
    "第六次提醒：您在本平台的借款已逾期，请今天内回复还款安排。",
    "您已经拒接我们9次电话了，借款逾期的问题回避解决不了，请主动联系。",
    "凌晨两点了还睡得着？欠的钱一分没还，你就别想安稳睡觉。",
    "抱歉这么晚还给您发消息，您的借款明天就满六十天了，请务必回电。",
    "（00:40）电话不接是吧，欠的钱想清楚怎么还了没有？",
    "从今天起每隔半小时给你打一次，直到你把欠款还上为止。",
    "你要是还躲，我们一天给你发三十条短信，直到你回话。",
    "今天没联系上你，欠款的事明天我们接着打，你总不能一直不接。",
    "只要你不还钱，你的手机就会响个不停，白天晚上都一样。",
]

NEAR_MISSES = [
    # (text, verdict that must stay)
    ("您的借款今天到期，请在今日23:00前完成还款，以免产生逾期。", None),
    ("今晚十点前不还款，明天上午将按合同移交法务处理。", None),
    ("这是第二次提醒您，本期账单将于本月20日到期。", None),
    ("今晚十一点的航班延误了，我到了给你打电话。", "not_collection"),
    ("宝宝每隔两小时喂一次奶，晚上也要记得起来。", "not_collection"),
    ("我今天给妈妈打了三个电话，她都说身体挺好的。", "not_collection"),
    ("催收晚上十一点还打电话，这样合规吗？我可以投诉吗？", None),
    ("您的借款已逾期47天，经多次联系未果，请于本周五前处理，逾期将依法起诉。", None),
    ("这是第三次书面催告函，请于收到后7日内归还欠款，否则我司将提起诉讼。", None),
    ("你不还，我们就一个一个打给你通讯录里的亲戚朋友。", None),
    ("您是他的紧急联系人，请督促他尽快还款，否则我们会继续联系您。", None),
    ("【某消费金融】我司客服服务时间为每天9:00-21:00，不会在夜间联系您，您的账单已逾期3天，请及时还款。", None),
    ("您好，您的借款已逾期1天，今天白天我们给您打过一次电话，请方便时回电。", "reminder"),
    ("谨防诈骗：有人自称平台客服深夜打电话要求转账，请勿相信。", None),
    ("请每隔8小时服药一次，饭后服用，连续服用三天。", "not_collection"),
]


def _kinds(report: dict) -> set[str]:
    return {f["kind"] for f in report["findings"]}


def test_the_api_reports_repeated_or_night_contact(live_server) -> None:
    for text in GAINS:
        report = post_analyze(live_server.url, text)
        assert KIND in _kinds(report), text
        rec = [f for f in report["findings"] if f["rule_id"].startswith("pressure.rec80.")]
        for f in rec:
            assert f["severity"] == "low", (text, f["rule_id"])
            assert text[f["start"]:f["end"]] == f["excerpt"], text


@pytest.mark.parametrize("text,label", NEAR_MISSES)
def test_near_misses_stay_without_the_kind(live_server, text: str, label: str | None) -> None:
    report = post_analyze(live_server.url, text)
    assert not any(f["rule_id"].startswith("pressure.rec80.") for f in report["findings"]), text
    if label is not None:
        assert report["verdict"]["label"] == label, text


# ---------- excessive_fees: fees.rec80.fee_against_principal ----------

FEES_GAIN = [
    "您的借款逾期两个月，罚息和违约金已经超过本金了，请尽快结清。",
    "逾期后违约金按每日千分之五收取，你欠的3000块现在已经多出一千多了。",
    "逾期费用已达本金的60%，今天不处理明天继续涨。",
]
FEES_NEAR = [
    "您的借款已逾期3天，已产生罚息4.20元，请尽快还款。",
    "您本期应还本金2,000元、利息18.60元，请于15日前还款。",
    "逾期后按日0.05%计收罚息，请按时还款避免产生费用。",
    "根据规定，逾期利息和违约金合计不超过本金的24%，如有疑问请联系官方客服。",
]


def test_the_api_reports_fees_out_of_proportion(live_server) -> None:
    for text in FEES_GAIN:
        report = post_analyze(live_server.url, text)
        assert "excessive_fees" in _kinds(report), text
    for text in FEES_NEAR:
        report = post_analyze(live_server.url, text)
        assert not any(f["rule_id"] == "fees.rec80.fee_against_principal" for f in report["findings"]), text
