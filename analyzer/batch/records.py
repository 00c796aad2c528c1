"""One message going into a batch.

A `Record` is what the readers yield and what `analyzer.batch.run` consumes, so a notebook
can feed its own iterator of records. A row that cannot be read is still a Record, with
`error` set and no text: it becomes an error line in the output, in its place, so nothing is
silently lost. Reading and checking the rows themselves is the case importers' job
(analyzer/case/importers), shared with case mode.
"""
from __future__ import annotations

from dataclasses import dataclass

from analyzer.case.model import INCOMING, OUTGOING

__all__ = ["INCOMING", "OUTGOING", "BatchInputError", "Record"]


class BatchInputError(ValueError):
    """The batch cannot run as asked (a format it does not know, a cluster it cannot reach safely)."""


@dataclass(frozen=True)
class Record:
    """One input message. `line` is where it starts in the input; `id` is the row's own id,
    else the line number (JSON Lines, CSV) or the message's position (XML)."""

    id: str
    text: str | None
    sender: str | None = None
    received_at: str | None = None  # ISO-8601 with offset, or None when unknown
    line: int = 0
    direction: str = INCOMING
    error: str | None = None  # why the row could not be read (then text is None)
