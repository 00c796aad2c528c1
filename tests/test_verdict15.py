"""Round-15 review items on what the verdict and its findings say, through real HTTP to the app
(review15 #5, #6, #7b, #8, #9; lawrev15 #6)."""
from __future__ import annotations

import pytest

THREAT = "你再不还，明天我就打电话给你老婆和你们公司人事，让大家都知道你是个老赖。"
EXPOSURE = "【速借宝】你的欠款已逾期，今晚12点前不还，我们会把你的照片和身份证做成催收海报发到你所有通讯录好友和朋友圈。"
NIGHT_REMINDER = "【京东金融】您的白条已逾期3天，应还金额215.60元，请尽快在京东金融App还款。"
FAKE_COURT = ("【北京市朝阳区人民法院】您因拖欠网贷已被立案，案号(2026)京0105刑初8890号，请于24小时内联系王法官13812345678"
              "缴纳保证金5000元撤诉，否则将对您实施拘留。")
FAKE_POLICE = "【公安局】你涉嫌恶意透支，已被网上通缉，请加QQ 12345678 配合调查，把信用卡里的钱转入安全账户。"
FAKE_PBC = "【中国人民银行】征信中心通知：您的个人征信存在异常记录，请于今日点击 http://pbc-zx.com 处理，逾期将影响贷款。"
LENDER_SCAM = "【微粒贷】您好，系统检测到您的还款异常，工作人员将为您处理，请把刚收到的6位验证码告诉客服，否则将冻结您的全部银行卡。"


def _analyze(api, text, sender=None, received_at=None):
    r = api.post("/api/v1/analyze", {"text": text, "sender": sender, "received_at": received_at})
    assert r.status == 200, r.body
    return r.json


def _overlap(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]


@pytest.mark.parametrize("text", [THREAT, EXPOSURE, FAKE_POLICE, LENDER_SCAM])
def test_one_finding_per_kind_for_overlapping_words(api, text):
    """#8: 你是个老赖 / 是个老赖 / 老赖 is one insult; the rules merged into it are kept in merged_rule_ids."""
    findings = _analyze(api, text, "13912345678")["findings"]
    for i, a in enumerate(findings):
        for b in findings[i + 1:]:
            assert not (a["kind"] == b["kind"] and _overlap(a, b)), (a, b)


def test_merged_finding_keeps_the_most_severe_widest_and_the_merged_rule_ids(api):
    findings = _analyze(api, THREAT, "13912345678")["findings"]
    insults = [f for f in findings if f["kind"] == "insult"]
    assert len(insults) == 1
    assert insults[0]["excerpt"] == "你是个老赖"
    assert {"threat.r6.insult_to_you", "threat.insult.abuse"} <= set(insults[0]["merged_rule_ids"])
    assert len(findings) <= 5


def test_night_only_pressure_speaks_of_the_time_not_the_wording(api):
    """#5: a polite reminder at 23:30 is not 措辞在给你施压, and its steps quote no words it does not contain."""
    report = _analyze(api, NIGHT_REMINDER, "10690000888", "2026-12-03T23:30")
    summary = report["verdict"]["summary"]
    assert "23:30" in summary and "措辞在给你施压" not in summary
    ids = [g["id"] for g in report["guidance"]]
    assert "guide.verdict.aggressive_timing" in ids and "guide.verdict.aggressive" not in ids
    for g in report["guidance"]:
        for step in g.get("steps") or []:
            assert "今天必须还清" not in step


def test_night_only_page_headline_and_steps(client):
    page = client.post("/check", data={"text": NIGHT_REMINDER, "sender": "10690000888",
                                       "received_at": "2026-12-03T23:30"}).get_data(as_text=True)
    assert "问题在发送时间" in page
    assert "今天必须还清" not in page and "措辞在给你施压" not in page


def test_wording_pressure_at_night_says_both(api):
    text = "【招联金融】您的借款已逾期62天，今天必须还清，否则将安排人员上门核实。"
    summary = _analyze(api, text, "10690000888", "2026-12-03T23:30")["verdict"]["summary"]
    assert "措辞在给你施压" in summary and "23:30" in summary


