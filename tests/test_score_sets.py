"""benchmarks/score_sets.py: the integrator's scorer prints aggregates only, so sealed sets can be scored unread."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "score_sets.py"

ROWS = [
    {"id": "T1", "text": "【招商银行】您尾号1234的信用卡本期应还5000元，到期日12月10日。", "lender": "招商银行",
     "sender_number": "95555", "category": "reminder", "flags": [], "tier": "blind_written", "notes": ""},
    {"id": "T2", "text": "你再不还钱，我们就把你欠钱的事告诉你所有的亲戚朋友和单位领导，让你身败名裂。", "lender": None,
     "sender_number": None, "category": "unlawful_threat", "flags": ["third_party_contact", "exposure_threat"],
     "tier": "blind_written", "notes": ""},
    {"id": "T3", "text": "周末一起去爬山吗？早上八点在地铁站门口集合。", "lender": None, "sender_number": None,
     "category": "not_collection", "flags": [], "tier": "blind_written", "notes": ""},
]


def _run(*args: str) -> str:
    out = subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_prints_counts_and_no_text(tmp_path):
    data = tmp_path / "set_sealed.jsonl"
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS) + "\n", encoding="utf-8")
    dump = tmp_path / "dump.json"
    out = _run(str(data), "--per-kind", "--dump", str(dump))
    first = out.splitlines()[0]
    assert first.startswith("set_sealed.jsonl") and "/3" in first and "lender   1/1" in first
    for row in ROWS:
        for piece in (row["text"][:6], row["text"][-6:]):
            assert piece not in out
    saved = json.loads(dump.read_text(encoding="utf-8"))
    assert set(saved) == {"set_sealed.jsonl#T1", "set_sealed.jsonl#T2", "set_sealed.jsonl#T3"}
    assert saved["set_sealed.jsonl#T1"][0] == "reminder" and saved["set_sealed.jsonl#T1"][3] is True
    assert all(row["text"] not in json.dumps(saved, ensure_ascii=False) for row in ROWS)


def test_compare_counts_changed_verdicts(tmp_path):
    a = {"s.jsonl#1": ["reminder", "reminder", [], None], "s.jsonl#2": ["scam", "reminder", [], None]}
    b = {"s.jsonl#1": ["reminder", "scam", [], None], "s.jsonl#2": ["scam", "scam", ["suspicious_link"], None]}
    (tmp_path / "a.json").write_text(json.dumps(a))
    (tmp_path / "b.json").write_text(json.dumps(b))
    out = _run("--compare", str(tmp_path / "a.json"), str(tmp_path / "b.json"))
    assert "ok +0  FA +1  kind changes 1" in out
    assert "total ok +0, FA +1" in out


def test_help_and_missing_file_are_clear(tmp_path):
    assert "FILE.jsonl" in _run("--help")
    out = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / "nope.jsonl")], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 2 and "no such file" in out.stderr and "Traceback" not in out.stderr
