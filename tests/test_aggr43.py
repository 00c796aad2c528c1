"""aggr43: three lawful-pressure frames said with no debt word, in knowledge/data/rules/zz_aggr43.toml.

- escalation: the writer says that if the reader still does not pay or answer, or once a deadline passes, its side takes
  the next formal step (起诉, 转法务, 走程序, 按流程, 诉前保全); lawful, so pressure, never a threat.
- ultimatum: the whole message is one bare deadline (再给你两天, 给你最后48小时, 最后五天过时不候), nothing else said.
- visit: because the reader does not answer, the writer's side will come in person (上门面谈, 去你单位当面聊).
Pressure only (aggressive): never a threat or a scam; a threat the rules or the n-gram model hear must stay one.

Messages written for this test (not copied from a data file). Each pressing message was not_collection or reminder on
main; each twin must stay quiet (no aggr43 finding, no threat or scam)."""
from __future__ import annotations

import pytest

PRESSED = [
    ("aggr43.escalation.formal_step_if_unmet", "unless_heard_from", "周五前还是没消息的话，我们只能按流程处理了。"),
    ("aggr43.escalation.formal_step_if_unmet", "this_week", "上次答应的钱还是没到，这周就起诉。"),
    ("aggr43.escalation.formal_step_if_unmet", "after_deadline", "过了月底还没动静，这边直接走法务。"),
    ("aggr43.escalation.formal_step_if_unmet", "straight_to_court", "这次还不兑现，我就直接起诉。"),
    ("aggr43.ultimatum.bare_deadline", "two_days", "再给你两天。"),
    ("aggr43.ultimatum.bare_deadline", "last_hours", "给你最后48小时。"),
    ("aggr43.ultimatum.bare_deadline", "no_waiting", "最后五天，过时不候。"),
    ("aggr43.escalation.formal_step_if_unmet", "car_taken_back", "月底前还不上的话，我们只能按合同把车收回了。"),
    ("aggr43.visit.in_person_if_silent", "visit_if_no_answer", "一直不接电话的话，我们下周安排同事上门跟您面谈。"),
    ("aggr43.visit.in_person_if_silent", "to_the_unit", "还是不回消息？那我周五去你单位当面聊。"),
]

QUIET = [
    ("helping_a_friend_sue", "起诉状我帮你打印好了，明天你去法院立案记得带身份证。"),
    ("reader_sues_a_shop", "商家一直不退款，我准备起诉那个公司，请问怎么立案？"),
    ("law_lecture", "普法讲座：对方借钱不还，出借人可以依法起诉。"),
    ("scam_warning", "警惕：有人冒充平台说不还就起诉，让你转账到个人账户。"),
    ("promised_no_suit", "我们不会起诉你，请放心，有困难可以申请分期。"),
    ("work_process", "下周我们部门开会，讨论明年的工作流程。"),
    ("shop_sale", "年货节最后三天，全场五折，过时不候！"),
    ("sign_up", "报名最后两天，逾期不候。"),
    ("friend_invites", "再给你三天考虑一下要不要来。"),
    ("boss_task", "我再给你三天，你把报告改完发我。"),
    ("landlord_repair", "房东：下周三来修热水器，过了中午就不来了。"),
    ("bank_marketing", "【某银行】信用卡分期优惠最后三天，详询客服。"),
    ("routine_reminder_credit", "您本期账单将于28日到期，请按时还款，保持良好信用记录。"),
    ("news", "据报道，某平台因违规催收被起诉，法院已立案。"),
    ("lease_ends", "如不续约，租期满后按合同收回房屋钥匙，请提前搬离。"),
    ("friend_visits", "你一直不回消息，周末我去你家拜访一下叔叔阿姨，顺便吃个饭。"),
    ("business_visit", "贵司一直联系不上，下周一我们去贵公司拜访，洽谈合作事宜。"),
    ("no_visit", "我们不会上门，您一直不接电话也可以在 App 里留言。"),
]

THREATS = [
    ("consequence_to_family", "再给你一天时间，不然后果你和你家人一起承担。"),
    ("shaming_visit", "你再不回消息，我就去你单位找你领导当面聊，让你同事都知道。"),
]


def _rules(report):
    return {r for f in report.findings for r in f.rule_ids}


@pytest.mark.parametrize("rule,text", [(r, t) for r, _, t in PRESSED], ids=[i for _, i, _ in PRESSED])
def test_a_formal_step_or_bare_deadline_without_a_debt_word_is_aggressive(analyzer, rule, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "aggressive", [(f.rule_id, f.severity) for f in report.findings]
    assert rule in _rules(report)


@pytest.mark.parametrize("text", [t for _, t in QUIET], ids=[i for i, _ in QUIET])
def test_an_everyday_twin_is_not_read(analyzer, text):
    report = analyzer.analyze(text)
    assert not any(r.startswith("aggr43.") for r in _rules(report)), _rules(report)
    assert report.verdict.label not in ("unlawful_threat", "scam")


@pytest.mark.parametrize("text", [t for _, t in THREATS], ids=[i for i, _ in THREATS])
def test_a_threat_stays_a_threat(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "unlawful_threat"
    assert not any(r.startswith("aggr43.") for r in _rules(report))
