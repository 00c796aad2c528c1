"""What opening round 13 (5 posts of a private debt campaign and a loan ad, 17 quotes from nonfiction reprints,
news and police posts, 11 of them words said on the phone; tests/data/fresh/UNSEAL_r13.md) showed, by cause, run
through the real analyzer. Every cause has a lawful twin that must stay quiet. The lines written here are our own
paraphrases, not round-13 sentences; round 13 is a tuned set now.
"""
from __future__ import annotations

import pytest
from inbox_support import fresh_rows, kinds_of, verdict_of, wrong_lenders, wrong_verdicts

from analyzer.normalize import fold


# A. The Traditional aspect particle 著 folds to 着 after a verb; 著名 / 著作 / 显著 keep it.
@pytest.mark.parametrize("text, folded", [
    ("你給我等著", "你给我等着"),
    ("走著瞧", "走着瞧"),
    ("拖著不還", "拖着不还"),
    ("他是著名作家", "他是著名作家"),
    ("效果顯著", "效果显著"),
])
def test_traditional_aspect_particle_folds(text, folded):
    assert fold(text).text == folded


# B-D. Spoken abuse: vice smeared on the borrower's kin, a sexual slur with a mother compared, goading a borrower
# who speaks of suicide, a menace that names the family (knowledge/data/rules/zz_opened_r13.toml).
@pytest.mark.parametrize("text, kind", [
    ("你闺女借钱不还，八成是去站街了", "insult"),
    ("没钱就去卖吧，和你妈一样", "insult"),
    ("你欠的钱别拿跳楼吓我，要跳就跳，死了也得还", "insult"),
    ("你給我等著，我讓你家裡人都不得安寧", "third_party_contact"),
])
def test_spoken_abuse_reaches_the_threat(text, kind):
    assert kind in kinds_of(text)
    assert verdict_of(text) == "unlawful_threat"


@pytest.mark.parametrize("text", [
    "你儿子在学校参加了禁毒宣传，老师表扬了他",
    "自家种的菜你拿出去卖吧，跟你妈一样摆个摊",
    "这几道选择题想跳就跳，先做大题",
    "你等着，我让你爸妈过个好年，年货已经寄过去了",
    "祝你和家里人都过个好年",
])
def test_spoken_abuse_twins_stay_quiet(text):
    assert verdict_of(text) not in ("scam", "unlawful_threat")


# E-F. Scam frames: a fee to rebook a cancelled flight, an unsigned "contact our company to rebook", the auto-renewal
# call said as "trial over, keep using it and be charged".
@pytest.mark.parametrize("text", [
    "飞机因天气原因取消，退票须支付手续费60元",
    "请尽快与本公司联系办理改签，以免耽误行程",
    "您好，我是快手客服，您开通的会员试用期已到期，如继续使用每月扣除299元",
])
def test_opened_scam_frames(text):
    assert verdict_of(text) == "scam"


@pytest.mark.parametrize("text", [
    "【某某航空】您的航班因天气取消，可免费改签或全额退票，详询95539",
    "按客规，自愿改签需收取票面价5%手续费",
    "如需改签，请在官方App内自助办理",
    "【快手】您的会员试用期已到期，如继续使用将按月扣费，可在App设置中自行关闭",
])
def test_scam_twins_stay_quiet(text):
    assert verdict_of(text) != "scam"


# G. A private creditor's taunt is pressure, not an insult and not a plain reminder.
@pytest.mark.parametrize("text", [
    "你不是有年终奖吗，为什么还不还钱",
    "拖了三个月不还钱，你穷得连这几百块都还不起？",
])
def test_debt_taunt_is_aggressive(text):
    assert verdict_of(text) == "aggressive"


@pytest.mark.parametrize("text", [
    "您好，请问您为什么还未还款，如有困难可以协商分期",
    "你有钱了再还我，不着急",
])
def test_polite_question_stays_a_reminder(text):
    assert verdict_of(text) in ("reminder", "not_collection")


# H. The debtor's own promise to repay is not a collection message.
def test_own_promise_is_not_collection():
    assert verdict_of("别担心，借的那五百块会尽快还") == "not_collection"
    assert verdict_of("你欠的钱一定要还，请尽快还款") == "reminder"


R13_KNOWN = {
    "M13002": "有脸不还钱没脸留评论: 没脸 reads as a degrading label (unlawful_threat); labelled aggressive, the collector "
              "calls insult arguable",
    "N13001": "a third-person complaint (xxx欠债不还…); the exposure is where it was posted, which the text does not say",
    "N13008": "rude spoken contempt with no debt word; the same words are an everyday quarrel",
    "N13009": "要么还钱，要么去报警: an either-or that lawful reminders also use; the pressure is in the story, not the words",
    "N13013": "profanity (就他妈…你装什么装) with no debt word; the same words are an everyday quarrel",
}


def _rows() -> list[dict]:
    return fresh_rows("r13_colM.jsonl", "r13_colN.jsonl", count=22)


def test_round13_verdicts():
    wrong = wrong_verdicts(_rows())
    assert wrong <= set(R13_KNOWN), f"round-13 messages now wrong: {sorted(wrong - set(R13_KNOWN))}"


def test_round13_lenders():
    wrong = wrong_lenders(_rows())
    assert not wrong, f"round-13 lenders now wrong: {sorted(wrong)}"
