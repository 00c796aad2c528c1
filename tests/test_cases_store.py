"""Case mode end to end without the web: import → analyse → redact → save → reopen →
export with nothing lost; redaction really removes the numbers from the SQLite file and
from every export; delete really deletes (raw file bytes); summary aggregation."""
from __future__ import annotations

import csv
import io
import json

import pytest

from analyzer.case.analysis import analyze_import
from analyzer.case.importers import read_bytes
from analyzer.case.redact import Redactor, redact_case
from analyzer.case.summary import summarize
from webapp.cases.export import case_from_json, to_csv, to_html, to_json
from webapp.cases.store import CaseNotFoundError, CaseStore

ID_NO = "110101199003071234"
CARD = "6222021234567890123"
THIRD_PHONE = "13912345678"
NAME = "王小明"
XML = f"""<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<smses count="5">
  <sms address="10690000" date="1764421200000" type="1" body="【某某金融】尊敬的张先生，您已逾期30天，欠款5000元，请今天内还款。" />
  <sms address="10690000" date="1764428100000" type="1" body="【某某金融】{NAME}，身份证{ID_NO}，再不还款我们将联系您的家人和单位同事，你紧急联系人{THIRD_PHONE}已通知。" />
  <sms address="10690000" date="1764428200000" type="2" body="我是{NAME}，请不要联系我家人，卡号{CARD}" />
  <sms address="13800001111" date="1764468100000" type="1" body="【某某金融】欠款8000元，明天上门到你家，回电13800001111。" />
  <sms address="95588" date="1764470000000" type="1" body="今晚一起吃饭吗？" />
</smses>"""
SECRETS = [ID_NO, CARD, THIRD_PHONE, NAME, "张先生"]


@pytest.fixture(scope="module")
def case(analyzer):
    return analyze_import(read_bytes(XML.encode(), "xml"), title="测试个案", analyzer=analyzer)


def test_outgoing_is_kept_but_not_analysed(case):
    out = [m for m in case.messages if m.direction == "out"]
    assert len(out) == 1 and out[0].analysis is None and not out[0].is_collection
    assert all(m.analysis is not None for m in case.messages if m.direction == "in")


def test_summary(case):
    s = summarize(case.messages)
    assert s["counts"]["total"] == 5 and s["counts"]["outgoing"] == 1
    assert s["counts"]["collection"] == 3
    # 1764428100000 ms = 2025-11-29 22:55 Beijing time: night
    assert 2 in s["night_messages"] and 1 not in s["night_messages"]
    assert s["escalation"]["first_threat"]["seq"] == 2
    kinds = [st["kind"] for st in s["escalation"]["steps"]]
    assert "third_party_contact" in kinds and "doorstep_visit_threat" in kinds
    assert kinds.index("third_party_contact") < kinds.index("doorstep_visit_threat")
    assert {p["party"] for p in s["third_parties"]} >= {"家人", "单位/同事", "紧急联系人"}
    assert [a["value"] for a in s["amounts"]] == [5000.0, 8000.0]
    assert {g["name"] for g in s["by_sender"]} == {"10690000", "13800001111"}
    assert s["timeline"][0]["day"] == "2025-11-29" and s["timeline"][0]["outgoing"] == 1
    top = s["per_day_sender"][0]
    assert top == {"day": "2025-11-29", "sender": "10690000", "count": 2}


def test_redaction_masks_keep_last_four_and_spans(case):
    red = redact_case(case, [NAME])
    text = "\n".join(m.text for m in red.messages)
    for secret in SECRETS:
        assert secret not in text
    assert "**************1234" in text and "*******5678" in text and "***************0123" in text
    assert "13800001111" in text  # the collector's own number (a sender) is evidence, kept
    for m in red.messages:
        for f in (m.analysis or {}).get("findings", ()):
            assert m.text[f["start"]:f["end"]] == f["excerpt"]
        for fact in (m.analysis or {}).get("facts", ()):
            assert m.text[fact["start"]:fact["end"]] == fact["text"]


@pytest.mark.parametrize("text,expected", [
    ("尊敬的客户：您好", "尊敬的客户：您好"),
    ("尊敬的李女士，您好", "尊敬的＊女士，您好"),
    ("刘某某先生您好", "＊＊＊先生您好"),
    ("尊敬的刘德华：请还款", "尊敬的＊＊＊：请还款"),
    ("客服电话95588或4008105588", "客服电话95588或4008105588"),
    ("请联系021-12345678", "请联系***-****5678"),
], ids=["generic", "greeting", "name-before-hello", "full-name", "service-numbers", "fixed-line"])
def test_redactor_examples(text, expected):
    assert Redactor().text(text) == expected


