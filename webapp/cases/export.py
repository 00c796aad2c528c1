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
from urllib.parse import urlsplit
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from analyzer.case.model import Case, CaseMessage
from analyzer.case.summary import VERDICT_NAMES, local_time, message_views, ordered, summarize
from analyzer.letters import draft_letters
from analyzer.spreadsheet import neutralise
from webapp.cases.chart import timeline_svg
from webapp.display import fact_name

EXPORT_SCHEMA = "cuishou.case/1"
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
# For the volunteer (Chinese) …
CSV_HEADER = ("序号", "时间（北京时间）", "发信号码", "通讯录名字", "号码身份", "收发", "算作催收", "夜间",
              "机构（债权人）", "结论", "风险分", "问题", "问题原文", "提取的信息", "短信内容")
# … and for software: the batch CSV's columns first (same names, same meaning), then the case's.
CSV_COLUMNS = ("id", "line", "verdict", "risk", "lender", "kinds", "role", "direction", "received_at", "collection",
               "night")
_env: Environment | None = None


def environment() -> Environment:
    global _env
    if _env is None:
        _env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))
        add_filters(_env.filters)
    return _env


def beijing_minute(iso: str | None) -> str:
    """An ISO time as the case pages and `cuishou case list` show it: Beijing time, to the minute."""
    when = local_time(iso)
    return when.strftime("%Y-%m-%d %H:%M") if when else "时间未知"


def add_filters(filters: dict[str, Any]) -> None:
    """Filters the case templates use; also installed on the Flask app's environment."""
    filters["cst"] = beijing_minute
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


def is_official_source(url: str | None) -> bool:
    """A government website (…gov.cn over https or http); anything else is a copy."""
    host = urlsplit(url or "").hostname or ""
    return host == "gov.cn" or host.endswith(".gov.cn")


def is_verified(citation: dict[str, Any]) -> bool:
    """Whether the knowledge base checked this law against the official text: its own status
    (knowledge.sources.needs_caveat, what the web page and the letters go by), not the URL's
    domain; a case saved before citations kept a status asks the current catalog."""
    from knowledge.entries import load_catalog
    from knowledge.sources import needs_caveat

    if "status" in citation:
        return citation["status"] == "verified"
    law = load_catalog().laws.get(citation.get("law_id") or "")
    return law is not None and not needs_caveat(law)


