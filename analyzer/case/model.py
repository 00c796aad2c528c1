"""Value types shared by the case-mode modules."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

INCOMING = "in"  # received by the borrower: analysed
OUTGOING = "out"  # sent by the borrower (XML type 2): shown, never analysed as collection


@dataclass(frozen=True)
class RawMessage:
    """One imported message before analysis. `line` is where it starts in the source file."""

    line: int
    text: str
    sender: str | None = None
    received_at: str | None = None  # ISO-8601 with offset, or None when unknown
    direction: str = INCOMING
    contact: str | None = None  # the name in the borrower's address book, when the export has one
    ref: str | None = None  # the row's own id column, if it has one (kept by cuishou batch)


@dataclass(frozen=True)
class ImportIssue:
    """A row that could not be imported (skipped) or was imported with a caveat."""

    line: int
    message: str
    skipped: bool = True
    ref: str | None = None  # the row's own id (CSV/JSON Lines id column), when it could be read

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"line": self.line, "message": self.message, "skipped": self.skipped}
        if self.ref is not None:
            out["ref"] = self.ref
        return out


@dataclass(frozen=True)
class ImportResult:
    format: str
    messages: tuple[RawMessage, ...]
    issues: tuple[ImportIssue, ...] = ()


@dataclass(frozen=True)
class CaseMessage:
    """A message with its compact analysis (None for the borrower's own messages).

    `analysis` keeps what the case pages and exports need: verdict, lender, sender,
    findings, facts and the ids of the guides that apply (guides are held once per case).
    """

    seq: int
    line: int
    text: str
    sender: str | None
    received_at: str | None
    direction: str
    analysis: dict[str, Any] | None = None
    contact: str | None = None  # address-book name of the other party (redacted when saved)

    @property
    def is_collection(self) -> bool:
        return self.analysis is not None and self.analysis["verdict"]["label"] != "not_collection"

    def to_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "line": self.line, "text": self.text, "sender": self.sender,
                "received_at": self.received_at, "direction": self.direction, "analysis": self.analysis,
                "contact": self.contact}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "CaseMessage":
        return cls(seq=int(d["seq"]), line=int(d["line"]), text=d["text"], sender=d.get("sender"),
                   received_at=d.get("received_at"), direction=d.get("direction", INCOMING),
                   analysis=d.get("analysis"), contact=d.get("contact"))


@dataclass(frozen=True)
class Case:
    """An imported (and possibly saved) case. `id` is None until the volunteer saves it."""

    title: str
    messages: tuple[CaseMessage, ...]
    guides: dict[str, dict[str, Any]] = field(default_factory=dict)
    issues: tuple[ImportIssue, ...] = ()
    source_format: str = ""
    notes: str = ""
    id: int | None = None
    created_at: str | None = None
    redacted: bool = False
    # The volunteer's marks, number key (analyzer.case.roles.number_key) -> role code
    # (relative, lender, collector, unrelated); numbers not marked follow their contact name.
    roles: dict[str, str] = field(default_factory=dict)
    code: str = ""  # short random code shown unmasked so saved cases can be told apart

    def with_(self, **changes: Any) -> "Case":
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "notes": self.notes, "created_at": self.created_at,
                "source_format": self.source_format, "redacted": self.redacted,
                "code": self.code, "roles": dict(self.roles),
                "issues": [i.to_dict() for i in self.issues],
                "messages": [m.to_dict() for m in self.messages], "guides": self.guides}
