"""When a case's messages came: Beijing local time, night, and the time series a case summary shows (analyzer/case/summary.py)."""
from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from analyzer.case.model import OUTGOING, CaseMessage
from analyzer.limits import BEIJING
from knowledge import registry

if TYPE_CHECKING:
    from analyzer.case.summary import Counted

SEVERE = ("scam", "unlawful_threat")


@lru_cache(maxsize=1 << 16)
@lru_cache(maxsize=65_536)
def local_time(iso: str | None) -> datetime | None:
    """Beijing time of an ISO time (cached: a page sorts and groups the same 10,000 times
    several times over)."""
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


def _span(msgs: list[CaseMessage]) -> dict[str, str | None]:
    times = [t for t in (local_time(m.received_at) for m in msgs) if t]
    return {"first": min(times).isoformat() if times else None, "last": max(times).isoformat() if times else None}


def _timeline(msgs: list[CaseMessage], views: dict[int, dict[str, Any]]) -> list[dict[str, Any]]:
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
        v = views[m.seq]
        if v["scam"]:  # drawn with the threats (违法威胁/诈骗), but not counted as collection
            d["scam"] = d.get("scam", 0) + 1
            d["severe"] += 1
        if v["collection"]:
            d["collection"] += 1
            d["night"] += v["night"]
            d["severe"] += v["label"] in SEVERE
            d["max_risk"] = max(d["max_risk"], int(m.analysis["verdict"]["risk"]))  # type: ignore[index]
    return [days[k] for k in sorted(days)]


def _periods(msgs: list[Counted]) -> dict[str, Any]:
    """Collection messages per week (per month when the case spans more than 16 weeks),
    only the periods that have any: what the volunteer reads instead of a row per day."""
    times = [(local_time(c.m.received_at), c) for c in msgs]
    dated = [(t, c) for t, c in times if t is not None]
    if not dated:
        return {"unit": "周", "rows": []}
    monthly = (max(t for t, _ in dated) - min(t for t, _ in dated)).days > 16 * 7
    rows: dict[str, dict[str, Any]] = {}
    period_of: dict[Any, tuple[str, str]] = {}  # day -> (key, label), computed once a day
    for t, c in dated:
        day = t.date()
        if day not in period_of:
            if monthly:
                period_of[day] = (f"{day.year:04d}-{day.month:02d}", f"{day.year}年{day.month}月")
            else:
                monday = day - timedelta(days=day.weekday())
                period_of[day] = (monday.isoformat(), f"{monday:%Y-%m-%d} 至 {monday + timedelta(days=6):%m-%d}")
        key, label = period_of[day]
        row = rows.get(key)
        if row is None:
            row = rows[key] = {"key": key, "label": label, "count": 0, "night": 0, "severe": 0, "senders": set(),
                               "days": set()}
        row["count"] += 1
        row["night"] += c.v["night"]
        row["severe"] += c.v["label"] in SEVERE
        row["senders"].add(c.m.sender or "未知号码")
        row["days"].add(day)
    out = [{**r, "senders": len(r["senders"]), "days": len(r["days"])} for _, r in sorted(rows.items())]
    return {"unit": "月" if monthly else "周", "rows": out}


def _per_day_sender(msgs: list[Counted]) -> list[dict[str, Any]]:
    counts: Counter[tuple[str, str]] = Counter()
    for c in msgs:
        t = local_time(c.m.received_at)
        if t:
            counts[(t.date().isoformat(), c.m.sender or "未知号码")] += 1
    rows = [{"day": d, "sender": s, "count": n} for (d, s), n in counts.items()]
    return sorted(rows, key=lambda r: (-r["count"], r["day"], r["sender"]))


def _escalation(msgs: list[Counted]) -> dict[str, Any]:
    """When threats began and, kind by kind, when each new kind of pressure first appeared.
    Every step names its kind (kinds.toml title); the excerpt is empty for findings about the
    time rather than the words (night)."""
    kinds = registry.kinds()
    first_by_kind: dict[str, dict[str, Any]] = {}
    first_severe = None
    for c in msgs:  # already in time order
        for f in c.v["findings"]:
            if f["kind"] not in first_by_kind:
                first_by_kind[f["kind"]] = {"kind": f["kind"], "title": kinds.get(f["kind"], {}).get("title") or f["kind"],
                                            "category": f["category"], "severity": f["severity"],
                                            "seq": c.m.seq, "received_at": c.m.received_at, "excerpt": f["excerpt"],
                                            "explanation": f["explanation"]}
        if first_severe is None and c.v["label"] in SEVERE:
            first_severe = {"seq": c.m.seq, "received_at": c.m.received_at, "label": c.v["label"]}
    steps = sorted(first_by_kind.values(), key=lambda s: (local_time(s["received_at"]) is None, s["received_at"] or "", s["seq"]))
    monthly: dict[str, int] = {}
    for c in msgs:
        t = local_time(c.m.received_at)
        if t:
            key = t.strftime("%Y-%m")
            monthly[key] = max(monthly.get(key, 0), int(c.m.analysis["verdict"]["risk"]))  # type: ignore[index]
    return {"first_threat": first_severe, "steps": steps,
            "monthly_max_risk": [{"month": k, "risk": v} for k, v in sorted(monthly.items())]}
