"""Round 24 (brief SCAM24): scams that named no loan or wore a collection message and were read as not_collection or
reminder. The texts below are our own wordings (other word orders, senders and masks than the rule examples and the
probe lines); the own batteries tests/data/probes/scam24_own*.jsonl are scored as a whole at the end."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer import analyze

PROBES = Path(__file__).parent / "data" / "probes"


def _s24(text: str) -> set[str]:
    return {r for f in analyze(text).findings for r in f.rule_ids if r.startswith("scam.s24.")}


@pytest.mark.parametrize("text, rule", [
    ("你这笔网贷已经逾期很久了，今天通过短信里的链接把欠款结清，不然明天上门。", "scam.s24.repay_at_sms_link"),
    ("欠款可以减免一半，复制下方网址到浏览器办理结清，限时三天。", "scam.s24.repay_at_sms_link"),
    ("你的账单逾期了，别在App里还了，系统在升级，直接转到财务的卡上。", "scam.s24.repay_channel_switch"),
    ("逾期客户请加企鹅 8XXXXXXX 领取最新还款账户，今天结清免罚息。", "scam.s24.repay_channel_switch"),
    ("您好，为了帮您处理退款，请先把手机屏幕共享给我看一下。", "scam.s24.remote_control"),
    ("麻烦您下载一个ToDesk，我这边远程帮您把贷款额度关掉。", "scam.s24.remote_control"),
    ("老同学，猜猜我是谁？这是我新号码。", "scam.s24.stranger_opener"),
    ("我是你们王书记，换了个号，有空加一下我的新微信。", "scam.s24.stranger_opener"),
    ("为了核实您的身份，请把信用卡的安全码说一下。", "scam.s24.card_security_code"),
    ("同学你好，你读书时候的校园贷账户至今未注销，需要配合处理。", "scam.s24.student_account_uncancelled"),
    ("您的借款资金被风控冻结了，要先走一笔流水才能放款到账。", "scam.s24.flow_to_unfreeze"),
    ("您的医保卡认证失败，请速拨 1XXXXXXXXXX 重新办理，否则将停用。", "scam.s24.service_problem_call"),
], ids=["sms-link-settle", "copy-url-settle", "not-in-app", "chat-for-account", "share-screen", "todesk",
        "guess-who", "new-chat-secretary", "security-code", "campus-loan", "flow-release", "medical-card-call"])
def test_scams_read_as_scam(text, rule):
    report = analyze(text)
    assert rule in _s24(text)
    assert report.verdict.label == "scam"


@pytest.mark.parametrize("text", [
    "【XX消费金融】您本期账单已逾期，请在XX消费金融App“我的-还款”中还款，请勿点击陌生链接。",
    "【XX银行】您的信用卡逾期未还，请通过手机银行还款，切勿向任何个人账户转账。",
    "我们公司的对公账户户名是XX科技有限公司，报销款下周打到你卡上。",
    "下午的培训会请各位讲师提前打开屏幕共享测试一下投影。",
    "刘总，我是新来的助理小陈，这是我的号码，明天上午的会议材料已放您桌上。",
    "【XX银行】温馨提示：卡背面的安全码请勿告诉任何人，本行工作人员不会索要。",
    "我大学时候的校园贷早就还清了，账户也没注销，不过没影响。",
    "申请房贷时银行让我补一份近半年的工资流水。",
    "【交管12123】您的驾驶证即将到期，请通过交管12123App申请换证，否则将无法正常使用。",
], ids=["lender-app-path", "bank-no-personal", "company-account", "training-screen-share", "assistant-new-number",
        "cvv-warning", "own-campus-loan", "payslip-flow", "licence-renewal-app"])
def test_lawful_or_ordinary_not_flagged(text):
    assert not _s24(text)
    assert analyze(text).verdict.label not in ("scam", "unlawful_threat")


@pytest.mark.parametrize("name, floor", [("scam24_own.jsonl", 71), ("scam24_own2.jsonl", 33)])
def test_own_batteries(name, floor):
    """Every scam is a scam and no negative is called scam or a threat. Own S09 (a foreign charge, 请速拨 a masked
    400 number) left the known misses in scam32: a bare 拨 now reads as a call-back request."""
    rows = [json.loads(line) for line in (PROBES / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    good = 0
    for row in rows:
        label = analyze(row["text"]).verdict.label
        good += (label == "scam") if row["category"] == "scam" else label not in ("scam", "unlawful_threat")
    assert good >= floor
