"""Implied menace: the writer shows they know where the reader's people are (round 29; knowledge/data/rules/zz_threat29.toml).

The frame is displayed knowledge (you or your kin + routine, school, workplace, address, car, route) x a pursued reader
(the "@pursued" context in analyzer/pipeline.py: a debt, 装死/拉黑/不接电话, owed money or a last deadline said to 你)
x a menace cue (foretold harm, 你说是不是, 注意点, 不想…吧, 我们都清楚). It stands down for a stated lawful purpose,
the reader's own circle, notices and anti-scam warnings.

Batteries (tests/data/probes/threat29_own*.jsonl): own was written before any rule change (first run on main 45ce61f:
15/40 threats, 38/40 negatives), own2 after the first change and scored once (main 12/30, branch 15/30 threats; 30/30
negatives on both), own3 (hard negatives) after the frame. All are tuned on now: the floors below guard the frame, they
say nothing about unseen messages.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from inbox_support import read_jsonl

PROBES = Path(__file__).resolve().parent / "data" / "probes"
FRAME = {"threat.t29.knows_your_people", "threat.t29.knows_your_people_tagged", "threat.t29.harm_foretold",
         "threat.t29.knows_your_people_unbidden"}


def _rules(report) -> set[str]:
    return {r for f in report.findings for r in f.rule_ids}


@pytest.mark.parametrize(("name", "threats", "harmless"), [
    ("threat29_own.jsonl", 37, 39), ("threat29_own2.jsonl", 27, 30), ("threat29_own3.jsonl", 1, 24)])
def test_battery_floor(analyzer, name, threats, harmless):
    rows = read_jsonl(PROBES / name)
    labels = {r["id"]: analyzer.analyze(r["text"]).verdict.label for r in rows}
    got_threats = sum(labels[r["id"]] == "unlawful_threat" for r in rows if r["category"] == "unlawful_threat")
    got_harmless = sum(labels[r["id"]] != "unlawful_threat" for r in rows if r["category"] != "unlawful_threat")
    assert got_threats >= threats
    assert got_harmless >= harmless


@pytest.mark.parametrize("text", [
    "还钱的事你再拖，你女儿每天放学走的那条路我们熟得很，你说是不是。",
    "還錢的事你再拖，妳女兒每天放學走的那條路我們熟得很，你說是不是",   # Traditional
    "还钱的事你再拖，你女-儿每天放学走的那条路我们熟得很，你说是不是。",  # inserted symbol
    "欠款再拖，你 女 儿 每 天 放 学 走 的 那 条 路 我 们 熟 得 很，你说是不是",
])
def test_surface_noise_does_not_defeat_the_frame(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "unlawful_threat"
    assert _rules(report) & FRAME


def test_pursued_without_debt_words(analyzer):
    # 拉黑 says the reader is chased; no debt word, no 你 needed for the harm foretold
    assert "threat.t29.harm_foretold" in _rules(analyzer.analyze("不接电话也行，别哪天出什么意外，到时候可别怪我们没提醒。"))
    # owed money said to 你 (钱的事) is a pursuit too
    assert "threat.t29.knows_your_people" in _rules(analyzer.analyze("你老婆在XX超市上班挺辛苦的，钱的事你自己掂量着办。"))


def test_same_knowledge_without_pursuit_or_strong_cue_is_not_flagged(analyzer):
    # nobody is chased and the cue is weak (注意安全): a neighbour or friend may say it
    report = analyzer.analyze("你每天晚上十点在河边跑步吗？那边路灯坏了，我已经报给街道了，你注意安全啊。")
    assert not _rules(report) & FRAME
    assert report.verdict.label != "unlawful_threat"


@pytest.mark.parametrize("text", [
    # lawful purpose stated
    "【XX消费金融】您的借款已逾期45天，我司外访人员拟于12月10日到您家门口进行合规家访，如时间不便请致电官方客服预约。",
    # the reader's own circle
    "老公，出门注意安全，你每天开车上班那条路最近不太平，开慢点。",
    "你欠的钱不急，你闺女每天四点放学我顺路帮你接一下，你安心上班。",
    "王姐，你儿子每天下午五点二十从东门出来吧？我家孩子也是，以后我们轮流接。",
    # anti-scam warning quoting the menace
    "【XX银行】温馨提示：有不法分子冒充催收，声称知道您孩子在哪个学校、每天几点放学进行恐吓，请勿转账，立即报警。",
    # a 吧 that asks for money, not a fact checked back at the reader
    "欠款的事别拖了，你媳妇在医院上班挺累的，别让她替你操心，今天把钱还了吧。",
    "小王，你上次借我的两千块钱啥时候还？你每天下班都挺晚的，周末我去你家楼下拿吧。",
    # a routine with no time, place or route (每天上班忙) displays nothing
    "你欠我的钱什么时候还？我知道你每天上班忙，你自己看着办吧，别拖太久。",
])
def test_frame_stands_down(analyzer, text):
    report = analyzer.analyze(text)
    assert not _rules(report) & FRAME
    assert report.verdict.label != "unlawful_threat"
