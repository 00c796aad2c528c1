"""Where a warm analyze() spends its time, stage by stage (not a test).

    .venv/bin/python benchmarks/stage_profile.py [--jieba] [--middle] [--again] [--rounds=N] [PATH.jsonl ...]

Every function analyzer/pipeline.py calls by name (parse, names_debt, lender_detector.detect, rule_engine.run, …),
the prefilter look-up (JointIndex.candidates) and the clause scan (Modality.clauses) are timed around each call
(only the outermost timed call counts, so the stages add up to at most the whole); the rest is the pipeline's own
code and the calls too small to list. --jieba runs jieba.lcut on the message just before each analyze(), as
benchmarks/bench_analyze.py interleaves the two: the caches jieba fills are the ones the analyzer then misses, and
the stages that read the most memory (the prefilter's bit masks) grow the most. --middle times only the messages
between the 25th and 75th percentile of warm analysis time, those that set bench_analyze's median. --again (spd72)
calls each timed stage a second time right after the first, with the same arguments (every stage is pure), and prints
that second call's time beside the first: what the stage costs with its data already in the caches. The difference is
what it pays for memory the rest of analyze() (or jieba) pushed out of them since the previous message; the whole
analyze() time then includes the second calls.

Before timing, each message's report with the timers in place is compared with its report without them: the timers
must not change what is found. Inputs default to bench_analyze's (../shared/eval/dev.jsonl and normal.jsonl).
"""
from __future__ import annotations

import functools
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_analyze import DEFAULT, load  # noqa: E402

_CALL = re.compile(r"\b([a-z_]+)\.([a-z_]+)\(")


class StageTimer:
    """Inclusive time per stage over the messages analysed while installed; only the outermost timed call counts."""

    def __init__(self, again: bool = False) -> None:
        self.spent: dict[str, int] = {}
        self.again: dict[str, int] | None = {} if again else None  # (--again: the second call's time per stage)
        self._depth = 0
        self._undo: list[tuple[object, str, object]] = []

    def _timed(self, label: str, fn):
        @functools.wraps(fn)
        def timed(*args, **kwargs):
            if self._depth:
                return fn(*args, **kwargs)
            self._depth = 1
            start = time.perf_counter_ns()
            try:
                return fn(*args, **kwargs)
            finally:
                end = time.perf_counter_ns()
                self.spent[label] = self.spent.get(label, 0) + end - start
                if self.again is not None:
                    fn(*args, **kwargs)  # (pure: the same answer, now with warm caches)
                    self.again[label] = self.again.get(label, 0) + time.perf_counter_ns() - end
                self._depth = 0
        return timed

    def _wrap(self, owner: object, name: str, label: str) -> None:
        fn = getattr(owner, name)
        self._undo.append((owner, name, owner.__dict__.get(name) if isinstance(owner, type) else fn))
        setattr(owner, name, self._timed(label, fn))

    def install(self) -> "StageTimer":
        from analyzer import pipeline
        from analyzer.gate_index import JointIndex
        from analyzer.modality import Modality

        source = Path(pipeline.__file__).read_text(encoding="utf-8")
        names = vars(pipeline)
        for name, value in list(names.items()):
            if callable(value) and getattr(value, "__module__", "").startswith("analyzer.") and \
                    not isinstance(value, type) and re.search(rf"\b{name}\(", source):
                self._wrap(pipeline, name, name)
        for alias, func in sorted(set(_CALL.findall(source))):
            module = names.get(alias)
            if getattr(module, "__name__", "").startswith("analyzer.") and callable(getattr(module, func, None)):
                self._wrap(module, func, f"{alias}.{func}")
        self._wrap(JointIndex, "candidates", "JointIndex.candidates")
        self._wrap(Modality, "clauses", "Modality.clauses")
        return self

    def remove(self) -> None:
        for owner, name, original in reversed(self._undo):
            setattr(owner, name, original)
        self._undo.clear()


def middle_half(texts: list[str], analyze) -> list[str]:
    """The messages between the 25th and 75th percentile of warm analysis time (best of five)."""
    timed = []
    for t in texts:
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            analyze(t)
            best = min(best, time.perf_counter() - start)
        timed.append((best, t))
    timed.sort(key=lambda pair: pair[0])
    n = len(timed)
    return [t for _, t in timed[n // 4:3 * n // 4]]


def profile(texts: list[str], rounds: int = 10, before=None,
            again: dict[str, float] | None = None) -> tuple[float, list[tuple[str, float]]]:
    """Mean µs per message of the whole analyze() and of each stage (largest first). `before`, if given, is called
    with each message before it is analysed (and not timed). `again`, if given, is filled with the mean µs of each
    stage's immediate second call (--again), which the whole then includes."""
    from analyzer import analyze

    plain = [analyze(t).to_dict() for t in texts]
    timer = StageTimer(again is not None).install()
    try:
        if [analyze(t).to_dict() for t in texts] != plain:
            raise AssertionError("the stage timers changed a report")
        timer.spent.clear()
        if timer.again is not None:
            timer.again.clear()
        whole = 0
        for _ in range(rounds):
            for t in texts:
                if before is not None:
                    before(t)
                start = time.perf_counter_ns()
                analyze(t)
                whole += time.perf_counter_ns() - start
    finally:
        timer.remove()
    n = rounds * len(texts) or 1
    stages = sorted(((label, ns / n / 1000) for label, ns in timer.spent.items()), key=lambda s: -s[1])
    if again is not None and timer.again is not None:
        again.update((label, ns / n / 1000) for label, ns in timer.again.items())
    return whole / n / 1000, stages


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    rounds = next((int(a.split("=", 1)[1]) for a in sys.argv[1:] if a.startswith("--rounds=")), 10)
    texts = load([Path(p) for p in args] or DEFAULT)
    from analyzer import analyze

    for t in texts:
        analyze(t)  # warm caches
    if "--middle" in sys.argv:
        texts = middle_half(texts, analyze)
    before = None
    if "--jieba" in sys.argv:
        import jieba

        tok = jieba.Tokenizer()
        tok.initialize()
        before = tok.lcut
    again: dict[str, float] | None = {} if "--again" in sys.argv else None
    whole, stages = profile(texts, rounds, before, again)
    print(f"messages: {len(texts)} x {rounds} rounds{' (jieba.lcut before each)' if before else ''}")
    print(f"analyze(): {whole:8.1f} µs a message")
    for label, us in stages:
        if us >= 0.005 * whole:
            print(f"  {us:8.1f} µs  {100 * us / whole:5.1f}%  {label}"
                  + (f"  (again: {again[label]:.1f} µs)" if again is not None else ""))
    rest = whole - sum(us for _, us in stages) - sum((again or {}).values())
    print(f"  {rest:8.1f} µs  {100 * rest / whole:5.1f}%  (the pipeline's own code and the stages under 0.5%)")


if __name__ == "__main__":
    main()
