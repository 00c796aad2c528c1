"""hard27: hard but lawful pressure that read as an unlawful threat or a scam, and the frames that tell it apart:
a summons or hearing date said as the court's later step (传票到了就…, 开庭时间以法院通知为准); 申请强制执行 listed among
the creditor's future steps; a stage before the suit (起诉前的最后审核); a legal-services signature that says it will
apply to the court for a 失信/限高 listing; a later call to the emergency contact only to confirm the reader's own
contact details. The same words said as done, to a third party, or with harm stay flagged. Examples are written for
the frame; none is a line of the batteries or of a labelled set."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer import analyze

HARMFUL = ("scam", "unlawful_threat")
PROBES = Path(__file__).parent / "data" / "probes"

LAWFUL = {
    "summons-when-arrives": "钱你就继续拖着吧，等法院传票送到你手上你就明白了。",
    "summons-when-trad": "錢你就繼續拖著吧，等法院傳票送到你手上你就明白了。",
    "hearing-date-by-court": "本公司将于近日向人民法院递交起诉状，您的开庭日期以法院送达的通知为准，请知悉。",
    "enforcement-listed": "张某某，您长期拖欠借款，我司将依法维护权益，包括但不限于提起诉讼、申请强制执行、申请财产保全。",
    "enforcement-listed-masked": "***先生，您长期拖欠借款，我司将依法维护权益，直至申请法院强制执行。",
    "before-suit-review": "尊敬的客户，您的逾期账户已进入起诉前的最终复核，复核期内还清欠款即可终止流程。",
    "counsel-applies-listing": "【某某法律服务】您的欠款逾期，本机构将协助债权人依法起诉，并申请法院将您纳入失信名单，请尽快还款。",
    "emergency-contact-confirm": "您的借款逾期未还，若仍无法联系，我司会联系您的紧急联系人确认您的新号码。",
    "never-bombard": "我们从来不会爆通讯录，但您的逾期记录会按规定上报征信，请尽快处理欠款。",
    "overdraft-law": "【某银行】温馨提示：恶意透支，经发卡银行两次有效催收后超过三个月仍不归还的，可能构成信用卡诈骗罪，请您按时还款。",
    "generic-label": "借了钱不还就叫老赖，您现在还款还来得及，有困难可以申请分期。",
    "visit-appointment": "你的欠款已经转到我们这边，我们的人月底去你们市里，方便的话约个时间找个茶馆聊聊还款。",
    "found-by-service": "躲着不接电话没有用，别以为换了号就找不到你，起诉以后法院的传票照样会送到你登记的地址。",
}

HARMFUL_KEPT = {
    "summons-already-here": "你的法院传票已经到了，明天就开庭，不还就等着吧。",
    "hearing-done-with-police": "你已被法院立案，开庭时间以法院通知为准，公安会同步上门带人。",
    "enforcement-by-collector": "我们明天就派人去你家强制执行，包括你的车和家电。",
    "suit-done": "你欠的钱一直不还，已经被我司起诉了，法院下周就来查封你的房子。",
    "counsel-listed-done": "【某某法律服务】您已被列入失信名单，请立即转账至指定账户撤销。",
    "emergency-contact-told": "我们会联系您的紧急联系人，把您欠款不还的事告诉他，让他替您还。",
    "contacts-all": "我们将联系您通讯录里的所有联系人，核实您的联系方式。",
    "bombard-not-negated": "你从来不接电话，那我们就爆你通讯录，让所有人都知道你欠钱。",
    "overdraft-done": "你恶意透支已经构成信用卡诈骗罪，银行已经报案，等着坐牢吧。",
    "label-on-reader": "你欠钱不还就是老赖，还有脸接电话？",
    "visit-camps": "我们的人月底去你们市里，约个时间见面，不然就去你家门口守着。",
    "found-and-watched": "别以为换了号就找不到你，法院文书照样送到，我们的人也会去你家门口看看。",
}


@pytest.mark.parametrize("text", LAWFUL.values(), ids=LAWFUL.keys())
def test_lawful_pressure_is_not_a_threat_or_scam(text: str) -> None:
    assert analyze(text).verdict.label not in HARMFUL


@pytest.mark.parametrize("text", HARMFUL_KEPT.values(), ids=HARMFUL_KEPT.keys())
def test_same_words_done_or_to_others_stay_flagged(text: str) -> None:
    assert analyze(text).verdict.label in HARMFUL


def test_emergency_contact_purpose_stays_pressure() -> None:
    # not a threat, but a lender saying it will call the reader's contact is still pressure the reader should see
    assert analyze(LAWFUL["emergency-contact-confirm"]).verdict.label == "aggressive"


# the twins each battery missed on its first run, before any rule change for it (commits 55c8228, 1531574, 80812e1; battery 3 missed none)
FIRST_RUN_MISSES = {"HD27-U24", "HD27-U35", "HD27-U46", "HD27-U49",
                    "HD27B-U03", "HD27B-U06", "HD27B-U12", "HD27B-U14", "HD27B-U16", "HD27B-U21", "HD27B-U24",
                    "HD27B-U29", "HD27B-U30", "HD27D-U02", "HD27D-U05", "HD27D-U09", "HD27D-U15"}


# HD27C-L02 (判决已经生效了…) states a judgment as done: left to the done-claim rules, a known false alarm
KNOWN_FALSE_ALARMS = {"HD27C-L02"}


@pytest.mark.parametrize("name", ["hard27_own", "hard27_own2", "hard27_own3", "hard27_own4"])
def test_battery_has_no_false_alarm_and_keeps_its_twins(name: str) -> None:
    rows = [json.loads(line) for line in (PROBES / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line]
    false_alarms = {r["id"] for r in rows if r["category"] not in HARMFUL and analyze(r["text"]).verdict.label in HARMFUL}
    assert false_alarms <= KNOWN_FALSE_ALARMS
    missed = {r["id"] for r in rows if r["category"] in HARMFUL and analyze(r["text"]).verdict.label not in HARMFUL}
    assert missed <= FIRST_RUN_MISSES
