"""Pure aggregation over a case's analysed messages: who, when, how often, how it escalated,
who else was dragged in, and what was demanded. No I/O; the pages and exports render it."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import datetime
from typing import Any, Iterable, Mapping, NamedTuple

from analyzer.case.lenders import case_lender, lender_label
from analyzer.case.model import CaseMessage
from analyzer.case.roles import NIGHT_RULE, NOT_COLLECTION_ROLES, ROLE_NAMES, classify, number_key
from analyzer.case.roles import findings as role_findings
from analyzer.case.timeline import (SEVERE, _escalation, _per_day_sender, _periods, _span,  # noqa: F401
                                    _timeline, is_night, local_time)
from analyzer.limits import BEIJING
from knowledge import registry

# What the volunteer reads for each verdict code (case pages, CLI, CSV 结论 column).
VERDICT_NAMES = {"scam": "疑似诈骗", "unlawful_threat": "违法威胁", "legal_notice": "这可能是真实的法律文书通知",
                 "aggressive": "施压催收", "reminder": "还款提醒", "not_collection": "非催收"}
# scam > unlawful_threat > legal_notice > aggressive > reminder > not_collection
_VERDICT_RANK = {"not_collection": 0, "reminder": 1, "aggressive": 2, "legal_notice": 3, "unlawful_threat": 4, "scam": 5}
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
    """The creditor the message names (signature or claim), else 未识别机构."""
    return lender_label(m.text, m.analysis)


def ordered(messages: Iterable[CaseMessage]) -> list[CaseMessage]:
    """By time (unknown times last, in import order)."""
    return sorted(messages, key=_time_key)


_NO_TIME = datetime.min.replace(tzinfo=BEIJING)


def _time_key(m: CaseMessage) -> tuple[bool, datetime, int]:
    t = local_time(m.received_at)
    return (t is None, t or _NO_TIME, m.seq)


def worst_label(labels: Iterable[str]) -> str:
    return max(labels, key=lambda x: _VERDICT_RANK.get(x, 0), default="not_collection")


def _night_finding(m: CaseMessage) -> dict[str, Any]:
    t = local_time(m.received_at)
    kind = "night_or_frequency"
    return {"kind": kind, "rule_id": NIGHT_RULE, "category": registry.kinds()[kind]["category"], "severity": "medium",
            "start": 0, "end": 0, "excerpt": "", "kb_refs": ["guide.night_or_frequency"],
            "explanation": f"这条短信在北京时间 {t:%H:%M} 收到；推荐性国家标准 GB/T 45251—2025 要求除非借款人同意，"
                           "22:00 至次日 08:00 不得催收。" if t else ""}


def message_views(messages: Iterable[CaseMessage], marks: Mapping[str, str] | None = None) -> dict[int, dict[str, Any]]:
    """seq -> how the case counts each message: role of its number, collection or not, night,
    relayed by a relative, the verdict label and the findings the case uses (see roles)."""
    msgs = ordered(messages)
    roles = classify(msgs, marks, night=lambda m: is_night(local_time(m.received_at)))
    out: dict[int, dict[str, Any]] = {}
    for m in msgs:
        v = roles[m.seq]
        out[m.seq] = {"role": v.role, "role_name": ROLE_NAMES.get(v.role or "", ""), "role_source": v.role_source,
                      "collection": v.collection, "night": v.night, "relayed": v.relayed, "label": v.label,
                      "scam": v.scam, "notice": v.notice, "shown": v.collection or v.scam or v.notice,
                      "lender": lender_name(m) if v.collection else None,
                      # the brand a scam names is the one it impersonates, not a creditor
                      "brand": lender_name(m) if v.scam else None,
                      "findings": role_findings(m, v, _night_finding(m) if v.night else None)}
    return out


def summarize(messages: Iterable[CaseMessage], marks: Mapping[str, str] | None = None,
              views: dict[int, dict[str, Any]] | None = None) -> dict[str, Any]:
    """The case's aggregates. `marks`: the volunteer's roles by number (Case.roles); `views`:
    message_views() of the same messages and marks, when the caller already has them."""
    msgs = ordered(messages)
    views = views if views is not None else message_views(msgs, marks)
    incoming = [m for m in msgs if m.analysis is not None]
    collection = [Counted(m, views[m.seq]) for m in incoming if views[m.seq]["collection"]]
    verdicts = Counter(views[m.seq]["label"] for m in incoming if views[m.seq]["role"] not in NOT_COLLECTION_ROLES)
    night = [c.m.seq for c in collection if c.v["night"]]
    return {
        "counts": {"total": len(msgs), "incoming": len(incoming), "outgoing": len(msgs) - len(incoming),
                   "collection": len(collection), "verdicts": dict(verdicts), "night": len(night),
                   "undated": sum(1 for m in msgs if local_time(m.received_at) is None),
                   "relayed": sum(1 for m in incoming if views[m.seq]["relayed"]),
                   "scam": sum(1 for m in incoming if views[m.seq]["scam"]),
                   "notice": sum(1 for m in incoming if views[m.seq]["notice"])},
        "span": _span(msgs),
        "collection_span": _span([c.m for c in collection]),
        "by_lender": _groups(collection, lambda c: c.v["lender"]),
        "by_sender": _groups(collection, lambda c: c.m.sender or "未知号码"),
        "numbers": _numbers(incoming, views, marks or {}),
        "timeline": _timeline(msgs, views),
        "periods": _periods(collection),
        "night_messages": night,
        "per_day_sender": _per_day_sender(collection),
        "escalation": _escalation(collection),
        "third_parties": _third_parties(collection),
        "relayed": [{"seq": m.seq, "received_at": m.received_at, "text": m.text,
                     "parties": [label for label, rx in _THIRD_RE if rx.search(m.text)],
                     "lender": _named_lender(m, views[m.seq], collection)}
                    for m in incoming if views[m.seq]["relayed"]],
        "scams": [_scam_entry(m, views[m.seq]) for m in incoming if views[m.seq]["scam"]],
        "amounts": _amounts(collection),
        "finding_kinds": dict(Counter(f["kind"] for c in collection for f in c.v["findings"])),
        # every finding of every collection message, in time order: what each lender's letter cites
        "problems": [{"seq": c.m.seq, "received_at": c.m.received_at, "kind": f["kind"], "category": f["category"],
                      "severity": f["severity"], "excerpt": f["excerpt"]} for c in collection for f in c.v["findings"]],
    }


def _named_lender(m: CaseMessage, v: dict[str, Any], collection: list["Counted"]) -> str | None:
    """The lender a relative's message can be tied to: one the relative names ("招联的人打到家里"),
    by the analyzer's creditor claim or by a lender of the case's collection messages named in
    the words; else None (the report keeps the message, no lender's letter gets it)."""
    named = lender_name(m)
    if named != "未识别机构":
        return named
    lenders = {c.v["lender"] for c in collection if c.v["lender"] and c.v["lender"] != "未识别机构"}
    seen = ((m.analysis or {}).get("lender") or {}).get("name")  # "招联金融的人打到家里": named, not a claim
    hits = {seen} & lenders if seen else set()
    hits |= {name for name in lenders if name in m.text}
    return next(iter(hits)) if len(hits) == 1 else None


def _scam_entry(m: CaseMessage, v: dict[str, Any]) -> dict[str, Any]:
    """A scam message for the police, 96110 and 12321 drafts and the impersonation notices."""
    found = v["findings"]
    brand = case_lender(m.text, m.analysis) or {}
    return {"seq": m.seq, "received_at": m.received_at, "sender": m.sender, "text": m.text,
            "brand": brand.get("name"), "brand_id": brand.get("id"),
            "kinds": list(dict.fromkeys(f["kind"] for f in found)),
            "excerpts": list(dict.fromkeys(f["excerpt"] for f in found if f.get("excerpt")))}


class Counted(NamedTuple):
    """A collection message with the case's view of it (message_views)."""

    m: CaseMessage
    v: dict[str, Any]


def _numbers(incoming: list[CaseMessage], views: dict[int, dict[str, Any]], marks: Mapping[str, str]) -> list[dict[str, Any]]:
    """Every number that sent something, with its role: what the volunteer marks."""
    rows: dict[str, dict[str, Any]] = {}
    for m in incoming:
        key = number_key(m.sender)
        v = views[m.seq]
        row = rows.setdefault(key, {"key": key, "sender": m.sender or "未知号码", "contact": m.contact or "",
                                    "role": v["role"] or "", "role_name": v["role_name"], "role_source": v["role_source"],
                                    "count": 0, "collection": 0, "worst": "not_collection"})
        row["count"] += 1
        row["collection"] += v["collection"]
        if v["collection"]:
            row["worst"] = worst_label((row["worst"], v["label"]))
        if m.contact and not row["contact"]:
            row["contact"] = m.contact
    return sorted(rows.values(), key=lambda r: (-r["collection"], -_VERDICT_RANK.get(r["worst"], 0), -r["count"], r["key"]))



def _groups(msgs: list[Counted], key: Any) -> list[dict[str, Any]]:
    groups: dict[str, list[Counted]] = defaultdict(list)
    for c in msgs:
        groups[key(c)].append(c)
    out = []
    for name, items in groups.items():
        times = [t for t in (local_time(c.m.received_at) for c in items) if t]
        out.append({
            "name": name, "count": len(items), "seqs": [c.m.seq for c in items],
            "worst": worst_label(c.v["label"] for c in items),
            "first": min(times).isoformat() if times else None, "last": max(times).isoformat() if times else None,
            "senders": sorted({c.m.sender or "未知号码" for c in items}),
            "lenders": sorted({c.v["lender"] for c in items}),
            "night": sum(1 for c in items if c.v["night"]),
        })
    return sorted(out, key=lambda g: (-_VERDICT_RANK.get(g["worst"], 0), -g["count"], g["name"]))


def _third_parties(msgs: list[Counted]) -> list[dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for c in msgs:
        kinds = {f["kind"] for f in c.v["findings"]}
        if not kinds & {"third_party_contact", "exposure_threat", "doorstep_visit_threat"}:
            continue
        for label, rx in _THIRD_RE:
            if rx.search(c.m.text):
                entry = found.setdefault(label, {"party": label, "count": 0, "first": c.m.received_at, "seqs": []})
                entry["count"] += 1
                entry["seqs"].append(c.m.seq)
    return sorted(found.values(), key=lambda e: -e["count"])


def _amounts(msgs: list[Counted]) -> list[dict[str, Any]]:
    rows = []
    for c in msgs:
        for fact in c.m.analysis["facts"]:  # type: ignore[index]
            if fact["kind"] == "amount":
                rows.append({"seq": c.m.seq, "received_at": c.m.received_at, "lender": c.v["lender"],
                             "sender": c.m.sender, "text": fact["text"], "value": parse_amount(fact["value"])})
    return rows
