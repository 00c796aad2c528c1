"""Violence against the borrower and harm to the borrower's family (knowledge/data/rules/threats_harm7.toml and the
{harm}/{relative} lexicon classes), run through the real analyzer.

tests/data/probes/harm7_probes.jsonl holds 120 self-written threat paraphrases and 60 lawful look-alikes (a parent's
"放学路上注意安全", school and hospital notices, a friend's "再不还钱打断你的腿哈哈", news and police warnings quoting a
threat), written before any rule was read. The frames were then written from its misses, so its floors are tuned
figures that guard against regression. harm7_fresh.jsonl was written after the first pass and scored once
(8/20 threats), then tuned on; harm7_fresh2.jsonl was written after the last change and scored once: its floor is
the only figure here that says something about unseen messages.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from inbox_support import read_jsonl

PROBES = Path(__file__).resolve().parent / "data" / "probes"
CALLED = {"unlawful_threat", "scam"}


def _score(analyzer, name: str) -> tuple[float, list[str]]:
    """Threat recall on the set's threats, and the ids of lawful look-alikes called a threat or a scam."""
    rows = read_jsonl(PROBES / name)
    threats = [r for r in rows if r["category"] == "unlawful_threat"]
    hits = sum(analyzer.analyze(r["text"]).verdict.label == "unlawful_threat" for r in threats)
    false_alarms = [r["id"] for r in rows if r["category"] == "not_collection"
                    and analyzer.analyze(r["text"]).verdict.label in CALLED]
    return hits / len(threats), false_alarms


@pytest.mark.parametrize(("name", "floor"), [
    # before harm7: 36/120, 2/20, 5/20 (and 12, 2, 1 lawful false alarms); at this change 114/120, 20/20, 11/20
    ("harm7_probes.jsonl", 0.93),
    ("harm7_fresh.jsonl", 0.95),
    ("harm7_fresh2.jsonl", 0.55),
], ids=["probes", "fresh", "fresh2"])
def test_threat_recall_floor(analyzer, name, floor):
    recall, _ = _score(analyzer, name)
    assert recall >= floor


@pytest.mark.parametrize(("name", "ceiling"), [
    ("harm7_probes.jsonl", 0),
    ("harm7_fresh.jsonl", 0),
    # H7N007 "我们已经到你女儿学校附近了，放学一起去吃饭": third_party_contact, called before harm7 too
    ("harm7_fresh2.jsonl", 1),
], ids=["probes", "fresh", "fresh2"])
def test_lawful_look_alikes_stay_quiet(analyzer, name, ceiling):
    _, false_alarms = _score(analyzer, name)
    assert len(false_alarms) <= ceiling, false_alarms


# (text, rule id that must fire): paraphrases that appear in no rule's own examples
FRAMES = {
    "kid-schedule": ("你闺女每天坐几路公交回家我们都清楚", "threat.harm7.family_watched"),
    "wife-route": ("你老婆上班那条路挺偏吧", "threat.harm7.veiled_caution"),
    "gate-wait": ("我叫人去幼儿园门口等你儿子", "threat.harm7.family_at_the_gate"),
    "parents-visit": ("你爸妈在老家吧，兄弟们已经过去了", "threat.harm7.family_at_the_gate"),
    "safety-on-you": ("你全家老小的安危你自己掂量", "threat.harm7.family_safety_on_you"),
    "kid-accident": ("你孩子那么小，出了事多可惜", "threat.harm7.family_safety_on_you"),
    "old-bones": ("你妈岁数大了，经得起我们几下折腾？", "threat.harm7.elders_cannot_take_it"),
    "legs-broken": ("把你的腿一条一条打断", "threat.harm7.body_at_stake"),
    "wheelchair": ("再拖一天，让你下半辈子坐轮椅", "threat.harm7.body_at_stake"),
    "behind-you": ("晚上回家注意你身后", "threat.harm7.veiled_caution"),
}


@pytest.mark.parametrize(("text", "rule_id"), list(FRAMES.values()), ids=list(FRAMES))
def test_frame_fires(analyzer, text, rule_id):
    report = analyzer.analyze(text)
    assert rule_id in {r for f in report.findings for r in f.rule_ids}
    assert report.verdict.label == "unlawful_threat"


QUIET = {
    "joke": "你再不还我钱我就卸你一条胳膊，开玩笑的哈",
    "news": "据报道，催收人员发短信称“你家人的安全自己考虑”，已被警方处理",
    "police": "【XX派出所】收到“出门小心点，别怪我们”等威胁短信，请立即报警",
    "film": "电影台词：再不还钱，打到你住院",
    "parent": "儿子，放学路上注意安全，别跟陌生人走",
    "elders-kind": "你爸年纪大了，经不起吓，先别告诉他",
    "gym": "今天练腿，练完保证你下不了床哈哈",
}


@pytest.mark.parametrize("text", list(QUIET.values()), ids=list(QUIET))
def test_quoted_and_joking_threats_stay_quiet(analyzer, text):
    assert analyzer.analyze(text).verdict.label not in CALLED
