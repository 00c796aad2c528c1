"""COV14 threat: frame coverage on the generated slot grammar (tests/coverage/gen_threat.py, seed 14).

tests/data/probes/cov14_threat.jsonl holds positives built from slots (debt context × actor × modality × verb × target × place,
in plain, 把, 被, topicalised and rhetorical orders) for the seven threat kinds, and negatives from the same slots (negation,
anti-scam warnings, lawful future steps, news, the borrower asking, ordinary notices). Every positive must get its kind and
no negative may get a serious scam/threat finding, except the KNOWN combinations below (xfail, each with its reason).
First-run and after figures: tests/data/probes/COV14_threat.md.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

PROBES = Path(__file__).resolve().parent / "data" / "probes" / "cov14_threat.jsonl"
ROWS = [json.loads(line) for line in PROBES.read_text(encoding="utf-8").splitlines() if line.strip()]

_NO_CTX = ("no debt context (the CTX slot is empty) and a frame that needs the debt frame (@debt / debt words) to keep "
           "friends, couriers and neighbours out")
KNOWN = {
    # doorstep
    "c14t_dv004": _NO_CTX, "c14t_dv116": _NO_CTX, "c14t_dv128": _NO_CTX,
    "c14t_dv130": _NO_CTX, "c14t_dv191": _NO_CTX,
    # (dv079 带几个兄弟找上门, dv203/dv216 …你才还, dv212 你试试，看我们上不上门 reach their kind in round 29 through
    # threat31: the crew frame needs no debt word, and the chase or the dare opens the doorstep gate)
    # exposure
    # (dv248, dv267, dv268 — 我们明天就上门 after a debt said without 欠/逾期 — and fc253, fc275 reach their kinds since the
    # round-24 merges)
    # (ex057, ex094, ex099, ex105, ex123, ex165 reach exposure in round 28 through threat30's private-data frame, which
    # needs no debt word; ex140 reaches it since round 27)
    "c14t_ex211": _NO_CTX,
    # fake legal
    "c14t_fl006": _NO_CTX, "c14t_fl007": _NO_CTX, "c14t_fl016": _NO_CTX, "c14t_fl072": _NO_CTX,  # (fl087 reaches its kind in round 28: modal28)
    "c14t_fl107": _NO_CTX,  # c14t_fl200 (已经被…冻结) reaches its label since threat19's 已经被/早就被 freeze wording
    "c14t_fl042": "欠债还钱天经地义 is a saying, not the reader's debt: no @addressed without 你/您 or debt words",
    # false criminal
    "c14t_fc001": _NO_CTX, "c14t_fc020": _NO_CTX, "c14t_fc024": _NO_CTX, "c14t_fc029": _NO_CTX, "c14t_fc037": _NO_CTX,
    "c14t_fc062": _NO_CTX, "c14t_fc082": _NO_CTX, "c14t_fc105": _NO_CTX, "c14t_fc128": _NO_CTX, "c14t_fc166": _NO_CTX,
    "c14t_fc229": _NO_CTX, "c14t_fc235": _NO_CTX, "c14t_fc257": _NO_CTX, "c14t_fc284": _NO_CTX,
    "c14t_fc241": "你已被警察网上追逃: 网上追逃 not in {legal_step}/{police} frames; left (one phrasing)",
    # third party
    "c14t_tp010": _NO_CTX, "c14t_tp068": _NO_CTX, "c14t_tp100": _NO_CTX, "c14t_tp185": _NO_CTX, "c14t_tp189": _NO_CTX,
    "c14t_tp274": _NO_CTX,
    # violence
    # insult
    "c14t_in043": _NO_CTX,
    # negatives that fire
    # (neg202, neg207, neg218 pass since debt context is judged outside news sentences: debt_context.warning_sentences)
    # (neg216, neg235 and neg246 pass since lawful17: news markers, public-body notices and a borrower's question)
    # (neg209, neg214, neg223, neg224, neg227, neg230 pass since fa18: 破获, 通报：, 嫌疑人曾, 被罚款 are report markers)
    # (neg241, neg297, neg322 pass since fa24: hearsay the writer's friend said, a kindly purpose — 恭喜, a pun)
}


def _serious(report) -> list[str]:
    return [f.kind for f in report.findings
            if (f.category in ("scam", "unlawful_threat") and f.severity in ("high", "medium"))
            or (f.kind == "doorstep_visit_threat" and f.severity == "high")]


def _param(rows):
    for r in rows:
        marks = [pytest.mark.xfail(reason=KNOWN[r["id"]], strict=False)] if r["id"] in KNOWN else []
        yield pytest.param(r, id=r["id"], marks=marks)


@pytest.mark.parametrize("row", list(_param([r for r in ROWS if r["flags"]])))
def test_positive_gets_its_kind(analyzer, row):
    kinds = {f.kind for f in analyzer.analyze(row["text"]).findings}
    assert row["flags"][0] in kinds, (row["text"], sorted(kinds))


@pytest.mark.parametrize("row", list(_param([r for r in ROWS if not r["flags"]])))
def test_negative_gets_no_threat(analyzer, row):
    assert not _serious(analyzer.analyze(row["text"])), row["text"]


def test_known_list_is_short_and_current():
    ids = {r["id"] for r in ROWS}
    assert set(KNOWN) <= ids
    positives = sum(1 for r in ROWS if r["flags"])
    assert sum(1 for k in KNOWN if "neg" not in k) <= 0.05 * positives


@pytest.mark.parametrize("kind,floor", [
    # first run (efae1aa rules) → after this change; floors a little under the after figures
    ("doorstep_visit_threat", 0.94),   # 0.68 → 0.96
    ("exposure_threat", 0.94),         # 0.80 → 0.96
    ("fake_legal_process", 0.95),      # 0.83 → 0.97
    ("false_criminal_threat", 0.92),   # 0.88 → 0.94
    ("insult", 0.97),                  # 0.97 → 0.99
    ("third_party_contact", 0.96),     # 0.75 → 0.98
    ("violence_threat", 0.96),         # 0.74 → 0.98
])
def test_kind_coverage_floor(analyzer, kind, floor):
    rows = [r for r in ROWS if r["flags"] == [kind]]
    hit = sum(kind in {f.kind for f in analyzer.analyze(r["text"]).findings} for r in rows)
    assert hit / len(rows) >= floor
