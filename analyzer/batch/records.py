"""One message going into a batch, and how a row's fields become one.

A `Record` is what every reader yields and what `analyzer.batch.run` consumes, so a
notebook can feed its own iterator of records. A row that cannot be read is still a
Record, with `error` set and no text: it becomes an error line in the output, in its
place, so nothing is silently lost.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable

INCOMING = "in"
OUTGOING = "out"  # sent by the phone's owner: kept in the output, never analysed as collection
MAX_TEXT_CHARS = 10_000  # the analyzer's own limit
CST = timezone(timedelta(hours=8))

# Column / field names, Chinese or English, folded to lower case (the case importers' lists).
ID_KEYS = ("id", "message_id", "msg_id", "编号", "序号")
TEXT_KEYS = ("text", "body", "content", "message", "msg", "sms", "短信", "内容", "短信内容", "正文", "信息内容", "消息")
SENDER_KEYS = ("sender", "sender_number", "from", "address", "number", "phone", "发件人", "发信人", "号码",
               "发信号码", "发件号码", "发送方", "发送号码", "对方号码", "手机号")
TIME_KEYS = ("time", "date", "datetime", "received_at", "timestamp", "时间", "日期", "接收时间", "收到时间",
             "发送时间", "短信时间")
TYPE_KEYS = ("type", "direction", "类型", "方向", "收发")
_OUT_VALUES = {"2", "out", "outgoing", "sent", "发", "发送", "已发送", "发出", "我"}


class BatchInputError(ValueError):
    """The input cannot be read in its format at all (nothing was analysed)."""


@dataclass(frozen=True)
class Record:
    """One input message. `line` is where it starts in the input; `id` is the row's own id,
    else the line number (JSONL, CSV) or the message's position (XML)."""

    id: str
    text: str | None
    sender: str | None = None
    received_at: str | None = None  # ISO-8601 with offset, or None when unknown
    line: int = 0
    direction: str = INCOMING
    error: str | None = None  # why the row could not be read (then text is None)


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
            raise ValueError(f"无法识别的时间：{s[:40]}") from None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=CST)
    return dt.isoformat()


def _from_epoch(x: float) -> str:
    if x > 1e11:  # milliseconds, as SMS Backup & Restore writes
        x /= 1000
    try:
        return datetime.fromtimestamp(x, tz=CST).isoformat()
    except (OverflowError, OSError, ValueError):
        raise ValueError("时间戳超出范围") from None


def _pick(row: dict[str, Any], keys: Iterable[str]) -> Any:
    for k in keys:
        if k in row and row[k] not in (None, ""):
            return row[k]
    return None


def row_id(row: dict[str, Any], line: int) -> str:
    """The row's own id (id, 编号, 序号 …), else its line number."""
    own = _pick(row, ID_KEYS)
    return str(own) if own is not None and not isinstance(own, (dict, list)) else str(line)


def row_record(row: dict[str, Any], line: int) -> Record:
    """A record from a CSV/JSONL row whose keys are already folded to lower case."""
    rid = row_id(row, line)
    text = _pick(row, TEXT_KEYS)
    if not isinstance(text, str) or not text.strip():
        return error_record(line, "缺少短信内容。", rid)
    if len(text) > MAX_TEXT_CHARS:
        return error_record(line, f"短信超过 {MAX_TEXT_CHARS} 字。", rid)
    sender = _pick(row, SENDER_KEYS)
    try:
        when = parse_time(_pick(row, TIME_KEYS))
    except ValueError as exc:
        return error_record(line, f"{exc}。", rid)
    direction = OUTGOING if str(_pick(row, TYPE_KEYS) or "").strip().lower() in _OUT_VALUES else INCOMING
    return Record(id=rid, text=text, sender=str(sender).strip() if sender is not None else None,
                  received_at=when, line=line, direction=direction)


def error_record(line: int, message: str, rid: str | None = None) -> Record:
    return Record(id=rid if rid is not None else str(line), text=None, line=line, error=message)
