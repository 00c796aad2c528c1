"""Exports of a case: a printable HTML evidence report (summary, inline SVG timeline,
every message with its findings and citations, draft letters), CSV and JSON.

Callers pass a redacted case (`redact_case`); these functions never redact or store.
The HTML uses Jinja with autoescaping; message text is split into escaped pieces at
the finding offsets, never marked safe.
"""
from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from analyzer.case.model import Case, CaseMessage
from analyzer.case.summary import local_time, ordered, summarize
from analyzer.letters import draft_letters
from webapp.cases.chart import timeline_svg

EXPORT_SCHEMA = "cuishou.case/1"
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
CSV_COLUMNS = ("seq", "line", "time", "sender", "direction", "lender", "verdict", "risk", "findings", "facts", "text")
VERDICT_NAMES = {"scam": "疑似诈骗", "unlawful_threat": "违法威胁", "aggressive": "施压催收",
                 "reminder": "还款提醒", "not_collection": "非催收"}
_env: Environment | None = None


def environment() -> Environment:
    global _env
    if _env is None:
        _env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))
        add_filters(_env.filters)
    return _env


def add_filters(filters: dict[str, Any]) -> None:
    """Filters the case templates use; also installed on the Flask app's environment."""
    filters["cst"] = lambda iso: local_time(iso).strftime("%Y-%m-%d %H:%M") if local_time(iso) else "时间未知"
    filters["verdict_name"] = lambda label: VERDICT_NAMES.get(label, label)


def segments(m: CaseMessage) -> list[tuple[str, dict[str, Any] | None]]:
    """The text cut at finding spans: (piece, finding or None); overlapping spans merge into the first."""
    findings = sorted((f for f in (m.analysis or {}).get("findings", ()) if f["end"] > f["start"]),
                      key=lambda f: (f["start"], -f["end"]))
    out: list[tuple[str, dict[str, Any] | None]] = []
    pos = 0
    for f in findings:
        if f["start"] < pos:
            continue
        if f["start"] > pos:
            out.append((m.text[pos:f["start"]], None))
        out.append((m.text[f["start"]:f["end"]], f))
        pos = f["end"]
    if pos < len(m.text):
        out.append((m.text[pos:], None))
    return out


def citations(finding: dict[str, Any], guides: dict[str, dict[str, Any]]) -> list[str]:
    """Short citations ("《民法典》第1033条") of the guides a finding refers to (its kb_refs)."""
    seen: dict[str, None] = {}
    for ref in finding.get("kb_refs", ()):
        for c in guides.get(ref, {}).get("citations", ()):
            seen.setdefault(f"《{c.get('law', '')}》{c.get('article', '')}", None)
    return list(seen)


def sources(guides: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Every law cited in the case, once, for the report's appendix."""
    seen: dict[str, dict[str, Any]] = {}
    for guide in guides.values():
        for c in guide.get("citations", ()):
            seen.setdefault(c.get("law_id") or f"{c.get('law')}{c.get('article')}", c)
    return sorted(seen.values(), key=lambda c: (c.get("law", ""), c.get("article", "")))


def report_context(case: Case) -> dict[str, Any]:
    summary = summarize(case.messages)
    return {"case": case, "summary": summary, "svg": Markup(timeline_svg(summary["timeline"])),
            "letters": draft_letters(summary, case.title), "messages": ordered(case.messages),
            "segments": segments, "citations": lambda f: citations(f, case.guides),
            "sources": sources(case.guides),
            "generated_at": datetime.now(timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")}


def to_html(case: Case) -> str:
    return environment().get_template("cases/report.html").render(**report_context(case))


def to_csv(case: Case) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    for m in ordered(case.messages):
        a = m.analysis or {}
        writer.writerow([
            m.seq, m.line, m.received_at or "", m.sender or "", m.direction,
            ((a.get("lender") or {}).get("name") or ""), (a.get("verdict") or {}).get("label", ""),
            (a.get("verdict") or {}).get("risk", ""),
            "；".join(f"{f['kind']}:{f['excerpt']}" for f in a.get("findings", ())),
            "；".join(f"{f['kind']}={f['value']}" for f in a.get("facts", ())), m.text])
    return "\ufeff" + buf.getvalue()  # BOM so that Excel reads UTF-8


def to_json_dict(case: Case) -> dict[str, Any]:
    summary = summarize(case.messages)
    return {"schema": EXPORT_SCHEMA, "case": case.to_dict(), "summary": summary,
            "letters": [letter.to_dict() for letter in draft_letters(summary, case.title)]}


def to_json(case: Case) -> str:
    return json.dumps(to_json_dict(case), ensure_ascii=False, indent=2)


def case_from_json(data: dict[str, Any]) -> Case:
    """Read back a JSON export (the round trip the tests check)."""
    from analyzer.case.model import ImportIssue

    c = data["case"]
    return Case(id=c.get("id"), title=c["title"], notes=c.get("notes", ""), created_at=c.get("created_at"),
                source_format=c.get("source_format", ""), redacted=c.get("redacted", False),
                issues=tuple(ImportIssue(**i) for i in c.get("issues", ())), guides=c.get("guides", {}),
                messages=tuple(CaseMessage.from_dict(m) for m in c["messages"]))


EXPORTERS = {"html": (to_html, "text/html; charset=utf-8"), "csv": (to_csv, "text/csv; charset=utf-8"),
             "json": (to_json, "application/json; charset=utf-8")}
