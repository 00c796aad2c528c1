"""Batch engine: every row gives one result in its place, in input order; workers=1 and
workers=2 give the same bytes; each report equals analyze() run here; the pool never pulls
more input than its bounded window; CSV cells never start a formula; --no-text leaves no text."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from analyzer import analyze
from analyzer.batch import Record, analyze_file, run
from analyzer.batch.engine import IN_FLIGHT_PER_WORKER
from analyzer.batch.output import neutralise, without_text

DATA = Path(__file__).parent / "data" / "messages.jsonl"
MESSAGES = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def jsonl_input(tmp_path: Path) -> Path:
    """The test messages with bad rows among them (line numbers in comments)."""
    rows = [json.dumps({"id": m["id"], "text": m["text"], "sender": m.get("sender")}, ensure_ascii=False)
            for m in MESSAGES]
    bad = ["not json",                                   # line 3
           "",                                           # line 4: blank, not a message
           json.dumps({"text": ""}),                     # line 5
           "[1, 2]",                                     # line 6
           json.dumps({"text": "您已逾期", "time": "明天早上"}, ensure_ascii=False),  # line 7
           json.dumps({"text": "x" * 10_001})]           # line 8
    lines = rows[:2] + bad + rows[2:]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_row_has_its_result_in_place_and_reports_equal_analyze(tmp_path):
    out = tmp_path / "out.jsonl"
    tally = analyze_file(jsonl_input(tmp_path), out, workers=1, progress=False)
    results = read_jsonl(out)
    assert [r["line"] for r in results] == [1, 2, 3, 5, 6, 7, 8] + list(range(9, 9 + len(MESSAGES) - 2))
    errors = {r["line"]: r["error"]["code"] for r in results if "error" in r}
    assert errors == {3: "bad_row", 5: "bad_row", 6: "bad_row", 7: "bad_row", 8: "bad_row"}
    assert tally.messages == len(results) and tally.errors == 5
    good = [r for r in results if "error" not in r]
    assert [r["id"] for r in good] == [m["id"] for m in MESSAGES]
    for r, m in zip(good, MESSAGES):
        assert r["report"] == analyze(m["text"], sender=m.get("sender")).to_dict(), m["id"]
        assert r["sender"] == m.get("sender")


def test_two_workers_write_the_same_bytes_as_one(tmp_path):
    src = jsonl_input(tmp_path)
    for fmt in ("jsonl", "csv"):
        one, two = tmp_path / f"one.{fmt}", tmp_path / f"two.{fmt}"
        analyze_file(src, one, fmt=fmt, workers=1, progress=False)
        analyze_file(src, two, fmt=fmt, workers=2, progress=False)
        assert one.read_bytes() == two.read_bytes() and one.stat().st_size > 1000


def test_order_kept_across_many_small_chunks():
    records = [Record(id=str(i), text=MESSAGES[i % len(MESSAGES)]["text"], line=i) for i in range(150)]
    out = "".join(run(records, workers=2, chunk_size=7))
    assert [json.loads(line)["id"] for line in out.splitlines()] == [str(i) for i in range(150)]


def test_pool_pulls_only_a_bounded_window_of_input():
    pulled = 0

    def endless():
        nonlocal pulled
        while True:
            pulled += 1
            yield Record(id=str(pulled), text="您已逾期，请还款。", line=pulled)

    outputs = run(endless(), workers=2, chunk_size=5)
    first = next(outputs)
    outputs.close()
    assert json.loads(first.splitlines()[0])["id"] == "1"
    assert pulled <= (2 * IN_FLIGHT_PER_WORKER + 1) * 5


def test_outgoing_messages_kept_in_place_not_analysed():
    out = "".join(run([Record(id="o", text="我下周还", direction="out")], workers=1))
    assert json.loads(out) == {"id": "o", "line": 0, "direction": "out", "sender": None, "received_at": None,
                               "text": "我下周还", "report": None}


@pytest.mark.parametrize("cell,expected", [("=1+1", "'=1+1"), ("+86 138", "'+86 138"), ("-2", "'-2"),
                                           ("@SUM(A1)", "'@SUM(A1)"), ("\t=x", "'\t=x"), ("您好", "您好"), (82, 82)],
                         ids=["eq", "plus", "minus", "at", "tab", "plain", "number"])
def test_neutralise(cell, expected):
    assert neutralise(cell) == expected


def test_csv_output_neutralises_formulas_in_every_text_cell(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text('编号,内容,号码\n=cmd|calc,"=HYPERLINK(""http://x"")您已逾期,请还款",+8613800001111\n'
                   '@2,"-您已逾期30天，我们将联系您的家人",10690000\n', encoding="utf-8")
    out = tmp_path / "out.csv"
    analyze_file(src, out, fmt="csv", workers=1, progress=False)
    raw = out.read_text(encoding="utf-8")
    assert raw.startswith("\ufeffid,line,verdict,risk,lender,kinds,error,text\n")
    rows = list(csv.DictReader(io.StringIO(raw.removeprefix("\ufeff"))))
    assert [r["id"] for r in rows] == ["'=cmd|calc", "'@2"]
    assert rows[0]["text"] == "'=HYPERLINK(\"http://x\")您已逾期,请还款"
    assert rows[1]["text"].startswith("'-您已逾期")
    for row in rows:
        assert not any(v.startswith(("=", "+", "-", "@")) for v in row.values())
    direct = analyze("-您已逾期30天，我们将联系您的家人", sender="10690000")
    assert rows[1]["verdict"] == direct.verdict.label and rows[1]["risk"] == str(direct.verdict.risk)
    assert rows[1]["kinds"] == ";".join(dict.fromkeys(f.kind for f in direct.findings))


def test_no_text_leaves_no_message_text(tmp_path):
    src = jsonl_input(tmp_path)
    for fmt in ("jsonl", "csv"):
        out = tmp_path / f"out.{fmt}"
        analyze_file(src, out, fmt=fmt, include_text=False, workers=2, progress=False)
        written = out.read_text(encoding="utf-8")
        assert "excerpt" not in written
        for m in MESSAGES:
            report = analyze(m["text"], sender=m.get("sender"))
            assert m["text"] not in written
            kept = {link.url for link in report.links} | {n.raw for n in report.numbers}  # kept by design
            for f in report.findings:
                if f.excerpt not in kept:
                    assert f'"{f.excerpt}"' not in written and f",{f.excerpt}," not in written
        if fmt == "csv":
            assert "text" not in written.splitlines()[0].split(",")
    first = analyze(MESSAGES[0]["text"], sender=MESSAGES[0].get("sender")).to_dict()
    stripped = without_text(first)
    assert "text" not in stripped and stripped["verdict"] == first["verdict"]
    assert [f["start"] for f in stripped["findings"]] == [f["start"] for f in first["findings"]]


def test_analysis_failure_becomes_an_error_record(monkeypatch):
    import analyzer

    def broken(*_a, **_k):
        raise RuntimeError("boom")

    monkeypatch.setattr(analyzer, "analyze", broken)
    out = [json.loads(line) for line in "".join(run([Record(id="1", text="您好"), Record(id="2", text="x")],
                                                      workers=1)).splitlines()]
    assert [o["error"]["code"] for o in out] == ["analysis_failed", "analysis_failed"]
    assert "boom" not in json.dumps(out)  # only the exception type, never anything from the text


def test_unknown_output_format_fails_before_work():
    with pytest.raises(ValueError, match="输出格式"):
        next(run([Record(id="1", text="您好")], fmt="xlsx"))
