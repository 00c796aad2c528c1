"""The evidence packet: redaction of names (bare greetings, third parties, address-book names),
the CSV's Chinese headers beside the batch command's code columns, sources marked as official or
not, and the unmasked case code of a saved case."""
from __future__ import annotations

import csv
import io

import pytest
from conftest import csrf_token_of

from analyzer.case.analysis import analyze_import
from analyzer.case.importers import read_bytes
from analyzer.case.redact import Redactor, redact_case
from analyzer.case.summary import VERDICT_NAMES
from webapp.cases.export import CSV_COLUMNS, CSV_HEADER, is_official_source, sources, to_csv, to_html
from webapp.cases.store import CaseStore

XML = """<smses>
  <sms address="10690000" date="1764426600000" type="1" contact_name="(Unknown)" body="【招联金融】王先生，您的借款已逾期15天，欠款5000元，我们将联系你的紧急联系人刘德华。" />
  <sms address="10690000" date="1764430200000" type="1" body="李女士你好，你妈妈陈秀英我们已经联系了，再不还钱就上门。" />
  <sms address="13912345678" date="1764434700000" type="1" contact_name="张晓梅" body="他们打电话给我了，说张晓梅你欠钱" />
  <sms address="13800001111" date="1764434800000" type="1" contact_name="姐姐" body="他们又打电话给我了" />
  <sms address="17100009999" date="1764434900000" type="1" contact_name="招联催收" body="今天必须处理" />
</smses>"""


@pytest.fixture(scope="module")
def case(analyzer):
    return analyze_import(read_bytes(XML.encode(), "xml"), title="打码测试", analyzer=analyzer)


@pytest.mark.parametrize("text, masked, kept", [
    ("王先生，您的欠款已逾期", "＊先生，您的欠款已逾期", ""),
    ("通知李女士本人", "通知＊女士本人", ""),
    ("尊敬的张先生，您好", "尊敬的＊先生，您好", ""),
    ("你的紧急联系人刘德华电话13912345678", "你的紧急联系人＊＊＊电话*******5678", ""),
    ("联系人：张三，电话", "联系人：＊＊，电话", ""),
    ("某先生您好，本平台提醒", "某先生您好，本平台提醒", "某先生"),
    ("你的王者荣耀账号", "你的王者荣耀账号", "王者荣耀"),
], ids=["bare-surname", "bare-after-verb", "greeting", "emergency-contact", "contact-label", "placeholder-kept",
        "no-relation-no-mask"])
def test_redaction_of_names(text, masked, kept):
    out = Redactor().text(text)
    assert out == masked and len(out) == len(text)
    assert kept in out


def test_third_party_names_and_contact_names_are_masked(case):
    red = redact_case(case, ["王小明"])
    texts = "".join(m.text for m in red.messages)
    for secret in ("刘德华", "陈秀英", "张晓梅", "王先生", "李女士"):
        assert secret not in texts, secret
    contacts = {m.sender: m.contact for m in red.messages}
    assert contacts["13912345678"] == "＊＊＊"  # a name: masked, still a contact (a relative by default)
    assert contacts["13800001111"] == "姐姐"  # a relation, not a name: kept
    assert contacts["17100009999"] == "招联催收"  # an institution, and what makes the number a collector: kept
    for m in red.messages:  # every span still points at the same words
        for f in (m.analysis or {}).get("findings", ()):
            assert m.text[f["start"]:f["end"]] == f["excerpt"]


def test_csv_headers_in_chinese_with_the_batch_codes(case):
    rows = list(csv.reader(io.StringIO(to_csv(redact_case(case)).lstrip("\ufeff"))))
    header = rows[0]
    assert header[:len(CSV_HEADER)] == list(CSV_HEADER)
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in h) for h in CSV_HEADER)
    assert header[len(CSV_HEADER):len(CSV_HEADER) + 6] == ["id", "line", "verdict", "risk", "lender", "kinds"]
    assert tuple(header[len(CSV_HEADER):]) == CSV_COLUMNS
    records = [dict(zip(header, r)) for r in rows[1:]]
    first = records[0]
    assert first["verdict"] in VERDICT_NAMES and first["结论"] == VERDICT_NAMES[first["verdict"]]
    assert first["lender"] == first["机构（债权人）"] == "招联消费金融股份有限公司"
    assert "night_or_frequency" in first["kinds"].split(";") and first["夜间"] == "是"
    sister = next(r for r in records if r["发信号码"] == "13800001111")
    assert sister["verdict"] == "not_collection" and sister["kinds"] == "" and sister["号码身份"] == "亲友"
    assert sister["算作催收"] == "亲友转述" and sister["role"] == "relative"


def test_legal_notice_has_its_chinese_label():
    assert VERDICT_NAMES["legal_notice"] == "这可能是真实的法律文书通知"


def test_sources_are_official_or_marked(case):
    listed = sources(case.guides)
    assert listed, "the case cites some law"
    assert all(c["official"] == is_official_source(c.get("source")) for c in listed)
    assert is_official_source("https://flk.npc.gov.cn/detail2.html?x") and not is_official_source("https://github.com/x")
    assert not is_official_source("https://gov.cn.example.com/")
    html = to_html(redact_case(case))
    # 未核对原文 follows the KB's own status (lawrev15 #5), not the source's domain
    unchecked = [c for c in listed if not c["verified"]]
    appendix = html.split("<h2>法律依据出处</h2>", 1)[1].split("</ul>", 1)[0]
    assert appendix.count("未核对原文") == len(unchecked) + 1  # + the note above the list
    assert appendix.count("已核对原文") == len(listed) - len(unchecked) + 1


