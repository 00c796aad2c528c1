"""Prints `cuishou batch` throughput and memory on a large input (not a test).

    .venv/bin/python benchmarks/bench_batch.py [--messages 1000000] [--workers 1 2] [--format jsonl]

Writes a JSON Lines file of N messages (the repository's test and held-out messages, cycled,
each with its own id, sender and time) to a temporary directory, then runs
`cuishou batch FILE -o /dev/null --workers W -q` for each W and reports wall time, messages
per second, and resident memory sampled every 0.2 s from /proc: the main process, the largest
worker, and the whole process tree (RSS, and PSS which counts shared pages once), at 10 % of the run and at its peak, so a leak or an
unbounded queue would show as growth between the two. CPU time per message (all processes)
does not depend on what else the machine runs; wall time and speed-up do, so the load
average before each run is printed with it.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "tests" / "data" / name for name in ("messages.jsonl", "heldout.jsonl", "heldout2.jsonl")]


def write_input(path: Path, n: int) -> None:
    texts = [json.loads(line)["text"] for p in SOURCES for line in p.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            row = {"id": f"m{i}", "text": texts[i % len(texts)], "sender": f"1069{i % 100000:08d}",
                   "received_at": f"2026-11-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}"}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def pss_kb(pid: int) -> int:
    """Proportional set size: shared pages divided among the processes sharing them."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def run(path: Path, workers: int, fmt: str, n: int) -> dict[str, float]:
    cmd = [str(ROOT / ".venv" / "bin" / "cuishou"), "batch", str(path), "-o", os.devnull, "--workers", str(workers),
           "--format", fmt, "-q"]
    samples: list[tuple[float, int, int, int, int]] = []  # (t, main, largest worker, tree RSS, tree PSS)
    load_before = os.getloadavg()[0]
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd)

    def sample() -> None:
        while proc.poll() is None:
            main = rss_kb(proc.pid)
            pids = children(proc.pid)
            kids = [rss_kb(c) for c in pids]
            pss = pss_kb(proc.pid) + sum(pss_kb(c) for c in pids)
            samples.append((time.perf_counter() - start, main, max(kids, default=0), main + sum(kids), pss))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample)
    sampler.start()
    proc.wait()
    elapsed = time.perf_counter() - start
    sampler.join()
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    if proc.returncode:
        raise SystemExit(f"cuishou batch failed with {proc.returncode}")
    early = [s for s in samples if s[0] >= elapsed * 0.1][:1] or samples[:1]
    mb = 1024
    return {"workers": workers, "seconds": elapsed, "rate": n / elapsed, "cpu_us": cpu / n * 1e6,
            "load": load_before,
            "main_10pct_mb": early[0][1] / mb, "main_peak_mb": max(s[1] for s in samples) / mb,
            "worker_peak_mb": max(s[2] for s in samples) / mb,
            "tree_10pct_mb": early[0][3] / mb, "tree_peak_mb": max(s[3] for s in samples) / mb,
            "pss_10pct_mb": early[0][4] / mb, "pss_peak_mb": max(s[4] for s in samples) / mb}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=1_000_000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--format", default="jsonl", choices=("jsonl", "csv"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "messages.jsonl"
        write_input(path, args.messages)
        print(f"input: {args.messages:,} messages, {path.stat().st_size / 2**20:.0f} MB; output {args.format} "
              f"to /dev/null; {os.cpu_count()} cores")
        results = []
        for w in args.workers:
            r = run(path, w, args.format, args.messages)
            results.append(r)
            print(f"workers={w}: {r['seconds']:.1f} s, {r['rate']:,.0f} msg/s, {r['cpu_us']:.0f} µs CPU/msg "
                  f"(load average before {r['load']:.1f}); RSS main {r['main_10pct_mb']:.0f} MB "
                  f"at 10% -> peak {r['main_peak_mb']:.0f} MB, largest worker peak {r['worker_peak_mb']:.0f} MB, "
                  f"whole tree {r['tree_10pct_mb']:.0f} MB at 10% -> peak {r['tree_peak_mb']:.0f} MB "
                  f"(PSS {r['pss_10pct_mb']:.0f} -> {r['pss_peak_mb']:.0f} MB)", flush=True)
        if len(results) > 1:
            base = results[0]["rate"]
            print("speed-up vs first: " + ", ".join(f"workers={r['workers']}: {r['rate'] / base:.2f}x"
                                                     for r in results[1:]))


if __name__ == "__main__":
    main()
