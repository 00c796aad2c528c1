"""Run the analyzer over an imported batch and keep a compact analysis per message.

The full report of one message carries its guidance (several KB per message); a case
keeps each guide once, by id, and each message keeps the ids, so a 10,000-message
case stays small in memory, in SQLite and in exports.
"""
from __future__ import annotations

from typing import Any, Callable

from analyzer.case.model import INCOMING, Case, CaseMessage, ImportResult

Progress = Callable[[int, int], None]  # (messages done, total)
_LENDER_KEYS = ("id", "name", "kind", "licensed", "signature", "in_registry")
_SENDER_KEYS = ("normalized", "type", "region", "carrier", "country", "matches_lender_official", "explanation")


def compact(report: dict[str, Any]) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The parts of `Report.to_dict()` a case needs, and the guides it names (by id)."""
    lender = report.get("lender")
    sender = report.get("sender")
    guides = {g["id"]: g for g in report.get("guidance", ()) if "id" in g}
    analysis = {
        "verdict": dict(report["verdict"]),
        "lender": {k: lender.get(k) for k in _LENDER_KEYS} if lender else None,
        "sender": {k: sender.get(k) for k in _SENDER_KEYS} if sender else None,
        "findings": [dict(f) for f in report.get("findings", ())],
        "facts": [dict(f) for f in report.get("facts", ())],
        "guide_ids": list(guides),
    }
    return analysis, guides


def analyze_import(result: ImportResult, title: str = "", progress: Progress | None = None,
                   analyzer: Any = None) -> Case:
    """Analyse every received message (the borrower's own are kept, not analysed)."""
    if analyzer is None:
        from analyzer import get_analyzer

        analyzer = get_analyzer()
    guides: dict[str, dict[str, Any]] = {}
    out: list[CaseMessage] = []
    total = len(result.messages)
    step = max(1, total // 100)
    for seq, raw in enumerate(result.messages, start=1):
        analysis = None
        if raw.direction == INCOMING:
            report = analyzer.analyze(raw.text, sender=raw.sender, received_at=raw.received_at).to_dict()
            analysis, found = compact(report)
            for gid, guide in found.items():
                guides.setdefault(gid, guide)
        out.append(CaseMessage(seq=seq, line=raw.line, text=raw.text, sender=raw.sender,
                               received_at=raw.received_at, direction=raw.direction, analysis=analysis))
        if progress and (seq % step == 0 or seq == total):
            progress(seq, total)
    return Case(title=title, messages=tuple(out), guides=guides, issues=result.issues,
                source_format=result.format)