@pytest.mark.parametrize(("text", "sender", "must", "must_not"), [
    (FAKE_COURT, "13812345678", "12368", "号码，到贷款机构"),
    (FAKE_POLICE, "13812345678", "当地派出所", "12368"),
    (FAKE_PBC, "10690555777", "96110", "12368"),
    (LENDER_SCAM, "10698888777", "贷款机构自己的 App", "12368"),
], ids=["court", "police", "central-bank", "lender"])
def test_scam_summary_sends_the_reader_to_whoever_is_impersonated(api, text, sender, must, must_not):
    """#7b: a fake court is checked through 12368, fake police at the police station, a fake central bank via 96110."""
    verdict = _analyze(api, text, sender)["verdict"]
    assert verdict["label"] == "scam"
    assert must in verdict["summary"] and must_not not in verdict["summary"], verdict["summary"]


@pytest.mark.parametrize(("form", "headline", "risk"), [
    ({"text": "", "sender": "+639171234567"}, "只查了号码：境外号码，风险高", "高"),
    ({"text": "http://bit.ly/3xYzAbc", "sender": ""}, "只查了链接：短链接，风险高", "高"),
    ({"text": "", "sender": "13912345678"}, "只查了号码：个人手机号，风险中", "中"),
], ids=["foreign-number", "short-link", "mobile"])
def test_only_a_number_or_a_link_gets_a_headline_about_it(client, form, headline, risk):
    """#6: no 不是催收短信…风险：低 above a card that says 诈骗风险很高."""
    page = client.post("/check", data=form).get_data(as_text=True)
    assert headline in page, page[:3000]
    assert f"风险：<strong>{risk}</strong>" in page
    assert "这条短信看起来和欠款、催收无关" not in page and "不是催收短信</h1>" not in page


def test_only_a_number_via_api_does_not_call_it_unrelated(api):
    verdict = _analyze(api, "", "+639171234567")["verdict"]
    assert "和欠款、催收无关" not in verdict["summary"] and "没有短信正文" in verdict["summary"]


def test_a_message_still_gets_its_verdict_headline(client):
    page = client.post("/check", data={"text": "今天天气不错，晚上一起吃饭吧。", "sender": "+639171234567"}).get_data(as_text=True)
    assert "只查了" not in page


def test_fake_court_with_a_case_number_is_not_said_to_have_none(api):
    """#9: 案号(2026)京0105刑初8890号 is in the message, so no finding says 没有可以核实的案号."""
    report = _analyze(api, FAKE_COURT, "13812345678")
    fake = [f for f in report["findings"] if f["kind"] == "fake_legal_process"]
    assert fake
    for f in report["findings"]:
        assert "没有可以核实的案号" not in f["explanation"] and "没有任何可以核实" not in f["explanation"], f
    assert any("写了案号" in f["explanation"] for f in fake)


def test_typed_signature_on_a_landline_is_not_called_a_personal_or_foreign_number(api):
    text = "【北京某某律师事务所】受某某消费金融委托，现向您发送律师函：请于7日内还清欠款，否则委托人将依法提起诉讼。"
    findings = _analyze(api, text, "01065551234")["findings"]
    mismatch = [f for f in findings if f["rule_id"] == "info.signature.personal_sender"]
    assert mismatch and "固定电话" in mismatch[0]["explanation"]
    assert all("个人或境外号码" not in f["explanation"] for f in findings)


def test_a_future_visit_is_not_explained_as_already_at_your_door(api):
    findings = _analyze(api, "你借的钱今天不还我们就到你单位闹，你自己看着办", "17012345678")["findings"]
    assert findings
    for f in findings:
        assert "threat.cov14.doorstep.already_there" not in [f["rule_id"], *f["merged_rule_ids"]]
        assert "已经守在" not in f["explanation"]


