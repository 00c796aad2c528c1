"""fa25: lawful messages that read as threats or scams, and the frames that tell them apart: why a contact is
reached (only to find the borrower or have them call back, on lost contact, or as the contract provides; a contact
who only agreed to pass a callback on), who the relative is (a co-borrower or one the reader would stand surety for),
whose measure a court's notice states (its own, under 本院 with its own case number, asking for no money), whose step
a lender announces (its own preparation, a threshold reached; a court's act after its own ruling), who allowed the
contact (the borrower's own authorisation) and whose loan a private lender asks after (politely, through a relative).
Threats and scams with the same words stay flagged. Examples are written for the frame; none is from a labelled set."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer import analyze

HARMFUL = ("scam", "unlawful_threat")
PROBES = Path(__file__).parent / "data" / "probes"

LAWFUL = {
    # a contact reached only to find the reader, on lost contact
    "locate-callback": "您的电话一直关机，我们只能通过您预留的联系人联系到您，请看到短信后尽快回电。",
    "locate-find": "你一直不回信息，我们只好打你留的紧急联系人，请他帮忙找到你。",
    "locate-contract": "因您持续失联，我司将根据借款合同约定联系您的紧急联络人。",
    "relayed": "我们给您的紧急联系人打过电话了，他答应转告您，请您方便时回电。",
    "relayed-trad": "我們給您的緊急聯繫人打過電話了，他答應轉告您，請您方便時回電。",
    # a relative who is a party to the loan
    "kin-co-borrower": "您的借款已逾期，您丈夫作为共同还款人同样负有还款义务，请夫妻二人尽快商量处理。",
    # a court's own measure under its own case number
    "court-own-freeze": "【XX县人民法院】XXX：本院在（2026）X0321执88号案件中已依法冻结你名下银行存款，请于十日内履行义务，如有异议可书面提出。",
    # the lender's own steps before filing; a court's act after its own ruling
    "own-prep": "公司法务部已经整理好诉讼材料，下周一提交法院，您还有最后几天时间协商。",
    "threshold": "您的欠款已达到诉讼条件，我司将视情况依法起诉，请尽快联系处理。",
    "after-ruling": "我司已向法院申请诉前保全，法院裁定以后会依法冻结相应财产，请您重视。",
    # the borrower's own authorisation; a private lender's polite relay
    "authorised": "您好，借款人刘某已书面授权我司联系您，他的分期已逾期，烦请您提醒他登录App查看。",
    "private-relay": "阿姨您好，小军去年借了我两万块，最近一直联系不上，麻烦您帮我问问他最近还好吗，钱的事不着急。",
}

HARMFUL_KEPT = {
    "locate-then-tell": "你手机一直关机，我们已经联系了你的紧急联系人，把你欠钱的事都告诉他了。",
    "locate-family": "你一直不回信息，我们只好打你老婆电话，让她帮忙找到你。",
    "locate-work": "你电话打不通，我们会联系你留的联系人和你单位领导，让他们帮忙找到你。",
    "relayed-family": "我们给你妈打过电话了，她答应转告你，你欠钱的事她也知道了。",
    "kin-party-work": "你老公也是担保人，我们已经把你欠钱的事告诉他公司领导了。",
    "court-case-pay": "【XX县人民法院】本院已冻结你名下账户，案号（2026）X0321执88号，请立即转账5000元到以下账户解冻：6222020200112233445。",
    "court-case-wechat": "【XX人民法院】（2026）X0321执88号案件本院已受理，请加执行法官微信处理，否则冻结你全部财产。",
    "prep-then-arrest": "公司法务已准备好起诉材料，你涉嫌诈骗，明天公安就上门抓人。",
    "authorised-pay": "借款人刘某已授权我司联系您，他欠的钱请您替他还了，不然我们把他的事发到你们家族群。",
    "private-relay-menace": "你弟弟借了我两万块，你帮我问问他，再不还我就天天去你家门口等着。",
    "private-pay-for-him": "你哥借我的钱一直不还，你帮我问问他，不行就你来还。",
}


@pytest.mark.parametrize("text", LAWFUL.values(), ids=LAWFUL.keys())
def test_lawful_frame_is_not_a_threat_or_scam(text: str) -> None:
    assert analyze(text).verdict.label not in HARMFUL


@pytest.mark.parametrize("text", HARMFUL_KEPT.values(), ids=HARMFUL_KEPT.keys())
def test_same_words_in_a_threat_or_scam_stay_flagged(text: str) -> None:
    assert analyze(text).verdict.label in HARMFUL


def test_locate_on_lost_contact_stays_pressure() -> None:
    # Not a threat, but a lender saying it will call the reader's contact is still pressure the reader should see.
    assert analyze(LAWFUL["locate-contract"]).verdict.label == "aggressive"


@pytest.mark.parametrize("name", ["fa25_own", "fa25_own2", "fa25_own3"])
def test_battery_has_no_false_alarm_and_keeps_its_guards(name: str) -> None:
    rows = [json.loads(line) for line in (PROBES / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line]
    false_alarms = [r["id"] for r in rows if r["category"] not in HARMFUL and analyze(r["text"]).verdict.label in HARMFUL]
    assert false_alarms == []
    # guards the branch's first run already missed on main (FA25B-T08, FA25C-67) are the only ones allowed to miss
    missed = [r["id"] for r in rows if r["category"] in HARMFUL and analyze(r["text"]).verdict.label != r["category"]]
    assert set(missed) <= {"FA25B-T08", "FA25C-67"}


LETTER_TO_ADDRESS = {
    # (the frame was written from para16_open P16S085, an opened line; this is a new wording of it)
    "lawful-mail-address": "您的账户逾期较久，若月底前仍未处理，我们会依约去您的户籍地发送律师函。",
}
LETTER_SHOWN = {
    "letter-to-village": "律师函我们会寄到你户籍地村委会，再贴到村口，让乡亲们都看看你欠钱不还。",
}


@pytest.mark.parametrize("text", LETTER_TO_ADDRESS.values(), ids=LETTER_TO_ADDRESS.keys())
def test_letter_to_the_readers_own_address_is_pressure(text: str) -> None:
    assert analyze(text).verdict.label == "aggressive"


@pytest.mark.parametrize("text", LETTER_SHOWN.values(), ids=LETTER_SHOWN.keys())
def test_letter_shown_to_the_village_stays_a_threat(text: str) -> None:
    assert analyze(text).verdict.label == "unlawful_threat"
