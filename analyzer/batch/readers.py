"""Records from a file, through the case importers' streaming readers (one reader per format).

Each message or skipped row the importer yields becomes one Record in its place: a skipped row
is an error record, so nothing is lost and the output keeps the input's order. A record's id
is the row's own id column, else its line number (JSON Lines, CSV, text) or its position among
the messages (SMS Backup & Restore XML, where many messages may share a line).
"""
from __future__ import annotations

from typing import IO, Iterable, Iterator

from analyzer.batch.records import Record
from analyzer.case.importers import FORMATS, Event, iter_stream, sniff
from analyzer.case.importers.table import iter_jsonl
from analyzer.case.model import ImportIssue

__all__ = ["FORMATS", "records", "read_records", "read_jsonl", "sniff"]


def records(events: Iterable[Event], by_position: bool = False) -> Iterator[Record]:
    for n, event in enumerate(events, start=1):
        if isinstance(event, ImportIssue):
            rid = event.ref if event.ref is not None else str(n if by_position else event.line)
            yield Record(id=rid, text=None, line=event.line, error=event.message)
        else:
            rid = event.ref if event.ref is not None else str(n if by_position else event.line)
            yield Record(id=rid, text=event.text, sender=event.sender, received_at=event.received_at,
                         line=event.line, direction=event.direction)


def read_records(stream: IO[bytes], fmt: str) -> Iterator[Record]:
    """Records of a binary stream in one of FORMATS (ImportFormatError if it cannot be read at all)."""
    return records(iter_stream(stream, fmt), by_position=fmt == "xml")


def read_jsonl(stream: IO[bytes], first_line: int = 1) -> Iterator[Record]:
    """Records of a JSON Lines block cut from a file whose first line is `first_line` (Dask partitions)."""
    return records(iter_jsonl(stream, first_line))
