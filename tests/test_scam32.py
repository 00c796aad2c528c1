"""scam32: fake refund / fake customer service (knowledge/data/rules/zz_scam32.toml, the in_platform_aftersale
stand-down, and the bare 拨 call-back verb in analyzer/rule_contexts.py), checked through real analyzer calls, and the
own battery (tests/data/probes/scam32_own.jsonl), whose score is checked at the end."""
import json
from pathlib import Path

import pytest

from analyzer import analyze

SCAMS = [
    # refund conditioned on an outflow step (borrow, credit line, bank statement, top-up, fee) or guided operation
    "亲，您买的奶粉被查出问题，要给您退款，您打开一下京东白条我带您操作",
    "您的理赔款需要先做一笔银行流水验证，验证完才能到账",
    "您好，退款失败，需要您先充值800元激活账户，充值后即可退回",
    "您的店铺保证金退還失敗，需要配合轉賬驗證，我們遠程幫您操作",
    "退款需要通过XX贷借款验证还款能力，验证后连同借款一起退还给你",
    # a masked or unofficial call-back number after a bare 拨 (请速拨, 速拨)
    "您尾号8821的银行卡于12月3日在境外消费9,800元，如非本人操作请速拨 400-8XX-XXXX 办理止付。",
]
GENUINE = [
    "【淘宝】您的退款申请已通过，退款158.00元将在1-3个工作日原路退回至您的支付账户，请注意查收。",
    "【京东快递】您的包裹在运输途中破损，我们已为您登记理赔，理赔款将在审核通过后通过京东App原路返还，无需提供银行卡密码或验证码。",
    "您好，我是您在XX旗舰店订单的客服，您购买的面膜批次已安排召回，请在订单页面点击“申请售后”选择退货退款，运费由我们承担。",
    "理赔不需要您转账或缴纳任何费用，请在App内自助申请",
    "谨防诈骗：自称客服让你开通备用金、借款才能退款的都是骗子。",
    "退款已经到账了，我用它还了借呗",
    "房东说押金退还需要先交清这个月的水电费",
    "【中国银行】您尾号6621的信用卡消费9,800元。如非本人交易，请速拨95566",
    "财政拨款300万元已到位，如有疑问请联系办公室",
    # money the reader is owed back through the official app, money the reader owes, money already arrived
    "【招商银行】您的信用卡有溢缴款320元，请通过掌上生活App转账取回。",
    "根据调解协议，您应支付的赔偿款请于12月20日前转账至原告账户",
    "补偿款已到账，请及时查收，如需充值可前往App",
    "亲，退款我帮您操作一下，您在订单页面点申请退款就行",
    "【招联金融】您本期账单1,268.50元将于12月15日到期，请通过招联金融App还款，请勿向任何个人账户转账。",
]


@pytest.mark.parametrize("text", SCAMS, ids=[f"scam{i}" for i in range(len(SCAMS))])
def test_fake_refund_is_scam(text):
    assert analyze(text).verdict.label == "scam"


@pytest.mark.parametrize("text", GENUINE, ids=[f"genuine{i}" for i in range(len(GENUINE))])
def test_genuine_notice_is_not_an_alarm(text):
    report = analyze(text)
    assert report.verdict.label not in ("scam", "unlawful_threat")
    assert not [f.rule_id for f in report.findings if f.category == "scam"]


def test_own_battery():
    path = Path(__file__).parent / "data" / "probes" / "scam32_own.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    scams = [r for r in rows if r["category"] == "scam"]
    others = [r for r in rows if r["category"] != "scam"]
    caught = sum(analyze(r["text"]).verdict.label == "scam" for r in scams)
    kept = sum(analyze(r["text"]).verdict.label not in ("scam", "unlawful_threat") for r in others)
    assert caught >= 29 and len(scams) == 30  # 26 on main before scam32
    assert kept == len(others) == 30  # 28 on main before scam32
