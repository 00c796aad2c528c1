"""What every import format shares: the file's encoding, times, column names and limits."""
from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import IO, Any, Callable, Iterable, Iterator, Union

from analyzer.case.model import INCOMING, OUTGOING, ImportIssue, ImportResult, RawMessage
from analyzer.limits import BEIJING, MAX_TEXT_CHARS

# A 10,000-message SMS backup is a few MB (about 10 MB when the app writes Chinese as &#...; entities);
# the web server holds a whole upload in memory, so the limit stays near what real files need.
MAX_UPLOAD_BYTES = 16 * 1024 * 1024
FORMATS = ("text", "csv", "jsonl", "xml")
Progress = Callable[[int, int], None]  # (done, total) in bytes
# What the streaming readers yield, in file order: a message, or a row that was skipped.
Event = Union[RawMessage, ImportIssue]
# A message is at most 10,000 characters (< 100 KB even as escaped JSON); a longer line is
# skipped to its end without being held in memory.
MAX_LINE_BYTES = 1 << 20

__all__ = ["FORMATS", "MAX_TEXT_CHARS", "MAX_UPLOAD_BYTES", "ImportFormatError", "Progress", "Event", "decode_line",
           "raw_lines", "collect", "parse_time"]

class ImportFormatError(ValueError):
    """The file cannot be read in the requested format at all (nothing imported)."""


# Column / field names, Chinese or English, folded to lower case.
TEXT_KEYS = ("text", "body", "content", "message", "msg", "sms", "短信", "内容", "短信内容", "正文", "信息内容", "消息")
SENDER_KEYS = ("sender", "sender_number", "from", "address", "number", "phone", "发件人", "发信人", "号码",
               "发信号码", "发件号码", "发送方", "发送号码", "对方号码", "手机号")
TIME_KEYS = ("time", "date", "datetime", "received_at", "timestamp", "时间", "日期", "接收时间", "收到时间",
             "发送时间", "短信时间")
CONTACT_KEYS = ("contact_name", "contact", "name", "联系人", "联系人姓名", "姓名", "备注名")
ID_KEYS = ("id", "message_id", "msg_id", "编号", "序号")
TYPE_KEYS = ("type", "direction", "类型", "方向", "收发")
_OUT_VALUES = {"2", "out", "outgoing", "sent", "发", "发送", "已发送", "发出", "我"}


def decode_line(raw: bytes) -> str | None:
    """One line as UTF-8, else GB18030 (which Chinese Excel and phones often write); None when
    neither reads it. Decoding line by line lets a file stream, and one bad line cost one row."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return raw.decode("gb18030")
        except UnicodeDecodeError:
            return None


def raw_lines(stream: IO[bytes]) -> Iterator[bytes | None]:
    """The stream's lines with their endings (a leading BOM dropped); None stands for a line
    longer than MAX_LINE_BYTES, which is read past in pieces, never held whole."""
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


def too_long(line: int) -> ImportIssue:
    return ImportIssue(line, f"这一行超过 {MAX_LINE_BYTES // 1024} KB，不是一条短信，已跳过。")


def undecodable(line: int) -> ImportIssue:
    return ImportIssue(line, "这一行的编码无法识别（应为 UTF-8 或 GBK），已跳过。")


def collect(fmt: str, events: Iterable[Event]) -> ImportResult:
    """A whole import from a stream of events (for case mode, which holds the case anyway)."""
    messages: list[RawMessage] = []
    issues: list[ImportIssue] = []
    for event in events:
        (messages if isinstance(event, RawMessage) else issues).append(event)  # type: ignore[arg-type]
    return ImportResult(fmt, tuple(messages), tuple(issues))


_TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M",
                 "%Y年%m月%d日 %H:%M:%S", "%Y年%m月%d日 %H:%M", "%Y年%m月%d日%H:%M", "%Y.%m.%d %H:%M",
                 "%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日")


def parse_time(value: Any) -> str | None:
    """ISO-8601 with offset for a time string or epoch (s or ms); a time without an offset
    is China Standard Time. Empty gives None; anything unreadable raises ValueError."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_epoch(value)
    s = str(value).strip()
    if not s:
        return None
    if re.fullmatch(r"\d{10}(\d{3})?", s):
        return _from_epoch(s)
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
        dt = dt.replace(tzinfo=BEIJING)
    try:  # 0001-01-01T00:00+23:59 parses but cannot be shown in Beijing time
        dt.astimezone(timezone.utc).astimezone(BEIJING)
    except OverflowError:
        raise ValueError(f"时间超出可用范围：{s[:40]}") from None
    return dt.isoformat()


def _from_epoch(value: Any) -> str:
    try:  # 1e300, -1e20, inf, nan and huge integers (float() overflows) are not times
        x = float(value)
        if x > 1e11:  # milliseconds, as SMS Backup & Restore writes
            x /= 1000
        dt = datetime.fromtimestamp(x, tz=BEIJING)
        dt.astimezone(timezone.utc)
        return dt.isoformat()
    except (OverflowError, OSError, ValueError):
        raise ValueError("时间戳超出可用范围") from None


def direction(value: Any) -> str:
    return OUTGOING if str(value or "").strip().lower() in _OUT_VALUES else INCOMING


def pick(row: dict[str, Any], keys: Iterable[str]) -> Any:
    for k in keys:
        if k in row and row[k] not in (None, ""):
            return row[k]
    return None

