"""`cuishou serve --workers 2` as deployed: a real gunicorn master with two forked workers and
the shared-state process. Requests arrive on fresh connections (so both workers take them):
every analysis equals analyze() run here, a case draft stored by one worker is found by
whichever answers next, an import job's progress is seen from any worker, and the API rate
limit counts a client's requests across both workers."""
from __future__ import annotations

import http.client
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

import pytest
from conftest import CASE_PASSPHRASE

from analyzer import analyze

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 30
MESSAGES = [json.loads(line)["text"] for line in (ROOT / "tests" / "data" / "messages.jsonl").read_text(
    encoding="utf-8").splitlines() if line.strip()]
PASTE = "发件人：10690000\n时间：2026-11-28 23:10\n【某某金融】您已逾期30天，我们将联系您的家人和单位同事。\n"

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="pre-fork server needs fork")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def children(pid: int) -> list[int]:
    return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("serve")
    port = free_port()
    env = {**os.environ, "XDG_DATA_HOME": str(tmp), "CUISHOU_KB_PATH": str(tmp / "kb.sqlite3"),
           "CUISHOU_CASES_DB": str(tmp / "cases.db"), "CUISHOU_SECRET_KEY": "test-" + "k" * 40,
           "CUISHOU_API_RATE_LIMIT": f"{LIMIT}/hour"}
    # case pages always need the passphrase: set it as a deployment does, with the CLI
    subprocess.run([sys.executable, "-m", "webapp", "case", "passphrase", "--stdin"], cwd=tmp, env=env,
                   input=CASE_PASSPHRASE, text=True, check=True, capture_output=True, timeout=120)
    log = tmp / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "webapp", "serve", "--port", str(port), "--workers", "2",
                                 "--threads", "2"], cwd=tmp, env=env, stdout=out, stderr=out)
    deadline = time.monotonic() + 60
    while True:
        assert proc.poll() is None, log.read_text(encoding="utf-8", errors="replace")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)
    try:
        yield proc, f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def test_two_workers_and_the_shared_state_process(server):
    proc, _ = server
    deadline = time.monotonic() + 30
    while len(children(proc.pid)) < 3 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert len(children(proc.pid)) == 3


def post_analyze(url: str, text: str) -> tuple[int, dict]:
    conn = http.client.HTTPConnection(url.removeprefix("http://"), timeout=30)
    try:
        conn.request("POST", "/api/v1/analyze", body=json.dumps({"text": text}),
                     headers={"Content-Type": "application/json", "Connection": "close"})
        resp = conn.getresponse()
        return resp.status, json.loads(resp.read())
    finally:
        conn.close()


def test_analysis_and_rate_limit_across_workers(server):
    _, url = server
    answers = [post_analyze(url, MESSAGES[i % len(MESSAGES)]) for i in range(LIMIT + 6)]
    assert [status for status, _ in answers] == [200] * LIMIT + [429] * 6
    for i, (_, body) in enumerate(answers[:len(MESSAGES)]):
        assert body == json.loads(json.dumps(analyze(MESSAGES[i]).to_dict()))
    assert answers[-1][1]["error"]["code"] == "rate_limited"


def opener() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))


def csrf(page: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def test_case_draft_and_import_job_seen_from_every_worker(server):
    _, url = server
    browser = opener()
    with browser.open(url + "/cases/", timeout=30) as resp:  # redirected to the login form
        assert "/cases/login" in resp.geturl()
        login = urllib.parse.urlencode({"csrf_token": csrf(resp.read().decode()), "passphrase": CASE_PASSPHRASE}).encode()
    with browser.open(url + "/cases/login", data=login, timeout=30) as resp:  # the session is in the shared database
        assert resp.status == 200 and resp.geturl().endswith("/cases/")
        token = csrf(resp.read().decode())
    form = urllib.parse.urlencode({"csrf_token": token, "text": PASTE, "format": "auto"}).encode()
    with browser.open(url + "/cases/import", data=form, timeout=60) as resp:
        draft = resp.geturl()
        assert resp.status == 200 and "/cases/draft/" in draft
    for _ in range(12):  # each a new connection; a worker without the draft would answer 404
        with browser.open(draft, timeout=30) as resp:
            assert resp.status == 200 and "某某金融" in resp.read().decode()
    form = urllib.parse.urlencode({"csrf_token": token, "text": PASTE, "format": "auto", "async": "1"}).encode()
    with browser.open(url + "/cases/import", data=form, timeout=60) as resp:
        assert resp.status == 202
        status_url = url + json.loads(resp.read())["status"]
    states = []
    for _ in range(12):
        with browser.open(status_url, timeout=30) as resp:
            states.append(json.loads(resp.read())["state"])
        time.sleep(0.05)
    assert states[-1] == "done" and set(states) <= {"running", "done"}
