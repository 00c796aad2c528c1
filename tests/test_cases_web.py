"""Case pages through Flask's test client: import (form and background job), case page,
save, export, delete; the passphrase off loopback; CSRF on every POST; the CLI."""
from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from webapp.cases.cli import register

THREAT = "【某某金融】尊敬的张先生，您已逾期30天，我们将联系您的家人和单位同事。身份证110101199003071234"
PASTE = f"发件人：10690000\n时间：2026-11-28 23:10\n{THREAT}\n\n发件人：13800001111\n时间：2026-11-29 09:00\n今晚一起吃饭吗？\n"
REMOTE = {"REMOTE_ADDR": "10.0.0.5"}


def token_of(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def import_paste(client, **extra) -> str:
    token = token_of(client.get("/cases/").text)
    r = client.post("/cases/import", data={"csrf_token": token, "text": PASTE, "format": "auto", **extra})
    assert r.status_code == 303, r.text[:500]
    return r.location


def test_import_paste_shows_case_page(client):
    page = client.get(import_paste(client))
    assert page.status_code == 200
    html = page.text
    assert "<svg" in html and "时间线" in html and "违法威胁" in html
    assert "今晚一起吃饭吗" not in html  # not collection: hidden until asked
    assert "今晚一起吃饭吗" in client.get(import_paste(client) + "?show=all").text
    assert "110101199003071234" in html  # unsaved draft: shown as imported, nothing stored


def test_upload_file_and_background_job(client, tmp_path):
    token = token_of(client.get("/cases/").text)
    xml = (b"<?xml version='1.0' encoding='UTF-8'?><smses>"
           b'<sms address="10690000" date="1764428100000" type="1" body="\xe4\xbd\xa0\xe5\xa5\xbd" />'
           b'<sms address="10690000" date="1764428100000" type="1" /></smses>')
    import io

    r = client.post("/cases/import", data={"csrf_token": token, "async": "1", "format": "auto",
                                           "file": (io.BytesIO(xml), "backup.xml")})
    assert r.status_code == 202
    for _ in range(100):
        status = client.get(r.json["status"]).json
        if status["state"] != "running":
            break
        time.sleep(0.05)
    assert status["state"] == "done" and status["percent"] == 100
    page = client.get(status["url"] + "?show=all").text
    assert "你好" in page and "1 行无法导入" in page and "第 1 行：短信缺少 body" in page


def test_bad_import_is_reported_not_500(client):
    token = token_of(client.get("/cases/").text)
    r = client.post("/cases/import", data={"csrf_token": token, "text": "  "})
    assert r.status_code == 400 and "请上传文件" in r.text
    r = client.post("/cases/import", data={"csrf_token": token, "text": "<x", "format": "xml", "async": "1"})
    assert r.status_code == 202


def test_save_export_delete(client, app):
    draft = import_paste(client)
    token = token_of(client.get(draft).text)
    r = client.post(draft + "/save", data={"csrf_token": token, "title": "李女士的个案", "names": "王小明"})
    assert r.status_code == 303
    saved = r.location
    page = client.get(saved).text
    assert "110101199003071234" not in page and "**************1234" in page and "尊敬的＊先生" in page
    assert client.get(draft).status_code == 404  # the draft is gone once saved
    for fmt in ("html", "csv", "json"):
        resp = client.get(f"{saved}/export.{fmt}")
        assert resp.status_code == 200 and "attachment" in resp.headers["Content-Disposition"]
        assert "110101199003071234" not in resp.get_data(as_text=True)
    view = client.get(f"{saved}/export.html?view=1")
    assert "<svg" in view.text and "script-src" not in view.headers["Content-Security-Policy"]
    draft_export = client.post(import_paste(client) + "/export.json", data={"csrf_token": token, "names": "张三"})
    assert "110101199003071234" not in draft_export.text
    case_id = int(saved.rsplit("/", 1)[1])
    assert client.post(f"{saved}/delete", data={"csrf_token": token}).status_code == 303
    assert client.get(saved).status_code == 404
    raw = Path(app.config["CASES_DB"]).read_bytes()
    assert "李女士的个案".encode() not in raw and "单位同事".encode() not in raw
    assert case_id == 1


def test_post_without_csrf_token_is_refused(client):
    draft = import_paste(client)
    assert client.post(draft + "/save", data={"title": "x"}).status_code == 400
    assert client.post("/cases/import", data={"text": PASTE}).status_code == 400


def test_passphrase_required_off_loopback(client, app):
    assert client.get("/cases/").status_code == 200  # loopback: open
    r = client.get("/cases/", environ_base=REMOTE)
    assert r.status_code == 302 and "/cases/login" in r.location
    assert client.get("/cases/1/export.json", environ_base=REMOTE).status_code == 302
    assert client.get("/cases/passphrase", environ_base=REMOTE).status_code == 403  # can't set from afar
    assert "cuishou case passphrase" in client.get("/cases/login", environ_base=REMOTE).text
    # behind a proxy the peer looks local: still asks
    assert client.get("/cases/", headers={"X-Forwarded-For": "203.0.113.9"}).status_code == 302

    with app.app_context():
        from webapp.cases.store import CaseStore

        store = CaseStore(app.config["CASES_DB"])
        store.set_passphrase("志愿者口令2026")
        store.close()
    remote = app.test_client()
    login = remote.get("/cases/login", environ_base=REMOTE)
    token = token_of(login.text)
    bad = remote.post("/cases/login", data={"csrf_token": token, "passphrase": "wrong-one"}, environ_base=REMOTE)
    assert bad.status_code == 401
    ok = remote.post("/cases/login?next=/cases/", data={"csrf_token": token, "passphrase": "志愿者口令2026"},
                     environ_base=REMOTE)
    assert ok.status_code == 302 and ok.location.endswith("/cases/")
    assert remote.get("/cases/", environ_base=REMOTE).status_code == 200


def test_config_forces_passphrase_on_loopback(make_app):
    app = make_app(CASES_REQUIRE_PASSPHRASE=True)
    assert app.test_client().get("/cases/").status_code == 302


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
