"""Spoken and chat-style scam and threat scripts (phone calls, WeChat/LINE chats, e-mail): no 【signature】, no link,
mostly no number and often no debt word, run through the real analyzer.

tests/data/probes/td9_spoken_draft.jsonl was written blind (before any rule file was read): 110 lines as a person
would say or type them (impersonation calls with 我是/这里是 X 客服/民警/检察官 + a problem about the listener + a
request; loan-fee, task and romance-investment scripts; crude second-person threats: 我知道你住哪, 你儿子在X小学吧,
你老婆电话我有, 这事没完; Hong Kong and Taiwan wording) and 50 lawful twins (a real lender's or bank's call, a police
officer's anti-fraud call, friends' and family chat). knowledge/data/rules/spoken_td9.toml adds the frames, with its
own word classes (tdspoken_*). These are tuned figures (the rules were written with the draft in view): they guard
against regression, they do not measure unseen messages.

Before: 67/110 positives reached scam or unlawful_threat; 2/50 twins were called scam or threat.
After: 108/110; the same 2 twins, neither through a td9_spoken frame.

Sealed sets, scored once before and once after (aggregate only): no change on the 156 real messages of rounds 5-8
(scam 24/45, threat 4/15, ordinary 2/53 called scam or threat, before and after): these frames did not reach the 25
zero-finding misses. Paraphrase sets moved a little: para8 scam 65 -> 66/81, threat 56 -> 57/81; para10 threat
52 -> 53/70; para7 F1 0.524 -> 0.530. Lawful sets unchanged (lawful8 11/148, lawful10 30/200, lawful9 2/266).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from inbox_support import read_jsonl

DRAFT = Path(__file__).resolve().parent / "data" / "probes" / "td9_spoken_draft.jsonl"
CALLED = {"unlawful_threat", "scam"}

# Positives left missed, with the reason a frame would not be safe.
KNOWN_MISSED = {
    "TSP051": "the caller names itself 165反詐騙專線: the anti-fraud words that veto the impersonation frame are the scam's cover",
    "TSP090": "'不回我消息，后果自负' alone is also what a boss or a quarrelling partner writes",
}
# Twins called scam or threat by rules older than this file (no td9_spoken rule fires on them).
KNOWN_FALSE_ALARMS = {
    # (TSL018, 我知道你住哪，下次路过给你带点特产, is clear since fa24: a kindly purpose with no money or menace)
    "TSL046": "an older fake-legal-process rule fires on '资金已冻结…法院依法执行'",
}


def _rows():
    return read_jsonl(DRAFT)


POSITIVES = [r for r in _rows() if r["category"] in CALLED]
TWINS = [r for r in _rows() if r["category"] not in CALLED]


@pytest.mark.parametrize("row", POSITIVES, ids=[r["id"] for r in POSITIVES])
def test_spoken_script_is_called(analyzer, row):
    verdict = analyzer.analyze(row["text"]).verdict.label
    if row["id"] in KNOWN_MISSED:
        pytest.skip(KNOWN_MISSED[row["id"]])
    assert verdict in CALLED, (row["id"], verdict)


@pytest.mark.parametrize("row", TWINS, ids=[r["id"] for r in TWINS])
def test_lawful_twin_is_not_called(analyzer, row):
    report = analyzer.analyze(row["text"])
    assert not any(f.rule_id.startswith("td9_spoken.") for f in report.findings), row["id"]
    if row["id"] in KNOWN_FALSE_ALARMS:
        return
    assert report.verdict.label not in CALLED, (row["id"], report.verdict.label)


def test_known_lists_are_current(analyzer):
    by_id = {r["id"]: r for r in _rows()}
    for rid in KNOWN_MISSED:
        assert analyzer.analyze(by_id[rid]["text"]).verdict.label not in CALLED, f"{rid} is caught now: drop it from KNOWN_MISSED"
    for rid in KNOWN_FALSE_ALARMS:
        assert analyzer.analyze(by_id[rid]["text"]).verdict.label in CALLED, f"{rid} is clear now: drop it from KNOWN_FALSE_ALARMS"


def test_spoken_frames_need_no_signature_link_or_debt_word(analyzer):
    # The frame family exists for messages the SMS rules miss: check that a caught line has none of those.
    for text in ("你好我是公安局的，你涉嫌一起案件，你现在找个安静的地方，不要挂电话", "你老婆电话我有，你不接我就打给她"):
        report = analyzer.analyze(text)
        assert not report.links and not report.numbers
        assert any(f.rule_id.startswith("td9_spoken.") for f in report.findings)
        assert report.verdict.label in CALLED