def test_lender_impersonation_is_not_explained_as_social_security(api):
    findings = _analyze(api, LENDER_SCAM, "10698888777")["findings"]
    for f in findings:
        assert not f["explanation"].startswith("冒充医保"), f


def test_outsourcing_is_not_titled_a_deadline(client):
    text = "【招联金融】您的借款已逾期62天，欠款8,432元。我司已将您的案件委托第三方机构催收。"
    page = client.post("/check", data={"text": text, "sender": "1069055999"}).get_data(as_text=True)
    assert "限时施压" not in page


def test_empty_text_via_api_is_the_forms_clear_error(api):
    """#16: {"text": ""} is not a not_collection report."""
    r = api.post("/api/v1/analyze", {"text": "  "})
    assert r.status == 400 and r.error_code == "invalid_value"
    assert "请先粘贴短信内容" in r.json["error"]["message"]
    batch = api.post("/api/v1/analyze/batch", {"messages": [{"text": ""}, {"text": "", "sender": "+639171234567"}]})
    first, second = batch.json["results"]
    assert first["error"]["code"] == "invalid_value" and "messages[0].text" in first["error"]["message"]
    assert second["verdict"]["label"] == "not_collection"


def test_nul_is_not_echoed_into_the_page(client):
    """#19: a NUL in the posted text does not reach the HTML."""
    page = client.post("/check", data={"text": "\x00abc您的借款已逾期\x00"}).get_data(as_text=True)
    assert "\x00" not in page and "abc您的借款已逾期" in page


def test_long_paste_is_not_cut_by_the_textarea_and_is_folded(client):
    """#14: no maxlength that cuts a paste silently; a long message is echoed folded."""
    home = client.get("/").get_data(as_text=True)
    assert 'maxlength="10000"' not in home and "不会悄悄截掉" in home
    too_long = client.post("/check", data={"text": "您的借款已逾期。" * 1300})
    assert too_long.status_code == 400 and "短信太长" in too_long.get_data(as_text=True)
    page = client.post("/check", data={"text": "您的借款已逾期，请尽快还款。" * 300}).get_data(as_text=True)
    assert '<details class="long-message">' in page
    short = client.post("/check", data={"text": "您的借款已逾期，请尽快还款。"}).get_data(as_text=True)
    assert "long-message" not in short


def test_lawyer_letter_of_an_unknown_firm_gets_the_firms_steps_not_the_courts(api):
    """#9 (M30): 北京某某律师事务所's letter is checked with the firm, not through 12368."""
    text = ("【北京某某律师事务所】受某某小额贷款有限公司委托，就您的借款逾期事宜发出律师函：请于7日内与我所联系协商还款，"
            "否则委托人将依法提起诉讼。联系电话010-65551234。")
    report = _analyze(api, text, "01065551234")
    legal = report["verdict"]["legal_check"]
    assert legal["stage"] == "lawyer"
    assert "律所" in report["verdict"]["summary"] and "12368" not in report["verdict"]["summary"]


def test_a_planned_visit_is_highlighted_as_one_statement(api):
    """#9 (M26): 安排工作人员 alone is not the doorstep visit; 安排工作人员于近期上门 is, once."""
    text = "【马上消费】您的欠款逾期已超过90天，我司将安排工作人员于近期上门核实您的还款能力，请保持电话畅通。"
    visits = [f for f in _analyze(api, text, "4008888888")["findings"] if f["kind"] == "doorstep_visit_threat"]
    assert len(visits) == 1 and "上门" in visits[0]["excerpt"], visits


def test_fallback_threat_step_keeps_the_kbs_balanced_wording():
    """lawrev15 #6: no 不还钱不会因此坐牢 without the exceptions, no 无权…找你家人."""
    from knowledge.entries import load_catalog
    from webapp import display

    first = display.FALLBACK_STEPS["unlawful_threat"][0]
    assert first.startswith(load_catalog().guides["guide.verdict.unlawful_threat"].steps[0])
    assert "无权" not in first and "罚款、拘留" in first
