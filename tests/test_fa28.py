"""Round 28 (brief FA28): phish28's stand-down for impersonated-service frames, applied to main's older scam rules.
A genuine notice names an official path (the body's App, 小程序, 公众号, a counter, an official short number), asks the
reader to pay their own bill, names a local case worker (网格员, 专管员, 客户经理) or offers a reply code that only looks
something up -- and nowhere sends the reader to a private chat, a link, a download, nor asks for a code, a card number,
a transfer or a fee. The texts are our own wordings (other senders, word orders and masks than the rule examples and
the battery); the own battery tests/data/probes/fa28_own.jsonl is scored at the end."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer import analyze

PROBES = Path(__file__).parent / "data" / "probes"
TOUCHED = ("scam.phishing.service_loss", "scam.frames.points_expiry_link", "scam.scheme.charge_cancel_offchannel",
           "scam.scheme.lure_callback", "scam.impersonation.account_risk_callback",
           "scam.impersonation.authority_signature", "threat.r16.third_party.tell_clients_and_inlaws")
HARM = ("scam", "unlawful_threat")


def _fired(text: str) -> set[str]:
    return {r for f in analyze(text).findings for r in f.rule_ids}


@pytest.mark.parametrize("text", [
    # pay your own bill; the landline or 400 number is left for questions
    "【XX自来水公司】您户11月水费已欠费96.2元，请于20日前缴纳，以免停水。如有疑问请回电0532-8xxxxxxx。",
    "【XX天然气】尊敬的用户：您的IC卡表余额不足，即将停止供气，请及时充值。咨询：400-6xx-xxxx",
    "【XX高速ETC】您的記帳卡綁定銀行卡扣款失敗，請於5日內存足款項，逾期將列入黑名單。諮詢4008-xxx-xxx",
    # a local case worker named
    "【XX村委会】您家的耕地补贴已审核通过，如未到账请联系本村网格员赵XX 136****4410。",
    "【XX农商行】您的贷款将于本月25日到期，请提前存足款项，如有疑问请联系您的客户经理周XX 158xxxx0021。",
    # the reply code only looks something up
    "【XX联通】您的积分4,100分将于年底清零，回复JF查询可兑换礼品。",
    # the official App
    "【XX银行】您的信用卡年费将于下月扣收，如需取消请通过手机银行办理，或到网点咨询。",
    # inserted symbols and spaces
    "【XX燃气】您家燃气费已欠费，将于3日后停气，请 及时 缴费。有疑问请回电 0755-8xxxxxxx。",
], ids=["water-bill", "gas-400", "etc-traditional", "grid-worker", "account-manager", "points-reply",
        "annual-fee-app", "spaced"])
def test_genuine_notices_not_flagged(text):
    assert not {r for r in _fired(text) if r in TOUCHED}
    assert analyze(text).verdict.label not in HARM


@pytest.mark.parametrize("text, rule", [
    # a fake official path plus a private channel, a link, a code, or a fee
    ("您的燃气卡已停用，请及时充值后加客服微信 rq-2026 重新激活", "scam.phishing.service_loss"),
    ("尊敬的用户，您的积分9100分即将清零，回复JF查询，也可点击 jf-xx.top 兑换现金", "scam.frames.points_expiry_link"),
    ("您的会员将自动扣费498元，请及时续费，如需取消请加客服QQ 31xxxxxx", "scam.scheme.charge_cancel_offchannel"),
    ("您的惠民补贴3000元已审核通过，请联系网格员 137xxxx2210 并先交120元手续费", "scam.scheme.lure_callback"),
    ("您的银行卡已被冻结，请及时存足款项后致电客户经理 0571-8xxxxxxx 并缴纳解冻金", "scam.impersonation.account_risk_callback"),
    ("【XX区法院】你的案件已立案，请及时缴纳诉讼费至账户6222021234567890123，逾期强制执行", "scam.impersonation.authority_signature"),
], ids=["gas-wechat", "points-link", "charge-qq", "subsidy-fee", "frozen-fee", "court-account"])
def test_scams_with_a_fake_official_path_still_scam(text, rule):
    assert rule in _fired(text)
    assert analyze(text).verdict.label == "scam"


def test_tell_clients_still_a_threat():
    """客户经理 is a case worker; telling 'your clients' about the debt is still third-party contact."""
    assert "threat.r16.third_party.tell_clients_and_inlaws" in _fired("欠款今天不还，我们就联系你的所有客户，让你生意做不下去")


@pytest.mark.parametrize("name", ["fa28_own.jsonl", "phish28_own.jsonl"])
def test_batteries_no_genuine_notice_called_harm(name):
    """Every scam is a scam (or at least a threat); no genuine notice is called scam or a threat."""
    rows = [json.loads(l) for l in (PROBES / name).read_text(encoding="utf-8").splitlines() if l.strip()]
    wrong = [r["id"] for r in rows
             if (r["category"] == "scam") != (analyze(r["text"], sender=r.get("sender_number")).verdict.label in HARM)]
    assert not wrong
