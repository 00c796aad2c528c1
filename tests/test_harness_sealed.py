"""The paste-invariance harness reads only opened data: no file of the SEALED list (by name or by prefix)."""
import importlib.util
from pathlib import Path

from tests.test_reader_agreement import SEALED

ROOT = Path(__file__).resolve().parent.parent


def _harness():
    spec = importlib.util.spec_from_file_location("paste_invariance", ROOT / "benchmarks" / "paste_invariance.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_harness_opens_no_sealed_file():
    names = [p.name for p in _harness()._opened_files()]
    assert names, "the harness found no data"
    assert not [n for n in names if any(s in n for s in SEALED)]


def test_harness_refuses_a_file_sealed_by_prefix(tmp_path):
    path = tmp_path / "r11_colZ.jsonl"
    path.write_text('{"text": "x"}\n', encoding="utf-8")
    try:
        _harness()._read([path])
    except AssertionError:
        return
    raise AssertionError("r11_col* was read")
