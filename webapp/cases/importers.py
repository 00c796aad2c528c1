"""Read a phone's messages from pasted text, CSV, JSON Lines or the XML of the Android
app "SMS Backup & Restore". Malformed rows are reported with their line numbers and
skipped; every good row is kept.

The XML is read with expat directly: a DOCTYPE or entity declaration is refused
(no entity expansion, no external entities), and the file is fed in chunks so a
50 MB export never sits in memory twice and progress can be reported.
"""
from __future__ import annotations

import csv
import io
import json
import re
import xml.parsers.expat
from datetime import datetime, timedelta, timezone
from typing import Any, Callable, Iterable

from webapp.cases.model import INCOMING, OUTGOING, ImportIssue, ImportResult, RawMessage

MAX_UPLOAD_BYTES = 50 * 1024 * 1024
MAX_TEXT_CHARS = 10_000  # the analyzer's own limit
FORMATS = ("text", "csv", "jsonl", "xml")
CST = timezone(timedelta(hours=8))
Progress = Callable[[int, int], None]  # (done, total) in bytes


class ImportFormatError(ValueError):
    """The file cannot be read in the requested format at all (nothing imported)."""


# Column / field names, Chinese or English, folded to lower case.
TEXT_KEYS = ("text", "body", "content", "message", "msg", "sms", "短信", "内容", "短信内容", "正文", "信息内容", "消息")
SENDER_KEYS = ("sender", "sender_number", "from", "address", "number", "phone", "发件人", "发信人", "号码",
               "发信号码", "发件号码", "发送方", "发送号码", "对方号码", "手机号")
TIME_KEYS = ("time", "date", "datetime", "received_at", "timestamp", "时间", "日期", "接收时间", "收到时间",
             "发送时间", "短信时间")
TYPE_KEYS = ("type", "direction", "类型", "方向", "收发")
_OUT_VALUES = {"2", "out", "outgoing", "sent", "发", "发送", "已发送", "发出", "我"}


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else GB18030, which Chinese Excel and phones often write."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError as exc:
            raise ImportFormatError("文件编码无法识别：请另存为 UTF-8 或 GBK 编码后再导入。") from exc


_TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M",
                 "%Y年%m月%d日 %H:%M:%S", "%Y年%m月%d日 %H:%M", "%Y年%m月%d日%H:%M", "%Y.%m.%d %H:%M",
                 "%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日")


def parse_time(value: Any) -> str | None:
    """ISO-8601 with offset for a time string or epoch (s or ms); a time without an offset
    is China Standard Time. Empty gives None; anything unreadable raises ValueError."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_epoch(float(value))
    s = str(value).strip()
    if not s:
        return None
    if re.fullmatch(r"\d{10}(\d{3})?", s):
        return _from_epoch(float(s))
    try:
        dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        for fmt in _TIME_FORMATS:
            try:
                dt = datetime.strptime(s, fmt)
                break
            except ValueError:
                continue
        else:
            raise ValueError(f"无法识别的时间：{s[:40]}")
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=CST)
    return dt.isoformat()


def _from_epoch(x: float) -> str:
    if x > 1e11:  # milliseconds, as SMS Backup & Restore writes
        x /= 1000
    return datetime.fromtimestamp(x, tz=CST).isoformat()


def _direction(value: Any) -> str:
    return OUTGOING if str(value or "").strip().lower() in _OUT_VALUES else INCOMING


def _pick(row: dict[str, Any], keys: Iterable[str]) -> Any:
    for k in keys:
        if k in row and row[k] not in (None, ""):
            return row[k]
    return None


def _row_message(row: dict[str, Any], line: int, issues: list[ImportIssue]) -> RawMessage | None:
    """Build a message from a CSV/JSONL row whose keys are already folded to lower case."""
    text = _pick(row, TEXT_KEYS)
    if not isinstance(text, str) or not text.strip():
        issues.append(ImportIssue(line, "缺少短信内容，已跳过。"))
        return None
    if len(text) > MAX_TEXT_CHARS:
        issues.append(ImportIssue(line, f"短信超过 {MAX_TEXT_CHARS} 字，已跳过。"))
        return None
    sender = _pick(row, SENDER_KEYS)
    try:
        when = parse_time(_pick(row, TIME_KEYS))
    except ValueError as exc:
        issues.append(ImportIssue(line, f"{exc}；已跳过。"))
        return None
    return RawMessage(line=line, text=text, sender=str(sender).strip() if sender is not None else None,
                      received_at=when, direction=_direction(_pick(row, TYPE_KEYS)))


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


_SENDER_LINE = re.compile(r"^\s*(?:发件人|发信人|发送方|号码|来自|from|sender)\s*[:：]\s*(?P<v>\S.*?)\s*$", re.I)
_TIME_LINE = re.compile(r"^\s*(?:时间|日期|接收时间|收到时间|time|date)\s*[:：]\s*(?P<v>\S.*?)\s*$", re.I)
_BARE_NUMBER = re.compile(r"^\s*\+?[\d\s\-]{3,20}\s*$")
_BARE_TIME = re.compile(r"^\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ T]?\d{1,2}:\d{2}(?::\d{2})?)?\s*$")


def read_text(text: str) -> ImportResult:
    """Blank-line-separated blocks; each may start with sender and time lines
    (`发件人：…`, `时间：…`, or a bare number / date-time line)."""
    messages: list[RawMessage] = []
    issues: list[ImportIssue] = []
    block: list[tuple[int, str]] = []
    for n, line in enumerate(text.splitlines() + [""], start=1):
        if line.strip():
            block.append((n, line))
            continue
        if block:
            msg = _text_block(block, issues)
            if msg:
                messages.append(msg)
            block = []
    return ImportResult("text", tuple(messages), tuple(issues))


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
        raise ImportFormatError("文件超过 50 MB，请分成几个文件导入。")
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
