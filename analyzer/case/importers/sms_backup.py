"""The XML of the Android app "SMS Backup & Restore", read with expat directly: a DOCTYPE or
entity declaration is refused (no entity expansion, no external entities), and the file is fed
in chunks so a 16 MB export never sits in memory twice and progress can be reported."""
from __future__ import annotations

import xml.parsers.expat
from typing import Any

from analyzer.case.importers.fields import MAX_TEXT_CHARS, ImportFormatError, Progress, parse_time
from analyzer.case.model import INCOMING, OUTGOING, ImportIssue, ImportResult, RawMessage


def read_xml(data: bytes, progress: Progress | None = None, chunk: int = 1 << 20) -> ImportResult:
    """SMS Backup & Restore: `<smses><sms address date type body …/></smses>`; type 2 is sent."""
    messages: list[RawMessage] = []
    issues: list[ImportIssue] = []
    parser = xml.parsers.expat.ParserCreate("utf-8")

    def refuse(*_: Any) -> None:
        raise ImportFormatError("XML 含有 DOCTYPE 或实体声明，出于安全原因拒绝读取。")

    def start(name: str, attrs: dict[str, str]) -> None:
        line = parser.CurrentLineNumber
        if name != "sms":
            if name == "mms":
                issues.append(ImportIssue(line, "彩信（mms）暂不支持，已跳过。"))
            return
        body = attrs.get("body")
        if body is None or not body.strip():
            issues.append(ImportIssue(line, "短信缺少 body（内容），已跳过。"))
            return
        if len(body) > MAX_TEXT_CHARS:
            issues.append(ImportIssue(line, f"短信超过 {MAX_TEXT_CHARS} 字，已跳过。"))
            return
        kind = attrs.get("type", "1").strip()
        if kind not in ("1", "2"):
            issues.append(ImportIssue(line, f"短信类型 type={kind[:10]} 不是收到（1）或发出（2），已跳过。"))
            return
        try:
            when = parse_time(attrs.get("date"))
        except (ValueError, OverflowError, OSError):
            issues.append(ImportIssue(line, "date 不是有效的时间戳，已跳过。"))
            return
        address = (attrs.get("address") or "").strip() or None
        messages.append(RawMessage(line=line, text=body, sender=address, received_at=when,
                                   direction=OUTGOING if kind == "2" else INCOMING))

    parser.StartElementHandler = start
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse  # type: ignore[assignment]
    total = len(data)
    try:
        for pos in range(0, max(total, 1), chunk):
            parser.Parse(data[pos:pos + chunk], False)
            if progress:
                progress(min(pos + chunk, total), total)
        parser.Parse(b"", True)
    except xml.parsers.expat.ExpatError as exc:
        if not messages:
            raise ImportFormatError(f"XML 第 {exc.lineno} 行格式错误：{xml.parsers.expat.ErrorString(exc.code)}") from exc
        issues.append(ImportIssue(exc.lineno, "XML 在这里格式错误（文件可能不完整），之后的内容无法读取；之前的短信已导入。"))
    return ImportResult("xml", tuple(messages), tuple(issues))
