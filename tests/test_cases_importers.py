"""Case-mode importers: each format with a good and a malformed file; line numbers of
skipped rows; nothing else lost; XML safety; size limit."""
from __future__ import annotations

import json

import pytest

from analyzer.case.importers import (MAX_UPLOAD_BYTES, ImportFormatError, detect_format, parse_time, read_bytes)
from analyzer.case.model import INCOMING, OUTGOING

THREAT = "【某某金融】您已逾期30天，我们将联系您的家人和单位同事。"
REMINDER = "【招联金融】您今天应还1352.29元扣款失败，请17点前补足余额。"

XML_GOOD = f"""<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<smses count="3">
  <sms protocol="0" address="10690000" date="1764428100000" type="1" body="{THREAT}" read="1" contact_name="(Unknown)" />
  <sms protocol="0" address="10690000" date="1764429100000" type="2" body="我会还的" read="1" />
  <sms protocol="0" address="+8613800001111" date="1764468100000" type="1" body="{REMINDER}" read="1" />
</smses>
"""
XML_BAD = """<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<smses count="5">
  <sms address="10690000" date="1764428100000" type="1" body="第一条好短信" />
  <sms address="10690000" date="not-a-date" type="1" body="时间坏了" />
  <sms address="10690000" date="1764428100000" type="1" />
  <sms address="10690000" date="1764428100000" type="3" body="草稿" />
  <mms address="10690000" date="1764428100000" />
  <sms address="10690000" date="1764428200000" type="1" body="最后一条好短信" />
</smses>
"""


def test_xml_good():
    r = read_bytes(XML_GOOD.encode(), "auto", "backup.xml")
    assert r.format == "xml" and r.issues == ()
    assert [m.direction for m in r.messages] == [INCOMING, OUTGOING, INCOMING]
    assert r.messages[0].text == THREAT and r.messages[0].sender == "10690000"
    assert r.messages[0].received_at == "2025-11-29T22:55:00+08:00"  # epoch ms → Beijing time
    assert r.messages[2].line == 5


def test_xml_malformed_rows_reported_with_lines_and_skipped():
    r = read_bytes(XML_BAD.encode(), "xml")
    assert [m.text for m in r.messages] == ["第一条好短信", "最后一条好短信"]
    assert [i.line for i in r.issues] == [4, 5, 6, 7]
    assert all(i.skipped for i in r.issues)


def test_xml_truncated_keeps_what_came_before():
    data = XML_GOOD.encode()[: XML_GOOD.encode().index(b"<sms protocol=\"0\" address=\"+86")] + b"<sms addr"
    r = read_bytes(data, "xml")
    assert len(r.messages) == 2
    assert r.issues and r.issues[-1].line >= 5


def test_xml_refuses_entities():
    bomb = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>
