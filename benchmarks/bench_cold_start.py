"""Cold start: how long a new process takes to run `cuishou analyze "…"` (import, build the
analyzer, analyse one message, exit), as a user of the command line, a server's first request
and every test process pay it. Prints the median (and min/max) of N runs for three states of the
derived-data file (knowledge/derived_cache.py), each with the load average at the time:

  warm   the file holds what the first run built (the usual case after one run)
  off    CUISHOU_CACHE_DIR="" (everything parsed and compiled as before the file existed)
  cold   an empty cache directory each time (the very first run; it also writes the file)

    .venv/bin/python benchmarks/bench_cold_start.py [--runs 5] [--states warm off cold] [--phases]

--phases also prints, for one warm run, the time to import the CLI, import the pipeline, build
the Analyzer and analyse the first message. The machine is shared: read figures with the load.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MESSAGE = "【XX金融】张某某，您的借款已逾期30天，请于今日内还款，否则将联系您的家人和单位。"

_PHASES = """
import sys, time
t0 = time.perf_counter()
import webapp.cli
t1 = time.perf_counter()
import analyzer.pipeline
t2 = time.perf_counter()
from analyzer import get_analyzer
a = get_analyzer()
t3 = time.perf_counter()
a.analyze(sys.argv[1])
t4 = time.perf_counter()
print(f"import cli {t1 - t0:.3f} s, import pipeline {t2 - t1:.3f} s, Analyzer() {t3 - t2:.3f} s, "
      f"first message {t4 - t3:.3f} s")
"""


def load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def run_once(env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "webapp.cli", "analyze", MESSAGE], cwd=ROOT, env=env,
                   stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def measure(state: str, runs: int, cache: Path) -> list[float]:
    env = dict(os.environ)
    times = []
    for _ in range(runs):
        if state == "cold":
            with tempfile.TemporaryDirectory() as empty:
                env["CUISHOU_CACHE_DIR"] = empty
                times.append(run_once(env))
            continue
        env["CUISHOU_CACHE_DIR"] = "" if state == "off" else str(cache)
        times.append(run_once(env))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--states", nargs="+", choices=("warm", "off", "cold"), default=["warm", "off", "cold"])
    parser.add_argument("--phases", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache_dir:
        cache = Path(cache_dir)
        run_once(dict(os.environ, CUISHOU_CACHE_DIR=str(cache)))  # builds the file for "warm"
        for state in args.states:
            before = load()
            times = measure(state, args.runs, cache)
            print(f"{state:5} median {statistics.median(times):.2f} s  (min {min(times):.2f}, max {max(times):.2f}, "
                  f"{len(times)} runs; load {before} -> {load()})", flush=True)
        if args.phases:
            env = dict(os.environ, CUISHOU_CACHE_DIR=str(cache))
            done = subprocess.run([sys.executable, "-c", _PHASES, MESSAGE], cwd=ROOT, env=env,
                                  capture_output=True, text=True, check=True)
            print("warm phases:", done.stdout.strip())


if __name__ == "__main__":
    main()
