"""Prints the analyzer's speed and memory figures (not a test).

    .venv/bin/python benchmarks/bench_analyze.py [PATH.jsonl ...]

Warm analyze() median per message and jieba.lcut median on the same messages
(timed interleaved, message by message, so a change in machine load between two
separate passes cannot move the ratio), messages per second in one process, how many rule
patterns the prefilter lets a message be scanned with, the cold
`cuishou analyze` time, and resident memory after analysing.
"""
from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT.parent / "shared" / "eval" / "dev.jsonl", ROOT.parent / "shared" / "eval" / "normal.jsonl"]


def load(paths: list[Path]) -> list[str]:
    texts = []
    for p in paths:
        texts += [json.loads(line)["text"] for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def interleaved(fa, fb, texts: list[str], rounds: int = 7) -> tuple[list[float], list[float]]:
    """Per-call times of fa and fb, each message timed with one right after the other (order alternating by round)."""
    a_times: list[float] = []
    b_times: list[float] = []
    for r in range(rounds):
        for t in texts:
            for fn, times in (((fa, a_times), (fb, b_times)) if r % 2 == 0 else ((fb, b_times), (fa, a_times))):
                start = time.perf_counter()
                fn(t)
                times.append(time.perf_counter() - start)
    return a_times, b_times


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or DEFAULT
    texts = load(paths)
    print(f"messages: {len(texts)} from {', '.join(p.name for p in paths)}")

    cli = [str(ROOT / ".venv" / "bin" / "cuishou"), "analyze", texts[0]]
    subprocess.run(cli, capture_output=True, check=True)  # first build excluded
    cold = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run(cli, capture_output=True, check=True)
        cold.append(time.perf_counter() - start)

    from analyzer import analyze

    start = time.perf_counter()
    analyze(texts[0])
    first = time.perf_counter() - start
    for t in texts:
        analyze(t)  # warm caches
    rss_analyzer = rss_mb()

    import jieba

    tok = jieba.Tokenizer()
    tok.initialize()
    for t in texts:
        tok.lcut(t)
    a_times, j_times = interleaved(analyze, tok.lcut, texts)

    start = time.perf_counter()
    n = 0
    while time.perf_counter() - start < 3:
        for t in texts:
            analyze(t)
            n += 1
    rate = n / (time.perf_counter() - start)

    # How much the prefilter skips (analyzer/prefilter.py): rule patterns a message gets scanned with.
    from analyzer import get_analyzer
    from analyzer.document import parse

    rules = get_analyzer().rules
    scanned = statistics.mean(sum(map(len, rules.candidates(parse(t).keys).values())) for t in texts)
    ungated = sorted({f"{rules[i].record.id}#{j}" for i, j in (rules.owner[rules.item_pattern[k]] for k in rules.index.always)})

    a_med = statistics.median(a_times) * 1000
    j_med = statistics.median(j_times) * 1000
    print(f"first analyze (builds indexes):  {first * 1000:.1f} ms")
    print(f"warm analyze median:            {a_med:.3f} ms   (p90 {statistics.quantiles(a_times, n=10)[-1] * 1000:.3f} ms)")
    print(f"jieba.lcut median, same texts:  {j_med:.3f} ms   (timed interleaved with analyze)")
    print(f"analyze / jieba ratio:          {a_med / j_med:.2f}x")
    print(f"throughput, one process:        {rate:,.0f} messages/s")
    print(f"rule patterns scanned / message: {scanned:.1f} of {len(rules.owner)}"
          f" (always scanned, no gate: {', '.join(ungated) or 'none'})")
    print(f"cold `cuishou analyze`:         median {statistics.median(cold):.2f} s (min {min(cold):.2f} s)")
    print(f"resident memory after analysing:  {rss_analyzer:.0f} MB (with jieba loaded for the comparison: {rss_mb():.0f} MB)")


if __name__ == "__main__":
    main()
