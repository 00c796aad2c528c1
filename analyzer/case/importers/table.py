"""CSV with a header row, and JSON Lines: one message a row, columns named in Chinese or English."""
from __future__ import annotations

import csv
import io
import json
from typing import Any

from analyzer.case.importers.fields import (MAX_TEXT_CHARS, SENDER_KEYS, TEXT_KEYS, TIME_KEYS, TYPE_KEYS,
                                            ImportFormatError, direction, parse_time, pick)
from analyzer.case.model import ImportIssue, ImportResult, RawMessage


def _row_message(row: dict[str, Any], line: int, issues: list[ImportIssue]) -> RawMessage | None:
    """Build a message from a CSV/JSONL row whose keys are already folded to lower case."""
    text = pick(row, TEXT_KEYS)
    if not isinstance(text, str) or not text.strip():
        issues.append(ImportIssue(line, "缺少短信内容，已跳过。"))
        return None
    if len(text) > MAX_TEXT_CHARS:
        issues.append(ImportIssue(line, f"短信超过 {MAX_TEXT_CHARS} 字，已跳过。"))
        return None
    sender = pick(row, SENDER_KEYS)
    try:
        when = parse_time(pick(row, TIME_KEYS))
    except ValueError as exc:
        issues.append(ImportIssue(line, f"{exc}；已跳过。"))
        return None
    return RawMessage(line=line, text=text, sender=str(sender).strip() if sender is not None else None,
                      received_at=when, direction=direction(pick(row, TYPE_KEYS)))


def read_csv(text: str) -> ImportResult:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        return ImportResult("csv", ())
    except csv.Error as exc:
        raise ImportFormatError(f"CSV 第 1 行无法读取：{exc}") from exc
    keys = [h.strip().lower() for h in header]
    if not any(k in TEXT_KEYS for k in keys):
        raise ImportFormatError("CSV 第 1 行必须是表头，并包含短信内容列（text、body、内容、短信内容 等）。")
    messages: list[RawMessage] = []
    issues: list[ImportIssue] = []
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            issues.append(ImportIssue(line, f"CSV 格式错误（{exc}），已跳过。"))
            continue
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(keys):
            issues.append(ImportIssue(line, f"这一行有 {len(cells)} 列，比表头多（内容里的逗号需要用引号括起来），已跳过。"))
            continue
        msg = _row_message(dict(zip(keys, cells)), line, issues)
        if msg:
            messages.append(msg)
    return ImportResult("csv", tuple(messages), tuple(issues))


def read_jsonl(text: str) -> ImportResult:
    messages: list[RawMessage] = []
    issues: list[ImportIssue] = []
    for n, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError:
            issues.append(ImportIssue(n, "这一行不是有效的 JSON，已跳过。"))
            continue
        if not isinstance(obj, dict):
            issues.append(ImportIssue(n, "这一行不是 JSON 对象，已跳过。"))
            continue
        msg = _row_message({str(k).strip().lower(): v for k, v in obj.items()}, n, issues)
        if msg:
            messages.append(msg)
    return ImportResult("jsonl", tuple(messages), tuple(issues))
