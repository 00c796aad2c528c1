"""fa51 (integrator's bug fix, PREREG_round41 rules 1-2): two kinds of harmless message read as threats.

1. A shame or ruin word ({harm}'s 抬不起头, 混不下去, 没法做人, 不得安宁, 家破人亡 …) is a threat only when someone means to
   bring it on the reader (让你…抬不起头, 你就…, 不还就…). The speaker's own present state (我在班里都抬不起头了), a third
   person's (她在单位都抬不起头), a retold past consequence (弄得全家在村里抬不起头, 最后弄得家破人亡) and a subject-less
   "在班里都抬不起头了" are not: {fasone_told_state} (knowledge/data/rules/zz_fa51.toml) excludes them from
   threat.violence.harm and threat.r16.violence.veiled, and quiets the n-gram second opinion
   (analyzer/detectors/learned.quiet) unless a causative on the reader, a condition or a menace ({fasone_told_block}) is
   in the message.
2. Holding the reader's contacts (你同事的电话我都有了) is no threat when the same sentence says the ordinary purpose —
   a party, a meeting, a wedding, a dinner to notify or invite people to, a group to set up — and no debt, repayment or
   exposure follows it ({fasone_ordinary_purpose}: threat.r6.holds_your_contacts, threat.t25.circle_one_by_one).

All messages are written for this test (masked, invented), not copied from a data file. Every harmless one was
unlawful_threat (or fired one of the rules named) on main 8b7a1dce; the threats keep their verdict.
"""
from __future__ import annotations

import json
import urllib.request

import pytest

from analyzer import analyze

STATE_RULES = {"threat.violence.harm", "threat.r16.violence.veiled", "threat.learned.resembles_threats"}
CONTACT_RULES = {"threat.r6.holds_your_contacts", "threat.t25.circle_one_by_one"}

# the speaker's own shame, a third person's, a retold consequence
OWN_OR_TOLD_STATE = [
    ("exam_shame", "这次考试没考好，在班里都抬不起头了，妈你别骂我了"),
    ("retold_family", "他欠钱不还，弄得全家在村里抬不起头"),
    ("own_at_work", "我现在在单位都抬不起头了，你说我该怎么办"),
    ("own_hometown", "哥，我做生意赔了，在老家实在混不下去了，想去你那边找个活"),
    ("third_person_village", "他老婆跑了，他在村里都没法做人了，你有空去看看他"),
    ("noise_upstairs", "楼上天天装修，吵得我们一家不得安宁，你帮我问问物业"),
    ("retold_mother", "她儿子赌博欠了一屁股债，害得她在亲戚面前抬不起头"),
    ("own_family_debt", "我们家这几年被债务搞得鸡犬不宁，你就别再提借钱的事了"),
    ("sports_shame", "上次比赛输了，我在队里都抬不起头了，你别笑我"),
    ("retold_parents", "他欠了网贷不还，搞得他爸妈在亲戚面前抬不起头"),
    ("third_person_work", "她老公欠钱跑了，她在单位都抬不起头"),
    ("retold_end", "他赌博欠债，最后弄得家破人亡"),
    ("own_in_laws", "我家那口子欠了网贷，我在娘家都抬不起头了"),
]

# an ordinary purpose for holding the contacts
ORDINARY_PURPOSE = [
    ("party", "你同事的电话我都有了，周五聚会我来挨个通知"),
    ("reunion", "你们班同学的电话我都有了，周六同学会我来一个个通知"),
    ("wedding", "你表姐的电话我已经有了，婚礼请柬我明天挨个发"),
    ("annual_party", "你部门同事的手机号我都存着，年会我来统一通知"),
    ("team_building", "你同事的电话我都有了，下周团建我拉个群"),
    ("birthday", "你爸妈的电话我都有了，生日宴我挨个请"),
    ("dinner", "你同学的号码我早就有了，周末聚餐我来叫上大家"),
]

THREATS = [
    ("shame_on_condition", "不还钱就让你在村里抬不起头"),
    ("shame_we_will", "我们会让你在老家抬不起头"),
    ("parents_condition", "再不还，你爸妈就在村里抬不起头了"),
    ("i_make_you", "你欠的钱再拖下去，我让你在公司待不下去"),
    ("i_promise_you", "我保证你在这个行业混不下去"),
    ("family_condition", "再不还钱，就弄得全家抬不起头"),
    ("third_waits", "他就等着身败名裂吧，你儿子那笔钱不还"),
    ("contacts_call", "你同事的电话我都有了，再不还我就挨个打"),
    ("party_deadline", "你同事的电话我都有了，周五聚会前不还钱我就挨个通知"),
    ("party_exposure", "你同事的电话我都有了，周五聚会我挨个通知大家你欠钱不还"),
    ("address_book", "你的通讯录我们都有，不还就挨个打过去"),
    ("wife_phone", "你老婆的电话我已经有了，今天不还钱我就打给她"),
]


def _fired(text: str) -> set[str]:
    return {i for f in analyze(text).findings for i in f.rule_ids}


@pytest.mark.parametrize(("name", "text"), OWN_OR_TOLD_STATE, ids=[n for n, _ in OWN_OR_TOLD_STATE])
def test_a_state_not_brought_on_the_reader_is_no_threat(name: str, text: str) -> None:
    report = analyze(text)
    assert report.verdict.label != "unlawful_threat", (name, [f.rule_id for f in report.findings])
    assert not _fired(text) & STATE_RULES, name


@pytest.mark.parametrize(("name", "text"), ORDINARY_PURPOSE, ids=[n for n, _ in ORDINARY_PURPOSE])
def test_contacts_held_for_an_ordinary_purpose_are_no_threat(name: str, text: str) -> None:
    report = analyze(text)
    assert report.verdict.label == "not_collection", (name, [f.rule_id for f in report.findings])
    assert not _fired(text) & CONTACT_RULES, name


@pytest.mark.parametrize(("name", "text"), THREATS, ids=[n for n, _ in THREATS])
def test_threats_keep_their_verdict(name: str, text: str) -> None:
    assert analyze(text).verdict.label == "unlawful_threat", name


def test_the_shame_rule_still_names_the_threat() -> None:
    assert "threat.violence.harm" in _fired("不还钱就让你在村里抬不起头")
    assert "threat.violence.harm" in _fired("再不还，你爸妈就在村里抬不起头了")
    assert "threat.r6.holds_your_contacts" in _fired("你同事的电话我都有了，周五聚会前不还钱我就挨个通知")


def test_the_api_reads_an_invitation_as_no_threat(live_server) -> None:
    data = json.dumps({"text": "你同事的电话我都有了，周五聚会我来挨个通知"}).encode("utf-8")
    request = urllib.request.Request(live_server.url + "/api/v1/analyze", data=data,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as r:  # noqa: S310 - our own test server
        report = json.loads(r.read().decode("utf-8"))
    assert report["verdict"]["label"] == "not_collection"
    assert not {f["rule_id"] for f in report["findings"]} & CONTACT_RULES
