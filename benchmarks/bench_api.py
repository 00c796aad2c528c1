"""Prints the API's throughput and latency under load (not a test).

    .venv/bin/python benchmarks/bench_api.py [--seconds 30] [--clients 16] [--threads 8] [--workers 1 2]

Starts the production server (`cuishou serve`, i.e. waitress) on a free loopback
port, then drives it with a Python load generator on the same machine: the
clients are spread over several processes (each client one thread with one
keep-alive HTTP/1.1 connection, sending its next request as soon as the last
answer arrives), so the loader's own GIL does not cap the figures.
Runs GET /api/v1/health, then POST /api/v1/analyze with the messages of
../shared/eval/{dev,normal}.jsonl in turn, and prints requests/s, p50, p99 and
errors for both, and the ratio of their requests/s (target ≥ 0.40, aim 0.50).
With `--workers 1 2` it does this once per server size (`cuishou serve --workers N`: one
waitress process, or N gunicorn processes) and prints the analyze speed-up over the first.
The load generator runs on the same machine and takes CPU from the server, and so does
anything else running: the load average before each run is printed.
"""
from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing as mp
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = [ROOT.parent / "shared" / "eval" / "dev.jsonl", ROOT.parent / "shared" / "eval" / "normal.jsonl"]
FALLBACK = ["【招联金融】您今天应还1352.29元扣款失败，请17点前补足招商银行3683卡余额。",
            "你已逾期30天，今天不还款将联系你家人和单位，加微信还款到个人账户。"]


def load_bodies() -> list[bytes]:
    bodies = []
    for path in EVAL:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                body = {"text": item["text"]}
                if item.get("sender_number"):
                    body["sender"] = item["sender_number"]
                bodies.append(json.dumps(body, ensure_ascii=False).encode("utf-8"))
    return bodies or [json.dumps({"text": t}, ensure_ascii=False).encode() for t in FALLBACK]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int, threads: int, kb_dir: str, workers: int = 1) -> subprocess.Popen:
    env = {**os.environ, "CUISHOU_KB_PATH": str(Path(kb_dir) / "knowledge.sqlite3"),
           "CUISHOU_SECRET_KEY": "benchmark"}
    proc = subprocess.Popen([sys.executable, "-m", "webapp", "serve", "--host", "127.0.0.1",
                             "--port", str(port), "--threads", str(threads), "--workers", str(workers)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with {proc.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/v1/health")
            if conn.getresponse().status == 200:
                conn.close()
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start within 60 s")


def _client(port: int, method: str, path: str, bodies: list[bytes], offset: int, until: float,
            latencies: list[float], errors: list[int]) -> None:
    headers = {"Content-Type": "application/json"} if method == "POST" else {}
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    i = offset
    while True:
        start = time.perf_counter()
        if start >= until:
            break
        body = bodies[i % len(bodies)] if bodies else None
        i += 1
        try:
            conn.request(method, path, body=body, headers=headers)
            resp = conn.getresponse()
            resp.read()
            ok = resp.status == 200
        except (OSError, http.client.HTTPException):
            ok = False
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        if ok:
            latencies.append(time.perf_counter() - start)
        else:
            errors.append(1)
    conn.close()


def _worker(port: int, method: str, path: str, bodies: list[bytes], clients: int, first: int,
            start_at: float, until: float, out: mp.Queue) -> None:
    latencies: list[float] = []
    errors: list[int] = []
    while time.time() < start_at:
        time.sleep(0.005)
    # time.time() is shared between processes; convert the end time to this process's perf_counter
    until_perf = time.perf_counter() + (until - time.time())
    threads = [threading.Thread(target=_client, args=(port, method, path, bodies, (first + k) * 7, until_perf,
                                                      latencies, errors)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    out.put((latencies, len(errors)))


def drive(port: int, method: str, path: str, bodies: list[bytes], clients: int, seconds: float,
          processes: int) -> dict[str, float]:
    queue: mp.Queue = mp.Queue()
    start_at = time.time() + 1.0
    until = start_at + seconds
    per = [clients // processes + (1 if k < clients % processes else 0) for k in range(processes)]
    procs, first = [], 0
    for n in per:
        if n:
            procs.append(mp.Process(target=_worker, args=(port, method, path, bodies, n, first, start_at, until, queue)))
            first += n
    for p in procs:
        p.start()
    latencies: list[float] = []
    errors = 0
    for _ in procs:
        lat, err = queue.get()
        latencies += lat
        errors += err
    for p in procs:
        p.join()
    latencies.sort()
    n = len(latencies)
    return {
        "requests": n, "rps": n / seconds, "errors": errors,
        "p50_ms": statistics.median(latencies) * 1000 if n else float("nan"),
        "p99_ms": latencies[min(n - 1, int(n * 0.99))] * 1000 if n else float("nan"),
    }


def warm_up(port: int, bodies: list[bytes]) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for body in bodies:
        conn.request("POST", "/api/v1/analyze", body=body, headers={"Content-Type": "application/json"})
        resp = conn.getresponse()
        resp.read()
        if resp.status != 200:
            raise SystemExit(f"warm-up: POST /api/v1/analyze answered {resp.status}")
    conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--threads", type=int, default=8, help="threads per server process (cuishou serve --threads)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1], help="server processes, one run each")
    parser.add_argument("--processes", type=int, default=0, help="load-generator processes (default: 4)")
    args = parser.parse_args()
    processes = args.processes or min(4, args.clients)
    bodies = load_bodies()
    analyze_rps = {}
    for workers in args.workers:
        port = free_port()
        server_name = "waitress" if workers == 1 else f"gunicorn, {workers} processes"
        with tempfile.TemporaryDirectory() as kb_dir:
            server = start_server(port, args.threads, kb_dir, workers)
            try:
                warm_up(port, bodies)
                print(f"server: cuishou serve --workers {workers} ({server_name}, {args.threads} threads each) "
                      f"on 127.0.0.1:{port}; load: {args.clients} clients in {processes} processes, "
                      f"{args.seconds:g} s each; {len(bodies)} different messages; {os.cpu_count()} CPUs; "
                      f"load average before {os.getloadavg()[0]:.1f}")
                results = {}
                for name, method, path, payload in (("GET  /api/v1/health", "GET", "/api/v1/health", []),
                                                    ("POST /api/v1/analyze", "POST", "/api/v1/analyze", bodies)):
                    r = drive(port, method, path, payload, args.clients, args.seconds, processes)
                    results[name] = r
                    print(f"{name}: {r['rps']:8.1f} requests/s   p50 {r['p50_ms']:6.2f} ms   "
                          f"p99 {r['p99_ms']:6.2f} ms   errors {r['errors']}   ({r['requests']} requests)")
            finally:
                server.terminate()
                server.wait(timeout=30)
        health, analyze = results["GET  /api/v1/health"], results["POST /api/v1/analyze"]
        analyze_rps[workers] = analyze["rps"]
        ratio = analyze["rps"] / health["rps"] if health["rps"] else float("nan")
        print(f"analyze/health requests/s ratio: {ratio:.2f} (target ≥ 0.40, aim 0.50); "
              f"analyze p99 {analyze['p99_ms']:.1f} ms (target ≤ 50); "
              f"errors {health['errors'] + analyze['errors']} (target 0)")
    if len(analyze_rps) > 1:
        first = args.workers[0]
        print("POST /api/v1/analyze speed-up over --workers {}: {}".format(first, ", ".join(
            f"--workers {w}: {rps / analyze_rps[first]:.2f}x" for w, rps in analyze_rps.items() if w != first)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
