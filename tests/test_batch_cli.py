"""`cuishou batch` as a user runs it: a real subprocess, files in a temporary directory,
stdin/stdout, exit codes, the quiet non-terminal mode and the progress bar on a terminal."""
from __future__ import annotations

import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

from analyzer import analyze

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data" / "messages.jsonl"
MESSAGES = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
XML = ("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"2\">\n"
       '  <sms address="10690000" date="1764428100000" type="1" body="{0}" />\n'
       '  <sms address="10690000" date="1764429100000" type="2" body="我会还的" />\n</smses>\n')


def cuishou(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "webapp", *args], input=stdin, capture_output=True,
                          timeout=120, cwd=cwd or ROOT, env={**os.environ, "PYTHONWARNINGS": "error"})


def test_batch_file_to_file_with_two_workers(tmp_path):
    out = tmp_path / "out.jsonl"
    proc = cuishou("batch", str(DATA), "-o", str(out), "--workers", "2")
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout == b""
    assert proc.stderr.decode().strip() == f"完成：{len(MESSAGES)} 条，其中 0 条出错。"  # no bar off a terminal
    results = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in results] == [m["id"] for m in MESSAGES]
    for r, m in zip(results, MESSAGES):
        direct = analyze(m["text"], sender=m.get("sender"), received_at=m.get("received_at"))
        assert r["report"] == direct.to_dict()


def test_batch_stdin_to_stdout_csv_no_text():
    lines = "\n".join(json.dumps({"text": m["text"]}, ensure_ascii=False) for m in MESSAGES[:3]) + "\n{oops\n"
    proc = cuishou("batch", "-", "--format", "csv", "--no-text", "--workers", "1", "-q", stdin=lines.encode())
    assert proc.returncode == 0 and proc.stderr == b""
    rows = proc.stdout.decode("utf-8").splitlines()
    assert rows[0] == "\ufeffid,line,verdict,risk,lender,kinds,error"
    assert [r.split(",")[0] for r in rows[1:]] == ["1", "2", "3", "4"]
    assert rows[4].endswith("这一行不是有效的 JSON，已跳过。")
    assert rows[1].split(",")[2] == analyze(MESSAGES[0]["text"]).verdict.label


def test_batch_xml_by_extension(tmp_path):
    src = tmp_path / "backup.xml"
    src.write_text(XML.format(MESSAGES[3]["text"]), encoding="utf-8")
    proc = cuishou("batch", str(src), "-q")
    assert proc.returncode == 0, proc.stderr.decode()
    first, second = (json.loads(line) for line in proc.stdout.decode().splitlines())
    assert first["report"] == analyze(MESSAGES[3]["text"], sender="10690000",
                                      received_at="2025-11-29T22:55:00+08:00").to_dict()
    assert second["direction"] == "out" and second["report"] is None


def test_batch_errors_exit_2(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    proc = cuishou("batch", str(bad))
    assert proc.returncode == 2 and "表头" in proc.stderr.decode()
    proc = cuishou("batch", str(tmp_path / "missing.jsonl"))
    assert proc.returncode == 2 and "找不到文件" in proc.stderr.decode()
    proc = cuishou("batch", str(DATA), "--workers", "0")
    assert proc.returncode == 2


def test_progress_bar_on_a_terminal(tmp_path):
    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))  # a real terminal has a size
    try:
        proc = subprocess.run([sys.executable, "-m", "webapp", "batch", str(DATA), "-o", str(tmp_path / "o.jsonl"),
                               "--workers", "1"], stderr=terminal, stdout=subprocess.DEVNULL, timeout=120, cwd=ROOT)
        os.close(terminal)
        terminal = -1
        shown = b""
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(controller)
        if terminal != -1:
            os.close(terminal)
    assert proc.returncode == 0
    text = shown.decode("utf-8", "replace")
    assert "分析" in text and "100%" in text and "条/秒" in text and f"{len(MESSAGES)} 条" in text
