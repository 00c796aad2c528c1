"""polish23: things a user trial found. Night-time pressure needs an overdue or collection debt; a court's freeze in a
fake-court scam is no phishing of a service; a plain visit home is lawful pressure like 上门催收; the knowledge search
says when nothing matched; the batch API has a compact form; dump_reports.py leaves sealed data unread by default."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from analyzer import analyze

ROOT = Path(__file__).resolve().parent.parent


def _dump_reports():
    spec = importlib.util.spec_from_file_location("dump_reports_p23", ROOT / "benchmarks" / "dump_reports.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------- 6. dump_reports.py: sealed data is not read unless asked for ----------

def test_dump_reports_skips_sealed_files_by_default(tmp_path):
    dump = _dump_reports()
    root = tmp_path / "proj"
    data = root / "tests" / "data"
    for rel in ("messages.jsonl", "fresh/r9_colB.jsonl", "fresh/r20_sealed.jsonl", "probes/para30_sealed.jsonl",
                "probes/para30_src/raw.jsonl", "sealed_round/x.jsonl"):
        (data / rel).parent.mkdir(parents=True, exist_ok=True)
        (data / rel).write_text("", encoding="utf-8")
    names = lambda files: sorted(f.relative_to(data).as_posix() for f in files if data in f.parents)  # noqa: E731
    assert names(dump.data_files(root)) == ["fresh/r9_colB.jsonl", "messages.jsonl"]
    assert names(dump.data_files(root, include_sealed=True)) == [
        "fresh/r20_sealed.jsonl", "fresh/r9_colB.jsonl", "messages.jsonl", "probes/para30_sealed.jsonl",
        "probes/para30_src/raw.jsonl", "sealed_round/x.jsonl"]
    assert names(dump.data_files(root, exclude=("colB",))) == ["messages.jsonl"]


def test_dump_reports_refuses_a_mistyped_flag(monkeypatch, tmp_path):
    dump = _dump_reports()
    monkeypatch.setattr(sys, "argv", ["dump_reports.py", str(tmp_path / "out.jsonl"), "--include_sealed"])
    with pytest.raises(SystemExit) as exc:
        dump.main()
    assert "unknown option: --include_sealed" in str(exc.value)
    assert not (tmp_path / "out.jsonl").exists()
