"""td12 scam frames, both directions through the real analyzer.

tests/data/probes/td12_scam_draft.jsonl was written blind (committed before any rule or analyzer file was read):
168 scams (TS12S*) over the fraud typology and 60 lawful twins (TS12L*) that use the same words. Scams must come
out `scam`; twins must not be called scam or unlawful_threat. The draft is tuned-on data now (the rules in
knowledge/data/rules/zz_scam_td12.toml were written from its misses, grouped by frame in
tests/data/probes/README_td12_scam.md). Lines that stay wrong are in KNOWN with the reason."""
from __future__ import annotations

from pathlib import Path

import pytest
from inbox_support import known_param, read_jsonl

ROWS = read_jsonl(Path(__file__).parent / "data" / "probes" / "td12_scam_draft.jsonl")

KNOWN = {
    "TS12S096": "a loan offer with 回复1立即办理: licensed lenders' marketing SMS use the same words",
    "TS12S128": "a class teacher collecting a fee by QR code in the parents' group: real teachers do this",
}


def _params(prefix: str):
    return [known_param(r["text"], r["id"], KNOWN) for r in ROWS if r["id"].startswith(prefix)]


def test_draft_has_scams_and_twins():
    assert sum(r["id"].startswith("TS12S") for r in ROWS) >= 160
    assert sum(r["id"].startswith("TS12L") for r in ROWS) >= 60
    assert len({r["id"] for r in ROWS}) == len(ROWS)
    assert set(KNOWN) <= {r["id"] for r in ROWS}


@pytest.mark.parametrize("text", _params("TS12S"))
def test_scam_is_called_scam(analyzer, text):
    assert analyzer.analyze(text).verdict.label == "scam"


@pytest.mark.parametrize("text", _params("TS12L"))
def test_lawful_twin_is_not_scam_or_threat(analyzer, text):
    assert analyzer.analyze(text).verdict.label not in ("scam", "unlawful_threat")
