"""From OCR boxes to a message: reading order, bubbles, sender number and time line.

Pure Python (no OCR engine, no image library), so it is tested on hand-made boxes
as well as on real screenshots. Coordinates are pixels of the image the engine saw.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta

from analyzer.limits import BEIJING

# a recognised piece below this score is shown but flagged; below DROP_SCORE it is left out
LOW_SCORE = 0.80
DROP_SCORE = 0.50
UNSURE_CONFIDENCE = 0.93

_STATUS = re.compile(r"^[0-9A-Za-z:：%.·\-|/ ]*$")
_CARRIERS = re.compile(r"中国移动|中国联通|中国电信|中国广电|移动|联通|电信|广电|无服务")
_PHONE = re.compile(r"^(?:发件人|发信人|号码|来自)?[:：]?[<‹〈(（]?(\+86)?([\d\- ]{5,24})[)）>›〉ⓘ]?$")
_TIME = re.compile(
    r"^(?:(?P<year>\d{4}|\d{2})[年/.\-])?"
    r"(?:(?P<month>\d{1,2})[月/.\-](?P<day>\d{1,2})日?)?"
    r"(?:星期[一二三四五六日天]|周[一二三四五六日天])?"
    r"(?P<rel>今天|昨天|前天)?"
    r"(?P<part>上午|下午|晚上|凌晨|中午|早上|傍晚|AM|PM|am|pm)?"
    r"(?P<hour>\d{1,2})[:：](?P<minute>\d{2})"
    r"(?P<part2>AM|PM|am|pm)?$"
)
# the messaging app's own controls, which are not part of any message
_CHROME = frozenset({"短信", "信息", "彩信", "短信/彩信", "短信彩信", "发送", "imessage", "文本信息", "输入信息",
                     "新信息", "输入短信", "输入内容", "sms", "mms", "<", ">", "+", "…", "...", "返回", "拨打", "详情"})


@dataclass(frozen=True)
class Box:
    """One recognised piece of text: its bounding rectangle, text and score (0–1)."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    score: float

    @property
    def height(self) -> float:
        return max(1.0, self.y1 - self.y0)

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass(frozen=True)
class Row:
    """Boxes on one visual line, left to right."""

    boxes: tuple[Box, ...]

    @property
    def x0(self) -> float:
        return min(b.x0 for b in self.boxes)

    @property
    def y0(self) -> float:
        return min(b.y0 for b in self.boxes)

    @property
    def y1(self) -> float:
        return max(b.y1 for b in self.boxes)

    @property
    def height(self) -> float:
        return max(1.0, self.y1 - self.y0)

    @property
    def text(self) -> str:
        parts: list[str] = []
        prev: Box | None = None
        for box in self.boxes:
            if prev is not None and box.x0 - prev.x1 > prev.height:
                parts.append(" ")
            parts.append(box.text)
            prev = box
        return "".join(parts).strip()

    @property
    def compact(self) -> str:
        return re.sub(r"\s+", "", self.text)


@dataclass(frozen=True)
class Reading:
    """What a screenshot says: the message text and what surrounds it."""

    text: str
    sender: str | None
    time_text: str | None
    received_at: str | None  # ISO "YYYY-MM-DDTHH:MM", Beijing time, when the time line gives a date
    confidence: float  # length-weighted mean score of the message's pieces, 0–1
    unsure: bool
    notes: tuple[str, ...]  # plain Chinese, why recognition may be wrong


def to_rows(boxes: list[Box]) -> list[Row]:
    """Group boxes into visual lines, top to bottom: a box joins a line its centre sits inside."""
    rows: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: (b.cy, b.x0)):
        for row in reversed(rows[-3:]):
            top = min(b.y0 for b in row)
            bottom = max(b.y1 for b in row)
            mid = (top + bottom) / 2
            if top <= box.cy <= bottom and abs(box.cy - mid) < 0.5 * min(box.height, bottom - top):
                row.append(box)
                break
        else:
            rows.append([box])
    return [Row(tuple(sorted(r, key=lambda b: b.x0))) for r in rows]


# the recogniser reads the placeholder letter in "张X先生" as a multiplication sign; × only means times between digits
_TIMES = re.compile(r"(?<!\d)×|×(?!\d)")


def _join_lines(lines: list[str]) -> str:
    """Lines of one bubble wrap mid-sentence: join them directly, with a space only between Latin words."""
    out = ""
    for line in lines:
        if out and out[-1].isascii() and out[-1].isalpha() and line[:1].isascii() and line[:1].isalpha():
            out += " "
        out += line
    return _TIMES.sub("X", out)


def to_blocks(rows: list[Row]) -> list[list[Row]]:
    """Consecutive lines form one bubble unless a gap or a jump of the left edge separates them."""
    if not rows:
        return []
    typical = statistics.median(r.height for r in rows)
    blocks: list[list[Row]] = [[rows[0]]]
    for prev, row in zip(rows, rows[1:]):
        gap = row.y0 - prev.y1
        if gap > 1.0 * typical or abs(row.x0 - prev.x0) > 1.5 * typical:
            blocks.append([row])
        else:
            blocks[-1].append(row)
    return blocks


