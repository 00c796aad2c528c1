"""speed33: benchmarks/regex_sites.py lists analyze()'s regex calls by call site without changing what analyze finds.

The tool wraps every pattern before the analyzer is imported, so it runs in a process of its own here."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from analyzer import analyze

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "benchmarks" / "regex_sites.py"
TEXTS = ["您好，您在XX平台的借款已逾期3天，请于今日18点前还款1200元，否则将上报征信。",
         "你妈的再不还钱就去你单位闹", "明天下午三点开会，请准时参加。", "你好"]

_REPORTS = """
import json, sys
sys.path.insert(0, {bench!r})
import regex_sites
regex_sites.install()
from analyzer import analyze
regex_sites._ON[0] = True
print(json.dumps([analyze(t).to_dict() for t in {texts!r}], ensure_ascii=False, sort_keys=True))
print(len(regex_sites.RECORDED))
"""


def _run(args: list[str]) -> str:
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=ROOT, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_recorded_patterns_answer_as_the_patterns_do():
    out = _run(["-c", _REPORTS.format(bench=str(ROOT / "benchmarks"), texts=TEXTS)]).splitlines()
    assert json.loads(out[0]) == json.loads(json.dumps([analyze(t).to_dict() for t in TEXTS], ensure_ascii=False,
                                                       sort_keys=True))
    assert int(out[1]) > 10 * len(TEXTS)  # every message runs dozens of searches, and each was recorded


def test_lists_call_sites(tmp_path):
    inputs = tmp_path / "texts.jsonl"
    inputs.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in TEXTS), encoding="utf-8")
    out = _run([str(TOOL), "--top=5", str(inputs)]).splitlines()
    assert out[0].startswith(f"messages: {len(TEXTS)}; regex calls a message: ")
    assert "repeated calls" in out[1]
    sites = out[2:]
    assert len(sites) == 5
    # µs a message, calls a message, literal-first mark, a file:line call site
    assert all(line.split()[1] == "µs" and line.split()[3] in ("L", "-") and ".py:" in line for line in sites)
