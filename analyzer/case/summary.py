"""Pure aggregation over a case's analysed messages: who, when, how often, how it escalated,
who else was dragged in, and what was demanded. No I/O; the pages and exports render it."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import datetime
from typing import Any, Iterable

from analyzer.case.model import OUTGOING, CaseMessage
from analyzer.limits import BEIJING

SEVERE = ("scam", "unlawful_threat")
_VERDICT_RANK = {"not_collection": 0, "reminder": 1, "aggressive": 2, "unlawful_threat": 3, "scam": 4}
_SEVERITY_RANK = {"low": 1, "medium": 2, "high": 3}
# Third parties a collector may drag in; the label is what the volunteer reads.
THIRD_PARTIES: tuple[tuple[str, str], ...] = (
    ("家人", r"家人|家属|家里人"), ("父母", r"父母|父亲|母亲|爸爸|妈妈|爸妈"),
    ("配偶", r"配偶|老婆|老公|妻子|丈夫|爱人"), ("子女", r"子女|孩子|儿子|女儿"),
    ("亲友", r"亲友|亲戚|亲属|朋友|兄弟|姐妹"), ("通讯录", r"通讯录|联系人(?!电话)"),
    ("紧急联系人", r"紧急联系人"), ("单位/同事", r"单位|公司领导|领导|同事|老板|人事|工作单位"),
    ("村委/居委会", r"村委|村委会|居委会|社区|村里"), ("学校", r"学校|老师|辅导员"),
)
_THIRD_RE = [(label, re.compile(p)) for label, p in THIRD_PARTIES]
_AMOUNT = re.compile(r"([\d,]+(?:\.\d+)?)\s*(万)?")


def local_time(iso: str | None) -> datetime | None:
    if not iso:
        return None
    try:
        dt = datetime.fromisoformat(iso)
    except ValueError:
        return None
    return (dt if dt.tzinfo else dt.replace(tzinfo=BEIJING)).astimezone(BEIJING)


def is_night(dt: datetime | None) -> bool:
    """22:00–08:00 China Standard Time (GB/T 45251—2025)."""
    return dt is not None and (dt.hour >= 22 or dt.hour < 8)


def parse_amount(value: str) -> float | None:
    m = _AMOUNT.search(value or "")
    if not m:
        return None
    try:
        amount = float(m.group(1).replace(",", ""))
    except ValueError:
        return None
    return amount * 10_000 if m.group(2) else amount


def lender_name(m: CaseMessage) -> str:
    lender = (m.analysis or {}).get("lender")
    return (lender or {}).get("name") or "未识别机构"


def ordered(messages: Iterable[CaseMessage]) -> list[CaseMessage]:
    """By time (unknown times last, in import order)."""
    return sorted(messages, key=lambda m: (local_time(m.received_at) is None,
                                           local_time(m.received_at) or datetime.min.replace(tzinfo=BEIJING), m.seq))


def worst_label(labels: Iterable[str]) -> str:
    return max(labels, key=lambda x: _VERDICT_RANK.get(x, 0), default="not_collection")


def summarize(messages: Iterable[CaseMessage]) -> dict[str, Any]:
    msgs = ordered(messages)
    incoming = [m for m in msgs if m.analysis is not None]
    collection = [m for m in incoming if m.is_collection]
    verdicts = Counter(m.analysis["verdict"]["label"] for m in incoming)  # type: ignore[index]
    return {
        "counts": {"total": len(msgs), "incoming": len(incoming), "outgoing": len(msgs) - len(incoming),
                   "collection": len(collection), "verdicts": dict(verdicts),
                   "night": sum(1 for m in collection if is_night(local_time(m.received_at))),
                   "undated": sum(1 for m in msgs if local_time(m.received_at) is None)},
        "span": _span(msgs),
        "by_lender": _groups(collection, lender_name),
        "by_sender": _groups(collection, lambda m: m.sender or "未知号码"),
        "timeline": _timeline(msgs),
        "night_messages": [m.seq for m in collection if is_night(local_time(m.received_at))],
        "per_day_sender": _per_day_sender(collection),
        "escalation": _escalation(collection),
        "third_parties": _third_parties(collection),
        "amounts": _amounts(collection),
        "finding_kinds": dict(Counter(f["kind"] for m in collection for f in m.analysis["findings"])),  # type: ignore[index]
    }


def _span(msgs: list[CaseMessage]) -> dict[str, str | None]:
    times = [t for t in (local_time(m.received_at) for m in msgs) if t]
    return {"first": min(times).isoformat() if times else None, "last": max(times).isoformat() if times else None}


def _groups(msgs: list[CaseMessage], key: Any) -> list[dict[str, Any]]:
    groups: dict[str, list[CaseMessage]] = defaultdict(list)
    for m in msgs:
        groups[key(m)].append(m)
    out = []
    for name, items in groups.items():
        times = [t for t in (local_time(m.received_at) for m in items) if t]
        out.append({
            "name": name, "count": len(items), "seqs": [m.seq for m in items],
            "worst": worst_label(m.analysis["verdict"]["label"] for m in items),  # type: ignore[index]
            "first": min(times).isoformat() if times else None, "last": max(times).isoformat() if times else None,
            "senders": sorted({m.sender or "未知号码" for m in items}),
            "lenders": sorted({lender_name(m) for m in items}),
            "night": sum(1 for t in times if is_night(t)),
        })
    return sorted(out, key=lambda g: (-_VERDICT_RANK.get(g["worst"], 0), -g["count"], g["name"]))


def _timeline(msgs: list[CaseMessage]) -> list[dict[str, Any]]:
    days: dict[str, dict[str, Any]] = {}
    for m in msgs:
        t = local_time(m.received_at)
        if t is None:
            continue
        d = days.setdefault(t.date().isoformat(), {"day": t.date().isoformat(), "total": 0, "collection": 0,
                                                   "severe": 0, "night": 0, "outgoing": 0, "max_risk": 0})
        d["total"] += 1
        if m.direction == OUTGOING:
            d["outgoing"] += 1
            continue
        if m.is_collection:
            d["collection"] += 1
            d["night"] += is_night(t)
            d["severe"] += m.analysis["verdict"]["label"] in SEVERE  # type: ignore[index]
            d["max_risk"] = max(d["max_risk"], int(m.analysis["verdict"]["risk"]))  # type: ignore[index]
    return [days[k] for k in sorted(days)]


def _per_day_sender(msgs: list[CaseMessage]) -> list[dict[str, Any]]:
    counts: Counter[tuple[str, str]] = Counter()
    for m in msgs:
        t = local_time(m.received_at)
        if t:
            counts[(t.date().isoformat(), m.sender or "未知号码")] += 1
    rows = [{"day": d, "sender": s, "count": n} for (d, s), n in counts.items()]
    return sorted(rows, key=lambda r: (-r["count"], r["day"], r["sender"]))


def _escalation(msgs: list[CaseMessage]) -> dict[str, Any]:
    """When threats began and, kind by kind, when each new kind of pressure first appeared."""
    first_by_kind: dict[str, dict[str, Any]] = {}
    first_severe = None
    for m in msgs:  # already in time order
        for f in m.analysis["findings"]:  # type: ignore[index]
            if f["kind"] not in first_by_kind:
                first_by_kind[f["kind"]] = {"kind": f["kind"], "category": f["category"], "severity": f["severity"],
                                            "seq": m.seq, "received_at": m.received_at, "excerpt": f["excerpt"],
                                            "explanation": f["explanation"]}
        if first_severe is None and m.analysis["verdict"]["label"] in SEVERE:  # type: ignore[index]
            first_severe = {"seq": m.seq, "received_at": m.received_at, "label": m.analysis["verdict"]["label"]}  # type: ignore[index]
    steps = sorted(first_by_kind.values(), key=lambda s: (local_time(s["received_at"]) is None, s["received_at"] or "", s["seq"]))
    monthly: dict[str, int] = {}
    for m in msgs:
        t = local_time(m.received_at)
        if t:
            key = t.strftime("%Y-%m")
            monthly[key] = max(monthly.get(key, 0), int(m.analysis["verdict"]["risk"]))  # type: ignore[index]
    return {"first_threat": first_severe, "steps": steps,
            "monthly_max_risk": [{"month": k, "risk": v} for k, v in sorted(monthly.items())]}


def _third_parties(msgs: list[CaseMessage]) -> list[dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for m in msgs:
        kinds = {f["kind"] for f in m.analysis["findings"]}  # type: ignore[index]
        if not kinds & {"third_party_contact", "exposure_threat", "doorstep_visit_threat"}:
            continue
        for label, rx in _THIRD_RE:
            if rx.search(m.text):
                entry = found.setdefault(label, {"party": label, "count": 0, "first": m.received_at, "seqs": []})
                entry["count"] += 1
                entry["seqs"].append(m.seq)
    return sorted(found.values(), key=lambda e: -e["count"])


def _amounts(msgs: list[CaseMessage]) -> list[dict[str, Any]]:
    rows = []
    for m in msgs:
        for fact in m.analysis["facts"]:  # type: ignore[index]
            if fact["kind"] == "amount":
                rows.append({"seq": m.seq, "received_at": m.received_at, "lender": lender_name(m),
                             "sender": m.sender, "text": fact["text"], "value": parse_amount(fact["value"])})
    return rows
