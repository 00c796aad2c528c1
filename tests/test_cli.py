"""The `cuishou` command as a user runs it: a real process, real output."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
THREAT = "【某某金融】你已逾期60天，今天不还就爆你通讯录，通知你单位和家人。"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "webapp", *args], input=stdin, capture_output=True,
                          text=True, timeout=60)


def test_analyze_prints_verdict_lender_marked_text_and_findings():
    out = run("analyze", THREAT)
    assert out.returncode == 0, out.stderr
    assert "违法威胁" in out.stdout
    assert "某某金融" not in out.stdout.split("短信原文")[0] or "发信机构" in out.stdout
    assert "⟦爆你通讯录⟧" in out.stdout
    assert "威胁曝光" in out.stdout or "曝光" in out.stdout


def test_analyze_json_with_sender_time_and_stdin():
    out = run("analyze", "-", "--sender", "17012345678", "--time", "2026-11-29T23:30", "--json", stdin=THREAT)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["sender"]["type"] == "virtual_operator_mobile"
    assert report["received_at"].endswith("+08:00")
    kinds = {f["kind"] for f in report["findings"]}
    assert {"exposure_threat", "third_party_contact", "night_or_frequency"} <= kinds
    assert report["verdict"]["label"] == "unlawful_threat"


def test_analyze_rejects_text_over_the_limit_with_a_clear_message():
    out = run("analyze", "-", stdin="逾" * 10_001)
    assert out.returncode == 2
    assert "10000" in out.stderr or "10,000" in out.stderr


def test_eval_prints_all_metrics():
    out = run("eval", str(DATA / "labelled.jsonl"))
    assert out.returncode == 0, out.stderr
    for label in ("lender accuracy", "verdict balanced", "finding micro-F1", "false-alarm rate"):
        assert label in out.stdout
    scores = json.loads(run("eval", str(DATA / "labelled.jsonl"), "--json").stdout)
    assert {"n", "lender_accuracy", "verdict_accuracy", "verdict_balanced", "finding_micro_f1",
            "per_kind", "false_alarm_rate"} <= scores.keys()
    assert scores["n"] == 4
    assert scores["lender_accuracy"] == 1.0
    assert scores["verdict_accuracy"] == 1.0
    assert scores["false_alarm_rate"] == 0.0


def test_eval_counts_a_wrong_answer():
    # Relabel the threat as a reminder: the score must drop, so the metric can fail.
    rows = [json.loads(line) for line in (DATA / "labelled.jsonl").read_text(encoding="utf-8").splitlines()]
    rows[1]["category"] = "reminder"
    from analyzer.evaluation import evaluate

    assert evaluate(rows)["verdict_accuracy"] == 0.75


def test_eval_misses_lists_the_message_that_differs(tmp_path):
    rows = [json.loads(line) for line in (DATA / "labelled.jsonl").read_text(encoding="utf-8").splitlines()]
    rows[1]["category"] = "reminder"
    path = tmp_path / "relabelled.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    out = run("eval", "--misses", str(path))
    assert out.returncode == 0, out.stderr
    assert f"{rows[1]['id']}: verdict reminder → unlawful_threat" in out.stdout
    assert "of 4 messages differ from their labels" in out.stdout
    clean = run("eval", "--misses", str(DATA / "labelled.jsonl"))
    assert clean.returncode == 0, clean.stderr
    assert "verdict reminder →" not in clean.stdout


def test_analyze_piped_into_a_reader_that_stops_early_exits_cleanly():
    # cuishou analyze … | head -1: the reader closes the pipe after one line.
    proc = subprocess.Popen([sys.executable, "-m", "webapp", "analyze", THREAT], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    proc.stdout.close()  # closed before the report is written (start-up takes far longer)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0
    assert b"Traceback" not in err
