"""Streaming readers: a binary file in, Records out, one at a time.

Memory stays flat whatever the file size: lines are read with a length limit (a
1 GB line becomes one error record, not 1 GB in memory), CSV rows are parsed from
those lines, and the SMS Backup & Restore XML is fed to expat in 64 KB pieces.
Each line is decoded on its own (UTF-8, else GB18030, which Chinese Excel and phones
write), so one badly encoded row is an error record instead of a failed file.

XML: expat's push parser rather than ElementTree.iterparse, because expat lets us
refuse any DOCTYPE or entity declaration (no entity expansion, no external entity)
exactly as the case importer does, and it builds no tree that would need clearing.
"""
from __future__ import annotations

import csv
import json
import xml.parsers.expat
from typing import IO, Any, Iterator

from analyzer.batch.records import (INCOMING, MAX_TEXT_CHARS, OUTGOING, BatchInputError, Record, error_record,
                                    TEXT_KEYS, parse_time, row_id, row_record)

FORMATS = ("jsonl", "csv", "xml")
MAX_LINE_BYTES = 1 << 20  # a message is at most 10,000 characters; JSON escaping makes that < 100 KB
XML_CHUNK = 1 << 16
_TOO_LONG = "\ufffeline-too-long\ufffe"  # stands in for an over-long CSV line so the row keeps its place


