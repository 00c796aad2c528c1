"""The sender line a borrower pastes with the message.

People copy an SMS with the line their phone or a forwarding app shows above it: `发件人：95588`, `短信 |
10690123456 | 12月19日 17:11`, `+86 188 1234 5678  11-08 13:39`, or just the number on a line of its own. When no
sender was given separately, that first line is the sender: the report analyses it (106 port, 95xxx, court 12368,
a personal mobile) and points at it in the text. Only a first line that holds nothing but a label, one number and a
date or time counts; a number inside a sentence (请回电 95588) is a number in the message, not its sender.
"""
from __future__ import annotations

import re

# The first line is read only when it is short: a header is a label, a number and a time.
_MAX_HEADER = 60
_LABEL = re.compile(r"(?:发件人|发信人|发送方|发送号码|发信号码|来电短信|短信|信息|来自|号码|from|sender)[ \t]*[:：]?", re.I)
_SPLIT = re.compile(r"[ \t|｜,，]+")
_NUMBER_TOKEN = re.compile(r"\+?\d[\d*xX×\-]*")
_GROUP_TOKEN = re.compile(r"[\d*xX×]+")
_DATE_TOKEN = re.compile(r"\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.月]\d{1,2}日?|今天|昨天|前天|星期.|周.|(?:时间|日期)[:：]?"
                         r"|(?:(?:上午|下午|晚上|凌晨)?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)")


def _digits(token: str) -> int:
    return sum(ch.isdigit() or ch in "*xX×" for ch in token)


def sender_line(text: str) -> tuple[str, int, int] | None:
    """(number, start, end) of a pasted sender line opening the text, when a message follows it."""
    end = text.find("\n")
    if end <= 0 or end > _MAX_HEADER or not text[end:].strip():
        return None
    line = text[:end].rstrip("\r")  # a browser form sends its line breaks as CRLF
    pos = len(line) - len(line.lstrip())
    label = _LABEL.match(line, pos)
    if label:
        pos = label.end()
    tokens = [(m.group(0), m.start()) for m in re.finditer(r"[^ \t|｜,，]+", line[pos:])]
    tokens = [(t.rstrip(":："), s + pos) for t, s in tokens if t.rstrip(":：")]
    if not tokens or not _NUMBER_TOKEN.fullmatch(tokens[0][0]) or _DATE_TOKEN.fullmatch(tokens[0][0]):
        return None
    first, start = tokens[0]
    last = start + len(first)
    count = _digits(first) - (2 if first in ("+86", "0086") else 0)
    i = 1
    # 188 1234 5678, +86 188****6110: groups of one number, up to a mainland mobile's 11 digits.
    while i < len(tokens) and count < 11 and _GROUP_TOKEN.fullmatch(tokens[i][0]) \
            and not _DATE_TOKEN.fullmatch(tokens[i][0]):
        count += _digits(tokens[i][0])
        last = tokens[i][1] + len(tokens[i][0])
        i += 1
    if count < 5 or sum(ch.isdigit() for ch in line[start:last]) < 3:
        return None
    rest = [re.sub(r"^(?:时间|日期|接收时间|收到时间)[:：]", "", t) for t, _s in tokens[i:]]
    if not all(_DATE_TOKEN.fullmatch(t) for t in rest if t):
        return None  # anything but a date or time after the number: a sentence, not a header
    return line[start:last], start, last