def test_saved_case_keeps_an_unmasked_code(case, tmp_path):
    store = CaseStore(tmp_path / "cases.db")
    try:
        ids = [store.save(redact_case(case.with_(title="＊＊＊ 2026-11"))) for _ in range(3)]
        listing = store.list()
        codes = [r.code for r in listing]
        assert len(set(codes)) == 3 and all(len(c) == 7 and c[3] == "-" for c in codes)
        opened = store.open(ids[0])
        assert opened.code == next(r.code for r in listing if r.id == ids[0])
        assert opened.code in to_html(opened)
        store.update_roles(ids[0], {"13800001111": "unrelated"})
        assert store.open(ids[0]).roles == {"13800001111": "unrelated"}
    finally:
        store.close()


def test_a_file_saved_before_codes_and_marks_still_opens(case, tmp_path):
    import sqlite3

    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    con.executescript("""
        create table cases (id integer primary key, title text, notes text, created_at text, updated_at text,
                            source_format text, message_count integer, guides text, issues text);
        create table messages (case_id integer, seq integer, line integer, direction text, sender text,
                               received_at text, text text, analysis text, primary key (case_id, seq));
        insert into cases values (1, '＊＊＊ 2026-11', '', '2026-11-30T00:00:00+00:00', '', 'text', 1, '{}', '[]');
        insert into messages values (1, 1, 1, 'in', '10690000', null, '您好', null);
    """)
    con.commit()
    con.close()
    store = CaseStore(path)
    try:
        assert [(r.id, r.code) for r in store.list()] == [(1, "")]
        old = store.open(1)
        assert old.roles == {} and old.messages[0].contact is None
        new_id = store.save(redact_case(case))
        assert store.open(new_id).code and store.open(new_id).messages[2].contact is not None
    finally:
        store.close()


def test_cli_marks_numbers_and_lists_the_code(tmp_path, monkeypatch, capsys):
    import argparse

    from webapp.cases.cli import register

    monkeypatch.setenv("CUISHOU_CASES_DB", str(tmp_path / "cli.db"))
    src = tmp_path / "backup.xml"
    src.write_text(XML, encoding="utf-8")
    parser = argparse.ArgumentParser(prog="cuishou")
    register(parser.add_subparsers(dest="command"))

    def run(*argv: str) -> int:
        args = parser.parse_args(list(argv))
        return args.func(args)

    assert run("case", "import", str(src), "--quiet", "--save", "--mark", "13800001111=催收方") == 0
    capsys.readouterr()
    assert run("case", "list") == 0
    code = capsys.readouterr().out.split("\t")[1]
    assert len(code) == 7 and code[3] == "-"
    target = tmp_path / "out.csv"
    assert run("case", "export", "1", "--format", "csv", "--out", str(target), "--mark", "+86 139 1234 5678=不相关") == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8").lstrip("\ufeff"))))
    roles = {r["发信号码"]: r["role"] for r in rows}
    assert roles["13800001111"] == "collector" and roles["13912345678"] == "unrelated"
    assert run("case", "import", str(src), "--mark", "13800001111=朋友") == 2


def test_marks_on_a_draft_are_saved_and_can_change_after(case_client):
    import re

    client = case_client
    csrf = csrf_token_of(client.get("/cases/").text)
    r = client.post("/cases/import", data={"csrf_token": csrf, "format": "auto",
                                           "file": (io.BytesIO(XML.encode()), "backup.xml")})
    draft = r.location
    r = client.post(draft + "/roles", data={"csrf_token": csrf, "role.13800001111": "collector"})
    assert r.status_code == 303
    assert client.post(draft + "/roles", data={"csrf_token": csrf, "role.13800001111": "boss"}).status_code == 400
    r = client.post(draft + "/save", data={"csrf_token": csrf, "title": "＊＊＊ 2026-11", "names": ""})
    saved = r.location
    page = client.get(saved).text
    assert re.search(r'<option value="collector" selected>催收方</option>', page)
    assert "<strong>4</strong> 条与催收有关" in page  # two from 10690000, 招联催收 (address book) and the marked one
    listing = client.get("/cases/").text
    code = re.search(r'class="case-code">([0-9A-Z]{3}-[0-9A-Z]{3})<', listing).group(1)
    assert code in page
    r = client.post(saved + "/roles", data={"csrf_token": csrf, "role.13800001111": ""})  # back to automatic
    assert r.status_code == 303
    page = client.get(saved).text
    assert not re.search(r'<option value="collector" selected>', page)
    assert "<strong>3</strong> 条与催收有关" in page  # the address book's 姐姐 is a relative again


def test_json_export_says_how_each_message_is_counted(case):
    import json

    from webapp.cases.export import case_from_json, to_json

    data = json.loads(to_json(redact_case(case.with_(roles={"13912345678": "unrelated"}))))
    by_sender = {m["sender"]: data["counted"][str(m["seq"])] for m in data["case"]["messages"]}
    assert by_sender["13912345678"]["role"] == "unrelated" and not by_sender["13912345678"]["collection"]
    assert by_sender["13800001111"]["relayed"] and by_sender["13800001111"]["verdict"] == "not_collection"
    assert by_sender["17100009999"]["role"] == "collector" and by_sender["17100009999"]["collection"]
    assert case_from_json(data).roles == {"13912345678": "unrelated"}
