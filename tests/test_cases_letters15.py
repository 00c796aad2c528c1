"""Round-15 review of case mode, through the real app (import form, draft export): complaint
letters go only to lenders whose own messages have problems; scams and court notices are not
collection; a brand a scam uses gets a notice, not a complaint; the relative's report reaches a
lender's letter only when it names that lender; redaction masks names, not ordinary words; the
report's source appendix follows the KB's own status; batch errors keep the row's id."""
from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import quoteattr

import pytest

BJ = timezone(timedelta(hours=8))


def _ms(when: str) -> int:
    return int(datetime.fromisoformat(when).replace(tzinfo=BJ).timestamp() * 1000)


THREAT_ZL = "【招联金融】您的借款已逾期62天，再不还款我们就通知你家人和单位同事。"
RELATIVE_ZL = "哥，招联金融的人又打电话到家里说你欠钱，妈吓坏了。"
RELATIVE_ANON = "哥，又有人打电话到家里说你欠钱，他们还说要来家里。"
M03 = "你再不还，明天我就打电话给你老婆和你们公司人事，让大家都知道你是个老赖。"
ROWS = [  # (sender, Beijing time, contact, text)
    ("95558", "2026-11-20 10:00", None, "【中信银行】您尾号8899的信用卡已逾期，最低还款额560.00元，请尽快还款。"),
    ("1069055999", "2026-11-20 16:00", None, THREAT_ZL),
    ("10698888777", "2026-11-22 10:00", None,
     "【微粒贷】您好，系统检测到您的还款异常，工作人员将为您处理，请把刚收到的6位验证码告诉客服，否则将冻结您的全部银行卡。"),
    ("17200001111", "2026-11-28 23:00", None,
     "【债务优化】网贷逾期被爆通讯录？我们专业团队帮你停息挂账、协商减免，律师反催收，先交2000元服务费。"),
    ("12368", "2026-11-29 03:00", None,
     "【上海市浦东新区人民法院】张某某，您好！您与某某消费金融有限公司金融借款合同纠纷一案，案号（2026）沪0115民初45678号，"
     "已立案受理。本院已通过电子送达方式向您送达起诉状副本、应诉通知书、举证通知书等材料，请登录 http://zxfw.court.gov.cn 查看。"
     "如有疑问请拨打12368。"),
    ("13912345678", "2026-11-30 23:00", None, M03),
    ("13600001111", "2026-12-01 09:00", "妈妈", RELATIVE_ANON),
    ("13600001111", "2026-12-01 10:00", "妈妈", RELATIVE_ZL),
]


def _xml(rows) -> str:
    items = "".join(f'<sms address="{s}" date="{_ms(t)}" type="1" contact_name={quoteattr(c or "(Unknown)")} '
                    f"body={quoteattr(text)} />" for s, t, c, text in rows)
    return f"<?xml version='1.0' encoding='UTF-8'?><smses>{items}</smses>"


