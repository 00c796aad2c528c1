"""Batch records through the case importers' streaming readers: bad rows become error records
in place, ids, encodings per line, over-long lines, CSV quoting, and the XML read piece by
piece (records come out before the file ends)."""
from __future__ import annotations

import io
import json

import pytest

from analyzer.batch.readers import read_jsonl, read_records, records
from analyzer.batch.records import OUTGOING
from analyzer.case.importers import ImportFormatError, detect_format, fields
from analyzer.case.importers.sms_backup import iter_xml


def read_csv(stream):
    return read_records(stream, "csv")


def read_xml(stream, chunk=1 << 16):
    return records(iter_xml(stream, chunk), by_position=True)

THREAT = "【某某金融】您已逾期30天，我们将联系您的家人和单位同事。"


def test_jsonl_fields_ids_times_and_encodings():
    data = ("\ufeff" + json.dumps({"ID": 7, "内容": THREAT, "号码": " 10690000 ", "时间": "2026-11-29 23:15"},
                                  ensure_ascii=False) + "\r\n").encode("utf-8")
    data += json.dumps({"body": "您已逾期", "date": 1764428100000}, ensure_ascii=False).encode("gb18030") + b"\n"
    data += b'{"text": "\xff\xfe\xfa"}\n'
    data += json.dumps({"text": "hi", "id": {"nested": 1}}).encode() + b"\n"
    records = list(read_jsonl(io.BytesIO(data)))
    assert [(r.id, r.line, r.error is None) for r in records] == [("7", 1, True), ("2", 2, True), ("3", 3, False),
                                                                  ("4", 4, True)]
    assert records[0].text == THREAT and records[0].sender == "10690000"
    assert records[0].received_at == "2026-11-29T23:15:00+08:00"
    assert records[1].text == "您已逾期" and records[1].received_at == "2025-11-29T22:55:00+08:00"
    assert "编码" in records[2].error


def test_over_long_line_is_one_error_record_and_reading_goes_on(monkeypatch):
    monkeypatch.setattr(fields, "MAX_LINE_BYTES", 64)
    data = b'{"text": "a"}\n' + b'{"text": "' + b"x" * 500 + b'"}\n' + b'{"text": "b"}\n'
    records = list(read_jsonl(io.BytesIO(data)))
    assert [(r.line, r.text) for r in records] == [(1, "a"), (2, None), (3, "b")]
    assert "KB" in records[1].error


def test_csv_rows_quotes_and_bad_rows():
    text = ("id,text,sender,time,type\n"
            '1,"第一行\n第二行，带逗号, 还有""引号""",10690000,2026-11-29 23:15,\n'
            "2,,10690000,,\n"
            "3,多了一列,1,2026-01-01,1,extra\n"
            "\n"
            "4,时间坏了,1,明天,\n"
            "5,我发的,,,sent\n")
    records = list(read_csv(io.BytesIO(text.encode("gb18030"))))
    # a skipped row keeps its own id, as a read one does (review15 #15)
    assert [(r.id, r.line) for r in records] == [("1", 2), ("2", 4), ("3", 5), ("4", 7), ("5", 8)]
    assert records[0].text == '第一行\n第二行，带逗号, 还有"引号"' and records[0].error is None
    assert [r.error is not None for r in records] == [False, True, True, True, False]
    assert records[4].direction == OUTGOING


def test_csv_without_a_text_column_is_refused():
    with pytest.raises(ImportFormatError, match="表头"):
        list(read_csv(io.BytesIO(b"a,b\n1,2\n")))


XML_HEAD = b"<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"%d\">\n"
SMS = '  <sms protocol="0" address="10690000" date="%d" type="%d" body="%s" read="1" />\n'


class Trickle(io.RawIOBase):
    """A stream that remembers how far it has been read."""

    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


