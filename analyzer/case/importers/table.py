"""CSV with a header row, and JSON Lines: one message a row, columns named in Chinese or English.

Both stream: `iter_csv` and `iter_jsonl` read a binary stream line by line and yield each row's
message or issue in file order, so memory stays flat whatever the file size (`cuishou batch`
reads millions of rows through them). `read_csv`/`read_jsonl` collect them for case mode."""
from __future__ import annotations

import csv
import io
import json
from typing import IO, Any, Iterator

from analyzer.case.importers.fields import (CONTACT_KEYS, ID_KEYS, MAX_TEXT_CHARS, SENDER_KEYS, TEXT_KEYS,
                                            TIME_KEYS, TYPE_KEYS, Event, ImportFormatError, collect, decode_line,
                                            direction, parse_time, pick, raw_lines, too_long, undecodable)
from analyzer.case.importers.sms_backup import contact_name
from analyzer.case.model import ImportIssue, ImportResult, RawMessage

_TOO_LONG = "\ufffeline-too-long\ufffe"  # stands in for an over-long CSV line so its row keeps its place


def row_event(row: dict[str, Any], line: int) -> Event:
    """The message (or the reason it is skipped) of a CSV/JSONL row whose keys are folded to lower case.
    A skipped row keeps its own id (`ref`), so a batch error line names the row the user wrote."""
    raw_ref = pick(row, ID_KEYS)
    ref = str(raw_ref) if raw_ref is not None and not isinstance(raw_ref, (dict, list)) and str(raw_ref).strip() else None
    text = pick(row, TEXT_KEYS)
    if not isinstance(text, str) or not text.strip():
        return ImportIssue(line, "缺少短信内容，已跳过。", ref=ref)
    if len(text) > MAX_TEXT_CHARS:
        return ImportIssue(line, f"短信超过 {MAX_TEXT_CHARS} 字，已跳过。", ref=ref)
    sender = pick(row, SENDER_KEYS)
    try:
        when = parse_time(pick(row, TIME_KEYS))
    except ValueError as exc:
        return ImportIssue(line, f"{exc}；已跳过。", ref=ref)
    return RawMessage(line=line, text=text, sender=str(sender).strip() if sender is not None else None,
                      received_at=when, direction=direction(pick(row, TYPE_KEYS)),
                      contact=contact_name(pick(row, CONTACT_KEYS)),
                      ref=ref if ref is not None else (str(raw_ref) if raw_ref is not None
                                                       and not isinstance(raw_ref, (dict, list)) else None))


def _text_lines(stream: IO[bytes], bad: set[int]) -> Iterator[str]:
    for n, raw in enumerate(raw_lines(stream), start=1):
        if raw is None:
            yield _TOO_LONG + "\n"
            continue
        text = decode_line(raw)
        if text is None:
            bad.add(n)
            text = raw.decode("utf-8", "replace")
        yield text


def iter_csv(stream: IO[bytes]) -> Iterator[Event]:
    """Rows of a CSV whose first line is a header naming the text column (and optionally
    id, sender, time, type). Raises ImportFormatError at once when there is no such header."""
    bad: set[int] = set()
    reader = csv.reader(_text_lines(stream, bad))
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        raise ImportFormatError(f"CSV 第 1 行无法读取：{exc}") from exc
    keys = [h.strip().lower() for h in header]
    if not any(k in TEXT_KEYS for k in keys):
        raise ImportFormatError("CSV 第 1 行必须是表头，并包含短信内容列（text、body、内容、短信内容 等）。")
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield ImportIssue(line, f"CSV 格式错误（{exc}），已跳过。")
            continue
        if cells == [_TOO_LONG]:
            yield too_long(line)
        elif any(n in bad for n in range(line, reader.line_num + 1)):
            yield undecodable(line)
        elif not any(c.strip() for c in cells):
            continue
        elif len(cells) > len(keys):
            ref = pick(dict(zip(keys, cells)), ID_KEYS)  # the id column still reads when a comma split the text
            yield ImportIssue(line, f"这一行有 {len(cells)} 列，比表头多（内容里的逗号需要用引号括起来），已跳过。",
                              ref=ref.strip() if isinstance(ref, str) and ref.strip() else None)
        else:
            yield row_event(dict(zip(keys, cells)), line)


def jsonl_event(raw: bytes | None, line: int) -> Event | None:
    """One JSON Lines row; None for a blank line (no message, nothing to report)."""
    if raw is None:
        return too_long(line)
    if not raw.strip():
        return None
    text = decode_line(raw)
    if text is None:
        return undecodable(line)
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError):  # also 5,000-digit integers and 100k-deep nesting
        return ImportIssue(line, "这一行不是有效的 JSON，已跳过。")
    if not isinstance(obj, dict):
        return ImportIssue(line, "这一行不是 JSON 对象，已跳过。")
    return row_event({str(k).strip().lower(): v for k, v in obj.items()}, line)


def iter_jsonl(stream: IO[bytes], first_line: int = 1) -> Iterator[Event]:
    """Rows of a JSON Lines stream; `first_line` numbers a block cut from the middle of a file."""
    for n, raw in enumerate(raw_lines(stream), start=first_line):
        event = jsonl_event(raw, n)
        if event is not None:
            yield event


def read_csv(text: str) -> ImportResult:
    return collect("csv", iter_csv(io.BytesIO(text.encode("utf-8", "replace"))))


def read_jsonl(text: str) -> ImportResult:
    return collect("jsonl", iter_jsonl(io.BytesIO(text.encode("utf-8", "replace"))))
