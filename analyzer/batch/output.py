"""What a batch writes for one record: a result dict, and that dict as a JSON line or a CSV row.

A result is one of
- `{"id", "line", "direction": "in", "sender", "received_at", "report": {...}}`, the report
  being exactly `analyze(...).to_dict()`;
- `{"id", "line", "direction": "out", "sender", "received_at", "text", "report": null}` for a
  message the phone's owner sent (kept in place, never analysed as collection);
- `{"id", "line", "error": {"code", "message"}}` for a row that could not be read
  (`bad_row`) or analysed (`invalid_input`, `analysis_failed`).

Without the text (`include_text=False`, the CLI's `--no-text`) the message and every piece of
it are left out: the report's `text`, each finding's `excerpt`, each fact's `text` (and `value`,
unless a number or date), the lender evidence's `text`, the lender `signature` and the `reader`'s `excerpt`; offsets,
kinds, verdict, lender, numbers and links stay.
"""
from __future__ import annotations

import csv
import io
import json
from typing import Any

from analyzer.batch.records import OUTGOING, Record
from analyzer.report import InputError
from analyzer.spreadsheet import neutralise  # noqa: F401  (re-exported: the one function for every CSV)

CSV_COLUMNS = ("id", "line", "verdict", "risk", "lender", "kinds", "error")
OUTPUT_FORMATS = ("jsonl", "csv")
# Facts whose value is a number or a date, not words copied from the message (kept by --no-text).
VALUE_FACTS = frozenset({"amount", "overdue_days", "deadline", "date"})


def result(record: Record, include_text: bool = True) -> dict[str, Any]:
    """Analyse one record; never raises (a failure is an error result in the record's place)."""
    from analyzer import analyze

    head: dict[str, Any] = {"id": record.id, "line": record.line}
    if record.error is not None or record.text is None:
        return {**head, "error": {"code": "bad_row", "message": record.error or "缺少短信内容。"}}
    head.update(direction=record.direction, sender=record.sender, received_at=record.received_at)
    if record.direction == OUTGOING:
        return {**head, **({"text": record.text} if include_text else {}), "report": None}
    try:
        report = analyze(record.text, sender=record.sender, received_at=record.received_at).to_dict()
    except InputError as exc:
        return {"id": record.id, "line": record.line, "error": {"code": "invalid_input", "message": str(exc)}}
    except Exception as exc:  # noqa: BLE001 - one message must not end a run of millions; the type is reported
        return {"id": record.id, "line": record.line,
                "error": {"code": "analysis_failed", "message": f"分析出错（{type(exc).__name__}）。"}}
    if not include_text:
        report = without_text(report)
    return {**head, "report": report}


def without_text(report: dict[str, Any]) -> dict[str, Any]:
    """A copy of a report dict with the message and its excerpts left out."""
    out = dict(report)
    out.pop("text", None)
    out["findings"] = [{k: v for k, v in f.items() if k != "excerpt"} for f in report.get("findings", ())]
    out["facts"] = [{k: v for k, v in f.items() if k != "text" and (k != "value" or f.get("kind") in VALUE_FACTS)}
                    for f in report.get("facts", ())]
    if report.get("lender"):
        lender = dict(report["lender"])
        lender["evidence"] = [{k: v for k, v in e.items() if k != "text"} for e in lender.get("evidence", ())]
        lender.pop("signature", None)
        out["lender"] = lender
    if report.get("reader"):
        out["reader"] = {k: v for k, v in report["reader"].items() if k != "excerpt"}
    return out


def to_jsonl(res: dict[str, Any]) -> str:
    return json.dumps(res, ensure_ascii=False) + "\n"


def csv_columns(include_text: bool = True) -> tuple[str, ...]:
    return CSV_COLUMNS + (("text",) if include_text else ())


def csv_line(cells: list[Any] | tuple[Any, ...]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow([neutralise(c) for c in cells])
    return buf.getvalue()


def csv_header(include_text: bool = True) -> str:
    """The header row, after a BOM so that Excel reads UTF-8 (as the case export does)."""
    return "\ufeff" + csv_line(csv_columns(include_text))


def to_csv(res: dict[str, Any], include_text: bool = True) -> str:
    report = res.get("report") or {}
    lender = report.get("lender") or {}
    kinds = ";".join(dict.fromkeys(f["kind"] for f in report.get("findings", ())))
    cells: list[Any] = [res["id"], res["line"], (report.get("verdict") or {}).get("label", ""),
                        (report.get("verdict") or {}).get("risk", ""), lender.get("name") or "", kinds,
                        (res.get("error") or {}).get("message", "")]
    if include_text:
        cells.append(report.get("text", res.get("text", "")) or "")
    return csv_line(cells)


def formatter(fmt: str, include_text: bool = True):
    """The function turning a result into its output text for `fmt` (jsonl or csv)."""
    if fmt == "jsonl":
        return to_jsonl
    if fmt == "csv":
        return lambda res: to_csv(res, include_text)
    raise ValueError(f"不支持的输出格式：{fmt}（可用：{'、'.join(OUTPUT_FORMATS)}）")