def parse_sender(compact: str) -> str | None:
    match = _PHONE.match(compact)
    if not match:
        return None
    digits = re.sub(r"[\s\-]", "", match.group(2))
    if not digits.isdigit() or not 5 <= len(digits) <= 20:
        return None
    return ("+86" if match.group(1) else "") + digits


def parse_time(compact: str, now: datetime) -> tuple[bool, str | None]:
    """(is a time line, ISO minute in Beijing time or None when the line has no date)."""
    m = _TIME.match(compact)
    if not m:
        return False, None
    hour, minute = int(m["hour"]), int(m["minute"])
    part = (m["part"] or m["part2"] or "").lower()
    if part in ("下午", "晚上", "傍晚", "pm") and hour < 12:
        hour += 12
    elif part == "中午" and hour < 11:
        hour += 12
    elif part in ("凌晨", "am", "上午", "早上") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return False, None
    today = now.astimezone(BEIJING).date()
    if m["month"]:
        year = int(m["year"]) if m["year"] else today.year
        if year < 100:
            year += 2000
        try:
            day = datetime(year, int(m["month"]), int(m["day"])).date()
        except ValueError:
            return True, None
        if not m["year"] and day > today:  # "12月30日" seen on 1 January is last year's
            day = day.replace(year=year - 1)
    elif m["rel"]:
        day = today - timedelta(days={"今天": 0, "昨天": 1, "前天": 2}[m["rel"]])
    else:
        return True, None
    return True, f"{day.isoformat()}T{hour:02d}:{minute:02d}"


def _is_status_bar(row: Row, image_height: float) -> bool:
    """The phone's status bar: clock, signal, battery (and maybe the carrier) at the very top."""
    if row.y1 > 0.06 * image_height:
        return False
    text = _CARRIERS.sub("", row.compact)
    return len(text) <= 24 and _STATUS.match(text) is not None


def _is_chrome(row: Row) -> bool:
    text = row.compact.lower()
    return text in _CHROME or (len(text) <= 2 and not any(c.isalnum() for c in text))


def _is_title(row: Row, width: float, height: float) -> bool:
    """The conversation's title (a saved contact's name) centred at the top, above any message."""
    centre = (row.x0 + max(b.x1 for b in row.boxes)) / 2
    return row.y1 <= 0.12 * height and abs(centre - width / 2) < 0.08 * width and len(row.compact) <= 20


def read_layout(boxes: list[Box], width: float, height: float, now: datetime | None = None) -> Reading:
    """Join recognised boxes into the message, picking out the header number and the time line."""
    now = now or datetime.now(BEIJING)
    kept = [b for b in boxes if b.score >= DROP_SCORE and b.text.strip()]
    dropped = len(boxes) - len(kept)
    sender = time_text = received_at = None
    body: list[Row] = []
    for row in to_rows(kept):
        compact = row.compact
        if not body and sender is None and row.y1 <= 0.25 * height and (number := parse_sender(compact)):
            sender = number  # the conversation's header, above every message
            continue
        if _is_status_bar(row, height) or _is_chrome(row):
            continue
        is_time, iso = parse_time(compact, now)
        if is_time:
            if received_at is None or iso is not None:  # the last dated time line: the newest message
                time_text, received_at = row.text, iso if iso is not None else received_at
            continue
        if not body and time_text is None and _is_title(row, width, height):
            continue
        body.append(row)
    blocks = to_blocks(body)
    text = "\n".join(_join_lines([r.text for r in block]) for block in blocks)
    pieces = [b for r in body for b in r.boxes]
    weight = sum(len(b.text) for b in pieces)
    confidence = sum(b.score * len(b.text) for b in pieces) / weight if weight else 0.0
    notes = _notes(text, pieces, confidence, dropped)
    return Reading(text=text, sender=sender, time_text=time_text, received_at=received_at,
                   confidence=round(confidence, 3), unsure=bool(notes), notes=notes)


def _notes(text: str, pieces: list[Box], confidence: float, dropped: int) -> tuple[str, ...]:
    if not text:
        return ("没有认出短信文字。请换一张更清楚、没有裁掉文字的截图，或者直接粘贴短信。",)
    notes = []
    low = sum(1 for b in pieces if b.score < LOW_SCORE)
    if low:
        notes.append(f"有 {low} 行文字认得不准，请对照截图逐字检查，尤其是号码、金额和链接。")
    elif confidence < UNSURE_CONFIDENCE:
        notes.append("整体识别把握不大，请对照截图逐字检查。")
    if dropped:
        notes.append(f"截图里还有 {dropped} 处文字太模糊，没有认出来，请对照截图补上。")
    return tuple(notes)
