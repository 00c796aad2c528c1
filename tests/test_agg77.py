"""agg77 (round 57): counted contacts and admonitions read as plain reminders.

Two frames (knowledge/data/rules/zz_agg77.toml), pressure only, each opening the debt gate (opens_debt):
1. the collector counts its contacts: the third or later call / notice / visit, or "已多次联系您未果"
   (a bank's "多次致电您均未能接通" stays a reminder, tests/test_aggr17.py) (agg77.repeat.contact_count → urgency_pressure);
2. the collector admonishes the borrower: 自己想清楚, 好自为之, 正视债务, 心存侥幸, 一拖再拖, 逃避解决不了问题
   (agg77.admonish.think_it_over → urgency_pressure);
3. a lawful next step used as a lever: not paid by then → termination, supply cut, service or limit suspended
   (agg77.lever.service_stop → urgency_pressure).
What must not change: a bank's "第二次提醒" before the due date, a plain "请于X日前还款", a routine credit-report line in a
due notice, a courier's "多次联系您未接通", jokes and notices with 后果自负, and ordinary messages.

The messages are written for these tests (names, sums made up); none comes from a data file.
"""
from __future__ import annotations

import pytest

from verdict_cases import check_api_labels, check_message, post_analyze

COUNT = "agg77.repeat.contact_count"
ADMONISH = "agg77.admonish.think_it_over"
LEVER = "agg77.lever.service_stop"
OURS = (COUNT, ADMONISH, LEVER)

NOW_AGGRESSIVE = [
    ("这是第三次联系您了，您的借款已逾期21天，请今天内回电。", COUNT),
    ("【某某贷】第五次提醒：您的账户逾期45天，请立即还款。", COUNT),
    ("我们已多次提醒，您的欠款至今未还，请尽快处理。", COUNT),
    ("你已经第三次失约了，这次再不还我们不会再给你延期。", COUNT),
    ("第7次催告：逾期金额4,320元，请于今日18点前结清。", COUNT),
    ("欠款的事你自己看着办，我们已经仁至义尽。", ADMONISH),
    ("您的借款已逾期两个月，请勿心存侥幸，尽快还款。", ADMONISH),
    ("账单逾期你一直躲着没用，今天给个还款时间。", ADMONISH),
    ("信用卡逾期了就该还，拖着没好处，你自己权衡。", ADMONISH),
    ("租金拖了一个半月了，月底前还交不上的话，我只能按合同解除租约。", LEVER),
    ("【某某分期】您的账单已逾期，如不还款，将暂停您的账户额度并停止一切服务。", LEVER),
]

UNCHANGED = [
    ("【某某银行】第二次提醒：您的信用卡本期账单3,200元，到期还款日为12月5日。", "reminder"),
    ("【某某借条】温馨提示：您本月还款日为明天，本月已为您发送第2次提醒。", "reminder"),
    ("【某某花】您的账单已逾期3天，应还1,050元，请尽快还款，逾期将影响征信。", "reminder"),
    ("【某某银行】您的贷款本期应还1,888元，请于本月25日前还款。", "reminder"),
    ("【某某消费金融】您的借款已逾期5天，逾期将按合同计收罚息并报送征信，请及时还款。", "reminder"),
    ("【某某快递】快递员已多次联系您未接通，请回电预约派送时间。", "not_collection"),
    ("水深危险，禁止游泳，违者后果自负。", "not_collection"),
    ("考研还是工作，你自己想清楚再决定。", "not_collection"),
    ("这个项目一拖再拖，客户那边很不满意。", "not_collection"),
    ("老师已经第三次通知交作业了，明天别忘了。", "not_collection"),
    ("您的信用卡已按您的申请办理停卡，如有疑问请致电客服。", "not_collection"),
    ("妈，我周末回家吃饭，帮我留点饺子。", "not_collection"),
]


@pytest.mark.parametrize(("text", "rule"), NOW_AGGRESSIVE, ids=[f"aggr{i}" for i in range(len(NOW_AGGRESSIVE))])
def test_the_frames_make_the_message_aggressive(text: str, rule: str) -> None:
    check_message(text, label="aggressive", rules_in=[rule], kinds_in=["urgency_pressure"])


@pytest.mark.parametrize(("text", "label"), UNCHANGED, ids=[f"kept{i}" for i in range(len(UNCHANGED))])
def test_lawful_and_ordinary_messages_are_unchanged(text: str, label: str) -> None:
    check_message(text, label=label, rules_out=OURS)


def test_the_api_reads_the_frames(live_server) -> None:
    cases = [(text, "aggressive") for text, _ in NOW_AGGRESSIVE] + UNCHANGED
    reports = check_api_labels(live_server.url, cases)
    for text, rule in NOW_AGGRESSIVE:
        findings = reports[text]["findings"]
        assert any(rule in [f["rule_id"], *f.get("merged_rule_ids", [])] and f["severity"] == "medium"
                   for f in findings), text
        assert all(f["category"] not in ("unlawful_threat", "scam") for f in findings), text
    for text, _ in UNCHANGED:
        assert not any(set(OURS) & {f["rule_id"], *f.get("merged_rule_ids", [])} for f in reports[text]["findings"]), text


def test_risk_stays_in_the_pressure_band_over_http(live_server) -> None:
    report = post_analyze(live_server.url, "今天已经第四次给你打电话了，欠款的事你总得给个说法。")
    assert report["verdict"]["label"] == "aggressive"
    assert 35 <= report["verdict"]["risk"] <= 55
