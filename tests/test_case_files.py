"""Case files and exports (issue 14): CSV cells a spreadsheet would run as formulas are
neutralised (by the one function the batch CSV uses too), and the cases database is 0600 in a
0700 directory."""
from __future__ import annotations

import csv
import io
import stat

import pytest

from analyzer.case.model import Case, CaseMessage
from webapp.cases.export import CSV_HEADER, to_csv
from webapp.cases.store import CaseStore

FORMULAS = ['=HYPERLINK("http://x.example","点我")', "+86 138 0013 8000", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1"]


def _case(sender: str, text: str) -> Case:
    return Case(title="t", messages=(CaseMessage(seq=1, line=1, text=text, sender=sender,
                                                 received_at="2026-11-28T23:10:00+08:00", direction="in",
                                                 analysis=None),))


def _row(case: Case) -> dict[str, str]:
    rows = list(csv.reader(io.StringIO(to_csv(case).lstrip("\ufeff"))))
    return dict(zip(rows[0], rows[1]))


@pytest.mark.parametrize("value", FORMULAS, ids=["equals", "plus", "minus", "at", "tab", "cr"])
def test_csv_cells_that_start_a_formula_are_kept_as_text(value):
    row = _row(_case(value, value))
    assert row["发信号码"] == "'" + value and row["短信内容"] == "'" + value


def test_ordinary_csv_cells_are_unchanged():
    row = _row(_case("10690000", "您已逾期3天=请还款"))
    assert row["发信号码"] == "10690000" and row["短信内容"] == "您已逾期3天=请还款" and row["序号"] == "1"
    assert list(row)[:len(CSV_HEADER)] == list(CSV_HEADER)


def test_case_export_and_batch_csv_share_one_neutralising_function():
    from analyzer.batch import output
    from analyzer.spreadsheet import neutralise
    from webapp.cases import export

    assert output.neutralise is neutralise and export.neutralise is neutralise


def test_cases_db_is_0600_in_a_0700_directory(tmp_path):
    path = tmp_path / "new" / "cases.db"
    store = CaseStore(path)
    store.db.execute("select 1")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_an_existing_cases_db_is_tightened(tmp_path):
    path = tmp_path / "cases.db"
    CaseStore(path)
    path.chmod(0o644)
    CaseStore(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("name", ["cuishou-checker", "cuishou"], ids=["data-home", "legacy"])
def test_the_default_directory_is_tightened(tmp_path, monkeypatch, name):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    own = tmp_path / name
    own.mkdir(mode=0o755)
    own.chmod(0o755)  # as the knowledge base may have created it
    CaseStore(own / "cases.db")
    assert stat.S_IMODE(own.stat().st_mode) == 0o700


def test_a_directory_given_with_db_is_not_chmodded(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    CaseStore(shared / "cases.db")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755
    assert stat.S_IMODE((shared / "cases.db").stat().st_mode) == 0o600
