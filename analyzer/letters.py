"""Complaint and report drafts: from one message's report (the result page) or from a case
summary (the case report). One Letter model; the wording lives in knowledge/data/letters.toml,
what each finding kind is called in a letter and which kinds call for the police in kinds.toml. The model and what every
draft shares (BLANK, Letter, the laws a letter may cite) are in analyzer/letter_model.py.

The borrower or volunteer edits a draft before sending; BLANK marks what only they can fill in.
Which regulator fits depends on the lender's kind (banks and consumer finance companies answer
to 国家金融监督管理总局, 12378; microloan and leasing companies to the local financial regulator).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any, Iterable

from analyzer.case.summary import local_time
from analyzer.letter_model import (BLANK, PROBLEM_CATEGORIES, Letter, _basis, _fill, _letter,  # noqa: F401
                                   complaint_worthy, lawful_pressure_kinds, letter_laws, police_kinds)
from knowledge import registry


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
    # one item per kind of problem (fixes20: two third-party findings in one message were two items with one title),
    # quoting each of its places once
    quotes: dict[str, list[str]] = {}
    for f in report.get("findings") or []:
        said = quotes.setdefault(kind_titles.get(f["kind"], f["kind"]), [])
        if f.get("excerpt") and f["excerpt"] not in said:
            said.append(f["excerpt"])
    problems = [f"{title}：" + "、".join(f"“{q}”" for q in said) if said else title for title, said in quotes.items()]
    debt: list[str] = []
    for kind, label, unit in (("amount", "金额", ""), ("overdue_days", "逾期", "天"),
                              ("account_tail", "账户尾号", ""), ("case_number", "编号", "")):
        if value := _fact(facts, kind):
            debt.append(f"{label}{value}{'' if value.endswith('月') else unit}")
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
    if label == "aggressive" and not complaint_worthy(kinds):
        return []
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


# Kinds that show a brand is a paid go-between ("债务优化", "征信修复"), not a creditor: no "贵司有借款".
INTERMEDIARY_KINDS = frozenset({"debt_relief_service", "credit_repair_scam"})


def _problems(summary: dict[str, Any], seqs: Iterable[int]) -> list[dict[str, Any]]:
    wanted = set(seqs)
    return [p for p in summary.get("problems", ()) if p["seq"] in wanted and p["category"] in PROBLEM_CATEGORIES]


def _merged(groups: list[dict[str, Any]]) -> dict[str, Any]:
    """Several lender groups as one (the regulator's and the police letter's facts)."""
    firsts = [g["first"] for g in groups if g.get("first")]
    lasts = [g["last"] for g in groups if g.get("last")]
    return {"name": "", "count": sum(g["count"] for g in groups), "night": sum(g.get("night", 0) for g in groups),
            "first": min(firsts, key=local_time) if firsts else None,
            "last": max(lasts, key=local_time) if lasts else None,
            "senders": sorted({s for g in groups for s in g.get("senders", ())}),
            "seqs": [q for g in groups for q in g.get("seqs", ())], "names": [g["name"] for g in groups]}


def _case_facts(summary: dict[str, Any], sentences: dict[str, str], group: dict[str, Any],
                every_relayed: bool = False) -> str:
    """The facts paragraph of some collection messages (`group`: an entry of summary["by_lender"],
    or several merged): only these messages' dates, numbers, problems and excerpts, and a
    relative's report only when it names one of these lenders (`every_relayed`: all of them,
    for the police, who are told what happened, not whom to blame)."""
    kinds = registry.kinds()
    lines = [_fill(sentences["span"], first=_day(group.get("first")), last=_day(group.get("last")),
                   collection=str(group["count"]), night=str(group.get("night", 0)))]
    senders = list(group.get("senders", ()))[:8]
    if senders:
        lines.append(_fill(sentences["senders"], senders="、".join(senders)))
    busiest = [r for r in summary["per_day_sender"] if r["sender"] in senders][:1]
    if busiest and busiest[0]["count"] > 1:
        b = busiest[0]
        lines.append(_fill(sentences["busiest"], day=b["day"], sender=b["sender"], count=str(b["count"])))
    seqs = set(group.get("seqs", ()))
    seen: set[str] = set()
    for p in _problems(summary, seqs):  # each kind once, where it first appeared in these messages
        if p["kind"] in seen or not p.get("excerpt"):
            continue
        seen.add(p["kind"])
        kind = kinds.get(p["kind"], {}).get("in_letter", p["kind"])
        lines.append(_fill(sentences["step"], day=_day(p["received_at"]), kind=kind, excerpt=p["excerpt"]))
    parties = [p["party"] for p in summary["third_parties"] if set(p.get("seqs", ())) & seqs]
    if parties:
        lines.append(_fill(sentences["parties"], parties="、".join(parties)))
    names = set(group.get("names") or [group.get("name")])
    relayed = [r for r in summary.get("relayed") or () if every_relayed or (r.get("lender") and r["lender"] in names)]
    if relayed:
        days = sorted({_day(r["received_at"]) for r in relayed})
        lines.append(_fill(sentences["relayed"], count=str(len(relayed)), days="、".join(days[:5])))
    return "\n".join(lines)


def _scam_facts(scams: list[dict[str, Any]], sentences: dict[str, str]) -> str:
    kinds = registry.kinds()
    times = [s["received_at"] for s in scams if local_time(s["received_at"])]
    lines = [_fill(sentences["scam_head"], first=_day(min(times, key=local_time) if times else None),
                   last=_day(max(times, key=local_time) if times else None), count=str(len(scams)))]
    for i, s in enumerate(scams[:20], 1):
        # only a registered lender's name is "used by someone else"; an unknown 【债务优化】 is the scammer's own
        brand = _fill(sentences["scam_brand"], brand=s["brand"]) if s.get("brand_id") else sentences["scam_plain"]
        said = "、".join(dict.fromkeys(kinds.get(k, {}).get("in_letter", k) for k in s["kinds"]
                                       if kinds.get(k, {}).get("category") != "info")) or "疑似诈骗"
        lines.append(f"{i}. " + _fill(sentences["scam_item"], day=_day(s["received_at"]), sender=s.get("sender") or BLANK,
                                      brand=brand, kinds=said, text=s["text"]))
    if len(scams) > 20:
        lines.append(f"（另有 {len(scams) - 20} 条，见证据报告。）")
    return "\n".join(lines)


def _rules_and_demands(tpl: dict[str, Any], problems: list[dict[str, Any]]) -> dict[str, str]:
    """What the lender's letter says the messages broke and asks for, from their own problems only:
    "停止联系我的家人" only when its messages contacted or threatened to contact third parties."""
    kinds = list(dict.fromkeys(p["kind"] for p in problems))
    rules = list(dict.fromkeys(r for k in kinds for r in tpl["rule_of"].get(k, ())))
    text = "，".join(tpl["rules"][r] for r in rules) or tpl["rule_general"]
    demands = tpl["demand_stop_third"] if "third_party" in rules else tpl["demand_stop"]
    return {"rules": text, "demands": demands + tpl["demand_rest"]}


def draft_letters(summary: dict[str, Any], title: str = "") -> list[Letter]:
    """The letters for a whole case (analyzer.case.summary.summarize()), most useful first.

    - A complaint to a lender only when its own collection messages have problems (threats,
      third parties, pressure, night), citing only its messages; a brand whose messages sell
      "债务优化"/"征信修复" is a go-between, not a creditor, and gets none. Problem messages whose
      creditor is unknown get one letter with a blank for the name.
    - The regulator's letter names only those lenders and tells only their messages.
    - Scams (summary["scams"]) are never anyone's collection: they go to the police (110, 96110)
      and 12321, and a registered brand a scam names gets a short notice that someone uses its
      name, not a complaint.
    - The police letter: threats that call for the police in collection messages, and scams."""
    tpl = registry.letters()["case"]
    closing, closing_report = _fill(tpl["closing"]), _fill(tpl.get("closing_report", tpl["closing"]))
    facts_tpl = tpl["facts"]
    groups = []
    for g in summary["by_lender"]:
        problems = _problems(summary, g.get("seqs", ()))
        kinds = {p["kind"] for p in problems}
        if complaint_worthy(kinds) and not kinds & INTERMEDIARY_KINDS:
            groups.append((g, problems))
    letters: list[Letter] = []
    for g, problems in groups:
        known = g["name"] != "未识别机构"
        name = g["name"] if known else _fill(tpl["unknown_lender"])
        values = {"lender": name, "facts": _case_facts(summary, facts_tpl, g), "closing": closing,
                  **_rules_and_demands(tpl["lender"], problems)}
        # the unknown group may hold several senders' messages: the volunteer keeps only this lender's
        label = g["name"] if known else "机构未识别：填上机构名，只保留能确认是这家机构或其委托方发来的短信"
        letters.append(replace(_letter(tpl["lender"], values), title=f"{tpl['lender']['title']}（{label}）"))
    scams = list(summary.get("scams") or ())
    brands: dict[str, list[dict[str, Any]]] = {}
    for s in scams:
        if s.get("brand") and s.get("brand_id"):  # a registered lender's name in a scam: impersonated
            brands.setdefault(s["brand"], []).append(s)
    for brand, items in brands.items():
        values = {"lender": brand, "facts": _scam_facts(items, facts_tpl), "closing": closing_report}
        letters.append(replace(_letter(tpl["impersonated"], values),
                               title=f"{tpl['impersonated']['title']}（{brand}）"))
    if groups:
        merged = _merged([g for g, _ in groups])
        named = [g["name"] for g, _ in groups if g["name"] != "未识别机构"]
        if len(named) < len(groups):
            named.append(_fill(tpl["unknown_lender"]))
        letters.append(_letter(tpl["regulator"], {"lender": "、".join(named), "facts": _case_facts(summary, facts_tpl, merged),
                                                  "closing": closing}))
    threat_groups = [g for g, problems in groups if {p["kind"] for p in problems} & police_kinds()]
    if threat_groups or scams:
        parts = []
        if threat_groups:
            parts.append(_fill(facts_tpl["threat_head"]) + "\n" + _case_facts(summary, facts_tpl, _merged(threat_groups), True))
        if scams:
            parts.append(_scam_facts(scams, facts_tpl))
        letters.append(_letter(tpl["police"], {"facts": "\n\n".join(parts), "closing": closing_report}))
    if scams:
        letters.append(_letter(tpl["spam"], {"facts": _scam_facts(scams, facts_tpl), "closing": closing_report}))
    return letters
