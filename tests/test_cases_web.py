"""Case pages through Flask's test client: import (form and background job), case page,
save, export, delete (signed in: tests/test_cases_access.py covers the lock); CSRF on every
POST; the CLI."""
from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from webapp.cases.cli import register

THREAT = "【某某金融】尊敬的张先生，您已逾期30天，我们将联系您的家人和单位同事。身份证110101199003071234"
PASTE = f"发件人：10690000\n时间：2026-11-28 23:10\n{THREAT}\n\n发件人：13800001111\n时间：2026-11-29 09:00\n今晚一起吃饭吗？\n"


def token_of(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def import_paste(client, **extra) -> str:
    token = token_of(client.get("/cases/").text)
    r = client.post("/cases/import", data={"csrf_token": token, "text": PASTE, "format": "auto", **extra})
    assert r.status_code == 303, r.text[:500]
    return r.location


def test_import_paste_shows_case_page(case_client):
    page = case_client.get(import_paste(case_client))
    assert page.status_code == 200
    html = page.text
    assert "<svg" in html and "时间线" in html and "违法威胁" in html
    assert "今晚一起吃饭吗" not in html  # not collection: hidden until asked
    assert "今晚一起吃饭吗" in case_client.get(import_paste(case_client) + "?show=all").text
    assert "110101199003071234" in html  # unsaved draft: shown as imported, nothing stored


def test_upload_file_and_background_job(case_client, tmp_path):
    token = token_of(case_client.get("/cases/").text)
    xml = (b"<?xml version='1.0' encoding='UTF-8'?><smses>"
           b'<sms address="10690000" date="1764428100000" type="1" body="\xe4\xbd\xa0\xe5\xa5\xbd" />'
           b'<sms address="10690000" date="1764428100000" type="1" /></smses>')
    import io

    r = case_client.post("/cases/import", data={"csrf_token": token, "async": "1", "format": "auto",
                                           "file": (io.BytesIO(xml), "backup.xml")})
    assert r.status_code == 202
    for _ in range(100):
        status = case_client.get(r.json["status"]).json
        if status["state"] != "running":
            break
        time.sleep(0.05)
    assert status["state"] == "done" and status["percent"] == 100
    page = case_client.get(status["url"] + "?show=all").text
    assert "你好" in page and "1 行无法导入" in page and "第 1 行：短信缺少 body" in page


def test_bad_import_is_reported_not_500(case_client):
    token = token_of(case_client.get("/cases/").text)
    r = case_client.post("/cases/import", data={"csrf_token": token, "text": "  "})
    assert r.status_code == 400 and "请上传文件" in r.text
    r = case_client.post("/cases/import", data={"csrf_token": token, "text": "<x", "format": "xml", "async": "1"})
    assert r.status_code == 202


def test_save_export_delete(case_client, app):
    draft = import_paste(case_client)
    token = token_of(case_client.get(draft).text)
    r = case_client.post(draft + "/save", data={"csrf_token": token, "title": "李女士的个案", "names": "王小明"})
    assert r.status_code == 303
    saved = r.location
    page = case_client.get(saved).text
    assert "110101199003071234" not in page and "**************1234" in page and "尊敬的＊先生" in page
    assert case_client.get(draft).status_code == 404  # the draft is gone once saved
    for fmt in ("html", "csv", "json"):
        resp = case_client.get(f"{saved}/export.{fmt}")
        assert resp.status_code == 200 and "attachment" in resp.headers["Content-Disposition"]
        assert "110101199003071234" not in resp.get_data(as_text=True)
    view = case_client.get(f"{saved}/export.html?view=1")
    assert "<svg" in view.text and "script-src" not in view.headers["Content-Security-Policy"]
    draft_export = case_client.post(import_paste(case_client) + "/export.json", data={"csrf_token": token, "names": "张三"})
    assert "110101199003071234" not in draft_export.text
    case_id = int(saved.rsplit("/", 1)[1])
    assert case_client.post(f"{saved}/delete", data={"csrf_token": token}).status_code == 303
    assert case_client.get(saved).status_code == 404
    raw = Path(app.config["CASES_DB"]).read_bytes()
    assert "李女士的个案".encode() not in raw and "单位同事".encode() not in raw
    assert case_id == 1


def test_post_without_csrf_token_is_refused(case_client):
    draft = import_paste(case_client)
    assert case_client.post(draft + "/save", data={"title": "x"}).status_code == 400
    assert case_client.post("/cases/import", data={"text": PASTE}).status_code == 400


def test_cli_import_save_list_export_delete(tmp_path, monkeypatch, capsys):
    import argparse

    monkeypatch.setenv("CUISHOU_CASES_DB", str(tmp_path / "cli.db"))
    src = tmp_path / "msgs.txt"
    src.write_text(PASTE, encoding="utf-8")
    parser = argparse.ArgumentParser(prog="cuishou")
    register(parser.add_subparsers(dest="command"))

    def run(*argv: str) -> int:
        args = parser.parse_args(list(argv))
        return args.func(args)

    assert run("case", "import", str(src), "--save", "--title", "测试", "--name", "王小明") == 0
    out, err = capsys.readouterr()
    assert "已保存" in out and "分析：100%" in err
    assert run("case", "list") == 0 and "测试" in capsys.readouterr().out
    for fmt in ("html", "csv", "json"):
        target = tmp_path / f"out.{fmt}"
        assert run("case", "export", "1", "--format", fmt, "--out", str(target)) == 0
        assert "110101199003071234" not in target.read_text(encoding="utf-8")
    assert run("case", "export", str(src), "--format", "json", "--out", str(tmp_path / "direct.json"), "--quiet") == 0
    assert run("case", "export", "9", "--format", "json", "--out", str(tmp_path / "x.json")) == 2
    assert run("case", "import", str(tmp_path / "missing.xml")) == 2
    assert run("case", "delete", "1") == 0
    assert "单位同事".encode() not in (tmp_path / "cli.db").read_bytes()


def test_cli_list_shows_the_saved_time_as_the_case_pages_do(app, case_client, capsys):
    """`cuishou case list` printed the stored UTC string (2026-12-03T18:30:00+00:00) while the case pages show
    Beijing time to the minute (2026-12-04 02:30): a case saved after 16:00 UTC seemed saved on another day."""
    import argparse
    import sqlite3

    draft = import_paste(case_client)
    token = token_of(case_client.get(draft).text)
    assert case_client.post(draft + "/save", data={"csrf_token": token, "title": "时区"}).status_code in (302, 303)
    with sqlite3.connect(app.config["CASES_DB"]) as db:
        db.execute("update cases set created_at = '2026-12-03T18:30:00+00:00'")
    parser = argparse.ArgumentParser(prog="cuishou")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["case", "list", "--db", app.config["CASES_DB"]])
    assert args.func(args) == 0
    listed = capsys.readouterr().out.split("\t")[2]
    assert listed == "2026-12-04 02:30"
    assert f"<td>{listed}</td>" in case_client.get("/cases/").text
    with pytest.raises(SystemExit):
        parser.parse_args(["case", "--help"])
    assert "保存时间（北京时间）" in capsys.readouterr().out
