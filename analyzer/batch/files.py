"""A batch from a file (or stdin) to a file (or stdout), with a progress bar on a terminal."""
from __future__ import annotations

import os
import sys
import time
from contextlib import ExitStack
from itertools import chain
from pathlib import Path
from typing import IO, Any

from analyzer.batch.engine import Tally, run
from analyzer.batch.readers import read_records, sniff


class CountingReader:
    """Wraps a binary stream and counts the bytes read, for the progress bar."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        self.count += len(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        data = self._raw.readline(size)
        self.count += len(data)
        return data

    def peek(self, size: int) -> bytes:
        peek = getattr(self._raw, "peek", None)
        return peek(size)[:size] if peek else b""


def _progress_bar(total: int | None, enabled: bool) -> Any:
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024, desc="分析", file=sys.stderr,
                dynamic_ncols=True, smoothing=0.1)


def analyze_file(source: str | os.PathLike[str], target: str | os.PathLike[str] = "-", *,
                 input_format: str = "auto", fmt: str = "jsonl", include_text: bool = True,
                 workers: int | None = None, progress: bool | None = None) -> Tally:
    """Analyse every message in `source` (a path, or "-" for stdin) and write one result per
    message to `target` (a path, or "-" for stdout), in input order.

    `input_format` is jsonl, csv, xml, text or auto (by extension, else the first bytes); `fmt` is
    the output format (jsonl or csv). `progress=None` shows a bar only when stderr is a
    terminal and the output is not going to it. Returns the tally (messages, errors).
    """
    to_stdout = str(target) == "-"
    if progress is None:
        progress = sys.stderr.isatty() and not (to_stdout and sys.stdout.isatty())
    with ExitStack() as stack:
        if str(source) == "-":
            raw: IO[bytes] = sys.stdin.buffer
            total = None
        else:
            raw = stack.enter_context(open(source, "rb"))
            total = Path(source).stat().st_size
        counter = CountingReader(raw)
        stream: IO[bytes] = counter  # type: ignore[assignment]
        if input_format == "auto":  # CountingReader can peek, so sniffing hands back the same stream
            stream, input_format = sniff(stream, None if str(source) == "-" else str(source))
        records = read_records(stream, input_format)
        first = next(records, None)  # a file that cannot be read at all fails here, before any output
        records = chain([first], records) if first is not None else iter(())
        out: IO[str] = sys.stdout if to_stdout else stack.enter_context(
            open(target, "w", encoding="utf-8", newline=""))
        bar = _progress_bar(total, progress)
        if bar is not None:
            stack.callback(bar.close)
        started = time.monotonic()

        def on_chunk(t: Tally) -> None:
            if bar is not None:
                bar.update(counter.count - bar.n)
                rate = t.messages / max(time.monotonic() - started, 1e-9)
                bar.set_postfix_str(f"{t.messages} 条，{rate:,.0f} 条/秒", refresh=False)

        tally = Tally()
        for text in run(records, fmt=fmt, include_text=include_text, workers=workers, tally=tally,
                        on_chunk=on_chunk):
            out.write(text)
        out.flush()
    return tally
