"""Unlawful threats written from the language, not from misses (round 19; tests/data/probes/README_threat19.md).

tests/data/probes/threat19_design.jsonl holds four batches of self-written collection threats (harm to the body, the
home, the car, the shop, pets; the family and children's schools and routines; being watched and followed; exposure and
shaming, including 开盒/社死/爆料; veiled menace; fake steps said to be done; threats inside polite templates;
Traditional, Cantonese and northern wording) and harmless look-alikes (promises not to contact anyone, scam warnings,
borrowers' own questions, news, friends, shops, schools). Each later batch was scored once on the rules as they stood
before it was read, then tuned on; the README gives those first figures. All lines are tuned on now: these tests guard
the frames against regression, they say nothing about unseen messages. threat19_fresh.jsonl was written after the
last change and scored once (27/40 threats, main 24/40; 19/20 harmless on both): its floor is the unseen figure.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from inbox_support import read_jsonl

PROBES = Path(__file__).resolve().parent / "data" / "probes"
ROWS = read_jsonl(PROBES / "threat19_design.jsonl")

# Threats the rules still miss, each with its reason (xfail, not strict: a later fix may reach them).
_GATE = "no debt the gate sees (钱不还 / 钱不到 / 欠了钱还敢) and no 你 to address, so the menace frames are not asked"
KNOWN_MISSED = {
    "T19-P090": _GATE,
    "T19-P109": "征信拉黑 → 孩子政审 is a false consequence the project calls pressure (pressure.false_consequence)",
    "T19-Q038": "送温暖 in quotes is irony; no class for it",
    "T19-R039": _GATE,
    "T19-U010": _GATE,
    # (T19-U030, 列为失信人 said plainly, leaves in round 28: modal28's court-state frame hears it)
    # threat29 (zz_threat29.toml, displayed knowledge of the reader's people x pursued x menace cue) reaches T19-U002
    # (那条巷子挺黑的, 你说是不是), U003 (身边可能会多几个陌生人), U012 (小区保安认识我们了)
    # threat30 (zz_threat30.toml, the reader's private data published, no debt word asked) reaches T19-Q055 (给你挂墙上)
    # threat24 (zz_threat24.toml) reaches T19-R033 (出了事别说我们没提醒), U017 (姐夫评评理), U020 (给微信好友发语音), U026 (换个方式聊)
}
KNOWN_FALSE_ALARM = {
    # asked40: the reader retells what a collector said (round 37 brief, case 2: judged as the collector's words)
    "T19-N018": "催收员…打电话说要去我老家村委会闹，我该怎么办: a retold threat, judged as the collector's since asked40",
}


def _cases():
    for r in ROWS:
        known = KNOWN_MISSED.get(r["id"]) or KNOWN_FALSE_ALARM.get(r["id"])
        marks = [pytest.mark.xfail(reason=known, strict=False)] if known else []
        yield pytest.param(r, id=r["id"], marks=marks)


@pytest.mark.parametrize("row", list(_cases()))
def test_threat_or_not(analyzer, row):
    label = analyzer.analyze(row["text"]).verdict.label
    if row["category"] == "unlawful_threat":
        assert label == "unlawful_threat"
    else:
        assert label != "unlawful_threat"


def test_high_threat_finding_never_left_at_reminder(analyzer):
    """A high-severity unlawful-threat finding decides the verdict: never not_collection or reminder (only a scam
    finding outranks it)."""
    for r in ROWS:
        report = analyzer.analyze(r["text"])
        if any(f.category == "unlawful_threat" and f.severity == "high" for f in report.findings):
            assert report.verdict.label in ("unlawful_threat", "scam"), r["id"]


def test_fresh_floor(analyzer):
    """Scored once before any tuning: 27/40 threats called threat, 19/20 harmless lines not (floors, not targets)."""
    rows = read_jsonl(PROBES / "threat19_fresh.jsonl")
    labels = {r["id"]: analyzer.analyze(r["text"]).verdict.label for r in rows}
    threats = [r["id"] for r in rows if r["category"] == "unlawful_threat"]
    harmless = [r["id"] for r in rows if r["category"] != "unlawful_threat"]
    assert sum(labels[i] == "unlawful_threat" for i in threats) >= 27
    assert sum(labels[i] != "unlawful_threat" for i in harmless) >= 19
