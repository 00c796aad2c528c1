"""The time a caller says a message was received (received_at), read as ISO-8601 in China Standard Time by default."""
from __future__ import annotations

from datetime import datetime, timezone

from analyzer.limits import BEIJING
from analyzer.report import InputError


def parse_time(value: str | datetime | None) -> datetime | None:
    """ISO-8601; a time without an offset is China Standard Time (UTC+8)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, str):
        try:
            dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise InputError(f"时间格式不对：{value!r}。请用 ISO-8601，例如 2026-11-29T23:15 或 2026-11-29T23:15:00+08:00。") from None
    else:
        raise InputError("received_at 必须是 ISO-8601 字符串。")
    dt = dt.replace(tzinfo=BEIJING) if dt.tzinfo is None else dt
    try:  # 0001-01-01T00:00+23:59 parses but cannot be shown in Beijing time
        dt.astimezone(timezone.utc).astimezone(BEIJING)
    except OverflowError:
        raise InputError(f"时间超出可用范围：{value!r}。请填写真实的收信时间，例如 2026-11-29T23:15。") from None
    return dt
