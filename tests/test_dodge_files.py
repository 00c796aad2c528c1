"""benchmarks/dodge_invariance.py reads only what a branch may read (PREREG_round51): the opened sets, the blind
training files and ../shared/eval by default; `--gold` refuses a pool/control file and tests/data/fresh/r7*."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import dodge_invariance  # noqa: E402
from scripts.train_ngram import opened_names  # noqa: E402


def test_default_gold_files_are_opened_train_or_eval():
    gold, ordinary = dodge_invariance.opened_files()
    assert gold, "no gold file found"
    opened = opened_names()
    for p in gold:
        assert p.name in opened or p.name.endswith("_train.jsonl") or p.parent.name == "eval", p
        assert not (p.parent.name == "fresh" and p.name.startswith("r7")), p
    assert {p.name for p in gold} >= {"para88_sealed.jsonl", "blind67_train.jsonl"}
    assert not {"para112_sealed.jsonl", "para113_sealed.jsonl", "r7_tune.jsonl"} & {p.name for p in gold}
    assert [p.parent.name for p in ordinary] == ["ordinary"] * len(ordinary)


def test_legacy_files_keep_the_old_set_without_sealed():
    legacy = dodge_invariance.legacy_files()
    assert "r7_tune.jsonl" in {p.name for p in legacy}
    assert not [p for p in legacy if "sealed" in p.name]


def test_gold_option_refuses_pool_and_r7(tmp_path):
    for name in ("tests/data/probes/para112_sealed.jsonl", "tests/data/fresh/r7_tune.jsonl",
                 "tests/data/fresh/r5_colM.jsonl"):
        run = subprocess.run([sys.executable, "benchmarks/dodge_invariance.py", "--gold", name],
                             cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert run.returncode != 0 and "not read" in run.stderr, (name, run.stderr[-300:])
        assert "gold lines" not in run.stdout


def test_gold_option_runs_on_an_opened_file(tmp_path):
    out = tmp_path / "d.json"
    run = subprocess.run([sys.executable, "benchmarks/dodge_invariance.py", "--gold",
                          "tests/data/probes/lawful88_sealed.jsonl", "--limit", "20", "--only", "space",
                          "--json", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-500:]
    assert "gold lines 20 from 1 files" in run.stdout
    assert out.exists()
