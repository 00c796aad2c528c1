"""`cuishou kb ...` commands."""
from __future__ import annotations

import pytest

from webapp.cli import main


@pytest.fixture(autouse=True)
def _kb_in_tmp(tmp_path, monkeypatch):
    monkeypatch.setenv("CUISHOU_KB_PATH", str(tmp_path / "kb.sqlite3"))


def test_kb_check_passes(capsys):
    assert main(["kb", "check"]) == 0
    assert "全部通过" in capsys.readouterr().out


def test_kb_search_finds_doorstep_guide_first(capsys):
    assert main(["kb", "search", "上门催收"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert "guide.doorstep_visit_threat" in first


def test_kb_show_prints_citations(capsys):
    assert main(["kb", "show", "guide.violence_threat"]) == 0
    out = capsys.readouterr().out
    assert "法律依据" in out and "治安管理处罚法》第50条（原第42条）" in out and "来源：http" in out


def test_kb_show_unknown_id(capsys):
    assert main(["kb", "show", "guide.nope"]) == 1


def test_kb_build_prints_version(capsys, tmp_path):
    assert main(["kb", "build", "--db", str(tmp_path / "x.sqlite3")]) == 0
    assert "版本" in capsys.readouterr().out


def test_kb_check_lists_each_problem_with_file_and_field(capsys, tmp_path):
    import shutil

    from knowledge.entries import DATA_DIR

    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    path = data / "guides" / "kinds_scam.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('priority = "scam"\norder = 1', 'priority = "scam"\norder = "1"', 1)
    text = text.replace('laws = ["law.anti_fraud.2"]', 'laws = ["law.anti_fraud.99"]', 1)
    path.write_text(text, encoding="utf-8")
    assert main(["kb", "check", "--data-dir", str(data)]) == 1
    out = capsys.readouterr().out
    assert "guides/kinds_scam.toml: guide[0] (guide.personal_account_payment).order: must be a whole number" in out
    assert "guides/kinds_scam.toml: guide.suspicious_link.laws: unknown law id 'law.anti_fraud.99'" in out
