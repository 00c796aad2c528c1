"""threat34: surveillance menace without a debt word — the reader's or kin's routine, home, shop or car + a weak spot
(no light, no camera, alone, unlocked, fragile) + a knowing close, or a caution said by "we", or "we" watching
(knowledge/data/rules/zz_threat34.toml). Real analyzer calls; the care, notice and news lines must stay lawful."""
import json
from pathlib import Path

import pytest

from analyzer import analyze

BATTERY = Path(__file__).parent / "data" / "probes" / "threat34_own.jsonl"
T34 = ("threat.t34.exposed_routine", "threat.t34.exposed_routine_we_caution", "threat.t34.we_watch_your_people")

THREATS = [
    "你家那个小超市开到半夜，门口也没个监控，你心里有数。",
    "你丈母娘一个人住在XX村，门都不怎么锁，你放心得下吗？",
    "你老公每晚十一点才从厂里出来，走的那条小路我们兄弟也常走。",
    "你女儿每周三下午在少年宫学舞蹈，五点下课，我们记住了。",
    "你老家那栋老房子就你奶奶一个人住，电线那么旧，着了火可不好救。",
    "你閨女在育英中學住校，週五自己坐車回家，路上沒什麼人，你心裡有數。",
]

LAWFUL = [
    "老婆，你每天晚上九点下班那段路没路灯，我去接你吧。",
    "你每天加班到这么晚，公司楼下黑灯瞎火的，注意安全。",
    "你们村口那条路没路灯，我们上次差点摔了，你晚上回去小心。",
    "你奶奶一个人住老房子，电线那么旧，万一着火可不好救，赶紧找电工看看。",
    "【XX物业】尊敬的业主：小区地下车库B2区监控维修中，请您停好车锁好车门，贵重物品勿留车内。",
    "报道：该催收公司员工在微信中对借款人称“你老婆上夜班那家医院停车场没灯”，法院以寻衅滋事罪判处其有期徒刑。",
    "你家楼下那个水果摊是你妈的吧？我们常去买，水果挺新鲜的。",
]


@pytest.mark.parametrize("text", THREATS)
def test_surveillance_menace_is_a_threat(text: str) -> None:
    rep = analyze(text)
    assert rep.verdict.label == "unlawful_threat"
    hits = [f for f in rep.findings if f.category == "unlawful_threat"]  # an older frame may own the same span
    assert hits and all(text[f.start:f.end] == f.excerpt for f in hits)


@pytest.mark.parametrize("text", THREATS[:5])
def test_t34_frames_fire_on_their_own(text: str) -> None:
    assert any(f.rule_id in T34 for f in analyze(text).findings)


@pytest.mark.parametrize("text", LAWFUL)
def test_care_notice_and_news_stay_lawful(text: str) -> None:
    rep = analyze(text)
    assert rep.verdict.label not in ("unlawful_threat", "scam")
    assert not [f for f in rep.findings if f.rule_id in T34]


def test_own_battery_floor() -> None:
    rows = [json.loads(line) for line in BATTERY.read_text(encoding="utf-8").splitlines() if line.strip()]
    got = [(r["category"], analyze(r["text"]).verdict.label) for r in rows]
    threats = sum(g == "unlawful_threat" for c, g in got if c == "unlawful_threat")
    alarms = sum(g in ("unlawful_threat", "scam") for c, g in got if c != "unlawful_threat")
    assert threats >= 19 and alarms == 0
