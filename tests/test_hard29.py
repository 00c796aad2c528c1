"""hard29: hard but lawful pressure that read as an unlawful threat, and the frames that tell it apart
(knowledge/data/rules/zz_hard29.toml, read in analyzer/detectors/lawful_frame.py):
a case the reader can check by its formal court or arbitration number, whoever writes, with no money, mobile, link,
crime, door, family or menace; the contract's emergency contact reached only to find the reader (to verify, to relay
a call-back, or as the contract provides, no one else joined); a visit or meeting with the reader's consent (a pledge
to tell no one, an appointment first, the right to refuse) and no camping, banners, neighbours or crowd; a letter
mailed to the reader's own registered address; 恶意逃废债 as the lender's own civil label with civil consequences
only; the lender's batch-suit list with the filing still to come; a court measure said as possible; the guarantor
called by 本公司 (the writer, not the reader's workplace); 开庭前 as a time. The same words with money asked, a crime, a door, the family, work,
the address book or menace stay flagged. Examples are written for the frame; none is a line of the batteries."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer import analyze

HARMFUL = ("scam", "unlawful_threat")
PROBES = Path(__file__).parent / "data" / "probes"

LAWFUL = {
    "case-number-lender": "【某某小贷】您好，我司已就您的借款合同纠纷向某区人民法院起诉，案号（2026）鲁0102民初4410号，请按时应诉。",
    "case-number-trad": "【某某小貸】您好，我司已就您的借款合同糾紛向某區人民法院起訴，案號（2026）魯0102民初4410號，請按時應訴。",
    "case-number-enforce": "某某银行法务部：依据（2025）川0107民初778号判决，我行已申请强制执行，执行案号（2026）川0107执991号，请您主动履行。",
    "case-number-mediation": "【某某区人民调解委员会】您与某某银行纠纷调解未成，银行已起诉，法院已立案，案号（2026）湘0104民初2231号，请注意查收文书。",
    "case-number-arbitration": "***先生，我司已向某某仲裁委员会申请仲裁，案号（2026）穗仲案字第3321号，请关注仲裁委送达的文书。",
    "contact-verify-bare": "李女士，您的账单一直未处理，如再不回电，我们会联系您的紧急联系人确认您的联系方式。",
    "contact-relay": "您好，若今天仍联系不上您，我们将联系您留的紧急联络人，请他提醒您回电。",
    "contact-contract": "您的分期已逾期，我司将依照借款合同约定，必要时联系您的紧急联系人。",
    "visit-no-disclosure": "您好，我司外访专员将于下周到您单位附近与您本人见面，绝不会向您的同事透露任何借款信息。",
    "visit-appointment": "***先生，我们已掌握您的住址，外访同事会事先电话与您约好时间再上门拜访。",
    "letter-own-address": "您好，我司将向您的户籍所在地邮寄催收函，请您本人注意查收。",
    "civil-label-suit": "【某某银行】经我行评估，您的逾期账户已被列为恶意逃废债账户，我行将依法提起诉讼追偿欠款。",
    "civil-label-credit": "您的借款已逾期，系统已将您标记为恶意拖欠，将上报征信并影响您的贷款申请。",
    "batch-future-filing": "【某某小贷】您的欠款已列入本季度批量起诉名单，我司将于下月统一向法院提交起诉材料。",
    "possible-listing": "您的欠款如长期不还，一旦判决生效仍不履行，可能会被法院列为失信被执行人。",
    "guarantor-own-company": "您好，您的借款已逾期，本公司将依合同联系您的担保人履行保证责任。",
    "before-hearing": "您的借款已逾期，在开庭前您仍可与我司协商和解方案。",
    "presuit-future-filing": "您的账户已进入诉讼预审阶段，我司将委托律所向您发出律师函后依法提起诉讼。",
}

HARMFUL_KEPT = {
    "case-number-with-transfer": "您的借款纠纷已立案，案号（2026）鲁0102民初4410号，如需撤诉请将5000元转入书记员个人账户。",
    "case-number-with-arrest": "你的欠款已经起诉，案号（2026）鲁0102民初4410号，法院明天就派人来抓你。",
    "case-number-with-family": "案号（2026）鲁0102民初4410号已立案，我们会把判决书送到你家人和单位。",
    "case-masked": "你的欠款已被起诉，案号XXXX，请立即还款。",
    "case-number-enforced-tomorrow": "您的案件（2025）京0105民初12345号已立案，法院明日强制执行，查封您名下房产。",
    "contact-tell-debt": "再不回电，我们将联系您的紧急联系人，告诉他们您欠款不还。",
    "contact-and-colleagues": "我们将按合同约定联系您的紧急联系人和单位同事，请您尽快处理。",
    "contact-done-all": "我们已经联系了你的紧急联系人，下一步一个一个打给你通讯录。",
    "visit-appointment-menace": "我们知道你住哪，外访人员会提前跟你约好，你最好在家，不然后果自负。",
    "visit-no-disclosure-crowd": "我们不会向你同事透露，但明天会带一帮人到你公司门口等你。",
    "letter-to-parents": "明天向你户籍所在地和你父母寄送催收函。",
    "civil-label-police": "我行已将你列为恶意逃废债，并将向公安机关报案，你等着吧。",
    "civil-label-family": "您已被认定为恶意逃废债，将上报征信并通知您的家人。",
    "civil-label-bare": "你的行为已被认定为恶意逃废债，请立即还款。",
    "batch-then-filed": "您的欠款已纳入集中诉讼批次，您的案件已被正式立案，下周将开庭。",
    "possible-then-tomorrow": "你再不还，可能明天就被强制执行。",
    "guarantor-and-work": "本公司将联系您的担保人和您单位领导。",
    "presuit-with-summons": "您的账户已进入诉讼预审阶段，传票已寄出，我司将依法提起诉讼。",
}


@pytest.mark.parametrize("text", LAWFUL.values(), ids=LAWFUL.keys())
def test_lawful_pressure_is_not_a_threat_or_scam(text: str) -> None:
    assert analyze(text).verdict.label not in HARMFUL


@pytest.mark.parametrize("text", HARMFUL_KEPT.values(), ids=HARMFUL_KEPT.keys())
def test_same_words_with_money_crime_door_family_or_menace_stay_flagged(text: str) -> None:
    assert analyze(text).verdict.label in HARMFUL


def test_lender_case_with_number_is_heavy_pressure() -> None:
    report = analyze(LAWFUL["case-number-lender"])
    assert report.verdict.label == "aggressive"
    assert "pressure.hard29.case_with_number" in {r for f in report.findings for r in f.rule_ids}


# first runs on main be544fd (commits fb765f7, 7dca605): threats missed before any rule change, left as they were
FIRST_RUN_MISSES = {"HD29-T08", "HD29B-T10", "HD29B-T11"}
# a judgment the lender states with no case number (判决已生效) stays a claim to verify
# asked40: a collector's words the reader retells (催收员说要去我单位找我，还说要打电话给我爸妈，这合法吗？) are judged as the
# collector's (round 37 brief, case 2; the opened sets label such retellings threats): no longer a false alarm here
KNOWN_FALSE_ALARMS = {"HD29B-L28", "HD29B-L20"}


@pytest.mark.parametrize("name", ["hard29_own.jsonl", "hard29_own2.jsonl"])
def test_battery_has_no_new_false_alarm_and_keeps_its_threats(name: str) -> None:
    rows = [json.loads(line) for line in (PROBES / name).read_text(encoding="utf-8").splitlines() if line]
    false_alarms = {r["id"] for r in rows if r["category"] not in HARMFUL and analyze(r["text"]).verdict.label in HARMFUL}
    assert false_alarms <= KNOWN_FALSE_ALARMS
    missed = {r["id"] for r in rows if r["category"] in HARMFUL and analyze(r["text"]).verdict.label not in HARMFUL}
    assert missed <= FIRST_RUN_MISSES
