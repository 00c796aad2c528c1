"""relay72: benchmarks/dump_reports.py restricted to the files a branch may read (opened, blind*_train, ordinary,
../shared/eval), plus every rule's examples and the adversarial inputs; the sealed pool and the forbidden
collections (fresh/r7*, r5_col*, r6_col*, r11_col*, _src) are never opened: the file list is built from names only.

    python benchmarks/relay72_dump.py OUT.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import dump_reports  # noqa: E402


def allowed_files(root: Path = ROOT, include_sealed: bool = False, exclude: tuple[str, ...] = ()) -> list[Path]:
    probes = root / "tests" / "data" / "probes"
    opened = [line.strip() for line in (probes / "OPENED.txt").read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")]
    files = [probes / name for name in opened]
    files += sorted(probes.glob("blind*_train.jsonl"))
    files += [root / "tests" / "data" / "ordinary" / "ordinary.jsonl"]
    files += sorted((root.parent / "shared" / "eval").glob("*.jsonl"))
    return [f for f in files if f.exists()]


if __name__ == "__main__":
    dump_reports.data_files = allowed_files
    sys.argv = [sys.argv[0], sys.argv[1]]
    dump_reports.main()
