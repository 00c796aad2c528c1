"""Joining OCR boxes into a message, on hand-made boxes (no engine needed)."""
from __future__ import annotations

from datetime import datetime

import pytest

from analyzer.ocr.layout import BEIJING, Box, parse_sender, parse_time, read_layout, to_rows

NOW = datetime(2026, 11, 29, 23, 40, tzinfo=BEIJING)
W, H = 1170, 2532


def box(x0: float, y0: float, text: str, score: float = 0.99, height: float = 45, width: float | None = None) -> Box:
    return Box(x0, y0, x0 + (width if width is not None else 40 * len(text)), y0 + height, text, score)


def sms(*body: Box, header: str = "10690000123", time: str = "11月29日星期六23:15") -> list[Box]:
    return [box(60, 20, "23:41"), box(980, 20, "5G87%"), box(435, 60, header), box(403, 185, time), *body,
            box(60, 2400, "短信")]


@pytest.mark.parametrize(("text", "expected"), [
    ("11月29日星期六23:15", "2026-11-29T23:15"),
    ("2025/01/26 11:23".replace(" ", ""), "2025-01-26T11:23"),
    ("25年01月26日11:23", "2025-01-26T11:23"),
    ("昨天20:03", "2026-11-28T20:03"),
    ("今天下午3:05", "2026-11-29T15:05"),
    ("今天凌晨12:10", "2026-11-29T00:10"),
    ("12月30日09:00", "2025-12-30T09:00"),  # no year and later than today: last year
    ("星期六23:15", None),
    ("下午3:05", None),
], ids=lambda v: str(v))
def test_time_lines(text, expected):
    assert parse_time(text, NOW) == (True, expected)


@pytest.mark.parametrize("text", ["还款到期07月15日。", "13:61", "请于18:00前还款", "25:10"])
def test_not_time_lines(text):
    assert parse_time(text, NOW)[0] is False


@pytest.mark.parametrize(("text", "expected"), [
    ("10690000123", "10690000123"), ("<95555", "95555"), ("+8617012345678", "+8617012345678"),
    ("170-1234-5678", "17012345678"), ("发件人：1069123", "1069123"),
    ("王经理", None), ("1234", None), ("23:41", None),
], ids=lambda v: str(v))
def test_sender(text, expected):
    assert parse_sender(text) == expected


def test_wrapped_lines_join_without_breaks_and_chrome_is_left_out():
    reading = read_layout(sms(box(106, 290, "【邮储银行】25年01月26日11:23您尾"), box(83, 365, "号800账户银联快捷，支出"),
                              box(81, 435, "元，余额185.70元")), W, H, NOW)
    assert reading.text == "【邮储银行】25年01月26日11:23您尾号800账户银联快捷，支出元，余额185.70元"
    assert (reading.sender, reading.received_at) == ("10690000123", "2026-11-29T23:15")
    assert not reading.unsure and reading.confidence == 0.99


def test_bubbles_split_on_gaps_and_latin_words_keep_a_space():
    reading = read_layout(sms(box(80, 290, "Please call"), box(80, 360, "us today"),
                              box(80, 600, "第二条短信")), W, H, NOW)
    assert reading.text == "Please call us today\n第二条短信"


def test_boxes_on_one_line_read_left_to_right():
    rows = to_rows([box(600, 302, "右边"), box(80, 300, "左边", width=200), box(80, 400, "下一行")])
    assert [r.text for r in rows] == ["左边 右边", "下一行"]


def test_low_scores_make_it_unsure_and_say_why():
    reading = read_layout(sms(box(80, 290, "您已逾期", score=0.62), box(80, 360, "请还款", score=0.3)), W, H, NOW)
    assert reading.text == "您已逾期"  # the unreadable piece is left out, and said so
    assert reading.unsure
    assert any("1 行文字认得不准" in n for n in reading.notes)
    assert any("1 处文字太模糊" in n for n in reading.notes)


def test_nothing_read_is_unsure():
    reading = read_layout([], W, H, NOW)
    assert reading.text == "" and reading.unsure and reading.confidence == 0.0


def test_contact_title_is_not_message_text():
    boxes = [box(505, 60, "王经理", width=160), box(520, 185, "下午3:05", width=130),
             box(220, 290, "今天18点前不还款")]
    reading = read_layout(boxes, W, H, NOW)
    assert reading.text == "今天18点前不还款" and reading.sender is None and reading.time_text == "下午3:05"


def test_placeholder_x_read_as_times_sign_is_a_letter_again():
    reading = read_layout(sms(box(80, 290, "尊敬的张×先生，3×4=12")), W, H, NOW)
    assert reading.text == "尊敬的张X先生，3×4=12"
