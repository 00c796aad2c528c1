"""Records in, output text out, in input order, on every core.

Records are cut into chunks; each chunk is analysed and formatted in a worker process
(formatting there too, so only one string per chunk crosses back). At most
`workers * IN_FLIGHT_PER_WORKER` chunks are outstanding at any time, so memory stays flat
however long the input is, and results are yielded in submission order. Each worker builds
the analyzer (rules, lender index, knowledge catalog) once, in its initializer; nothing is
rebuilt per chunk or per message. With one worker everything runs in this process.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from typing import Callable, Iterable, Iterator

from analyzer.batch.output import csv_header, formatter, result
from analyzer.batch.records import Record

CHUNK_SIZE = 200  # messages per chunk: ~0.2 s of work, so shipping costs little next to analysis
IN_FLIGHT_PER_WORKER = 3


@dataclass
class Tally:
    """What a run has done so far (updated as output is yielded)."""

    messages: int = 0
    errors: int = 0
    by_code: dict[str, int] = field(default_factory=dict)


def _init_worker() -> None:
    from analyzer import get_analyzer

    get_analyzer().warm()  # built and compiled once per worker process, before its first message


def render_chunk(records: list[Record], fmt: str, include_text: bool) -> tuple[str, int, dict[str, int]]:
    """Analyse and format a chunk: (output text, records, error counts by code)."""
    fmt_one = formatter(fmt, include_text)
    parts = []
    errors: dict[str, int] = {}
    for record in records:
        res = result(record, include_text)
        if "error" in res:
            code = res["error"]["code"]
            errors[code] = errors.get(code, 0) + 1
        parts.append(fmt_one(res))
    return "".join(parts), len(records), errors


def _chunks(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    it = iter(records)
    while chunk := list(islice(it, size)):
        yield chunk


def run(records: Iterable[Record], *, fmt: str = "jsonl", include_text: bool = True, workers: int | None = None,
        chunk_size: int = CHUNK_SIZE, tally: Tally | None = None,
        on_chunk: Callable[[Tally], None] | None = None) -> Iterator[str]:
    """Output text for `records`, in input order: JSON lines, or a CSV header then rows.

    `workers` defaults to the number of cores; 1 runs in this process. `tally`, if given, is
    updated as chunks come out, and `on_chunk(tally)` is called after each (a progress bar).
    """
    formatter(fmt, include_text)  # an unknown format fails here, before any work
    tally = tally if tally is not None else Tally()
    workers = max(1, workers or os.cpu_count() or 1)
    if fmt == "csv":
        yield csv_header(include_text)

    def account(out: tuple[str, int, dict[str, int]]) -> str:
        text, n, errors = out
        tally.messages += n
        for code, k in errors.items():
            tally.errors += k
            tally.by_code[code] = tally.by_code.get(code, 0) + k
        if on_chunk:
            on_chunk(tally)
        return text

    if workers == 1:
        _init_worker()
        for chunk in _chunks(records, chunk_size):
            yield account(render_chunk(chunk, fmt, include_text))
        return

    pending: deque[Future[tuple[str, int, dict[str, int]]]] = deque()
    forked = multiprocessing.get_start_method() == "fork"
    if forked:
        # Build once here and let the forked workers share it: no per-worker build, and with
        # the objects frozen out of the cyclic GC their pages stay shared instead of copied.
        _init_worker()
        gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker) as pool:
            try:
                for chunk in _chunks(records, chunk_size):
                    pending.append(pool.submit(render_chunk, chunk, fmt, include_text))
                    if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                        yield account(pending.popleft().result())
                while pending:
                    yield account(pending.popleft().result())
            finally:
                for f in pending:
                    f.cancel()
    finally:
        if forked:
            gc.unfreeze()  # this process's heap goes back to normal collection
