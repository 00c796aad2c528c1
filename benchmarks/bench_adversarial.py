"""Prints, for each adversarial family at 10,000 characters, analyze() time against a
typical message of the same length (issue 14: at most 15x). Not a test.

    .venv/bin/python benchmarks/bench_adversarial.py

Families are the fixed ones in tests/adversarial.py (digits, full-width digits, 逾期, …);
times are best-of-5 CPU time of this process, garbage collector off.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

import adversarial  # noqa: E402
from test_pattern_time import typical_text  # noqa: E402

from analyzer import analyze  # noqa: E402

LENGTH = 10_000


def main() -> None:
    typical = typical_text(LENGTH)
    analyze(typical)
    base = adversarial.best_of(lambda: analyze(typical), 5)
    print(f"typical message, {LENGTH:,} characters: {base * 1000:.1f} ms")
    print(f"{'family':<26} {'ms':>8} {'x typical':>10}")
    worst = 0.0
    for family, unit in adversarial.FAMILIES.items():
        text = adversarial.build(unit, LENGTH)
        seconds = adversarial.best_of(lambda: analyze(text), 5)
        worst = max(worst, seconds / base)
        flag = "  <-- over 15x" if seconds > 15 * base else ""
        print(f"{family:<26} {seconds * 1000:>8.1f} {seconds / base:>10.1f}{flag}")
    # One long clause of negated matches: every match used to walk back over the clause
    # (analyzer/rules.py, before Clauses); not in FAMILIES, which every pattern is tried with.
    for family, unit in (("请勿恶意拖欠 (one clause)", "请勿恶意拖欠"), ("我司不会上门 (one clause)", "我司不会上门")):
        text = adversarial.build(unit, LENGTH)
        seconds = adversarial.best_of(lambda: analyze(text), 5)
        worst = max(worst, seconds / base)
        flag = "  <-- over 15x" if seconds > 15 * base else ""
        print(f"{family:<26} {seconds * 1000:>8.1f} {seconds / base:>10.1f}{flag}")
    print(f"worst: {worst:.1f}x (bound 15x)")


if __name__ == "__main__":
    main()
