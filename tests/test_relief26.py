"""Round 26 (brief RELIEF26): the debt-relief and mediation economy. Agents that take a fee, a code or the repayments
are scams; a fake 调解中心/法务中心 claiming a court's powers is a fake legal process (a threat), a scam only when it
asks for money to a personal or "调解专用" account, a QR code, an app or a code; mediation used as a pretext to reach
the reader's village committee, workplace, child's school or contacts is third-party contact; the lenders' own
negotiation, a people's mediation committee and a court's pre-suit mediation are not flagged. The texts are our own
wordings (other bodies, word orders, Traditional characters), not lines of the batteries or of any data file."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer import analyze

HARM = ("scam", "unlawful_threat")


@pytest.mark.parametrize("text", [
    "【鼎盛调解中心】您在某平台的借款纠纷已立案待执行，调解不成将直接强制执行，冻结名下银行卡。",
    "【华安法律服务有限公司】你的借款纠纷已经仲裁裁决生效，三天内不还清直接查封你名下车辆。",
    "我們是金融調解中心，你的案件已經判決了，再不處理就凍結你的微信和支付寶。",
    "【某某法务中心】你已被列入失信名单，速与调解员联系处理。",
], ids=["mediation-centre-enforces", "legal-service-award", "traditional-judged", "legal-centre-blacklist"])
def test_fake_mediation_claiming_court_power_is_a_threat_not_a_scam(text):
    rep = analyze(text)
    assert rep.verdict.label == "unlawful_threat"
    assert any(f.kind == "fake_legal_process" for f in rep.findings)


@pytest.mark.parametrize("text", [
    "【鼎盛调解中心】您的调解方案已确认，请扫码支付首期调解款3000元，完成后撤销起诉。",
    "【某金融调解中心】您的欠款可减免一半，请将减免后金额汇入调解专用账户，户名：刘某某。",
    "您好，这里是法务中心，您的纠纷可以调解结案，请先安装“调解宝”APP签署电子调解书。",
], ids=["qr-code", "mediation-account", "app-install"])
def test_fake_mediation_with_a_pay_route_is_a_scam(text):
    assert analyze(text).verdict.label == "scam"


@pytest.mark.parametrize("text", [
    "谈不下来的话，我们这边就安排人去你们村委会公开调解，让乡亲们都评评理。",
    "你既然拒绝方案，明天我们就到你单位找你领导协调这件事。",
    "不接电话是吧，你女儿幼儿园那边我们会去沟通一下。",
    "协商失败，系统将向您的通讯录联系人逐一发送协查函。",
    # a menace with no act named, after the reader refused the talks
    "你拒绝调解是吧，那我们只好用别的办法了，到时候出了什么事你自己负责。",
], ids=["village-committee", "workplace-leader", "kindergarten", "contacts-letters", "menace-after-talks"])
def test_mediation_as_a_pretext_to_reach_third_parties_is_a_threat(text):
    rep = analyze(text)
    assert rep.verdict.label == "unlawful_threat"
    assert any(f.kind in ("third_party_contact", "violence_threat") for f in rep.findings)


@pytest.mark.parametrize("text", [
    "网贷先别还了，每月的钱打到我们这边，我们统一跟平台谈，保证不再催你。",
    "我们有银行内部关系，能帮你免除全部本金和罚息，只需先付手续费1800元。",
], ids=["divert-repayments", "waive-all-for-a-fee"])
def test_agents_taking_repayments_or_fees_are_scams(text):
    assert analyze(text).verdict.label == "scam"


@pytest.mark.parametrize("text", [
    # a regulator's and a police warning about these agents
    "【某金融监管局】风险提示：所谓“停息挂账”“反催收”中介以收取高额服务费为目的，诱导消费者停止还款。",
    # the reader's own question and complaint about them
    "征信修复是真的吗？有人说能删逾期记录，收费两千，有人办过吗？",
    "我同事找了个停息挂账的中介，交了三千块人家就不回消息了，太坑了。",
    "又接到债务优化的推销电话，直接拉黑了。",
    # a company meeting and a course
    "周四下午召开债务重组项目会议，请法务部、财务部派人参加。",
    # a lender's own robot offering to put the reader through to negotiate
    "（智能语音）您好，您的信用卡已逾期20天，如需协商分期还款请按1转人工，请尽快处理。",
    # a people's mediation committee's invitation and a court's pre-suit mediation
    "【某区人民调解委员会】您好，本会受理了某银行与您的信用卡纠纷调解申请，调解不收取任何费用，请于本周内联系调解员。",
    "【某区人民法院】某消费金融诉您借款合同纠纷一案已转入诉前调解，请登录人民法院在线服务查看，可拨打12368核实。",
    # a lawful doorstep check at the reader's own registered address
    "如您仍不接听电话，我司将安排工作人员到您户籍地走访核实居住情况。",
    # a bank offering its own 停息挂账 / 个性化分期 through its own app, free
    "【某银行】如您还款确有困难，可登录我行手机银行申请停息挂账或个性化分期，无需支付任何费用。",
    # a collector offering another way to talk after a refusal, naming it
    "您不接受这个方案也没关系，我们换个方式沟通，稍后给您寄一份书面还款计划。",
    # a relative telling the family the plan is done
    "爸，我跟银行谈好了，个性化分期批下来了，每月还一千五，你放心。",
], ids=["regulator-warning", "reader-question", "colleague-cheated", "ad-call-blocked", "company-meeting",
        "lender-robot", "peoples-mediation", "court-pre-suit", "own-address-visit", "bank-own-relief", "another-way-named", "family-plan-done"])
def test_lawful_and_ordinary_messages_with_the_same_words_are_not_flagged(text):
    assert analyze(text).verdict.label not in HARM


def test_own_batteries_keep_their_first_after_figures():
    """Both own batteries (written before the rules) stay at least at the figures reported for this branch, with no
    false alarm: a gold reminder, aggressive, legal_notice or not_collection line called scam or unlawful_threat.
    relief26_own's floor is 79, not 80, since round 57 merged neg75 by PREREG_round57's rules: RL26-051, a bank
    acknowledging a repayment-plan application with nothing to pay ("协商还款申请已收到…工作人员将与您联系"), which
    this battery labels reminder, is now not_collection — neg75 sets aside an application merely received."""
    root = Path(__file__).resolve().parent / "data" / "probes"
    for name, floor in (("relief26_own.jsonl", 79), ("relief26_own2.jsonl", 40)):
        rows = [json.loads(line) for line in (root / name).read_text(encoding="utf-8").splitlines() if line.strip()]
        got = [(r["category"], analyze(r["text"]).verdict.label) for r in rows]
        assert sum(g == e for e, g in got) >= floor, name
        assert not [1 for e, g in got if e not in HARM and g in HARM], name
