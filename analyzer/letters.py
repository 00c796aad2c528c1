"""Complaint and report drafts: from one message's report (the result page) or from a case
summary (the case report). One Letter model; the wording lives in knowledge/data/letters.toml,
what each finding kind is called in a letter and which kinds call for the police in kinds.toml.

The borrower or volunteer edits a draft before sending; BLANK marks what only they can fill in.
Which regulator fits depends on the lender's kind (banks and consumer finance companies answer
to 国家金融监督管理总局, 12378; microloan and leasing companies to the local financial regulator).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Iterable

from analyzer.case.summary import local_time
from knowledge import registry
from knowledge.entries import Law, load_catalog
from knowledge.sources import letter_safe

BLANK: str = registry.letters()["blank"]


@dataclass(frozen=True)
class Letter:
    id: str  # permanent: letter.lender, letter.regulator, letter.12321, letter.police
    title: str
    to: str
    body: str
    how: str = ""  # one sentence: where and how to send it (drafts from one message)
    laws: tuple[str, ...] = ()  # ids of the laws the body cites; each passed letter_safe()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "title": self.title, "to": self.to, "body": self.body}
        if self.how:
            out["how"] = self.how
        if self.laws:
            out["laws"] = list(self.laws)
        return out


def police_kinds() -> frozenset[str]:
    """Finding kinds whose presence adds a police report to the drafts."""
    return frozenset(k for k, v in registry.kinds().items() if v.get("report_to_police"))


def _fill(template: str, **values: str) -> str:
    return template.format_map({"blank": BLANK, **values})


def _letter(tpl: dict[str, Any], values: dict[str, str], to: str | None = None, how: str | None = None,
            laws: tuple[Law, ...] = ()) -> Letter:
    body = _fill(tpl["body"], **values)
    return Letter(tpl["id"], tpl["title"], _fill(to if to is not None else tpl["to"], **values), body,
                  _fill(how if how is not None else tpl.get("how", ""), **values),
                  tuple(law.id for law in laws if "{basis}" in tpl["body"]))


def letter_laws(law_ids: Iterable[str]) -> tuple[Law, ...]:
    """The laws a letter may cite, in order, without repeats: known entries checked against the
    official text. A borrower may send what we draft, so an entry checked only against a secondary
    copy (knowledge.sources.letter_safe) never reaches a letter, wherever its id comes from."""
    laws = load_catalog().laws
    out: dict[str, Law] = {}
    for law_id in law_ids:
        law = laws.get(law_id)
        if law is not None and letter_safe(law):
            out.setdefault(law_id, law)
    return tuple(out.values())


def _basis(kinds: Iterable[str], by_kind: dict[str, list[str]] | None = None) -> tuple[tuple[Law, ...], str]:
    """The laws for these finding kinds (letters.toml message.basis, or a letter's own basis_laws such
    as the police report's) and the sentence citing them."""
    basis = registry.letters()["message"].get("basis")
    if not basis:
        return (), ""
    table = basis["laws"] if by_kind is None else by_kind
    lists = [table.get(kind, ()) for kind in kinds]
    # each kind's first law before any kind's second, so that a long message does not crowd out a kind
    ranked = (ids[i] for i in range(max(map(len, lists), default=0)) for ids in lists if i < len(ids))
    laws = letter_laws(ranked)[:basis["max_laws"]]
    if not laws:
        return (), ""
    cited = "；".join(f"《{law.name}》{law.article}" for law in laws)
    return laws, _fill(basis["sentence"], laws=cited)


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
    ordered = list(dict.fromkeys(f["kind"] for f in report.get("findings") or []))
    laws, basis = _basis(ordered)
    values = {**_message_values(report, kind_titles), "basis": basis}
    kinds = set(ordered)
    out: list[Letter] = []
    if label in {"unlawful_threat", "aggressive"}:
        route = _regulator_route(tpl["regulator"], (report.get("lender") or {}).get("kind"))
        out += [_letter(tpl["lender"], values, laws=laws),
                _letter(tpl["regulator"], values, route["to"], route["how"], laws=laws)]
    scam = label == "scam"
    if label in {"unlawful_threat", "aggressive", "scam"}:
        spam = tpl["spam"]
        out.append(_letter(spam, {**values, "reason": spam["reason_scam" if scam else "reason_threat"]}, laws=laws))
    if scam or kinds & police_kinds():
        police = tpl["police"]
        # a police report cites only the laws on offences (letters.toml message.police.basis_laws), not the
        # civil-procedure or credit rules a complaint to the lender may cite
        p_laws, p_basis = _basis(ordered, police.get("basis_laws", {}))
        out.append(_letter(police, {**values, "basis": p_basis, "reason": police["reason_scam" if scam else "reason_threat"],
                                    "transfer": _fill(police["transfer_scam"]) if scam else ""}, laws=p_laws))
    return out


# -- from a case summary -------------------------------------------------------------------------------
def _day(iso: str | None) -> str:
    t = local_time(iso)
    return t.strftime("%Y年%m月%d日") if t else BLANK


def _case_facts(summary: dict[str, Any], sentences: dict[str, str], group: dict[str, Any] | None = None) -> str:
    """The facts paragraph: of the whole case, or of one lender's messages (`group`, an entry
    of summary["by_lender"])."""
    kinds = registry.kinds()
    c = summary["counts"]
    span = summary.get("collection_span") or summary["span"]
    if group is None:
        lines = [_fill(sentences["span"], first=_day(span["first"]), last=_day(span["last"]),
                       collection=str(c["collection"]), night=str(c["night"]))]
        senders = [g["name"] for g in summary["by_sender"][:8]]
    else:
        lines = [_fill(sentences["span"], first=_day(group.get("first")), last=_day(group.get("last")),
                       collection=str(group["count"]), night=str(group.get("night", 0)))]
        senders = list(group.get("senders", ()))[:8]
    if senders:
        lines.append(_fill(sentences["senders"], senders="、".join(senders)))
    busiest = [r for r in summary["per_day_sender"] if group is None or r["sender"] in senders][:1]
    if busiest and busiest[0]["count"] > 1:
        b = busiest[0]
        lines.append(_fill(sentences["busiest"], day=b["day"], sender=b["sender"], count=str(b["count"])))
    seqs = set(group["seqs"]) if group is not None and "seqs" in group else None
    for step in summary["escalation"]["steps"]:
        if seqs is not None and step.get("seq") not in seqs:
            continue
        if step["category"] in ("unlawful_threat", "scam") or step["severity"] == "high":
            kind = kinds.get(step["kind"], {}).get("in_letter", step["kind"])
            lines.append(_fill(sentences["step"], day=_day(step["received_at"]), kind=kind, excerpt=step["excerpt"]))
    parties = [p["party"] for p in summary["third_parties"] if seqs is None or set(p.get("seqs", ())) & seqs]
    if parties:
        lines.append(_fill(sentences["parties"], parties="、".join(parties)))
    relayed = summary.get("relayed") or []
    if relayed:
        days = sorted({_day(r["received_at"]) for r in relayed})
        lines.append(_fill(sentences["relayed"], count=str(len(relayed)), days="、".join(days[:5])))
    return "\n".join(lines)


def draft_letters(summary: dict[str, Any], title: str = "") -> list[Letter]:
    """The letters for a whole case (analyzer.case.summary.summarize()), most useful first:
    one complaint per lender the messages name as creditor, addressed to it (a blank for the
    name when none is known), then one to the regulator and, if needed, one to the police."""
    tpl = registry.letters()["case"]
    groups = [g for g in summary["by_lender"] if g["name"] != "未识别机构"]
    closing = _fill(tpl["closing"])
    letters = [replace(_letter(tpl["lender"], {"lender": g["name"], "facts": _case_facts(summary, tpl["facts"], g),
                                               "closing": closing}), title=f"{tpl['lender']['title']}（{g['name']}）")
               for g in groups]
    everything = {"lender": "、".join(g["name"] for g in groups) or _fill(tpl["unknown_lender"]),
                  "facts": _case_facts(summary, tpl["facts"]), "closing": closing}
    if not letters:
        letters.append(_letter(tpl["lender"], everything))
    letters.append(_letter(tpl["regulator"], everything))
    if set(summary["finding_kinds"]) & police_kinds():
        letters.append(_letter(tpl["police"], everything))
    return letters
