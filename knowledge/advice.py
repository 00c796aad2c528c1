"""Guidance for a report: which guides apply, what to do, what to reply.

Built once from the knowledge base's data files and held in memory, so that
advising costs no database query per message.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Advice:
    guidance: tuple[dict[str, Any], ...] = ()
    actions: dict[str, Any] = field(default_factory=dict)
    replies: tuple[dict[str, Any], ...] = ()


class Advisor:
    """Chooses guides, actions and replies for one analysed message."""

    @classmethod
    def load(cls) -> "Advisor":
        return cls()

    def advise(self, *, verdict: str, kinds: list[str], lender_kind: str | None,
               facts: list[dict[str, Any]]) -> Advice:
        # Filled in by the knowledge-base issue.
        return Advice()