def _token(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


@pytest.fixture(scope="module")
def exported(make_app):
    from tests.conftest import CASE_PASSPHRASE, csrf_token_of, set_case_passphrase

    app = make_app()
    set_case_passphrase(app)
    client = app.test_client()
    r = client.post("/cases/login", data={"csrf_token": csrf_token_of(client.get("/cases/login").text),
                                          "passphrase": CASE_PASSPHRASE})
    assert r.status_code == 302
    token = _token(client.get("/cases/").text)
    r = client.post("/cases/import", data={"csrf_token": token, "text": _xml(ROWS), "format": "xml"})
    assert r.status_code == 303, r.text[:500]
    draft = r.location
    data = json.loads(client.post(draft + "/export.json", data={"csrf_token": token}).text)
    html = client.post(draft + "/export.html", data={"csrf_token": token}).get_data(as_text=True)
    page = client.get(draft).text
    return data, html, page


def _letters(data, letter_id):
    return [x for x in data["letters"] if x["id"] == letter_id]


def _seq(data, text_start):
    return next(m["seq"] for m in data["case"]["messages"] if m["text"].startswith(text_start))


def test_lender_letters_only_to_lenders_with_problems(exported):
    data, _, _ = exported
    lender = _letters(data, "letter.lender")
    to = [x["to"] for x in lender]
    assert any(t.startswith("招联") for t in to), to
    assert not any("中信" in t for t in to), to  # its only message is a reminder
    assert not any("债务优化" in t or "微众" in t for t in to), to  # a go-between and an impersonated brand
    zl = next(x for x in lender if x["to"].startswith("招联"))
    assert "通知你家人" in zl["body"] and "验证码" not in zl["body"] and "老赖" not in zl["body"]
    assert "停止联系我的家人" in zl["body"]
    # the relative who names 招联 is attached to 招联's letter; the one who names nobody is not
    assert "另有 1 条短信是我的亲友发来的" in zl["body"]
    regulator = _letters(data, "letter.regulator")[0]
    listed = regulator["body"].split("\n")[0]
    assert "招联" in listed and "中信" not in listed and "微众" not in listed and "债务优化" not in listed
    assert "验证码" not in regulator["body"] and "服务费" not in regulator["body"]


def test_scams_go_to_police_12321_and_an_impersonation_notice(exported):
    data, _, _ = exported
    notice = _letters(data, "letter.impersonation")
    assert [x["to"] for x in notice] == ["深圳前海微众银行股份有限公司客户服务部门"]
    assert "在贵司有借款" not in notice[0]["body"] and "验证码" in notice[0]["body"]
    police = _letters(data, "letter.police")[0]
    assert "96110" in police["to"] and "验证码" in police["body"] and "服务费" in police["body"]
    spam = _letters(data, "letter.12321")[0]
    assert "验证码" in spam["body"] and "服务费" in spam["body"]
    assert "冒用“债务优化”" not in police["body"]  # not a registered brand: the scammer's own name


def test_scams_and_court_notices_are_not_collection(exported):
    data, html, page = exported
    counts = data["summary"]["counts"]
    court = str(_seq(data, "【上海市浦东新区人民法院】"))
    scam = str(_seq(data, "【微粒贷】"))
    assert data["counted"][court]["collection"] is False and data["counted"][court]["night"] is False
    assert "night_or_frequency" not in data["counted"][court]["kinds"]
    assert data["counted"][scam]["collection"] is False and data["counted"][scam]["verdict"] == "scam"
    assert counts["collection"] == 3 and counts["scam"] == 2 and counts["notice"] == 1
    assert counts["night"] == 1  # M03 at 23:00; not the 债务优化 scam at 23:00, not the court at 03:00
    assert "2</strong> 条疑似诈骗" in page and "【微粒贷】" in page  # still listed, with its verdict
    assert "疑似诈骗</span>（不算催收）" in html


def test_redaction_keeps_ordinary_words_in_evidence(exported):
    data, html, _ = exported
    from analyzer.case.redact import Redactor

    r = Redactor()
    assert r.text(M03) == M03
    assert r.text("你同事张伟说你欠钱") == "你同事＊＊说你欠钱"
    assert r.text("你老板马上就知道") == "你老板马上就知道"
    assert r.text("尊敬的车主：您的ETC已欠费") == "尊敬的车主：您的ETC已欠费"  # a role, not a name
    assert r.text("尊敬的王小明：您已逾期") == "尊敬的＊＊＊：您已逾期"
    assert "和你们公司人事" in html and "＊＊＊公司人事" not in html
    assert not any("＊" in x["body"] for x in data["letters"] if "老婆" in x["body"])


def test_source_appendix_follows_the_kb_status(exported):
    from knowledge.entries import load_catalog
    from knowledge.sources import needs_caveat

    _, html, _ = exported
    appendix = html.split("<h2>法律依据出处</h2>", 1)[1].split("</ul>", 1)[0]
    laws = load_catalog().laws
    items = re.findall(r"<li>《([^》]+)》([^ ]+) — .*?（(已核对原文|未核对原文)；", appendix)
    assert items
    by_name = {(law.name, law.article): law for law in laws.values()}
    checked = 0
    for name, article, mark in items:
        law = by_name.get((name, article))
        if law is None:
            continue
        checked += 1
        assert (mark == "未核对原文") == needs_caveat(law), (name, article, mark)
    assert checked and "已核对原文" in appendix


@pytest.mark.parametrize("suffix, body, want", [
    (".csv", "id,sender,time,text\nOK1,10690000,2026-11-20 09:00,逾期请还款\nBAD1,10690000,not-a-time,逾期请还款\n"
             "BAD2,10690000,,\n", ["OK1", "BAD1", "BAD2"]),
    (".jsonl", '{"id":"OK1","text":"逾期请还款"}\n{"id":"X","text":"' + "a" * 10001 + '"}\n{"id":"Y"}\n',
     ["OK1", "X", "Y"]),
])
def test_batch_errors_keep_the_row_id(tmp_path, suffix, body, want):
    from analyzer.batch.readers import read_records

    src = tmp_path / f"in{suffix}"
    src.write_text(body, encoding="utf-8")
    with src.open("rb") as fh:
        recs = list(read_records(fh, suffix[1:]))
    assert [r.id for r in recs] == want
    assert all(r.error for r in recs[1:])
