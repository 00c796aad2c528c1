"""scam29: money routed to a person's own channel (knowledge/data/rules/zz_scam29.toml, and legal20.court_side_channel
anchored on a court measure). Each case below is written for its frame; none is a line of a labelled set or of the own
battery (tests/data/probes/scam29_own.jsonl), whose score is checked at the end."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer import analyze

SCAMS = {
    "arbitrator-personal-account": "【某仲裁中心】你的网贷案件已进入裁决程序，撤裁费3000元请汇入仲裁员本人名下银行卡，今日截止。",
    "clerk-wechat-traditional": "法院書記員通知：您的保全費請轉到書記員的微信，逾期將凍結名下財產。",
    "enforcer-spouse-card": "我是执行局的，你这个案子的执行款打到我老婆的卡上，今天就给你撤掉。",
    "collector-own-alipay": "你在平台的欠款我这边可以减免一半，钱直接转我支付宝，我给你销账。",
    "judge-own-mobile": "您的借款纠纷已到诉讼阶段，缴纳调解金可以撤诉，请联系主审法官个人微信。",
    "lift-consumption-ban-by-scan": "您已被法院限制消费，如需解除请扫这个二维码缴纳解除费用。",
}

GENUINE = {
    "lender-app-disclaimer": ("reminder", "【某某消费金融】您的借款已逾期5天，请登录官方App还款，我司员工不会要求您转账到个人账户。"),
    "bank-own-card": ("reminder", "【某某银行】您的信用卡已逾期，请尽快存入您本人的信用卡账户，如有疑问请致电我行官方客服。"),
    "company-account": ("reminder", "您好，您的贷款已逾期，请转账至我司对公账户，户名某某小额贷款有限公司，转账后请告知客服。"),
    "court-account": pytest.param(
        "legal_notice", "【某某人民法院】被执行人李某：请将执行款缴至本院执行款专户，本院不通过个人账户收取任何款项。",
        marks=pytest.mark.xfail(strict=True, reason="older than scam29: threat.fake_legal.enforcement reads this court "
                                "notice as a fake enforcement threat (no scam.s29 rule fires on it)")),
    "landlord-rent-wechat": ("not_collection", "这个月房租转我微信就行，水电下个月一起算。"),
    "friend-wechat": ("not_collection", "昨天的车费转我微信就行。"),
}


@pytest.mark.parametrize("text", SCAMS.values(), ids=SCAMS.keys())
def test_money_to_a_persons_own_channel_is_a_scam(text: str) -> None:
    report = analyze(text)
    assert report.verdict.label == "scam", [f.rule_id for f in report.findings]


@pytest.mark.parametrize(("label", "text"), list(GENUINE.values()), ids=GENUINE.keys())
def test_genuine_channels_and_private_matters_are_not_scams(label: str, text: str) -> None:
    report = analyze(text)
    assert report.verdict.label not in ("scam", "unlawful_threat"), [f.rule_id for f in report.findings]
    assert not any(f.rule_id.startswith("scam.s29.") for f in report.findings)


def test_own_battery_score() -> None:
    path = Path(__file__).parent / "data" / "probes" / "scam29_own.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    scams = [r for r in rows if r["category"] == "scam"]
    others = [r for r in rows if r["category"] != "scam"]
    caught = sum(analyze(r["text"]).verdict.label == "scam" for r in scams)
    false_alarms = [r["id"] for r in others if analyze(r["text"]).verdict.label in ("scam", "unlawful_threat")]
    assert caught == len(scams) == 30  # 26 on main before scam29
    # Two false alarms older than scam29 (scam.frames.account_changed_pay_here on a landlord's wife's card;
    # scam.r3.pay_to_named_account on an arbitration commission's own account): not to grow.
    assert set(false_alarms) <= {"SC29-N13", "SC29-N25"}
