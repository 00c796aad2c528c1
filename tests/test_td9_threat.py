"""Unlawful threats other than physical harm — exposure, third-party contact, false criminal threats, fake legal
process announced as done, doorstep intimidation, insults — run through the real analyzer.

tests/data/probes/td9_threat_draft.jsonl was written blind (before any rule file was read): 122 threat
paraphrases over the six sub-frames in many registers (formal notice, crude chat, XXX templates, Traditional
characters, dropped particles) and 61 lawful twins (a future conditional lawful step, the reader as victim, an
official anti-fraud warning, a real court notice, a guarantor reminder, ordinary life). The word classes in
lexicon.toml (exposure, contact, employer_people, audience, public_place, personal_info, insult_strong, police,
partner) were then widened from tests/data/probes/td9_threat_lexicon.md, and knowledge/data/rules/threats_td9.toml
adds the frames that were missing. These are tuned figures (the rules were written with the draft in view): they
guard against regression, they do not measure unseen messages.

Before the change: 95/122 threats reached the verdict, 91 with all their flags (exposure 26/33, third party 24/29,
false criminal 12/19, fake legal 14/16, doorstep 6/13, insult 9/12); 7 of 61 twins were called a threat.
After: 114/122 reach the verdict, 113 with all their flags (32/33, 27/29, 18/19, 16/16, 10/13, 10/12); the same 7
twins, none of them through a td9 frame. (On main before gate18: 115/122, 113 with all flags; gate18's debt gate
reads 赶紧把钱还了 said without 你 as a debt, so td9t_p114 leaves the known misses: 116/122, 114 with all flags.
learn23's n-gram model (trained on this draft too) adds td9t_p040: 117/122, 115 with all flags; threat24's insult in a
debt message adds td9t_p116: 118/122; learn24's retrained head loses td9t_p040 again: 117/122; threat30's
private-data exposure frame adds td9t_p026: 118/122; learn31's head, retrained with the opened sets at threshold
0.98, adds td9t_p040 again: 119/122.)
"""
from __future__ import annotations

from pathlib import Path

import pytest
from inbox_support import read_jsonl

DRAFT = Path(__file__).resolve().parent / "data" / "probes" / "td9_threat_draft.jsonl"
CALLED = {"unlawful_threat", "scam"}

# Threats left missed, with the reason a frame would not be safe (no sentence rules for them).
KNOWN_MISSED = {
    # (td9t_p026 leaves the list at threat30: threat.t30.exposure.private_data_published hears the reader's ID photo and
    # address published, with no debt word, and stands down for the reader's own uploads: 118/122)
    # (td9t_p040 leaves the list at learn23: the n-gram threat model, trained on this draft among others, calls it
    # where no rule does — no measure of unseen messages: 117/122)
    # (td9t_p116 leaves the list at threat24: the debt gate reads 你以为不接电话就没事了 as evading a creditor, and
    # threat.t24.insult.in_debt_message hears an insult inside a message the gate calls collection: 118/122)
    # (td9t_p040 leaves the list again at learn31: the head retrained with the opened sets, still trained on this draft,
    # scores 我们已联系到你们村的村支书，村委会会找你谈话 0.984, over its new threshold 0.98 — in-sample, no measure of unseen
    # messages; no rule names a village official as a third party)
    # (td9t_p121 leaves the list at learn35: the head retrained with round 33's opened sets and blind54/55, still trained
    # on this draft, scores 已报案 立案号都有了 等警察上门吧 over its 0.97 — in-sample, no measure of unseen messages)
    "td9t_p122": "no debt word; '人已到你村口，出来' is what a friend picking you up writes",
}

# Threats that reach the verdict but not every flag the draft lists: (flags still expected, reason).
PARTIAL_FLAGS = {
    "td9t_p042": (["violence_threat"], "no debt word; td9_spoken's family frame (zz_spoken_td9.toml) makes it a threat "
                  "through '你孩子在哪个学校我们都知道', while calling the head teacher alone stays unflagged"),
    "td9t_p105": (["third_party_contact"], "no debt word, so the doorstep frame stays quiet; the family frame "
                  "(threats_harm7.toml) already makes it a threat"),
}

# Lawful twins still called a threat, by rules outside this file family's new file (left for their owners):
KNOWN_TWINS = {
    "td9t_t014": "threat.exposure.publicise: a borrower asking how to complain about a collector's threat",
    "td9t_t015": "threat.exposure.publicise + threat.scheme.third_party.reach_out: a victim asking how to report",
    "td9t_t037": "threat.fake_legal.enforcement: '将依法申请强制执行' is a future conditional lawful step",
    # (td9t_t025, a police station telling the reader their own report was filed, and td9t_t050, a police notice asking
    # fraud victims to come in, pass since fa30: 您报的案件 and 受害人，请携带… make the reader the one who reported)
    # (td9t_t054, a police notice calling the arrest threat a rumour, passes since fa18: 流传的“…”是谣言 is cited)
    "td9t_t055": "threat.exposure.publicise + police_referral: advice telling the reader to report a threat",
}


ROWS = read_jsonl(DRAFT)
THREATS = [r for r in ROWS if r["category"] == "unlawful_threat"]
TWINS = [r for r in ROWS if r["category"] != "unlawful_threat"]


def test_draft_shape():
    assert len(THREATS) >= 120 and len(TWINS) >= 60
    assert set(KNOWN_MISSED) | set(PARTIAL_FLAGS) <= {r["id"] for r in THREATS}
    assert set(KNOWN_TWINS) <= {r["id"] for r in TWINS}


@pytest.mark.parametrize("row", [r for r in THREATS if r["id"] not in KNOWN_MISSED], ids=lambda r: r["id"])
def test_threat_reaches_verdict_and_flags(analyzer, row):
    report = analyzer.analyze(row["text"])
    kinds = {f.kind for f in report.findings}
    assert report.verdict.label in CALLED, (row["text"], report.verdict.label, sorted(kinds))
    expected = PARTIAL_FLAGS[row["id"]][0] if row["id"] in PARTIAL_FLAGS else row["flags"]
    assert set(expected) <= kinds, (row["text"], sorted(kinds))


@pytest.mark.parametrize("row", [r for r in TWINS if r["id"] not in KNOWN_TWINS], ids=lambda r: r["id"])
def test_lawful_twin_is_not_a_threat(analyzer, row):
    report = analyzer.analyze(row["text"])
    assert report.verdict.label not in CALLED, (row["text"], [(f.kind, f.rule_id) for f in report.findings])


def test_new_frames_stay_quiet_on_twins(analyzer):
    """Whatever other rules say about a twin, none of this family's new frames fires on it."""
    fired = {r["id"]: [f.rule_id for f in analyzer.analyze(r["text"]).findings if f.rule_id.startswith("td9_threat.")]
             for r in TWINS}
    assert not {k: v for k, v in fired.items() if v}


@pytest.mark.parametrize("row_id", sorted(KNOWN_MISSED), ids=str)
def test_known_misses_are_still_missed(analyzer, row_id):
    """A known miss that starts passing should leave the list (and the figure in the docstring should move)."""
    row = next(r for r in THREATS if r["id"] == row_id)
    assert analyzer.analyze(row["text"]).verdict.label not in CALLED
