"""Round 31 (brief FA31): false alarms whose words belong to another frame. 转给我 as a message forwarded to the one
who pastes it (朋友转给我的，转给我让我问问), not money sent to a person; a lender freezing only its own service (a clause
that says no more than 账户已冻结, 卡片使用功能, 分期权益), not the reader's bank cards or property; a lender's own pause of
its calls (暂停催收) or a 停息挂账 agreement already made with it, not a paid agent; a reader or relative wondering whether
a message is a scam (看着像骗子), not an insult. The texts below are our own wordings; each real scam or threat that uses
the same words keeps its verdict."""
from __future__ import annotations

import pytest

from analyzer import analyze

HARM = ("scam", "unlawful_threat")


@pytest.mark.parametrize("text", [
    # a forwarded message, pasted with the reader's own words around it
    "表姐转给我的，她说不知道真假，大家帮看看：【某某银行】您的信用卡本期账单已出，最低还款额300元，请按时还款。",
    "我爸手机上收到的，转给我让我问问是不是真的：【某某消费金融】您本期应还892元已逾期2天，请今日内还款。",
    "同事转给我的，她说看着像骗子：【某某燃气】您家燃气费本月已自动扣缴，余额不足时请及时充值。",
    # a lender freezing its own service
    "【某某银行】您的信用卡已逾期两期，账户已冻结，请尽快还清欠款以免影响信用记录。",
    "【某某分期】您的账单逾期已满45天，我司已冻结您的用卡功能，结清后可申请恢复。",
    # a lender's own pause of calls, an agreement already made
    "【某某消费金融】您好，经审核您的困难情况属实，自即日起暂停电话催收15天，期间请留意App内的还款方案。",
    "【某某银行】您好，您已签署停息挂账协议，本月应还协议款额950元，请于20日前存入还款卡。",
], ids=lambda t: t[:14])
def test_ordinary_or_lawful_is_not_called_scam_or_threat(text):
    report = analyze(text)
    assert report.verdict.label not in HARM, (report.verdict.label, [f.rule_id for f in report.findings])


@pytest.mark.parametrize(("text", "label"), [
    ("欠款今天必须结清，直接微信转给我，我帮你在系统里销账。", "scam"),
    ("你名下的银行卡和微信支付宝已被冻结，今天不还钱明天就上门。", "unlawful_threat"),
    ("网贷逾期别慌，我们团队帮你暂停催收、停息挂账，先交2000元服务费。", "scam"),
    ("你就是个骗子，欠钱不还还装死，今天不还我弄死你。", "unlawful_threat"),
    ("【某某卡中心】您的卡片已被列入风控，请回复身份证号和卡号以便解除限制。", "scam"),
], ids=lambda t: t[:14] if isinstance(t, str) else t)
def test_real_scam_or_threat_keeps_its_verdict(text, label):
    assert analyze(text).verdict.label == label
