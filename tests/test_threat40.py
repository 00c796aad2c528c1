"""Threats by implication that name no debt (round 33, THREAT40): knowledge/data/rules/zz_threat40.toml (a favour in scare
quotes aimed at the reader's people, a concession that shifts the pressure onto the reader's family or employer, "next
time it will not be just talk"), the reader refusing the debt or the talks as a sign of being chased (lexicon.toml,
{nodebt_chase}) and the speaker showing up again and again at the reader's place ({tthirtyfour_watcher}). Twins from
friends, family, shops and lenders stay quiet. The messages are written for these tests, not taken from a data file.
"""
from __future__ import annotations

import pytest

THREATS = [
    # (text, a rule id that must be among the findings)
    ("下个月你们单位开会，我们去“拜访”一下你们领导。", "threat.t40.quoted_favour"),
    ("我们给你爸妈备了一份“见面礼”，这两天就送到你老家。", "threat.t40.quoted_favour"),
    ("你尽管躲，可你老婆还得每天去上班。", "threat.t40.concession_shifts_to_kin"),
    ("这账你无所谓，就是不知道你公司领导有没有所谓。", "threat.t40.concession_shifts_to_kin"),
    ("今天是最后一次跟你好好说，下回上门就不是聊聊这么简单了。", "threat.t40.beyond_talk_next_time"),
    # {nodebt_chase}: the reader disowning the debt or the talks opens @chased for the existing menace frames
    ("那笔钱你死活不认，那我们只能换一种方式跟你谈了。", "threat.t24.menace.worse_hands"),
    # {tthirtyfour_watcher}: the speaker keeps showing up at the reader's place
    ("你女儿每天放学走的那条街，我们的人天天在那转。", "threat.t34.we_watch_your_people"),
]

QUIET = [
    "你的会员积分可兑换一份“惊喜”礼物，点击领取，退订回T。",
    "我们下周去你们单位拜访一下领导，谈谈明年的合作。",
    "生日快乐！我们给你准备了一份“礼物”，晚上见。",
    "你可以不回我消息，但你妈一直很担心你，给家里打个电话吧。",
    "你尽管去忙，可你老婆说晚上要你早点回家吃饭。",
    "以后就不用打电话了，在App里就能查到还款进度。",
    "下次就不是聊天了，我们直接开会把方案定下来。",
    "那家店的账你不认就算了，我们换一家店吃。",
    "协商不了的话，您可以拨打官方客服申请延期还款，我司不会上门。",
    "你家楼下那家包子铺我昨天在那吃了，味道不错，推荐你去。",
    "【XX消费金融】您的账单已逾期，请回复“沟通”预约客服回电，我司不会联系您的家人。",
]


@pytest.mark.parametrize("text,rule_id", THREATS, ids=[t[1] + f"#{i}" for i, t in enumerate(THREATS)])
def test_implied_threat_without_debt_is_unlawful(analyzer, text, rule_id):
    report = analyzer.analyze(text)
    assert report.verdict.label == "unlawful_threat", (text, report.verdict.label)
    assert rule_id in {f.rule_id for f in report.findings}, (text, [f.rule_id for f in report.findings])


@pytest.mark.parametrize("text", QUIET, ids=[f"quiet#{i}" for i in range(len(QUIET))])
def test_twins_from_friends_shops_and_lenders_stay_quiet(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label not in {"unlawful_threat", "scam"}, (text, [f.rule_id for f in report.findings])
    assert not {f.rule_id for f in report.findings} & {
        "threat.t40.quoted_favour", "threat.t40.concession_shifts_to_kin", "threat.t40.beyond_talk_next_time"}
