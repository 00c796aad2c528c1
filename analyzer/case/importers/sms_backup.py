"""The XML of the Android app "SMS Backup & Restore", read with expat directly: a DOCTYPE or
entity declaration is refused (no entity expansion, no external entities).

`iter_xml` streams: the file is fed to expat in pieces and each message is yielded as soon as
its element has been read, so memory stays flat however large the export (`cuishou batch`
reads through it). expat's push parser rather than ElementTree.iterparse because its handlers
let us refuse the DOCTYPE itself, and it builds no tree that would need clearing."""
from __future__ import annotations

import io
import xml.parsers.expat
from typing import IO, Any, Iterator

from analyzer.case.importers.fields import MAX_TEXT_CHARS, Event, ImportFormatError, Progress, collect, parse_time
from analyzer.case.model import INCOMING, OUTGOING, ImportIssue, ImportResult, RawMessage

CHUNK = 1 << 16

def contact_name(value: object) -> str | None:
    """The app writes "(Unknown)" for a number that is not in the address book."""
    name = str(value if value is not None else "").strip()
    return None if not name or name.lower() in ("(unknown)", "unknown", "null") else name


def _event(name: str, attrs: dict[str, str], line: int) -> Event:
    if name == "mms":
        return ImportIssue(line, "彩信（mms）暂不支持，已跳过。")
    body = attrs.get("body")
    if body is None or not body.strip():
        return ImportIssue(line, "短信缺少 body（内容），已跳过。")
    if len(body) > MAX_TEXT_CHARS:
        return ImportIssue(line, f"短信超过 {MAX_TEXT_CHARS} 字，已跳过。")
    kind = attrs.get("type", "1").strip()
    if kind not in ("1", "2"):
        return ImportIssue(line, f"短信类型 type={kind[:10]} 不是收到（1）或发出（2），已跳过。")
    try:
        when = parse_time(attrs.get("date"))
    except (ValueError, OverflowError, OSError):
        return ImportIssue(line, "date 不是有效的时间戳，已跳过。")
    address = (attrs.get("address") or "").strip() or None
    return RawMessage(line=line, text=body, sender=address, received_at=when,
                      direction=OUTGOING if kind == "2" else INCOMING,
                      contact=contact_name(attrs.get("contact_name")))


def iter_xml(stream: IO[bytes], chunk: int = CHUNK, progress: Progress | None = None,
             total: int = 0) -> Iterator[Event]:
    """SMS Backup & Restore: `<smses><sms address date type body …/></smses>`; type 2 is sent.
    One event per `sms` or `mms` element; other elements are ignored. `progress(done, total)`
    is called with the bytes read."""
    parser = xml.parsers.expat.ParserCreate("utf-8")
    ready: list[Event] = []
    seen_message = False

    def refuse(*_: Any) -> None:
        raise ImportFormatError("XML 含有 DOCTYPE 或实体声明，出于安全原因拒绝读取。")

    def start(name: str, attrs: dict[str, str]) -> None:
        if name in ("sms", "mms"):
            ready.append(_event(name, attrs, parser.CurrentLineNumber))

    parser.StartElementHandler = start
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse  # type: ignore[assignment]
    done = 0
    try:
        while data := stream.read(chunk):
            parser.Parse(data, False)
            done += len(data)
            if progress:
                progress(done, max(total, done))
            seen_message = seen_message or any(isinstance(e, RawMessage) for e in ready)
            yield from ready
            ready.clear()
        parser.Parse(b"", True)
    except xml.parsers.expat.ExpatError as exc:
        yield from ready
        if not (seen_message or any(isinstance(e, RawMessage) for e in ready)):
            raise ImportFormatError(f"XML 第 {exc.lineno} 行格式错误：{xml.parsers.expat.ErrorString(exc.code)}") from exc
        yield ImportIssue(exc.lineno, "XML 在这里格式错误（文件可能不完整），之后的内容无法读取；之前的短信已导入。")
        return
    yield from ready


def read_xml(data: bytes, progress: Progress | None = None, chunk: int = 1 << 20) -> ImportResult:
    return collect("xml", iter_xml(io.BytesIO(data), chunk, progress, len(data)))
