"""Helpers for the tests that run an inbox round or a probe set through the real analyzer: what a message comes
out as (verdict, finding kinds, rule ids, lender), reading the JSON-lines sets under tests/data, checking a round's
rows against its KNOWN list, and marking a KNOWN line as a strict xfail that carries its reason."""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest

from analyzer import analyze

FRESH = Path(__file__).resolve().parent / "data" / "fresh"


def report_of(text: str) -> dict:
    return analyze(text).to_dict()


def verdict_of(text: str) -> str:
    return report_of(text)["verdict"]["label"]


def kinds_of(text: str) -> set[str]:
    return {f["kind"] for f in report_of(text)["findings"]}


def rules_of(text: str) -> set[str]:
    return {r for f in report_of(text)["findings"] for r in [f["rule_id"], *f["merged_rule_ids"]]}


def lender_of(text: str) -> str | None:
    lender = report_of(text)["lender"]
    return lender["name"] if lender else None


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def fresh_rows(*names: str, count: int) -> list[dict]:
    """The rows of an opened round's files under tests/data/fresh; `count` guards against a file cut short."""
    rows = []
    for name in names:
        rows += read_jsonl(FRESH / name)
    assert len(rows) == count
    return rows


def wrong_verdicts(rows: Iterable[dict]) -> set[str]:
    return {r["id"] for r in rows if verdict_of(r["text"]) != r["category"]}


def wrong_lenders(rows: Iterable[dict]) -> set[str]:
    from analyzer.evaluation import lender_matches
    return {r["id"] for r in rows if r.get("lender") and not lender_matches(r["lender"], analyze(r["text"]).lender)}


def known_param(value: Any, row_id: str, known: Mapping[str, str], *, id: str | None = None) -> Any:
    """`value` as a test case named `id` (default `row_id`), a strict xfail with the KNOWN reason if it is listed."""
    marks = pytest.mark.xfail(strict=True, reason=known[row_id]) if row_id in known else ()
    return pytest.param(value, id=row_id if id is None else id, marks=marks)
