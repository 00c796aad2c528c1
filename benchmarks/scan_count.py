"""How many regex scans a warm analyze() runs a message, and how many a key prescan could leave out (not a test).

    .venv/bin/python benchmarks/scan_count.py [--top=N] [PATH.jsonl ...]

spd56 asked whether the analysis is slow because it scans each message too many times: could one combined pre-scan
of the message (its characters and bigrams, analyzer/prefilter.text_keys) tell which patterns cannot match, and the
scans of those be skipped? This counts, message by message, every search, match, fullmatch, finditer, findall and
sub a compiled pattern runs (sys.setprofile's c_call events; the pattern is the bound method's __self__), by call
site, and marks a call "skippable" when the pattern's keys (prefilter.any_branch_keys: one of them is in every match)
are all missing from the message's keys (folded text and text as typed): a prescan answering from the keys alone
would have returned no match there. Then it times, on the same messages, what one such scan costs against what a
skip itself costs from Python (a method call and one look-up), which is what a prescan can save per scan.

spd56's figures (202 bench messages, folded text median 26 characters): 116 scans a message, 53 of them skippable.
A median message's skippable scans, run again, take 8.3 µs together, as many skips from Python 1.7 µs: even a prescan
covering every one of them would gain at most ~6 µs a message before its own look-up (~1 µs) and the cost its
wrapper adds to the scans it must let through, against the ~18 µs rule 5's 0.2x asks for. Measured on a branch:
gating 122 patterns (every lexclass.lex_class pattern and 34 module patterns; 40,993 reports byte-identical) skipped
21 scans a message and saved ~2 µs of ~235 (in-process A/B, jieba interleaved). literal_first already lets re skip
to a pattern's first characters, so a scan of a short message costs little more than the call: their count is not
where the time goes. Inputs default to bench_analyze's (../shared/eval/dev.jsonl and normal.jsonl).
"""
from __future__ import annotations

import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_analyze import DEFAULT, load  # noqa: E402

_METHODS = frozenset(("search", "match", "fullmatch", "finditer", "findall", "sub"))


@dataclass
class Scans:
    messages: int = 0
    calls: Counter = field(default_factory=Counter)  # (pattern, method, site) -> calls
    skippable: Counter = field(default_factory=Counter)
    flagged: list = field(default_factory=list)  # (pattern, method, the message's folded text) of each skippable call

    def per_message(self) -> tuple[float, float]:
        n = self.messages or 1
        return sum(self.calls.values()) / n, sum(self.skippable.values()) / n


def count(texts: list[str], keep: bool = False) -> Scans:
    """Every regex scan analyze() runs over each text, and those whose pattern's keys the message misses (`keep`: the
    flagged calls too, for checking that none of them could have matched)."""
    from analyzer import analyze
    from analyzer.document import parse
    from analyzer.prefilter import any_branch_keys, text_keys

    gates: dict[int, frozenset[str] | None] = {}
    out = Scans()
    state: dict[str, object] = {}

    def gate(pattern: re.Pattern[str]) -> frozenset[str] | None:
        if id(pattern) not in gates:
            try:
                gates[id(pattern)] = any_branch_keys(pattern) if isinstance(pattern.pattern, str) else None
            except Exception:  # noqa: BLE001 - a pattern the prefilter cannot read counts as not skippable
                gates[id(pattern)] = None
        return gates[id(pattern)]

    def hook(frame, event, arg) -> None:
        if event != "c_call" or getattr(arg, "__name__", "") not in _METHODS:
            return
        pattern = getattr(arg, "__self__", None)
        if not isinstance(pattern, re.Pattern):
            return
        key = (pattern, arg.__name__, f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}")
        out.calls[key] += 1
        found = gate(pattern)
        if found is not None and found.isdisjoint(state["keys"]):
            out.skippable[key] += 1
            if keep:
                out.flagged.append((pattern, arg.__name__, state["folded"]))

    for text in texts:
        analyze(text)  # warm: patterns compiled, caches filled, outside the count
        folded = parse(text).f
        state.update(text=text, folded=folded, keys=text_keys(folded) | text_keys(text))
        sys.setprofile(hook)
        try:
            analyze(text)
        finally:
            sys.setprofile(None)
        out.messages += 1
    return out


def scan_cost(scans: Scans, rounds: int = 5) -> tuple[float, float]:
    """Per message, µs of its skippable scans run again (each pattern's method over the message's folded text: a
    detector may have scanned a sentence of it instead) and of as many Python calls that answer without scanning
    (what a prescan's skips cost at least); the medians over the messages (bench_analyze judges the median)."""
    by_text: dict[str, list] = {}
    for p, method, folded in scans.flagged:
        by_text.setdefault(folded, []).append(getattr(p, "search" if method == "sub" else method))
    known = dict.fromkeys(by_text, 0)

    def skip(f: str, bit: int = 1) -> None:  # (finditer's iterator is not consumed: it finds nothing here)
        met = known.get(f)
        if met is not None and not met & bit:
            return None
        return None

    scan, call = [], []
    for f, scanned in by_text.items():
        a, b = [], []
        for _ in range(rounds):
            start = time.perf_counter_ns()
            for s in scanned:
                s(f)
            a.append(time.perf_counter_ns() - start)
            start = time.perf_counter_ns()
            for _s in scanned:
                skip(f)
            b.append(time.perf_counter_ns() - start)
        scan.append(min(a) / 1000)
        call.append(min(b) / 1000)
    return (statistics.median(scan), statistics.median(call)) if scan else (0.0, 0.0)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    top = next((int(a.split("=", 1)[1]) for a in sys.argv[1:] if a.startswith("--top=")), 25)
    texts = load([Path(p) for p in args] or DEFAULT)
    scans = count(texts, keep=True)
    calls, skippable = scans.per_message()
    print(f"messages: {scans.messages}; regex scans a message: {calls:.1f}, of which a key prescan could skip {skippable:.1f}")
    scan, call = scan_cost(scans)
    print(f"a message's skippable scans, run again: median {scan:.1f} µs; as many skips from Python: {call:.1f} µs"
          f" (hot caches, best of 5: about {scan - call:.1f} µs a message to gain, before the prescan's own look-up)")
    print("most skippable (calls a message skippable / all, method, site, pattern):")
    n = scans.messages or 1
    for key, k in scans.skippable.most_common(top):
        pattern, method, site = key
        print(f"  {k / n:5.2f} / {scans.calls[key] / n:5.2f}  {method:9} {site:28} {pattern.pattern[:50]!r}")


if __name__ == "__main__":
    main()
