"""Complaint and report drafts: from one message's report (the result page) or from a case
summary (the case report). One Letter model; the wording lives in knowledge/data/letters.toml,
what each finding kind is called in a letter and which kinds call for the police in kinds.toml.

The borrower or volunteer edits a draft before sending; BLANK marks what only they can fill in.
Which regulator fits depends on the lender's kind (banks and consumer finance companies answer
to 国家金融监督管理总局, 12378; microloan and leasing companies to the local financial regulator).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from analyzer.case.summary import local_time
from knowledge import registry

BLANK: str = registry.letters()["blank"]


@dataclass(frozen=True)
class Letter:
    id: str  # permanent: letter.lender, letter.regulator, letter.12321, letter.police
    title: str
    to: str
    body: str
    how: str = ""  # one sentence: where and how to send it (drafts from one message)

    def to_dict(self) -> dict[str, str]:
        out = {"id": self.id, "title": self.title, "to": self.to, "body": self.body}
        if self.how:
            out["how"] = self.how
        return out


def police_kinds() -> frozenset[str]:
    """Finding kinds whose presence adds a police report to the drafts."""
    return frozenset(k for k, v in registry.kinds().items() if v.get("report_to_police"))


def _fill(template: str, **values: str) -> str:
    return template.format_map({"blank": BLANK, **values})


def _letter(tpl: dict[str, Any], values: dict[str, str], to: str | None = None, how: str | None = None) -> Letter:
    return Letter(tpl["id"], tpl["title"], _fill(to if to is not None else tpl["to"], **values),
                  _fill(tpl["body"], **values), _fill(how if how is not None else tpl.get("how", ""), **values))


# -- from one message ----------------------------------------------------------------------------------
def _fact(facts: list[dict[str, Any]], kind: str) -> str | None:
    return next((f["value"] for f in facts if f["kind"] == kind), None)


def _when(received_at: str | None) -> str:
    if not received_at:
        return f"{BLANK}年{BLANK}月{BLANK}日{BLANK}时"
    try:
        t = datetime.fromisoformat(received_at)
    except ValueError:
        return received_at
    return f"{t.year}年{t.month}月{t.day}日 {t.hour:02d}:{t.minute:02d}（北京时间）"


def _message_values(report: dict[str, Any], kind_titles: dict[str, str]) -> dict[str, str]:
    facts = report.get("facts") or []
    problems: list[str] = []
    for f in report.get("findings") or []:
        title = kind_titles.get(f["kind"], f["kind"])
        line = f"{title}：“{f['excerpt']}”" if f.get("excerpt") else title
        if line not in problems:
            problems.append(line)
    debt: list[str] = []
    for kind, label, unit in (("amount", "金额", ""), ("overdue_days", "逾期", "天"),
                              ("account_tail", "账户尾号", ""), ("case_number", "编号", "")):
        if value := _fact(facts, kind):
            debt.append(f"{label}{value}{unit}")
    return {
        "lender": (report.get("lender") or {}).get("name") or BLANK,
        "sender": (report.get("sender") or {}).get("raw") or BLANK,
        "when": _when(report.get("received_at")),
        "text": report.get("text", ""),
        "debt": "，".join(debt) if debt else f"金额{BLANK}",
        "problems": "\n".join(f"{i}. {p}" for i, p in enumerate(problems, 1)) or f"1. {BLANK}",
    }


def _regulator_route(tpl: dict[str, Any], lender_kind: str | None) -> dict[str, Any]:
    routes = tpl["route"]
    return next((r for r in routes if lender_kind in r["lender_kinds"]), None) or next(
        r for r in routes if not r["lender_kinds"])


def drafts(report: dict[str, Any], kind_titles: dict[str, str]) -> list[Letter]:
    """The letters that fit one message's report (Report.to_dict()), most useful first."""
    label = report["verdict"]["label"]
    if label in {"not_collection", "reminder"} and not report.get("findings"):
        return []
    tpl = registry.letters()["message"]
    values = _message_values(report, kind_titles)
    kinds = {f["kind"] for f in report.get("findings") or []}
    out: list[Letter] = []
    if label in {"unlawful_threat", "aggressive"}:
        route = _regulator_route(tpl["regulator"], (report.get("lender") or {}).get("kind"))
        out += [_letter(tpl["lender"], values), _letter(tpl["regulator"], values, route["to"], route["how"])]
    if label in {"unlawful_threat", "aggressive", "scam"}:
        out.append(_letter(tpl["spam"], values))
    if label == "scam" or kinds & police_kinds():
        police = tpl["police"]
        scam = label == "scam"
        out.append(_letter(police, {**values, "reason": police["reason_scam" if scam else "reason_threat"],
                                    "transfer": _fill(police["transfer_scam"]) if scam else ""}))
    return out


# -- from a case summary -------------------------------------------------------------------------------
def _day(iso: str | None) -> str:
    t = local_time(iso)
    return t.strftime("%Y年%m月%d日") if t else BLANK


def _case_facts(summary: dict[str, Any], sentences: dict[str, str]) -> str:
    kinds = registry.kinds()
    c = summary["counts"]
    span = summary["span"]
    lines = [_fill(sentences["span"], first=_day(span["first"]), last=_day(span["last"]),
                   collection=str(c["collection"]), night=str(c["night"]))]
    senders = [g["name"] for g in summary["by_sender"][:8]]
    if senders:
        lines.append(_fill(sentences["senders"], senders="、".join(senders)))
    busiest = summary["per_day_sender"][:1]
    if busiest and busiest[0]["count"] > 1:
        b = busiest[0]
        lines.append(_fill(sentences["busiest"], day=b["day"], sender=b["sender"], count=str(b["count"])))
    for step in summary["escalation"]["steps"]:
        if step["category"] in ("unlawful_threat", "scam") or step["severity"] == "high":
            kind = kinds.get(step["kind"], {}).get("in_letter", step["kind"])
            lines.append(_fill(sentences["step"], day=_day(step["received_at"]), kind=kind, excerpt=step["excerpt"]))
    parties = [p["party"] for p in summary["third_parties"]]
    if parties:
        lines.append(_fill(sentences["parties"], parties="、".join(parties)))
    return "\n".join(lines)


def draft_letters(summary: dict[str, Any], title: str = "") -> list[Letter]:
    """The letters for a whole case (analyzer.case.summary.summarize()), most useful first."""
    tpl = registry.letters()["case"]
    lenders = [g["name"] for g in summary["by_lender"] if g["name"] != "未识别机构"]
    values = {"lender": "、".join(lenders[:3]) or _fill(tpl["unknown_lender"]),
              "facts": _case_facts(summary, tpl["facts"]), "closing": _fill(tpl["closing"])}
    letters = [_letter(tpl["lender"], values), _letter(tpl["regulator"], values)]
    if set(summary["finding_kinds"]) & police_kinds():
        letters.append(_letter(tpl["police"], values))
    return letters
