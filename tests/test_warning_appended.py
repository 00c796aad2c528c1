"""A scam or unlawful threat keeps its verdict when it adds a warning of its own.

Scammers add "谨防诈骗！" or "其他渠道都是骗子" beside their ask. Every message called scam or unlawful_threat in
the read sets (../shared/eval/dev.jsonl, tests/data/fresh/{r3_*,r4_*,tune3,round1,holdout*,collection_*,r7_tune},
tests/data/probes/para7_tune) is run again with each warning below appended and, separately, prepended (joined
as is, no separator added): the verdict must not change.

When the rules' `unless = ['{anti_scam}']` looked at the whole message, 2,557 of 3,880 such variants (438 of
485 messages) changed verdict. With the warning words scoped to their clause (knowledge/data/rules/lexicon.toml:
anti_scam_lead, anti_scam_named), 113 variants of 56 messages still change. They are listed in
tests/data/warning_appended_known.json and come from rules that keep a message-wide guard on purpose
({anti_scam_message}: an authority signature, an account-risk callback, card-and-password advice) or a
hand-written message-wide exception of their own (不会|请勿|切勿|不要, 如遇|如有人, 骗局|骗子). A new flip fails;
so does a listed flip that no longer flips (take it off the list).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
FRESH = ROOT / "tests" / "data" / "fresh"
KNOWN = ROOT / "tests" / "data" / "warning_appended_known.json"
READ_SETS = [SHARED / "dev.jsonl"] + sorted(
    p for pattern in ("r3_*", "r4_*", "tune3", "round1", "holdout*", "collection_*", "r7_tune")
    for p in FRESH.glob(f"{pattern}.jsonl")) + [ROOT / "tests" / "data" / "probes" / "para7_tune.jsonl"]
WARNINGS = ("谨防诈骗！", "请认准官方渠道，其他渠道都是骗子。", "请勿相信陌生来电。", "如遇可疑情况请拨打96110。")
SERIOUS = ("scam", "unlawful_threat")


def _serious_messages(analyzer) -> list[tuple[str, str, str]]:
    out = []
    for path in READ_SETS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                verdict = analyzer.analyze(row["text"]).verdict.label
                if verdict in SERIOUS:
                    out.append((f"{path.name}:{row['id']}", row["text"], verdict))
    return out


@pytest.fixture(scope="module")
def flips(analyzer) -> set[str]:
    if not (SHARED / "dev.jsonl").exists():
        pytest.skip("../shared/eval is not next to this checkout")
    found = set()
    for key, text, verdict in _serious_messages(analyzer):
        for i, warning in enumerate(WARNINGS):
            for where, variant in (("append", text + warning), ("prepend", warning + text)):
                if analyzer.analyze(variant).verdict.label != verdict:
                    found.add(f"{key}|{where}|{i}")
    return found


def test_no_new_verdict_change_from_an_added_warning(flips):
    known = set(json.loads(KNOWN.read_text(encoding="utf-8")))
    assert sorted(flips - known) == []


def test_known_changes_are_still_there(flips):
    known = set(json.loads(KNOWN.read_text(encoding="utf-8")))
    assert sorted(known - flips) == [], "fixed: take these off tests/data/warning_appended_known.json"


@pytest.mark.parametrize("text", [
    "谨防诈骗！您的账户存在风险已被冻结，请点击 http://xx-bank.top 完成验证解冻。",
    "【信用卡中心】您的额度已冻结，请加微信 kf8899 办理解冻，其他渠道都是骗子。",
    "请勿相信陌生来电。您的网贷已逾期，请将欠款转入以下个人账户：6222 0000 1111 2222 张某。",
    "今天再不还钱，我们就联系你所有亲友，把你的欠款信息发给你单位。请认准官方渠道，其他渠道都是骗子。",
], ids=["warned-then-link", "others-are-scam", "distrust-then-personal-account", "threat-then-others-are-scam"])
def test_hand_written_scam_or_threat_with_a_warning(analyzer, text):
    assert analyzer.analyze(text).verdict.label in SERIOUS
