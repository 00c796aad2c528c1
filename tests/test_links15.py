"""Round 15 review items on links, numbers and the lender card (review15 #3, #4, #7a, #10, #12, #16):
through real HTTP to the real app (the API on waitress, the pages through the app's client)."""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

ZHAOLIAN = "【招联金融】您的额度已提升至5万元，请登录 https://zhaolian-jr.cc 领取，退订回T"
PBC = "【中国人民银行】征信中心通知：您的个人征信存在异常记录，请于今日点击 http://pbc-zx.com 处理，逾期将影响贷款。"
COURT = ("【上海市浦东新区人民法院】张某某，您好！您与某某消费金融有限公司金融借款合同纠纷一案，案号（2026）沪0115民初45678号，"
         "已立案受理。本院已通过电子送达方式向您送达起诉状副本、应诉通知书、举证通知书等材料，请登录 http://zxfw.court.gov.cn 查看。"
         "如有疑问请拨打12368。")
WEBANK_SCAM = "【微粒贷】您好，系统检测到您的还款异常，工作人员将为您处理，请把刚收到的6位验证码告诉客服，否则将冻结您的全部银行卡。"
MEITUAN_CODE = "验证码 482916，用于登录美团账号，5分钟内有效，请勿泄露。【美团】"
SF = "【顺丰速运】您的快件SF1234567890123已到达小区丰巢柜，取件码 8832，请于今日20点前取件。"


def analyze(api, text, sender=None, received_at=None):
    body = {"text": text}
    if sender:
        body["sender"] = sender
    if received_at:
        body["received_at"] = received_at
    r = api.post("/api/v1/analyze", body)
    assert r.status == 200
    return r.json


def page(client, text, sender="", received_at=""):
    r = client.post("/check", data={"text": text, "sender": sender, "received_at": received_at})
    assert r.status_code == 200
    return html.unescape(r.get_data(as_text=True))


def lookalikes(report):
    return [f for f in report["findings"] if f["rule_id"] == "link.lookalike"]


# -- #3 look-alike domains -----------------------------------------------------------------------------
def test_a_domain_spelling_the_signed_lender_is_a_high_lookalike(api):
    report = analyze(api, ZHAOLIAN, "10690000111")
    (link,) = report["links"]
    assert link["lookalike_of"] == "招联消费金融股份有限公司"  # the registry has no verified domain for it
    assert [f["severity"] for f in lookalikes(report)] == ["high"]
    assert report["verdict"]["label"] != "not_collection"


@pytest.mark.parametrize("text, imitated", [
    # pinyin of a lender's short name, never seen in any test message before this one
    ("【马上消费金融】您的借款额度待激活，请登录 mashang-edu.top 激活", "马上消费金融股份有限公司"),
    # initials of a lender's name as one piece of the domain
    ("【招联金融】恭喜获得免息券，请前往 zljr-vip.cc 领取", "招联消费金融股份有限公司"),
    # a bank's verified domain with letters added
    ("【招商银行】您的积分即将清零，请登录 cmbchina-jf.cc 兑换", "cmbchina.com"),
])
def test_lookalikes_generalise_over_spellings(api, text, imitated):
    report = analyze(api, text)
    assert [link["lookalike_of"] for link in report["links"]] == [imitated]
    assert [f["severity"] for f in lookalikes(report)] == ["high"]


def test_a_government_body_linking_outside_gov_cn_is_a_lookalike(api):
    report = analyze(api, PBC, "10690555777")
    (link,) = report["links"]
    assert link["lookalike_of"] == "中国人民银行"
    assert "gov.cn" in link["explanation"]
    assert [f["severity"] for f in lookalikes(report)] == ["high"]


@pytest.mark.parametrize("text", [
    "【美团】您的外卖红包已到账，打开 https://meituan.com 查看",  # the brand's own name alone: maybe its own site
    "【招商银行】您的信用卡账单已出，详情见 https://cmbchina.com",  # the verified domain
    "周末一起去 zhaolian-jr.cc 看看吗",  # no brand claimed, no debt or risk words: shown, not a finding
    # the credit reference centre is no government organ: its site is not on gov.cn (links._AUTHORITY)
    "【中国人民银行征信中心】您在征信中心网站 www.pbccrc.org.cn 提交的查询申请已受理，请按时登录查看。",
])
def test_own_or_unclaimed_domains_are_no_lookalike_finding(api, text):
    assert lookalikes(analyze(api, text)) == []


def test_every_lender_has_its_latin_spellings():
    table = json.loads((ROOT / "knowledge/data/brand_latin.json").read_text(encoding="utf-8"))
    from knowledge import registry

    missing = [r.id for r in registry.lenders() if r.id not in table]
    assert missing == [], "rerun scripts/brand_latin.py after adding a lender"


# -- #4 a court's own notice ---------------------------------------------------------------------------
def test_a_court_gov_cn_link_is_shown_as_a_government_site(client):
    body = page(client, COURT, "12368")
    card = body[body.index("短信里的链接："):]
    card = card[:card.index("</div>")]
    assert "不是核实过的官方网址" not in card
    assert "政府机关的网址" in card and "12368" in card


