"""agg67 (round 50, rule 3): pressing collection messages that were read as reminders or as not collection.

Three frames (knowledge/data/rules/zz_agg67.toml), each pressure only and each opening the debt gate (opens_debt):
1. the reader's case or account handed to the next collector: outsourced, a third party, the litigation group, or
   listed as a key or high-risk account (agg67.handover.next_collector → urgency_pressure);
2. the collector says it will call every day, keep calling, until the reader deals with it
   (agg67.contact.until_handled → night_or_frequency);
3. the borrower told that their emergency contact or employer has been or will be contacted, only to reach them
   (agg67.contact.borrower_told_contacts → urgency_pressure).
What must not change: a lender's plain "we will keep reminding you by phone", "we will not contact your family", a
statement that the lender *may* contact a contact, a reader's own question about such calls, news and anti-fraud notices,
ordinary messages; and a message whose pressure reaches beyond the reader (全家, 老家, 单位) is left to the threat rules.

The messages are written for these tests (names, sums and places made up); none comes from a data file.
"""
from __future__ import annotations

import pytest

from verdict_cases import check_api_labels, check_message, post_analyze

HANDOVER = "agg67.handover.next_collector"
UNTIL = "agg67.contact.until_handled"
CONTACTS = "agg67.contact.borrower_told_contacts"
OURS = (HANDOVER, UNTIL, CONTACTS)

NOW_AGGRESSIVE = [
    ("您的账户自本周一起由委外公司接管，后续请与对方沟通。", HANDOVER, "urgency_pressure"),
    ("你这笔账已经移交诉讼组了，周五前不处理就没法再谈。", HANDOVER, "urgency_pressure"),
    ("系统显示您已连续十天未接听来电，账户已被标记为高风险，请尽快回电。", HANDOVER, "urgency_pressure"),
    ("【某某花】您的借款逾期已超60天，已列为重点催收户，请立即处理。", HANDOVER, "urgency_pressure"),
    ("你再不回，明天我们就一直打，打到你接为止。", UNTIL, "night_or_frequency"),
    ("我们将每天上午和下午各致电您一次，直至您的逾期款项处理完毕。", UNTIL, "night_or_frequency"),
    ("今天已经是第六次给您打电话了，我们会持续联系您，直到您回电为止。", UNTIL, "night_or_frequency"),
    ("您一直未接电话，我们明天会致电您登记的紧急联系人，核实您的联系方式。", CONTACTS, "urgency_pressure"),
    ("孙先生，由于联系不上您，我们今天已通过您登记的单位座机找您，请尽快回电。", CONTACTS, "urgency_pressure"),
    ("我们已给您的紧急联系人留言，只请他转告您回电，请您尽快联系我们。", CONTACTS, "urgency_pressure"),
]

UNCHANGED = [
    # a lender's plain reminder that it will go on reminding, without every day / until
    ("【某某银行】您的信用卡已逾期5天，我行将继续通过短信和电话提醒您，请尽快还款。", "reminder"),
    # the lender says what it will not do
    ("【某某借】您的借款已逾期2天，我们不会联系您的亲友或工作单位，如有困难可在App内申请协商。", "reminder"),
    # a statement of what the contract allows, not of a step taken
    ("【某某银行】您的信用卡已逾期，请保持电话畅通，我行可能通过您预留的联系人与您取得联系。", "reminder"),
    # the reader's own question about such calls
    ("请问一下，网贷催收说要联系我的紧急联系人和单位，这个合法吗？可以去哪里投诉？", "not_collection"),
    # news and an anti-fraud notice
    ("据报道，监管部门将持续加大对催收行为的检查力度，直至违规问题整改到位。", "not_collection"),
    # ordinary messages
    ("您的投诉已转交第三方机构处理，我们会在三个工作日内回复您。", "not_collection"),
    ("您的订单已由第三方物流接手配送，请保持电话畅通。", "not_collection"),
    ("老王，下午三点开会，你提前把材料打印好。", "not_collection"),
    ("妈，我这周末回家吃饭，帮我留点饺子。", "not_collection"),
]


@pytest.mark.parametrize(("text", "rule", "kind"), NOW_AGGRESSIVE, ids=[f"aggr{i}" for i in range(len(NOW_AGGRESSIVE))])
def test_the_frames_make_the_message_aggressive(text: str, rule: str, kind: str) -> None:
    check_message(text, label="aggressive", rules_in=[rule], kinds_in=[kind])


@pytest.mark.parametrize(("text", "label"), UNCHANGED, ids=[f"kept{i}" for i in range(len(UNCHANGED))])
def test_lawful_and_ordinary_messages_are_unchanged(text: str, label: str) -> None:
    check_message(text, label=label, rules_out=OURS)


def test_pressure_beyond_the_reader_is_left_to_the_threat_rules() -> None:
    # the handover and frequency frames step aside when the message reaches the family or the workplace
    check_message("你不接我们就一直打，打你全家人的，打到你接为止。", rules_out=[UNTIL], not_label="reminder")


def test_the_api_reads_the_frames(live_server) -> None:
    cases = [(text, "aggressive") for text, _, _ in NOW_AGGRESSIVE] + UNCHANGED
    reports = check_api_labels(live_server.url, cases)
    for text, rule, kind in NOW_AGGRESSIVE:
        findings = reports[text]["findings"]
        assert any(f["rule_id"] == rule and f["kind"] == kind and f["severity"] == "medium" for f in findings), text
        assert all(f["category"] not in ("unlawful_threat", "scam") for f in findings), text
    for text, _ in UNCHANGED:
        assert not any(f["rule_id"] in OURS for f in reports[text]["findings"]), text


def test_no_alarm_over_http(live_server) -> None:
    report = post_analyze(live_server.url, "您的账户今日起由委外机构接管，请注意接听来电。")
    assert report["verdict"]["label"] == "aggressive"
    assert 35 <= report["verdict"]["risk"] <= 55
