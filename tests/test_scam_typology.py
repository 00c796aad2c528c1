"""Scam frames written top-down from the Ministry of Public Security's typology of high-incidence
telecom fraud (knowledge/data/rules/scams_typology.toml), and the extortion threat "pay, otherwise
you get no peace", exercised through the real analyzer.

The messages here are self-written paraphrases, different from the rules' own examples and from any
dataset sentence: each frame once as a scam (the verdict is scam and this frame's rule points at its
words) and once or more as a lawful message sharing its words (a bank's own 涉诈 restriction that sends
you to a branch, a reimbursed advance, a bank's risk-disclosed wealth product, a loan paid to your card,
a friend's new number, a police warning quoting the scam...), which must not be called a scam and must
not fire the frame."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from analyzer import analyze

RULES = Path(__file__).resolve().parents[1] / "knowledge" / "data" / "rules" / "scams_typology.toml"

# name -> (message, rule that must point at it)
SCAMS = {
    "task-advance": ("线上兼职诚聘，用手机按要求下单，垫资后马上返还，另付佣金", "scam.typology.task_advance_rebate"),
    "task-topup": ("做任务赚零花钱，头一单返了二十，第二单需充值五百，完成后一并结算", "scam.typology.task_advance_rebate"),
    "invest-sure": ("内幕消息，这个币下周要涨十倍，稳赚，快去下载交易所APP", "scam.typology.guaranteed_return"),
    "invest-teacher": ("老师带单胜率九成，保证回本，五千元起入金", "scam.typology.guaranteed_return"),
    "loan-vip": ("您的贷款审批已通过，资金在平台账户内，办理VIP会员后方可提现", "scam.typology.member_fee_to_withdraw"),
    "verify-transfer": ("请将名下存款全部转入监管账户接受审查，审查结束后如数退还", "scam.typology.transfer_to_verify"),
    "number-misused": ("你的手机号被人冒用群发诈骗短信，涉嫌违法，请配合警方调查", "scam.typology.identity_misused_case"),
    "secrecy": ("本案属于机密，不得告诉任何人包括你的家人，配合我们办案", "scam.typology.identity_misused_case"),
    "warrant": ("最高检通知：您已被列入通缉人员，请于今日致电办案专线", "scam.typology.warrant_served_by_sms"),
    "leader-qq": ("我是你们单位的李主任，加一下我的QQ，有点事情找你", "scam.typology.leader_add_account"),
    "leader-wechat": ("我是张总，这是我新微信，通过一下", "scam.typology.leader_add_account"),
    "lost-phone-money": ("爸，我手机掉了，借同学手机发的，先帮我转3000交培训费", "scam.typology.changed_number_send_money"),
    "relay-code": ("宝，有个验证码发到你手机了，念给我听一下", "scam.typology.relay_code"),
    "military": ("我们是某部后勤部，要订购200箱矿泉水，需要你先找指定厂家代购", "scam.typology.military_procurement"),
    "off-platform": ("游戏皮肤低价出，平台手续费太高，私下转账给我马上发货", "scam.typology.off_platform_prepay"),
    "agent-autorenew": ("我这边是拼多多客服，您误开通了商家会员，不取消每月扣费300", "scam.typology.agent_autorenew_or_refund"),
    "agent-refund": ("这里是淘宝售后，您的订单因系统故障被多扣了钱，需要您跟着我操作退款", "scam.typology.agent_autorenew_or_refund"),
    # ("借记卡…点击下方链接重新认证" is caught too, but an older impersonation rule holds the same span and
    # the pipeline keeps one finding per kind and span.)
    "card-limited-login": ("您的信用卡受限，请登录网银重新激活", "scam.typology.account_limited_login_verify"),
}

THREATS = {
    "restaurant": ("再不打钱，你那个小饭馆以后别想消停", "threat.typology.pay_or_no_peace"),
    "family": ("给我拿三万，否则你家里人都别想安生", "threat.typology.pay_or_no_peace"),
}

# Lawful messages sharing the frames' words: not a scam, and no typology frame fires.
LAWFUL = {
    "advance-reimbursed": "公司团建费用先由你垫付，活动结束后凭票报销",
    "job-no-fee": "超市招理货员，时薪20元，当天结算，不收任何费用",
    "securities-risk": "【XX证券】本产品不保本，不承诺收益，投资有风险",
    "bank-wealth": "【XX银行】我行推出稳健型理财，历史业绩不代表未来表现，详询网点",
    "loan-paid": "【XX消费金融】您的借款已放款至尾号6789银行卡，请留意到账",
    "bank-micro-deposit": "【XX银行】已向您的银行卡转入0.01元，请在App内输入金额完成验证",
    "bank-fraud-restriction": "【XX银行】因您的账户涉嫌涉诈风险，已限制非柜面交易，请携带身份证到网点核实",
    "police-warning": "【反诈中心】提醒：公检法不会要求你保密、不会让你转账到安全账户",
    "new-manager": "我是新来的王经理，以后这个片区由我负责，有事打这个电话",
    "staff-to-boss": "王主任好，我是小李，这是我的微信，方便的话加一下",
    "lost-phone-no-money": "爸，我手机掉了，借同学手机给你说一声，晚点回家",
    "code-warning": "验证码别给任何人，包括我",
    "military-tender": "部队采购都是公开招标，我们公司中标了",
    "escrow": "闲鱼上买的，钱在平台担保，到了再确认",
    "member-expiry": "【拼多多】您的商家会员将于3天后到期，可在App内续费",
    "refund-done": "我是京东客服，您反馈的问题已处理，退款已原路退回",
    "bank-unlocked": "【工商银行】您的账户已解除限制，可正常使用",
    "restless-child": "这孩子天天闹，家里没一天消停的",
    "rent": "房东说再不交房租就要收回房子，我得赶紧打钱",
}


def _typology(report: dict) -> list[str]:
    return [f["rule_id"] for f in report["findings"] if ".typology." in f["rule_id"]]


@pytest.mark.parametrize("name", SCAMS)
def test_typology_scam_is_a_scam_and_points_at_its_words(name):
    text, rule_id = SCAMS[name]
    report = analyze(text).to_dict()
    assert report["verdict"]["label"] == "scam", (name, report["verdict"], report["findings"])
    hits = [f for f in report["findings"] if rule_id in [f["rule_id"], *f["merged_rule_ids"]]]
    assert hits, (name, [f["rule_id"] for f in report["findings"]])
    for f in hits:
        assert f["excerpt"] and f["excerpt"] == text[f["start"]:f["end"]]
        assert f["explanation"]


@pytest.mark.parametrize("name", THREATS)
def test_pay_or_no_peace_is_an_unlawful_threat(name):
    text, rule_id = THREATS[name]
    report = analyze(text).to_dict()
    assert report["verdict"]["label"] == "unlawful_threat", (name, report["verdict"], report["findings"])
    assert rule_id in [f["rule_id"] for f in report["findings"]]


@pytest.mark.parametrize("name", LAWFUL)
def test_lawful_look_alike_fires_no_typology_frame(name):
    report = analyze(LAWFUL[name]).to_dict()
    assert not _typology(report), (name, report["findings"])
    assert report["verdict"]["label"] not in ("scam", "unlawful_threat"), (name, report["verdict"], report["findings"])


def test_every_typology_rule_is_exercised_here():
    declared = set(re.findall(r'^id = "([a-z0-9_.]+)"', RULES.read_text(encoding="utf-8"), re.M))
    used = {rule for _, rule in SCAMS.values()} | {rule for _, rule in THREATS.values()}
    assert declared == used


def test_rule_file_names_its_public_source():
    head = RULES.read_text(encoding="utf-8").split("[", 1)[0]
    assert re.search(r"https?://\S+", head) and "公安部" in head
