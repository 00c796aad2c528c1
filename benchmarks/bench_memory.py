"""Server memory under large uploads (issue 14): `cuishou serve` in a subprocess, then 24
parallel posts of each kind below; prints the server's resident memory before, its peak
during each round (sampled every 10 ms, and the kernel's VmHWM), and how each post was
answered. Target: peak under 600 MB, and every over-limit post answered with the JSON 413.

    .venv/bin/python benchmarks/bench_memory.py [--parallel 24] [--big-mb 60]

Rounds:
  over-limit   60 MB bodies to /api/v1/analyze: above the server's 17 MB limit, refused by
               waitress from the Content-Length before any body is kept
  at-limit     16 MB JSON bodies to /api/v1/analyze: under the server's limit, so waitress
               reads each whole body into memory (bounded by the body budget), then the app
               answers 413 (its own 2 MB limit for JSON)
  import       16 MB multipart posts to /cases/import without a session: read whole by
               waitress, refused by the lock before the form is parsed
Clients behave like curl: they stop sending once an answer arrives.
"""
from __future__ import annotations

import argparse
import json
import os
import select
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHUNK = 256 * 1024


def rss_kb(pid: int, field: str = "VmRSS") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(port: int, path: str, content_type: str, body: memoryview, results: list[str]) -> None:
    """Send one POST in chunks, watching for an early answer; record how it was answered."""
    head = (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode()
    answer = b""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=120) as sock:
            sock.sendall(head)
            sent = 0
            while sent < len(body):
                readable, _, _ = select.select([sock], [], [], 0)
                if readable:
                    break  # the server answered before the body was all sent
                sent += sock.send(body[sent:sent + CHUNK])
            while True:
                data = sock.recv(65536)
                if not data:
                    break
                answer += data
    except (ConnectionResetError, BrokenPipeError) as exc:
        if not answer:
            results.append(f"reset ({type(exc).__name__})")
            return
    status = answer.split(b" ", 2)[1].decode() if answer.startswith(b"HTTP/") else "no answer"
    shape = ""
    if b"\r\n\r\n" in answer:
        try:
            shape = " json:" + json.loads(answer.split(b"\r\n\r\n", 1)[1])["error"]["code"]
        except (ValueError, KeyError, TypeError):
            shape = " not-json"
    results.append(status + shape)


def run_round(name: str, pid: int, port: int, path: str, content_type: str, body: bytes, parallel: int) -> int:
    results: list[str] = []
    peak = [rss_kb(pid)]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], rss_kb(pid))
            time.sleep(0.01)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    view = memoryview(body)
    threads = [threading.Thread(target=post, args=(port, path, content_type, view, results)) for _ in range(parallel)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    time.sleep(0.3)
    stop.set()
    sampler.join()
    counts = ", ".join(f"{n}× {k}" for k, v in Counter(results).most_common() for n in [v])
    print(f"{name:11s} {parallel} × {len(body) / 2**20:.0f} MB  {elapsed:5.1f} s  peak RSS {peak[0] / 1024:6.0f} MB"
          f"  after {rss_kb(pid) / 1024:4.0f} MB  answers: {counts}")
    return peak[0]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--parallel", type=int, default=24)
    ap.add_argument("--big-mb", type=int, default=60)
    ap.add_argument("--limit-mb", type=int, default=16)
    args = ap.parse_args()
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "XDG_DATA_HOME": tmp, "CUISHOU_CASES_DB": f"{tmp}/cases.db",
               "CUISHOU_SECRET_KEY": "bench-" + "x" * 32}
        server = subprocess.Popen([sys.executable, "-m", "webapp", "serve", "--port", str(port)], cwd=ROOT, env=env,
                                  stderr=subprocess.DEVNULL)
        try:
            for _ in range(600):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=1).read()
                    break
                except OSError:
                    time.sleep(0.1)
            # warm up: one analysis, so jieba and the knowledge base are loaded before measuring
            req = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/analyze", method="POST",
                                         data=json.dumps({"text": "【某某金融】您已逾期，我们将联系您的家人。"}).encode(),
                                         headers={"Content-Type": "application/json"})
            urllib.request.urlopen(req, timeout=30).read()
            base = rss_kb(server.pid)
            print(f"server pid {server.pid}: resident before {base / 1024:.0f} MB")
            big = b"x" * (args.big_mb * 2**20)
            at_limit = b'{"text": "' + b"x" * (args.limit_mb * 2**20 - 64) + b'"}'
            boundary = "benchboundary"
            form = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"backup.xml\"\r\n"
                    f"Content-Type: text/xml\r\n\r\n").encode() + b"<" * (args.limit_mb * 2**20 - 512) + \
                f"\r\n--{boundary}--\r\n".encode()
            peaks = [
                run_round("over-limit", server.pid, port, "/api/v1/analyze", "application/json", big, args.parallel),
                run_round("at-limit", server.pid, port, "/api/v1/analyze", "application/json", at_limit, args.parallel),
                run_round("import", server.pid, port, "/cases/import", f"multipart/form-data; boundary={boundary}",
                          form, args.parallel),
            ]
            hwm = rss_kb(server.pid, "VmHWM")
            print(f"peak RSS (sampled) {max(peaks) / 1024:.0f} MB; kernel high-water mark VmHWM {hwm / 1024:.0f} MB "
                  f"(target < 600 MB)")
        finally:
            server.terminate()
            server.wait(timeout=20)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
