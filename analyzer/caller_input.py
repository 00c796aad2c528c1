"""What the caller gave, checked and read: the text (a string of at most MAX_TEXT_CHARS), the sender typed or, when
none was typed, the one the paste opens with (发件人：95588, 短信 | 10690… | 12月19日: analyzer/pasted.py), and
received_at (analyzer/received_at.py). Moved out of analyzer/pipeline.py (round 38, move46) unchanged."""
from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from analyzer.limits import MAX_TEXT_CHARS
from analyzer.pasted import sender_line
from analyzer.received_at import parse_time
from analyzer.report import InputError


class Given(NamedTuple):
    sender: str | None
    when: datetime | None
    pasted: tuple[str, int, int] | None  # the paste's own sender line, when it stands for the sender
    header: tuple[str, int, int] | None  # the paste's sender line, also when a sender was typed
    header_end: int  # where the line after the sender line (or a status bar) starts, 0 without one


def read(text: object, sender: str | None, received_at: str | datetime | None) -> Given:
    if not isinstance(text, str):
        raise InputError(f"短信内容必须是文本（字符串），收到的是 {type(text).__name__}。")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(f"短信太长：{len(text)} 个字符，最多 {MAX_TEXT_CHARS} 个。请只粘贴一条短信。")
    if sender is not None and not isinstance(sender, str):
        raise InputError("发信号码必须是文本。")
    when = parse_time(received_at)
    sender = (sender or "").strip() or None
    # No sender given, but the paste opens with the phone's sender line: that number is the sender, and the report
    # points at it in the text (analyzer/pasted.py).
    header = sender_line(text)  # also when a sender was typed: the line is the sender's, not the message's
    pasted = None if sender else header
    if pasted:
        sender = pasted[0]
    header_end = text.find("\n", header[2]) if header else 0  # (after a status bar: analyzer/pasted.py)
    return Given(sender, when, pasted, header, header_end)
