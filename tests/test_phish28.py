"""Round 28 (brief PHISH28): phish27's impersonated-service frames narrowed. A genuine notice points to an official
path (the body's App, 小程序, a counter, the official hotline, the card's back) or asks only that you pay your own bill,
or asks nothing; a collection message about the reader's own overdue debt mentions 征信中心, 额度 or 冻结 as the debt or
its consequence. Neither is an impersonated service. The texts are our own wordings (other senders, word orders and
masks than the rule examples and the battery); the own battery tests/data/probes/phish28_own.jsonl is scored at the end."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer import analyze

PROBES = Path(__file__).parent / "data" / "probes"
NARROWED = ("scam.p27.", "scam.p28.", "scam.phishing.service_loss", "scam.impersonation.acquaintance_new_number")


def _fired(text: str) -> set[str]:
    return {r for f in analyze(text).findings for r in f.rule_ids}


@pytest.mark.parametrize("text", [
    # a local case worker's own mobile (网格员, 村会计, 专管员)
    "【XX街道】辖区城乡居民医保缴费开始了，不会线上缴的居民可联系本社区网格员周XX 151****6630 代为办理。",
    "【XX公积金】贵单位10月住房公积金尚未足额汇缴，请尽快办理，如有疑问请联系专管员李工 133xxxx8106。",
    # pay your own bill; the number is left for questions
    "【XX市税务局】您有一笔城镇土地使用税欠缴，请于本月25日前补缴，咨询电话 0571-8xxxxxxx。",
    "【XX燃气】您家燃气表余额不足，将于5日后停气，请及时充值，有疑问请回电 0591-8xxxxxxx。",
    # the reply code only asks for information
    "您尾号7710的信用卡获批临时额度8000元，有效期60天，回复1查询详情。",
    # the carrier itself, or the school's own counter
    "【申通快递】您的快件因地址不全滞留在XX网点，请尽快回复确认完整地址。",
    "【XX职业学院】在校期间开通的学生账户需要注销，请毕业生离校前到财务处窗口办理。",
    # a friend or landlord returning money; an old loan between friends
    "房租押金1500退还给你，你把银行卡号发我一下。",
    "换了新微信号，之前你借给我的2000我今晚转你，查收下。",
    # the body's own 小程序 / platform
    "【XX通ETC】您的ETC申请审核未通过，请进入小程序重新上传车辆照片。",
], ids=["grid-worker", "fund-officer", "tax-arrears", "gas-bill", "limit-query", "parcel-reply", "school-counter",
        "deposit-back", "old-loan", "etc-miniapp"])
def test_genuine_notices_not_flagged(text):
    assert not {r for r in _fired(text) if r.startswith(NARROWED)}
    assert analyze(text).verdict.label not in ("scam", "unlawful_threat")


@pytest.mark.parametrize("text", [
    "您在XX平台的借款已逾期20天，我司将上报人民银行征信中心，请尽快联系 186xxxx4402 办理还款。",
    "您的借款已逾期，可用额度已冻结，请返回App首页查看还款计划。",
    "您的借呗已严重逾期，额度已冻结，请尽快回拨我司电话处理。",
    "您的分期已逾期，如不处理支付宝账户将被冻结，请联系我们协商还款。",
    "您的公积金贷款已逾期2期，请联系经办人 139xxxx 办理还款。",
    "我是XX金融催收专员，这是我新微信号，请今天转账还款1500元。",
], ids=["report-to-credit-centre", "return-to-app", "frozen-callback", "contact-us", "fund-loan", "collector-new-wechat"])
def test_collection_messages_not_read_as_impersonated_service(text):
    """A message about the reader's own overdue debt: the phish28-narrowed frames stay silent (other rules may still
    call it aggressive or a threat)."""
    assert not {r for r in _fired(text) if r.startswith(NARROWED)}


@pytest.mark.parametrize("text, rule", [
    ("【医保中心】您的医保账户存在异常扣费，请致电 400-8xx-xxxx 办理退费。", "scam.p27.authority_trouble_callback"),
    ("公积金新政可全额提取，添加工作人员微信 gjj-88xx 办理", "scam.p27.authority_private_contact"),
    ("恭喜您获得30万元授信额度，回复Y申请", "scam.p27.credit_offer_reply"),
    ("您的ETC已停用，回电处理", "scam.p28.service_loss_bare_action"),
    ("您的包裹涉嫌违规已被扣押，请尽快核实收件信息", "scam.p27.parcel_trouble_confirm"),
    ("您名下车辆有一笔通行费未缴，逾期将吊扣驾照", "scam.p27.vehicle_record_pending"),
    ("姐，我换新微信了，能不能先借我3000急用", "scam.impersonation.acquaintance_new_number"),
], ids=["medical-400", "fund-wechat", "credit-reply-y", "etc-callback", "parcel-seized", "toll-deadline", "new-wechat"])
def test_scams_still_scam(text, rule):
    assert rule in _fired(text)
    assert analyze(text).verdict.label == "scam"


def test_question_negation_released_only_for_a_request():
    """能不能 / 可不可 stop negating only before a request for money or help (能不能先借我); a collector's
    能不能别… keeps its negation, as on main."""
    assert analyze("能不能别逼我们上门？今天务必处理。").verdict.label not in ("scam", "unlawful_threat")
    assert analyze("你能不能别让我们联系你家人？今天必须还款。").verdict.label != "unlawful_threat"
    assert "scam.impersonation.acquaintance_new_number" in _fired("表姐，我换了新微信，可不可以先借我2000")


def test_own_battery():
    """Scams are scams; no genuine notice is called scam or a threat except four that main also calls scam by
    older rules (G008 service_loss with a 400 number, G010 points_expiry_link, G031 charge_cancel_offchannel,
    G049 lure_callback)."""
    rows = [json.loads(l) for l in (PROBES / "phish28_own.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    known = {"PH28-G008", "PH28-G010", "PH28-G031", "PH28-G049"}
    harm = ("scam", "unlawful_threat")
    wrong = [r["id"] for r in rows if r["id"] not in known and (
        (r["category"] == "scam") != (analyze(r["text"], sender=r.get("sender_number")).verdict.label in harm))]
    assert not wrong
