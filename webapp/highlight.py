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
