"""Read a phone's messages from pasted text, CSV, JSON Lines or the XML of the Android
app "SMS Backup & Restore". Malformed rows are reported with their line numbers and
skipped; every good row is kept.

The XML is read with expat directly: a DOCTYPE or entity declaration is refused
(no entity expansion, no external entities), and the file is fed in chunks so a
50 MB export never sits in memory twice and progress can be reported.

Modules: fields (encoding, times, column names, limits), table (CSV, JSON Lines), text
(pasted blocks), sms_backup (XML); this module detects the format and dispatches.
"""
from __future__ import annotations

from analyzer.case.importers.fields import (FORMATS, MAX_TEXT_CHARS, MAX_UPLOAD_BYTES, TEXT_KEYS, ImportFormatError,
                                            Progress, decode, parse_time)
from analyzer.case.importers.sms_backup import read_xml
from analyzer.case.importers.table import read_csv, read_jsonl
from analyzer.case.importers.text import read_text
from analyzer.case.model import ImportResult

__all__ = ["FORMATS", "MAX_TEXT_CHARS", "MAX_UPLOAD_BYTES", "ImportFormatError", "decode", "detect_format",
           "parse_time", "read_bytes", "read_csv", "read_jsonl", "read_text", "read_xml"]


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


def read_bytes(data: bytes, fmt: str = "auto", filename: str | None = None,
               progress: Progress | None = None) -> ImportResult:
    """Import a whole file. Raises ImportFormatError when nothing can be read."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise ImportFormatError(f"文件超过 {MAX_UPLOAD_BYTES // (1024 * 1024)} MB，请分成几个文件导入。")
    if fmt == "auto":
        fmt = detect_format(data, filename)
    if fmt not in FORMATS:
        raise ImportFormatError(f"不支持的格式：{fmt}")
    if fmt == "xml":
        return read_xml(data, progress)
    text = decode(data)
    result = {"text": read_text, "csv": read_csv, "jsonl": read_jsonl}[fmt](text)
    if progress:
        progress(len(data), len(data))
    return result