<smses><sms address="1" date="1764428100000" type="1" body="&lol2;" /></smses>"""
    with pytest.raises(ImportFormatError, match="DOCTYPE|实体"):
        read_bytes(bomb, "xml")


def test_xml_not_xml_at_all():
    with pytest.raises(ImportFormatError, match="第 1 行"):
        read_bytes(b"<not closed", "xml")


@pytest.mark.parametrize("header", ["text,sender,time", "短信内容,发件人,时间", "Body,Address,Date"],
                         ids=["english", "chinese", "capitalised"])
def test_csv_good(header):
    rows = [header, f'"{THREAT}",10690000,2026-11-28 23:10', f"{REMINDER},13800001111,2026/11/29 09:00:00"]
    r = read_bytes("\n".join(rows).encode("utf-8-sig"), "auto", "export.csv")
    assert r.format == "csv" and r.issues == ()
    assert [m.text for m in r.messages] == [THREAT, REMINDER]
    assert r.messages[0].received_at == "2026-11-28T23:10:00+08:00"
    assert r.messages[1].line == 3


def test_csv_gbk_and_direction_column():
    data = "内容,号码,时间,类型\n你好,10690000,2026-11-28 10:00,发送\n".encode("gb18030")
    r = read_bytes(data, "csv")
    assert r.messages[0].text == "你好" and r.messages[0].direction == OUTGOING


def test_csv_malformed_rows():
    data = ("text,sender,time\n"
            "好的一条,10690000,2026-11-28 10:00\n"
            ",10690000,2026-11-28 10:00\n"          # no text
            "时间坏了,10690000,昨天晚上\n"          # bad time
            "多了一列,1069,2026-11-28 10:00,extra\n"  # too many cells
            '"多行\n短信",10690000,2026-11-28 11:00\n'  # quoted newline: fine
            "最后一条,10690000,\n")
    r = read_bytes(data.encode(), "csv")
    assert [m.text for m in r.messages] == ["好的一条", "多行\n短信", "最后一条"]
    assert [i.line for i in r.issues] == [3, 4, 5]
    assert r.messages[2].line == 8 and r.messages[2].received_at is None


def test_csv_without_text_column_is_refused():
    with pytest.raises(ImportFormatError, match="表头"):
        read_bytes(b"a,b\n1,2\n", "csv")


def test_jsonl_good_and_malformed():
    lines = [json.dumps({"text": THREAT, "sender_number": "10690000", "received_at": "2026-11-28T23:10:00+08:00"},
                        ensure_ascii=False),
             "{not json",
             json.dumps({"内容": REMINDER, "号码": "13800001111", "时间": 1764468100}, ensure_ascii=False),
             "[1, 2]",
             json.dumps({"sender": "1"}),
             "",
             json.dumps({"text": "发出的", "type": 2}, ensure_ascii=False)]
    r = read_bytes("\n".join(lines).encode(), "auto", "msgs.jsonl")
    assert r.format == "jsonl"
    assert [m.text for m in r.messages] == [THREAT, REMINDER, "发出的"]
    assert [i.line for i in r.issues] == [2, 4, 5]
    assert r.messages[2].direction == OUTGOING and r.messages[2].line == 7


def test_text_blocks():
    text = ("发件人：10690000\n时间：2026-11-28 23:10\n" + THREAT + "\n\n\n"
            "13800001111\n2026-11-29 09:00\n" + REMINDER + "\n第二行\n\n"
            "只有一条正文，没有号码和时间\n\n"
            "发件人：1069\n时间：2026-11-29\n\n"
            "时间：下周三\n正文\n")
    r = read_bytes(text.encode(), "auto")
    assert r.format == "text"
    assert [m.text for m in r.messages] == [THREAT, REMINDER + "\n第二行", "只有一条正文，没有号码和时间"]
    assert r.messages[1].sender == "13800001111" and r.messages[1].received_at == "2026-11-29T09:00:00+08:00"
    assert [m.line for m in r.messages] == [1, 6, 11]
    assert [i.line for i in r.issues] == [13, 16]


def test_detect_format_without_filename():
    assert detect_format(XML_GOOD.encode()) == "xml"
    assert detect_format(b'{"text": "x"}\n') == "jsonl"
    assert detect_format("短信内容,号码\nx,1\n".encode()) == "csv"
    assert detect_format("一条短信，逗号,很多".encode()) == "text"


def test_size_limit():
    with pytest.raises(ImportFormatError, match="16 MB"):
        read_bytes(b" " * (MAX_UPLOAD_BYTES + 1))


def test_overlong_message_skipped():
    r = read_bytes(("text\n" + "长" * 10_001 + "\n好\n").encode(), "csv")
    assert [m.text for m in r.messages] == ["好"] and r.issues[0].line == 2


@pytest.mark.parametrize("value,expected", [
    ("2026-11-28T15:10:00Z", "2026-11-28T15:10:00+00:00"),
    ("2026-11-28 23:10", "2026-11-28T23:10:00+08:00"),
    ("2026年11月28日 23:10", "2026-11-28T23:10:00+08:00"),
    (1764428100000, "2025-11-29T22:55:00+08:00"),
    ("1764428100", "2025-11-29T22:55:00+08:00"),
    ("", None),
])
def test_parse_time(value, expected):
    assert parse_time(value) == expected
