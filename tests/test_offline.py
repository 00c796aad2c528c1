"""Nothing leaves the machine (issue 14): screenshot OCR, analysis, a case import, a save
and the exports run in a subprocess traced with `strace -f -e trace=network`, inside an empty
network namespace (`unshare -n`) so that even a failure of this test sends nothing. Any
name lookup (a connection to port 53 or to nscd) or connection to a non-loopback address
fails the test, and so does a device-id file under $HOME/.cache/Microsoft (onnxruntime's
telemetry). A Python socket patch would not see the native library's lookups; strace does.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("rapidocr_onnxruntime")
pytest.importorskip("PIL")

STRACE = shutil.which("strace")
UNSHARE = shutil.which("unshare")
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(STRACE is None, reason="strace is not installed (scripts/test.sh installs it)")

SCRIPT = r'''
import io, json, sys, time
from pathlib import Path
from PIL import Image, ImageDraw, ImageFont

out = Path(sys.argv[1])
image = Image.new("RGB", (640, 120), "white")
draw = ImageDraw.Draw(image)
font = ImageFont.truetype(sys.argv[2], 40) if Path(sys.argv[2]).exists() else ImageFont.load_default()
draw.text((10, 30), "您已逾期3天请还款", fill="black", font=font)
png = io.BytesIO()
image.save(png, "PNG")

from analyzer.ocr.reader import get_recognizer
reading = get_recognizer().recognize(png.getvalue()).reading

from analyzer import analyze
report = analyze("【某某金融】你已逾期30天，今天不还款将联系你家人和单位 http://t.cn/abc 13800138000",
                 sender="13800138000", received_at="2026-11-29T23:15")

from analyzer.case.analysis import analyze_import
from webapp.cases.export import to_csv, to_html, to_json
from analyzer.case.importers import read_bytes
from analyzer.case.redact import redact_case
from webapp.cases.store import CaseStore
rows = [{"text": "您已逾期3天，请尽快还款", "sender": "=HYPERLINK(\"http://x.example\")", "time": 1764428100},
        {"text": reading.text or "空", "sender": "10690000", "time": "2026-11-28 23:10"}]
case = analyze_import(read_bytes("\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode(), "jsonl"),
                      title="离线")
store = CaseStore(out / "cases" / "cases.db")
saved = store.save(redact_case(case))
for name, render in (("csv", to_csv), ("html", to_html), ("json", to_json)):
    (out / f"case.{name}").write_text(render(case), encoding="utf-8")
time.sleep(float(sys.argv[3]))  # onnxruntime's telemetry went out some seconds after the first recognition
import socket  # a loopback packet, so the test can see that the trace works
probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    probe.sendto(b"x", ("127.0.0.1", 9))
except OSError:
    pass  # the empty namespace's loopback is down; the call is traced all the same
print(json.dumps({"ocr": reading.text, "verdict": report.verdict.label, "messages": len(case.messages)},
                 ensure_ascii=False))
'''

_ADDR = re.compile(r"sa_family=AF_INET6?, sin6?_port=htons\((\d+)\),.*?(?:inet_addr\(\"([^\"]+)\"\)|"
                   r"inet_pton\(AF_INET6, \"([^\"]+)\")")


def leaks(trace: str) -> list[str]:
    """Lines of an strace -e trace=network log that look up a name or reach another host."""
    found = []
    for line in trace.splitlines():
        if not re.search(r"\b(connect|sendto|sendmsg|sendmmsg)\(", line):
            continue
        if "nscd" in line:
            found.append(line)  # glibc asks nscd first when it resolves a name
            continue
        m = _ADDR.search(line)
        if not m:
            continue
        port, host = int(m.group(1)), m.group(2) or m.group(3)
        if port == 53 or not (host.startswith("127.") or host in ("::1", "::ffff:127.0.0.1")):
            found.append(line)
    return found


def run_traced(tmp_path: Path, env_extra: dict[str, str], wait: float) -> tuple[subprocess.CompletedProcess, str]:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "ORT_DISABLE_TELEMETRY"}
    env.update({"HOME": str(home), "XDG_DATA_HOME": str(home / "share"), "XDG_CACHE_HOME": str(home / "cache"),
                "CUISHOU_CASES_DB": str(tmp_path / "unused.db"), "PYTHONDONTWRITEBYTECODE": "1", **env_extra})
    log = tmp_path / "strace.log"
    cmd = [STRACE, "-f", "-qq", "-e", "trace=network", "-o", str(log),
           sys.executable, "-c", SCRIPT, str(tmp_path), str(FONT), str(wait)]
    if UNSHARE and subprocess.run([UNSHARE, "-rn", "true"], capture_output=True).returncode == 0:
        cmd = [UNSHARE, "-rn", *cmd]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=240)
    return proc, log.read_text(errors="replace") if log.exists() else ""


def test_ocr_analysis_import_and_export_make_no_network_request(tmp_path):
    proc, trace = run_traced(tmp_path, {}, wait=6)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "逾期" in proc.stdout, proc.stdout  # OCR and analysis really ran
    assert "htons(9)" in trace, "the probe packet is not in the trace: strace did not see the process"
    assert not leaks(trace), "network activity:\n" + "\n".join(leaks(trace)[:20])
    microsoft = list((tmp_path / "home").rglob("*Microsoft*"))
    assert not microsoft, f"onnxruntime wrote {microsoft}"
    assert (tmp_path / "case.csv").read_text(encoding="utf-8").count("'=HYPERLINK") == 1


def test_the_leak_detector_sees_a_lookup():
    # The trace of a real getaddrinfo() as glibc does it, and of loopback traffic that is fine.
    lookup = ('123 connect(8, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.255.255.53")}, 16) = 0\n'
              '124 connect(9, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT\n'
              '125 connect(5, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), '
              'inet_pton(AF_INET6, "2001:db8::1", &sin6_addr), sin6_scope_id=0}, 28) = -1 ENETUNREACH\n')
    local = '126 connect(7, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr("127.0.0.1")}, 16) = 0\n'
    assert len(leaks(lookup)) == 3
    assert leaks(local) == []