def test_xml_streams_records_before_the_file_is_read():
    n = 300
    body = "".join(SMS % (1764428100000 + i * 60000, 2 if i % 10 == 9 else 1, f"第{i}条 {THREAT}") for i in range(n))
    data = XML_HEAD % n + body.encode("utf-8") + b"</smses>\n"
    stream = Trickle(data)
    records = read_xml(stream, chunk=256)
    first = next(records)
    assert first.id == "1" and first.line == 3 and first.text.startswith("第0条")
    assert stream.pos < len(data) // 10  # the first record came out after a small part was read
    rest = [first, *records]
    assert [r.id for r in rest] == [str(i + 1) for i in range(n)]
    assert [r.line for r in rest] == list(range(3, 3 + n))
    assert sum(r.direction == OUTGOING for r in rest) == n // 10
    assert rest[1].received_at == "2025-11-29T22:56:00+08:00"


def test_xml_bad_elements_become_error_records_in_place():
    data = XML_HEAD % 5 + b"""  <sms address="1" date="1764428100000" type="1" body="first" />
  <sms address="1" date="not-a-date" type="1" body="bad date" />
  <sms address="1" date="1764428100000" type="1" />
  <mms address="1" date="1764428100000" />
  <sms address="1" date="1764428100000" type="3" body="draft" />
  <sms address="1" date="1764428100000" type="1" body="last" />
</smses>"""
    records = list(read_xml(io.BytesIO(data)))
    assert [(r.id, r.line, r.error is None) for r in records] == [
        ("1", 3, True), ("2", 4, False), ("3", 5, False), ("4", 6, False), ("5", 7, False), ("6", 8, True)]


def test_xml_truncated_ends_with_an_error_record():
    data = XML_HEAD % 2 + (SMS % (1764428100000, 1, "ok")).encode() + b'  <sms addr'
    records = list(read_xml(io.BytesIO(data)))
    assert records[0].text == "ok" and records[-1].error and records[-1].line == 4


def test_xml_refuses_doctype_and_entities():
    bomb = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>
<smses><sms address="1" date="1764428100000" type="1" body="&lol2;" /></smses>"""
    with pytest.raises(ImportFormatError, match="DOCTYPE"):
        list(read_xml(io.BytesIO(bomb)))
    external = b"""<?xml version="1.0"?><!DOCTYPE x SYSTEM "file:///etc/passwd"><smses/>"""
    with pytest.raises(ImportFormatError, match="DOCTYPE"):
        list(read_xml(io.BytesIO(external)))


@pytest.mark.parametrize("head,name,fmt", [(b"<?xml", None, "xml"), (b'\xef\xbb\xbf {"a":1}', None, "jsonl"),
                                           (b"text,sender", None, "csv"), (b"{", "x.csv", "csv"),
                                           (b"", "x.ndjson", "jsonl"), (b"", "backup.XML", "xml"),
                                           ("发件人：1069\n您已逾期".encode(), None, "text")],
                         ids=["xml", "jsonl-bom", "csv", "ext-wins", "ndjson", "upper-ext", "text"])
def test_detect_format(head, name, fmt):
    assert detect_format(head, name) == fmt


def test_unknown_input_format():
    with pytest.raises(ImportFormatError, match="格式"):
        read_records(io.BytesIO(b""), "xlsx")


def test_jsonl_block_from_the_middle_of_a_file_keeps_file_line_numbers():
    block = b'{"text": "a"}\n\n{"text": "b", "id": "x"}\n'
    assert [(r.id, r.line) for r in read_jsonl(io.BytesIO(block), first_line=41)] == [("41", 41), ("x", 43)]


def test_pasted_text_blocks_are_records_too():
    text = "发件人：10690000\n时间：2026-11-28 23:10\n您已逾期\n\n时间：下周三\n正文\n".encode()
    got = list(read_records(io.BytesIO(text), "text"))
    assert [(r.id, r.line, r.text, r.error is None) for r in got] == [("1", 1, "您已逾期", True), ("5", 5, None, False)]
