"""Pasted text: blank-line-separated blocks, each optionally headed by sender and time lines."""
from __future__ import annotations

import io
import re
from typing import IO, Iterator

from analyzer.case.importers.fields import (MAX_TEXT_CHARS, Event, collect, decode_line, parse_time, raw_lines, too_long,
                                            undecodable)
from analyzer.case.model import INCOMING, OUTGOING, ImportIssue, ImportResult, RawMessage

_SENDER_LINE = re.compile(r"^\s*(?:发件人|发信人|发送方|号码|来自|from|sender)\s*[:：]\s*(?P<v>\S.*?)\s*$", re.I)
_TIME_LINE = re.compile(r"^\s*(?:时间|日期|接收时间|收到时间|time|date)\s*[:：]\s*(?P<v>\S.*?)\s*$", re.I)
_BARE_NUMBER = re.compile(r"^\s*\+?[\d\s\-]{3,20}\s*$")
_BARE_TIME = re.compile(r"^\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ T]?\d{1,2}:\d{2}(?::\d{2})?)?\s*$")


def _lines(stream: IO[bytes]) -> Iterator[tuple[int, str | ImportIssue]]:
    n = 0
    for n, raw in enumerate(raw_lines(stream), start=1):
        text = None if raw is None else decode_line(raw)
        yield n, (too_long(n) if raw is None else undecodable(n)) if text is None else text.rstrip("\r\n")
    yield n + 1, ""  # a blank line after the last block closes it


def iter_text(stream: IO[bytes]) -> Iterator[Event]:
    """Blank-line-separated blocks; each may start with sender and time lines
    (`发件人：…`, `时间：…`, or a bare number / date-time line)."""
    block: list[tuple[int, str]] = []
    for n, line in _lines(stream):
        if isinstance(line, ImportIssue):
            yield line
            continue
        if line.strip():
            block.append((n, line))
            continue
        if block:
            issues: list[ImportIssue] = []
            msg = _text_block(block, issues)
            yield from issues
            if msg:
                yield msg
            block = []


def read_text(text: str) -> ImportResult:
    return collect("text", iter_text(io.BytesIO(text.encode("utf-8", "replace"))))


def _text_block(block: list[tuple[int, str]], issues: list[ImportIssue]) -> RawMessage | None:
    start = block[0][0]
    sender = when = None
    direction = INCOMING
    i = 0
    while i < len(block) and i < 3:
        line = block[i][1]
        if m := _SENDER_LINE.match(line):
            sender = m["v"]
        elif m := _TIME_LINE.match(line):
            when = m["v"]
        elif re.fullmatch(r"\s*(?:我发出的|我发送的|已发送|发出)\s*[:：]?\s*", line):
            direction = OUTGOING
        elif sender is None and _BARE_NUMBER.match(line):
            sender = line.strip()
        elif when is None and _BARE_TIME.match(line):
            when = line.strip()
        else:
            break
        i += 1
    body = "\n".join(line for _, line in block[i:]).strip()
    if not body:
        issues.append(ImportIssue(start, "这一段只有号码或时间，没有短信内容，已跳过。"))
        return None
    if len(body) > MAX_TEXT_CHARS:
        issues.append(ImportIssue(start, f"短信超过 {MAX_TEXT_CHARS} 字，已跳过。"))
        return None
    try:
        received_at = parse_time(when)
    except ValueError as exc:
        issues.append(ImportIssue(start, f"{exc}；已跳过。"))
        return None
    return RawMessage(line=start, text=body, sender=sender, received_at=received_at, direction=direction)
