"""nc82: collection messages with no debt word that the gate called not_collection, read by who does what to whom
(knowledge/data/rules/zz_nc82.toml): the writer's ignored calls and a demand to answer now, a late-night demand, an
ultimatum followed by "按流程走", a lawsuit announced after the reader's silence (lawful pressure: aggressive); a slur
at a reader who dodges or cannot pay, people at the reader's door demanding they come out and "settle", the reader's
family or colleagues already reached with "你自己看着办" (unlawful threats). Ordinary messages with the same words from
family, work, friends and couriers stay not_collection. Messages written for this test, not taken from any data set."""
from __future__ import annotations

import pytest

from analyzer import analyze

AGGRESSIVE = [
    ("ignored_calls", "我们已经给你打了十几通电话，你一直不接，今天下午五点前务必回电。", "nc82.chase.ignored_contacts"),
    ("nth_message", "这已经是第六条短信了，你还装没看见？明天中午前必须给个答复。", "nc82.chase.ignored_contacts"),
    ("late_night", "深夜十二点还在给你发，就是希望你明早九点前把事情处理掉。", "nc82.night.late_demand"),
    ("ultimatum", "最后给你一天，再不处理就按流程走，没得商量。", "nc82.ultimatum.then_procedure"),
    ("lawsuit_silence", "我们反复联系您都没有回应，下一步将通过司法途径解决。", "nc82.escalate.lawsuit_after_silence"),
]

THREAT = [
    ("slur_dodge", "人渣一个，电话都不接，钱呢？", "nc82.insult.slur_at_dodger"),
    ("slur_cannot_pay", "五千块都还不上，你这废物还有什么脸。", "nc82.insult.slur_at_dodger"),
    ("at_door", "我们的人已经守在你家楼下了，别躲了，下来把事解决。", "nc82.door.come_down_and_settle"),
    ("open_door", "开门，我们就在你家门口，别装不在家。", "nc82.door.come_down_and_settle"),
    ("circle_reached", "你的紧急联系人我们都联系上了，你自己掂量掂量。", "nc82.circle.reached_then_menace"),
]

ORDINARY = [
    ("mother_calls", "妈给你打了十几个电话都不接，今晚必须回个电话！"),
    ("client_calls", "客户打了你三次电话都没接，下午三点前回个电话。"),
    ("friend_downstairs", "我已经到你家楼下了，下来一起去吃饭。"),
    ("agent_viewing", "中介带看，已经在你家门口了，麻烦开门。"),
    ("game_curse", "王八蛋这游戏又卡了，充的钱呢？"),
    ("late_sorry", "不好意思这么晚给你发，明早十点前回复一下方案就行。"),
    ("event_last_day", "最后一天报名，今晚八点前不报名的按流程走下一批。"),
    ("cousin_added", "你表哥的微信我加上了，周末一起吃饭。"),
    ("paid_bill", "您尾号1234的信用卡本期账单已还清，感谢使用。"),
    ("lawyer_for_reader", "对方一直没有回应，我们将为您通过诉讼途径追回货款。"),
]


@pytest.mark.parametrize("name,text,rule", AGGRESSIVE, ids=[a[0] for a in AGGRESSIVE])
def test_pressure_frames_are_aggressive(name, text, rule):
    report = analyze(text)
    assert report.verdict.label == "aggressive"
    assert any(rule == f.rule_id or rule in f.merged_rule_ids for f in report.findings)


@pytest.mark.parametrize("name,text,rule", THREAT, ids=[t[0] for t in THREAT])
def test_threat_frames_are_unlawful(name, text, rule):
    report = analyze(text)
    assert report.verdict.label == "unlawful_threat"
    assert any(rule == f.rule_id or rule in f.merged_rule_ids for f in report.findings)


@pytest.mark.parametrize("name,text", ORDINARY, ids=[o[0] for o in ORDINARY])
def test_ordinary_lines_stay_quiet(name, text):
    report = analyze(text)
    assert report.verdict.label not in ("unlawful_threat", "scam", "aggressive")
    assert not any(f.rule_id.startswith("nc82.") for f in report.findings)


def test_family_mention_keeps_the_threat():
    # an opener must not turn a threat naming the reader's parents into mere pressure
    report = analyze("给你最后一次机会，不然后果自负，你爸妈身体也不太好吧。")
    assert not any(f.rule_id.startswith("nc82.") for f in report.findings)