def decode_line(raw: bytes) -> str | None:
    """UTF-8, else GB18030; None when neither reads it."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return raw.decode("gb18030")
        except UnicodeDecodeError:
            return None


def raw_lines(stream: IO[bytes]) -> Iterator[bytes | None]:
    """Physical lines with their endings; None for a line over MAX_LINE_BYTES (skipped to its end)."""
    first = True
    while True:
        raw = stream.readline(MAX_LINE_BYTES)
        if not raw:
            return
        if first:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
            first = False
        if len(raw) >= MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while (rest := stream.readline(MAX_LINE_BYTES)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield raw


def jsonl_record(raw: bytes | None, line: int) -> Record | None:
    """One JSON Lines row; None for a blank line (not a message, nothing to report)."""
    if raw is None:
        return error_record(line, f"这一行超过 {MAX_LINE_BYTES // 1024} KB，不是一条短信。")
    if not raw.strip():
        return None
    text = decode_line(raw)
    if text is None:
        return error_record(line, "这一行的编码无法识别（应为 UTF-8 或 GBK）。")
    try:
        obj = json.loads(text)
    except ValueError:
        return error_record(line, "这一行不是有效的 JSON。")
    if not isinstance(obj, dict):
        return error_record(line, "这一行不是 JSON 对象。")
    return row_record({str(k).strip().lower(): v for k, v in obj.items()}, line)


def read_jsonl(stream: IO[bytes], first_line: int = 1) -> Iterator[Record]:
    for n, raw in enumerate(raw_lines(stream), start=first_line):
        record = jsonl_record(raw, n)
        if record is not None:
            yield record


def _text_lines(stream: IO[bytes], undecodable: set[int]) -> Iterator[str]:
    for n, raw in enumerate(raw_lines(stream), start=1):
        if raw is None:
            yield _TOO_LONG + "\n"
            continue
        text = decode_line(raw)
        if text is None:
            undecodable.add(n)
            text = raw.decode("utf-8", "replace")
        yield text


def read_csv(stream: IO[bytes]) -> Iterator[Record]:
    """A header row naming the columns (text/body/内容…, optional id, sender, time, type), then rows."""
    undecodable: set[int] = set()
    reader = csv.reader(_text_lines(stream, undecodable))
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        raise BatchInputError(f"CSV 第 1 行无法读取：{exc}") from exc
    keys = [h.strip().lower() for h in header]
    if not any(k in TEXT_KEYS for k in keys):
        raise BatchInputError("CSV 第 1 行必须是表头，并包含短信内容列（text、body、内容、短信内容 等）。")
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield error_record(line, f"CSV 格式错误（{exc}）。")
            continue
        if cells == [_TOO_LONG]:
            yield error_record(line, f"这一行超过 {MAX_LINE_BYTES // 1024} KB，不是一条短信。")
        elif any(n in undecodable for n in range(line, reader.line_num + 1)):
            yield error_record(line, "这一行的编码无法识别（应为 UTF-8 或 GBK）。")
        elif not any(c.strip() for c in cells):
            continue
        elif len(cells) > len(keys):
            yield error_record(line, f"这一行有 {len(cells)} 列，比表头多（内容里的逗号需要用引号括起来）。",
                               row_id(dict(zip(keys, cells)), line))
        else:
            yield row_record(dict(zip(keys, cells)), line)


def read_xml(stream: IO[bytes]) -> Iterator[Record]:
    """SMS Backup & Restore: `<smses><sms address date type body …/></smses>`; type 2 is sent."""
    parser = xml.parsers.expat.ParserCreate("utf-8")
    ready: list[Record] = []
    count = 0

    def refuse(*_: Any) -> None:
        raise BatchInputError("XML 含有 DOCTYPE 或实体声明，出于安全原因拒绝读取。")

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal count
        if name not in ("sms", "mms"):
            return
        count += 1
        ready.append(_xml_record(name, attrs, parser.CurrentLineNumber, str(count)))

    parser.StartElementHandler = start
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse  # type: ignore[assignment]
    try:
        while chunk := stream.read(XML_CHUNK):
            parser.Parse(chunk, False)
            yield from ready
            ready.clear()
        parser.Parse(b"", True)
    except xml.parsers.expat.ExpatError as exc:
        yield from ready
        if count == 0:
            raise BatchInputError(f"XML 第 {exc.lineno} 行格式错误：{xml.parsers.expat.ErrorString(exc.code)}") from exc
        yield error_record(exc.lineno, "XML 在这里格式错误（文件可能不完整），之后的内容无法读取。", f"{count + 1}")
        return
    yield from ready


def _xml_record(name: str, attrs: dict[str, str], line: int, rid: str) -> Record:
    if name == "mms":
        return error_record(line, "彩信（mms）暂不支持。", rid)
    body = attrs.get("body")
    if body is None or not body.strip():
        return error_record(line, "短信缺少 body（内容）。", rid)
    if len(body) > MAX_TEXT_CHARS:
        return error_record(line, f"短信超过 {MAX_TEXT_CHARS} 字。", rid)
    kind = attrs.get("type", "1").strip()
    if kind not in ("1", "2"):
        return error_record(line, f"短信类型 type={kind[:10]} 不是收到（1）或发出（2）。", rid)
    try:
        when = parse_time(attrs.get("date"))
    except ValueError:
        return error_record(line, "date 不是有效的时间戳。", rid)
    address = (attrs.get("address") or "").strip() or None
    return Record(id=rid, text=body, sender=address, received_at=when, line=line,
                  direction=OUTGOING if kind == "2" else INCOMING)


def detect_format(head: bytes, filename: str | None = None) -> str:
    """By extension, else by the first bytes: `<` is XML, `{` is JSON Lines, anything else CSV."""
    name = (filename or "").lower()
    for ext, fmt in ((".xml", "xml"), (".csv", "csv"), (".jsonl", "jsonl"), (".ndjson", "jsonl"),
                     (".json", "jsonl")):
        if name.endswith(ext):
            return fmt
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        return "xml"
    if head.startswith(b"{"):
        return "jsonl"
    return "csv"


def read_records(stream: IO[bytes], fmt: str) -> Iterator[Record]:
    """Records from a binary stream in one of FORMATS."""
    if fmt not in FORMATS:
        raise BatchInputError(f"不支持的格式：{fmt}（可用：{'、'.join(FORMATS)}）")
    return {"jsonl": read_jsonl, "csv": read_csv, "xml": read_xml}[fmt](stream)
