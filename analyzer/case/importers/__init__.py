"""Read a phone's messages from pasted text, CSV, JSON Lines or the XML of the Android
app "SMS Backup & Restore". Malformed rows are reported with their line numbers and
skipped; every good row is kept.

Every format streams: a binary stream is read line by line (CSV, JSON Lines, text) or in
pieces fed to expat (XML, where a DOCTYPE or entity declaration is refused), each line
decoded on its own (UTF-8, else GB18030). `iter_stream` yields messages and skipped rows in
file order with flat memory (`cuishou batch` reads millions of rows through it);
`read_stream`/`read_bytes` collect them into one ImportResult for case mode.

Modules: fields (encoding, times, column names, limits), table (CSV, JSON Lines), text
(pasted blocks), sms_backup (XML); this module detects the format and dispatches.
"""
from __future__ import annotations

import io
from typing import IO, Iterator

from analyzer.case.importers.fields import (FORMATS, MAX_TEXT_CHARS, MAX_UPLOAD_BYTES, TEXT_KEYS, Event,
                                            ImportFormatError, Progress, collect, parse_time)
from analyzer.case.importers.sms_backup import iter_xml, read_xml
from analyzer.case.importers.table import iter_csv, iter_jsonl, read_csv, read_jsonl
from analyzer.case.importers.text import iter_text, read_text
from analyzer.case.model import ImportResult

__all__ = ["FORMATS", "MAX_TEXT_CHARS", "MAX_UPLOAD_BYTES", "Event", "ImportFormatError", "detect_format",
           "iter_stream", "parse_time", "read_bytes", "read_csv", "read_jsonl", "read_stream", "read_text",
           "read_xml"]


def detect_format(data: bytes, filename: str | None = None) -> str:
    name = (filename or "").lower()
    for ext, fmt in ((".xml", "xml"), (".csv", "csv"), (".jsonl", "jsonl"), (".ndjson", "jsonl"), (".txt", "text")):
        if name.endswith(ext):
            return fmt
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        return "xml"
    if head.startswith(b"{"):
        return "jsonl"
    raw_line = data.split(b"\n", 1)[0][:4096]
    try:
        first_line = raw_line.decode("utf-8-sig")
    except UnicodeDecodeError:
        first_line = raw_line.decode("gb18030", "replace")
    first_line = first_line.lower()
    cells = [c.strip().strip('"') for c in first_line.split(",")]
    if len(cells) > 1 and any(c in TEXT_KEYS for c in cells):
        return "csv"
    return "text"


def iter_stream(stream: IO[bytes], fmt: str, progress: Progress | None = None, total: int = 0) -> Iterator[Event]:
    """Messages and skipped rows of a binary stream in `fmt` (not auto), in file order."""
    if fmt not in FORMATS:
        raise ImportFormatError(f"不支持的格式：{fmt}")
    if fmt == "xml":
        return iter_xml(stream, progress=progress, total=total)
    return {"text": iter_text, "csv": iter_csv, "jsonl": iter_jsonl}[fmt](stream)


def sniff(stream: IO[bytes], filename: str | None = None) -> tuple[IO[bytes], str]:
    """The format of a stream (by file name, else its first 4 KB), and a stream to read it
    from that still starts at the beginning."""
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)  # type: ignore[arg-type]
    return stream, detect_format(stream.peek(4096)[:4096], filename)  # type: ignore[attr-defined]


def read_stream(stream: IO[bytes], fmt: str = "auto", filename: str | None = None,
                progress: Progress | None = None, total: int = 0) -> ImportResult:
    """Import a whole stream. Raises ImportFormatError when nothing can be read."""
    if fmt == "auto":
        stream, fmt = sniff(stream, filename)
    result = collect(fmt, iter_stream(stream, fmt, progress, total))
    if progress and fmt != "xml":
        progress(total, total)
    return result


def read_bytes(data: bytes, fmt: str = "auto", filename: str | None = None,
               progress: Progress | None = None) -> ImportResult:
    """Import a whole file held in memory. Raises ImportFormatError when nothing can be read."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise ImportFormatError(f"文件超过 {MAX_UPLOAD_BYTES // (1024 * 1024)} MB，请分成几个文件导入。")
    return read_stream(io.BytesIO(data), fmt, filename, progress, len(data))