def test_12368_is_named_as_the_courts_number(api, client):
    report = analyze(api, COURT, "12368")
    assert "人民法院" in report["sender"]["explanation"] and "95xxx" not in report["sender"]["explanation"]
    body = page(client, COURT, "12368")
    card = body[body.index("发信号码："):]
    card = card[:card.index("</div>")]
    assert "无法确认是谁的号码" not in card and "人民法院" in card


def test_110_is_not_explained_as_a_95xxx_line(api):
    report = analyze(api, "您好，请于明日到派出所配合调查。", "110")
    assert "95xxx" not in report["sender"]["explanation"] and "公安机关" in report["sender"]["explanation"]


def test_a_court_notice_at_night_is_no_night_collection(api):
    report = analyze(api, COURT, "12368", "2026-12-03T03:00")
    assert "night_or_frequency" not in {f["kind"] for f in report["findings"]}
    # a collector's reminder at the same hour still is
    reminder = analyze(api, "【京东金融】您的白条已逾期3天，应还金额215.60元，请尽快在京东金融App还款。", "10690000888",
                       "2026-12-03T03:00")
    assert "night_or_frequency" in {f["kind"] for f in reminder["findings"]}


# -- #7a a scam using a licensed brand -------------------------------------------------------------------
def test_a_scam_card_says_the_brand_is_probably_impersonated(api, client):
    report = analyze(api, WEBANK_SCAM, "10698888777")
    assert report["verdict"]["label"] == "scam"
    assert "冒用" in report["lender"]["note"]
    assert "全部银行" not in [c["name"] for c in report["lender"]["candidates"]]
    body = page(client, WEBANK_SCAM, "10698888777")
    card = body[body.index('id="lender-title"'):body.index('id="numbers-title"')]
    assert "持牌机构" not in card and "较有把握" not in card and "冒用" in card
    assert "全部银行" not in card


# -- #10 full-width digits ---------------------------------------------------------------------------
def test_full_width_sender_digits_are_folded(api):
    report = analyze(api, "【ＸＸ金融】您已逾期３０天，欠款５０００元，今日不还将联系您的紧急联系人。", "１０６９０１２３４５")
    assert report["sender"]["type"] == "enterprise_sms_port"
    assert report["sender"]["normalized"] == "1069012345"


# -- #12 non-debt senders --------------------------------------------------------------------------
@pytest.mark.parametrize("text, sender, brand", [(MEITUAN_CODE, "1069012345", "美团"), (SF, "95338", "顺丰速运")])
def test_a_non_debt_sender_is_shown_as_its_sender_not_a_lender(api, client, text, sender, brand):
    report = analyze(api, text, sender)
    assert report["verdict"]["label"] == "not_collection"
    assert report["lender"]["name"] == brand  # the brand the message is from is kept
    assert "借款合同" not in report["lender"]["note"] and "持牌" not in report["lender"]["note"]
    body = page(client, text, sender)
    card = body[body.index('id="lender-title"'):body.index('id="numbers-title"') if 'id="numbers-title"' in body else None]
    assert "发信方" in card and brand in card
    for boilerplate in ("网络借贷平台", "不清楚是否持牌", "请以借款合同", "借款 App 或合同上的号码"):
        assert boilerplate not in card
    banner = body[:body.index("</section>")]
    assert "不确定是否持牌" not in banner


# -- #16 lender notes in Chinese ---------------------------------------------------------------------------
def test_lender_notes_are_chinese(api):
    lenders = api.get("/api/v1/lenders").json
    english = [item["id"] for item in (lenders["lenders"] if isinstance(lenders, dict) else lenders)
               if re.search(r"[A-Za-z]{3,}(?:[\s,;.()-]+[A-Za-z]{2,}){2,}", item["note"])]
    assert english == []


# -- one corporate group's own domains (lenders.json "group") ----------------------------------------
@pytest.mark.parametrize("text", [
    "【京东金融】您的白条账单已出，本期应还1200元，请于10日前登录京东金融App或访问 https://jr.jd.com 还款。",
    "【京东金融】尊敬的用户，您的金条本期待还860.00元，还款请前往 jr.jd.com/repay 或京东金融App。",
])
def test_a_group_firm_linking_to_its_groups_domain_is_not_another_lenders_domain(api, text):
    report = analyze(api, text, "1069036688")
    assert report["links"][0]["official_for"] == "jd"
    assert not [f for f in report["findings"] if f["rule_id"] == "link.other_lender_domain"]
    assert report["verdict"]["label"] == "reminder"


def test_a_lender_outside_the_group_linking_to_its_domain_still_is(api):
    report = analyze(api, "【招联金融】您的账单已出，本期应还1200元，请访问 https://jr.jd.com 还款。", "1069036688")
    assert [f["rule_id"] for f in report["findings"]] == ["link.other_lender_domain"]
    assert report["verdict"]["label"] == "scam"