def sources(guides: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Every law cited in the case, once, for the report's appendix; `verified` is the KB's
    status (the report marks the others 未核对原文), `official` whether the source is a
    government site (only how the source is named)."""
    seen: dict[str, dict[str, Any]] = {}
    for guide in guides.values():
        for c in guide.get("citations", ()):
            seen.setdefault(c.get("law_id") or f"{c.get('law')}{c.get('article')}",
                            {**c, "official": is_official_source(c.get("source")), "verified": is_verified(c)})
    return sorted(seen.values(), key=lambda c: (c.get("law", ""), c.get("article", "")))


def report_context(case: Case) -> dict[str, Any]:
    views = message_views(case.messages, case.roles)
    summary = summarize(case.messages, case.roles, views)
    return {"case": case, "summary": summary, "svg": Markup(timeline_svg(summary["timeline"])), "views": views,
            "letters": draft_letters(summary, case.title), "messages": ordered(case.messages),
            "segments": segments, "citations": lambda f: citations(f, case.guides),
            "sources": sources(case.guides),
            "generated_at": datetime.now(timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")}


def to_html(case: Case) -> str:
    return environment().get_template("cases/report.html").render(**report_context(case))


def csv_row(writer: Any, cells: list[Any] | tuple[Any, ...]) -> None:
    """The one place every CSV cell passes through (header included): formula cells are
    neutralised by the same function as the batch CSV's (=HYPERLINK(...) from an imported sender)."""
    writer.writerow(["" if c is None else neutralise(c) for c in cells])


def _csv_cells(m: CaseMessage, v: dict[str, Any], kinds: dict[str, dict[str, Any]]) -> list[Any]:
    a = m.analysis or {}
    incoming = m.direction != "out"
    label = (v["label"] if v["shown"] else "not_collection") if incoming else ""
    risk = (a.get("verdict") or {}).get("risk", "") if v["shown"] else (0 if incoming else "")
    lender = v["lender"] if v["lender"] and v["lender"] != "未识别机构" else ""
    found = v["findings"]
    codes = ";".join(dict.fromkeys(f["kind"] for f in found))
    local = local_time(m.received_at)
    human = [
        m.seq, local.strftime("%Y-%m-%d %H:%M") if local else "", m.sender or "", m.contact or "",
        (v["role_name"] or "按短信内容") if incoming else "", "收到" if incoming else "借款人发出",
        ("是" if v["collection"] else "否（疑似诈骗）" if v["scam"] else "否（法律文书通知）" if v["notice"]
         else ("亲友转述" if v["relayed"] else "否")) if incoming else "",
        "是" if v["night"] else "", lender, VERDICT_NAMES.get(label, label), risk,
        "、".join(dict.fromkeys(kinds.get(f["kind"], {}).get("title", f["kind"]) for f in found)),
        "；".join(f"{f['excerpt']}" for f in found if f.get("excerpt")),
        "；".join(f"{fact_name(f['kind'])}：{f['value']}" for f in a.get("facts", ())), m.text]
    software = [m.seq, m.line, label, risk, lender, codes, v["role"] or "", m.direction, m.received_at or "",
                int(v["collection"]), int(v["night"])]
    return human + software


def to_csv(case: Case) -> str:
    """One row a message, in time order. Chinese columns for the volunteer; then the codes
    for software, the first five named and filled as in `cuishou batch`'s CSV (id, line,
    verdict, risk, lender, kinds), then the case's own (role, direction, received_at,
    collection, night). verdict and kinds are the case's view (roles.py): a relative's
    message is not_collection with no kinds."""
    from knowledge import registry

    kinds = registry.kinds()
    views = message_views(case.messages, case.roles)
    buf = io.StringIO()
    writer = csv.writer(buf)
    csv_row(writer, CSV_HEADER + CSV_COLUMNS)
    for m in ordered(case.messages):
        csv_row(writer, _csv_cells(m, views[m.seq], kinds))
    return "\ufeff" + buf.getvalue()  # BOM so that Excel reads UTF-8


def to_json_dict(case: Case) -> dict[str, Any]:
    """The case as imported (each message's own analysis, as the analyzer gave it), the summary,
    the letters, and `counted`: how the case counts each message after the number marks (role,
    collection, night, relayed, verdict label, lender, finding kinds), by seq."""
    views = message_views(case.messages, case.roles)
    summary = summarize(case.messages, case.roles, views)
    counted = {str(seq): {"role": v["role"], "collection": v["collection"], "night": v["night"],
                          "relayed": v["relayed"], "scam": v["scam"], "notice": v["notice"],
                          "verdict": v["label"] if v["shown"] else "not_collection",
                          "lender": v["lender"], "kinds": list(dict.fromkeys(f["kind"] for f in v["findings"]))}
               for seq, v in views.items()}
    return {"schema": EXPORT_SCHEMA, "case": case.to_dict(), "summary": summary, "counted": counted,
            "letters": [letter.to_dict() for letter in draft_letters(summary, case.title)]}


def to_json(case: Case) -> str:
    return json.dumps(to_json_dict(case), ensure_ascii=False, indent=2)


def case_from_json(data: dict[str, Any]) -> Case:
    """Read back a JSON export (the round trip the tests check)."""
    from analyzer.case.model import ImportIssue

    c = data["case"]
    return Case(id=c.get("id"), title=c["title"], notes=c.get("notes", ""), created_at=c.get("created_at"),
                code=c.get("code") or "", roles=dict(c.get("roles") or {}),
                source_format=c.get("source_format", ""), redacted=c.get("redacted", False),
                issues=tuple(ImportIssue(**i) for i in c.get("issues", ())), guides=c.get("guides", {}),
                messages=tuple(CaseMessage.from_dict(m) for m in c["messages"]))


EXPORTERS = {"html": (to_html, "text/html; charset=utf-8"), "csv": (to_csv, "text/csv; charset=utf-8"),
             "json": (to_json, "application/json; charset=utf-8")}