def test_round_trip_save_reopen_export(case, tmp_path):
    red = redact_case(case, [NAME])
    store = CaseStore(tmp_path / "cases.db")
    case_id = store.save(red)
    again = store.open(case_id)
    assert again.messages == red.messages
    assert again.guides == red.guides and again.title == "测试个案" and again.issues == red.issues
    back = case_from_json(json.loads(to_json(again)))
    assert back.messages == red.messages and back.guides == red.guides
    rows = list(csv.DictReader(io.StringIO(to_csv(again).lstrip("\ufeff"))))
    assert [r["text"] for r in rows] == [m.text for m in red.messages]
    assert [r["direction"] for r in rows] == ["in", "in", "out", "in", "in"]
    # the CSV export reads back through the CSV importer
    reimported = read_bytes(to_csv(again).encode("utf-8"), "auto", "x.csv")
    assert [m.text for m in reimported.messages] == [m.text for m in red.messages]
    assert [m.direction for m in reimported.messages] == [m.direction for m in red.messages]
    html = to_html(again)
    assert "<svg" in html and "投诉函" in html and "第 5 条" in html
    assert "《" in html  # citations from report.guidance
    store.close()


def test_redaction_reaches_the_sqlite_file_and_exports(case, tmp_path):
    path = tmp_path / "cases.db"
    store = CaseStore(path)
    store.save(redact_case(case, [NAME]))
    store.close()
    raw = path.read_bytes()
    exports = [to_html(redact_case(case, [NAME])), to_csv(redact_case(case, [NAME])),
               to_json(redact_case(case, [NAME]))]
    for secret in SECRETS:
        assert secret.encode() not in raw, secret
        for out in exports:
            assert secret not in out, secret


def test_unredacted_case_is_refused(case, tmp_path):
    with pytest.raises(ValueError):
        CaseStore(tmp_path / "x.db").save(case)


def test_delete_really_deletes(case, tmp_path):
    path = tmp_path / "cases.db"
    store = CaseStore(path)
    keep = store.save(redact_case(case.with_(title="保留"), [NAME]))
    gone = store.save(redact_case(case.with_(title="删除的个案"), [NAME]).with_(
        messages=tuple(m for m in redact_case(case, [NAME]).messages)))
    store.db.execute("update messages set text = text || '独特标记XYZ' where case_id = ?", [gone])
    store.db.conn.commit()
    assert "独特标记XYZ".encode() in path.read_bytes()
    store.delete(gone)
    store.close()
    raw = path.read_bytes()
    assert "独特标记XYZ".encode() not in raw and "删除的个案".encode() not in raw
    store = CaseStore(path)
    assert [c.id for c in store.list()] == [keep]
    with pytest.raises(CaseNotFoundError):
        store.open(gone)
    with pytest.raises(CaseNotFoundError):
        store.delete(gone)
    store.close()


def test_passphrase_is_stored_hashed(tmp_path):
    path = tmp_path / "cases.db"
    store = CaseStore(path)
    with pytest.raises(ValueError):
        store.set_passphrase("short")
    store.set_passphrase("很长的口令abc123")
    assert store.check_passphrase("很长的口令abc123") and not store.check_passphrase("wrong-passphrase")
    store.close()
    assert "很长的口令abc123".encode() not in path.read_bytes()


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 -+X尊敬的张先生女士您好，：身份证卡号") + ["\n"]), max_size=80),
       st.lists(st.text(min_size=1, max_size=3), max_size=2))
def test_redaction_keeps_length_and_leaves_no_long_digit_run(text, names):
    out = Redactor(names=tuple(n for n in names if n.strip())).text(text)
    assert len(out) == len(text)
    import re

    # no run of 15+ digits (card or ID) survives, separators or not
    assert not re.search(r"(?:\d[ -]?){15,}", out.replace("X", "").replace("x", ""))


def test_one_data_directory_for_knowledge_and_cases(tmp_path, monkeypatch):
    from knowledge.store import data_home
    from knowledge.store import default_path as kb_default
    from webapp.cases.store import default_path as cases_default

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.delenv("CUISHOU_KB_PATH", raising=False)
    monkeypatch.delenv("CUISHOU_CASES_DB", raising=False)
    assert data_home() == tmp_path / "cuishou-checker"
    assert kb_default().parent == cases_default().parent == data_home()
    legacy = tmp_path / "cuishou" / "cases.db"  # saved by an older version: still found
    legacy.parent.mkdir()
    legacy.write_bytes(b"")
    assert cases_default() == legacy
    (data_home()).mkdir()
    (data_home() / "cases.db").write_bytes(b"")
    assert cases_default() == data_home() / "cases.db"
