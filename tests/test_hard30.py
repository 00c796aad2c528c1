"""hard30: a lender's own lawful step still read as a fake legal process or a threat to tell third parties, and the
frames that tell it apart (knowledge/data/rules/zz_hard30.toml, read in analyzer/detectors/lawful_frame.py): the
writer (我司, 本行, 平台, 我们, a private creditor's 我) says it has taken or will take a step to a court it names
(已向法院申请强制执行, 已申请支付令, 已委托律师起诉, 法院通知为准), or states a judgment as in force; a contact
reached only to ask whether the reader is all right, or a hospital reaching a patient's emergency contact. The same
words with money to an account, a link, a masked case number, hours, a freeze said as done, crime, police, the door,
family, work, contacts, exposure or no court named at all (我方已经对你提起诉讼了啊!!) stay flagged. Examples are
written for the frame; none is a line of the battery."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer import analyze

HARMFUL = ("scam", "unlawful_threat")
PROBES = Path(__file__).parent / "data" / "probes"

LAWFUL = {
    "own-enforcement-done": "【某某消费金融】您好，您的欠款判决已生效，我司已向某区人民法院申请强制执行，请留意法院的执行通知。",
    "own-enforcement-trad": "【某某消費金融】您好，您的欠款判決已生效，我司已向某區人民法院申請強制執行，請留意法院的執行通知。",
    "own-suit-done": "***女士，本行已就您的信用卡欠款向法院提起诉讼，后续以法院送达的文书为准，仍可与本行协商。",
    "own-payment-order": "您好，我司已向法院申请支付令，请注意查收法院寄送的文书，有疑问请致电官方客服。",
    "private-creditor-sued": "老王，借你的5万块我已经找律师向法院起诉了，开庭时法院会通知你。",
    "judgment-in-force": "【某某小贷】经法院判决，您应偿还借款本息，判决已生效，请按判决履行，否则我司将依法申请执行。",
    "contact-welfare": "张某，你电话一直打不通，我只能问问你留的联系人你是不是出什么事了，看到请回电。",
    "hospital-contact": "【某某医院】您好，我院已联系病人留的紧急联系人，请家属尽快到住院部办理手续。",
}

HARMFUL_KEPT = {
    "own-step-hours": "我司已向法院申请强制执行，24小时内不还款将查封你名下房产。",
    "own-step-masked-case": "某某金融已向法院提起诉讼，案号XXXX，请立即登录处理。",
    "own-step-transfer": "我司已向法院起诉，还款请转入以下个人账户，转账后撤诉。",
    "own-step-family": "我司已向法院起诉，同时已通知你家人和单位领导，让他们都知道。",
    "own-step-crime": "平台已向法院起诉，你涉嫌诈骗，公安会去你家找你。",
    "own-step-tomorrow": "我司法务部已向法院申请强制执行，你的工资卡明天就会被划走。",
    "own-step-next-week": "我司已向法院起诉你，法院下周就来查封你名下的车。",
    "own-step-no-court": "逾期还装死，我方已经对你提起诉讼了啊!!",
    "contact-tell-all": "你留的联系人我们已经全部通知了，你通讯录里的人挨个告诉他们你欠钱不还。",
}


@pytest.mark.parametrize("text", LAWFUL.values(), ids=LAWFUL.keys())
def test_lawful_step_is_not_a_threat_or_scam(text: str) -> None:
    assert analyze(text).verdict.label not in HARMFUL


@pytest.mark.parametrize("text", HARMFUL_KEPT.values(), ids=HARMFUL_KEPT.keys())
def test_same_words_with_money_hours_crime_door_family_or_no_court_stay_flagged(text: str) -> None:
    assert analyze(text).verdict.label in HARMFUL


# first run on main c87cc8c (commit 4a2ef3d): HD30-T08 called scam (a harmful verdict, counted as kept here)
KNOWN_FALSE_ALARMS = {"HD30-L16"}  # 公司已申请强制执行 with no court named: left to the rule (cov14_threat's label)


def test_battery_has_no_new_false_alarm_and_keeps_its_threats() -> None:
    rows = [json.loads(l) for l in (PROBES / "hard30_own.jsonl").read_text(encoding="utf-8").splitlines() if l]
    false_alarms = {r["id"] for r in rows if r["category"] not in HARMFUL and analyze(r["text"]).verdict.label in HARMFUL}
    assert false_alarms <= KNOWN_FALSE_ALARMS
    missed = {r["id"] for r in rows if r["category"] in HARMFUL and analyze(r["text"]).verdict.label not in HARMFUL}
    assert not missed
