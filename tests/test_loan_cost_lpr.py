"""knowledge/lpr.py: the LPR history and interest lines load, are sourced, and bad data names file and field."""
from __future__ import annotations

import tomllib
from datetime import date

import pytest

from knowledge.errors import DataError
from knowledge.lpr import DATA_DIR, load_interest_rules, load_lpr_history, parse_lines, parse_lpr


def raw(name: str) -> dict:
    return tomllib.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def test_history_is_sourced_and_ordered():
    history = load_lpr_history()
    assert history.prints[-1].rate_percent == 3.0
    assert history.prints[-1].effective_from == date(2025, 5, 20)
    assert history.covered_until >= history.prints[-1].effective_from
    for p in history.prints:
        assert p.source.startswith(("http://", "https://")) and p.reviewed_on


@pytest.mark.parametrize("day, rate", [
    (date(2025, 5, 19), 3.10), (date(2025, 5, 20), 3.00), (date(2026, 8, 20), 3.00), (date(2020, 8, 20), 3.85),
])
def test_rate_on_a_day(day, rate):
    assert load_lpr_history().on(day).rate_percent == rate


@pytest.mark.parametrize("day", [date(2026, 8, 21), date(2030, 1, 1), date(2020, 4, 19), date(2010, 1, 1)])
def test_outside_the_sourced_history_is_unknown(day):
    assert load_lpr_history().on(day) is None


def test_lines_and_financial_institution_kinds():
    rules = load_interest_rules()
    assert {x.id for x in rules.lines} == {"private_lending_4x_lpr", "financial_institution_24", "unlicensed_lending_36"}
    assert "microloan_company" in rules.financial_institution_kinds
    assert rules.upfront.article == "第670条"


def _drop(data: dict, table: str, index: int | None, key: str) -> dict:
    target = data[table] if index is None else data[table][index]
    del target[key]
    return data


@pytest.mark.parametrize("mutate, field", [
    (lambda d: _drop(d, "lpr", 0, "source"), "lpr[0].source"),
    (lambda d: _drop(d, "lpr", 2, "reviewed_on"), "lpr[2].reviewed_on"),
    (lambda d: d["lpr"][1].update({"rate_percent": "3.8"}) or d, "lpr[1].rate_percent"),
    (lambda d: d["lpr"][1].update({"rate_percent": 38}) or d, "lpr[1].rate_percent"),
    (lambda d: d["lpr"][1].update({"from": "2019-01-01"}) or d, "lpr[1].from"),
    (lambda d: d["lpr"][0].update({"from": "2020/04/20"}) or d, "lpr[0].from"),
    (lambda d: d["lpr"][0].update({"source": "github.com/x"}) or d, "lpr[0].source"),
    (lambda d: d.update({"covered_until": "2020-01-01"}) or d, "covered_until"),
], ids=["no-source", "no-reviewed-on", "rate-as-text", "rate-out-of-range", "out-of-order", "bad-date",
        "not-a-url", "coverage-before-last-print"])
def test_bad_lpr_data_names_file_and_field(mutate, field):
    with pytest.raises(DataError) as info:
        parse_lpr(mutate(raw("lpr.toml")))
    assert info.value.file == "lpr.toml" and info.value.field == field


@pytest.mark.parametrize("mutate, field", [
    (lambda d: _drop(d, "line", 0, "source"), "line[0].source"),
    (lambda d: _drop(d, "line", 1, "article"), "line[1].article"),
    (lambda d: d["line"][1].update({"reading": "bank"}) or d, "line[1].reading"),
    (lambda d: d["line"][1].update({"lpr_multiple": 4}) or d, "line[1].value_percent"),
    (lambda d: d["line"][2].update({"id": d["line"][0]["id"]}) or d, "line[2].id"),
    (lambda d: _drop(d, "upfront", None, "reviewed_on"), "upfront.reviewed_on"),
], ids=["no-source", "no-article", "bad-reading", "value-and-multiple", "duplicate-id", "upfront-no-date"])
def test_bad_line_data_names_file_and_field(mutate, field):
    with pytest.raises(DataError) as info:
        parse_lines(mutate(raw("interest_lines.toml")))
    assert info.value.file == "interest_lines.toml" and info.value.field == field


def test_broken_toml_names_the_file(tmp_path):
    (tmp_path / "lpr.toml").write_text("covered_until = ", encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_lpr_history(tmp_path)
    assert info.value.file == "lpr.toml"
