"""Split a message into highlighted segments from finding offsets.

Findings may overlap, so the text is cut at every start and end; each piece
lists the findings that cover it. The template escapes each piece on its own
(Jinja autoescape), so no user text is ever marked safe.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Most serious first: a piece covered by several findings takes the colour of the worst.
CATEGORY_ORDER = ("scam", "unlawful_threat", "pressure", "info")

CATEGORY_LABELS: dict[str, dict[str, str]] = {
    "scam": {"icon": "⚠", "label": "诈骗迹象"},
    "unlawful_threat": {"icon": "✖", "label": "违法威胁"},
    "pressure": {"icon": "▲", "label": "施压"},
    "info": {"icon": "ℹ", "label": "提示"},
}


@dataclass(frozen=True)
class Segment:
    text: str
    start: int
    end: int
    findings: tuple[int, ...] = ()  # indices into the report's findings
    category: str | None = None  # the most serious category among them
    starts: tuple[int, ...] = field(default=())  # findings that begin at this piece (numbered marks)

    @property
    def anchor(self) -> str | None:
        return f"f-{self.findings[0] + 1}" if self.findings else None


def as_shown(findings: list[dict[str, Any]], verdict: str) -> list[dict[str, Any]]:
    """The findings as the result page colours them. A low finding of the threat category on a page whose verdict is
    no threat or scam (tpd59's pass-on-only contact: "本身不违法") is shown as pressure (▲ 施压), so the mark and legend
    never say 违法威胁 beside an explanation that says it is not unlawful. The report and the API keep the category."""
    if verdict in ("unlawful_threat", "scam"):
        return findings
    return [dict(f, category="pressure") if f.get("category") == "unlawful_threat" and f.get("severity") == "low"
            else f for f in findings]


def _rank(category: str) -> int:
    return CATEGORY_ORDER.index(category) if category in CATEGORY_ORDER else len(CATEGORY_ORDER)


def segments(text: str, findings: list[dict[str, Any]]) -> list[Segment]:
    """Cut `text` into pieces; findings with an empty span (e.g. received at night) are skipped."""
    n = len(text)
    spans: list[tuple[int, int, int]] = []
    for i, f in enumerate(findings):
        start, end = max(0, int(f["start"])), min(n, int(f["end"]))
        if start < end:
            spans.append((start, end, i))
    cuts = sorted({0, n, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        covering = tuple(i for s, e, i in spans if s <= a and e >= b)
        category = None
        if covering:
            category = min((findings[i]["category"] for i in covering), key=_rank)
        starting = tuple(i for s, _, i in spans if s == a)
        out.append(Segment(text[a:b], a, b, covering, category, starting))
    return out


def located(findings: list[dict[str, Any]]) -> list[bool]:
    """For each finding: does it point at words in the message (False for e.g. the night-time finding)?"""
    return [int(f["start"]) < int(f["end"]) for f in findings]


SEVERITY_ORDER = ("high", "medium", "low")


@dataclass(frozen=True)
class FindingGroup:
    """All findings of one kind, shown once: '联系或威胁联系第三方' with each place it occurs."""

    number: int
    kind: str
    category: str
    severity: str
    members: tuple[int, ...]  # indices into the report's findings
    excerpts: tuple[str, ...]  # the words, each once
    explanations: tuple[str, ...]  # each distinct explanation once
    kb_refs: tuple[str, ...]
    located: bool  # at least one member points at words
    unlocated_note: str = ""  # when not located: what the finding is about instead of words in the message

    @property
    def anchor(self) -> str:
        return f"f-{self.number}"


def groups(findings: list[dict[str, Any]]) -> list[FindingGroup]:
    """Findings grouped by kind, numbered in the order the kinds first occur in the message."""
    order: list[str] = []
    members: dict[str, list[int]] = {}
    for i, f in enumerate(findings):
        if f["kind"] not in members:
            order.append(f["kind"])
            members[f["kind"]] = []
        members[f["kind"]].append(i)
    out: list[FindingGroup] = []
    for number, kind in enumerate(order, 1):
        idx = members[kind]
        fs = [findings[i] for i in idx]

        def unique(values: list[str]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(v for v in values if v))

        located = [f for f in fs if int(f["start"]) < int(f["end"])]
        # an excerpt inside a longer one of the same kind says nothing new
        words = unique([str(f.get("excerpt", "")) for f in located])
        words = tuple(w for w in words if not any(w != o and w in o for o in words))
        # ...and so does its explanation: two rules on 打断 / 打断你的腿 tell the reader one thing, once.
        said = [f for f in fs if not (int(f["start"]) < int(f["end"])) or str(f.get("excerpt", "")) in words] or fs
        out.append(FindingGroup(
            number, kind,
            category=min((f["category"] for f in fs), key=_rank),
            severity=min((f.get("severity", "low") for f in fs),
                         key=lambda s: SEVERITY_ORDER.index(s) if s in SEVERITY_ORDER else 9),
            members=tuple(idx), excerpts=words,
            # the most severe finding's explanation first: the page shows it and folds the rest
            explanations=unique([str(f.get("explanation", "")) for f in sorted(
                said, key=lambda f: SEVERITY_ORDER.index(f.get("severity")) if f.get("severity") in SEVERITY_ORDER else 9)]),
            kb_refs=unique([r for f in fs for r in f.get("kb_refs", [])]),
            located=bool(located), unlocated_note="" if located else unlocated_note(fs)))
    return out


# A finding that points at no words is about something outside the message: the time it arrived (night-time
# collection) or the number it came from (a debt notice from a personal or virtual-operator mobile). The page said
# 与收到短信的时间有关 for both, so a reader told "签名不能证明身份" looked for a time that had nothing to do with it.
UNLOCATED_NOTES = {"time": "与收到短信的时间有关，不在原文里", "sender": "与发信号码有关，不在原文里",
                   "whole": "说的是整条短信，不是原文里的某几个字"}


def unlocated_note(findings: list[dict[str, Any]]) -> str:
    """What a finding that points at no words is about: the receiving time, the sender number, or the whole message."""
    def about(f: dict[str, Any]) -> str:
        rule = str(f.get("rule_id", ""))
        if f.get("kind") == "night_or_frequency" or rule.startswith("pressure.night."):
            return "time"
        if rule.startswith(("info.sender.", "info.signature.")):
            return "sender"
        return "whole"
    found = {about(f) for f in findings}
    return UNLOCATED_NOTES[found.pop() if len(found) == 1 else "whole"]


@dataclass(frozen=True)
class Region:
    """A piece of the message: plain text, or one highlight covering overlapping findings."""

    text: str
    start: int
    end: int
    category: str | None = None
    numbers: tuple[int, ...] = ()  # finding-group numbers, shown once in one mark
    titles: tuple[str, ...] = ()

    @property
    def anchor(self) -> str | None:
        return f"f-{self.numbers[0]}" if self.numbers else None


def regions(text: str, findings: list[dict[str, Any]], titles: dict[str, str] | None = None) -> list[Region]:
    """Cut `text` into plain pieces and highlights; findings whose spans overlap become one
    highlight with one mark listing their group numbers (two marks on the same words overlap)."""
    titles = titles or {}
    number_of = {i: g.number for g in groups(findings) for i in g.members}
    n = len(text)
    spans = sorted((max(0, int(f["start"])), min(n, int(f["end"])), i) for i, f in enumerate(findings)
                   if max(0, int(f["start"])) < min(n, int(f["end"])))
    merged: list[tuple[int, int, list[int]]] = []
    for start, end, i in spans:
        if merged and start < merged[-1][1]:
            a, b, ids = merged[-1]
            merged[-1] = (a, max(b, end), ids + [i])
        else:
            merged.append((start, end, [i]))
    out: list[Region] = []
    pos = 0
    for start, end, ids in merged:
        if pos < start:
            out.append(Region(text[pos:start], pos, start))
        numbers = tuple(sorted({number_of[i] for i in ids}))
        kinds = list(dict.fromkeys(findings[i]["kind"] for i in sorted(ids, key=lambda i: number_of[i])))
        out.append(Region(text[start:end], start, end,
                          category=min((findings[i]["category"] for i in ids), key=_rank),
                          numbers=numbers, titles=tuple(titles.get(k, k) for k in kinds)))
        pos = end
    if pos < n or not out:
        out.append(Region(text[pos:], pos, n))
    return [r for r in out if r.text or len(out) == 1]


def present_categories(regions: list[Region]) -> list[str]:
    """The legend lists only the colours the highlighted message shows, worst first."""
    return sorted({r.category for r in regions if r.category}, key=_rank)
