"""False alarms on lawful messages (round 6), through the real analyzer.

tests/data/probes/lawful_probes.jsonl holds 367 self-written lawful SMS of the kinds a borrower really
receives (bank and card notices, licensed lenders' reminders and marketing, utilities, 社保/医保/公积金/12123,
tax, couriers, carriers, schools, landlords and friends, courts with 案号 / 12368, police anti-fraud notices,
lawyers' real letters, property management, codes with warnings). None may be called scam or
unlawful_threat. Next to them, real-shaped scams and threats that use the same words in the bad frame
(a defendant told the case is filed, a letter sent to the village, money to a named person's card, a
borrowed phone asking for money, a points link) must keep their verdict, so the test fails both ways."""
from __future__ import annotations

from pathlib import Path

import pytest
from inbox_support import read_jsonl

from analyzer import analyze

PROBES = read_jsonl(Path(__file__).parent / "data" / "probes" / "lawful_probes.jsonl")

# Found and left, with the reason (see the commit message of this test):
# - P108 "我是小刘，换手机号了，这是我新号，存一下哈": a bare "new number, save it" is the first message of the
#   impersonated-acquaintance scam; the project flags it on purpose (scam.r3.known_person_new_phone).
# - P126 a company's "我司对公账户已变更为…": the shape of business-email fraud; narrowing it would open that door.
# - P186 a friend joking "再不还我可要找你爸妈说了啊，开玩笑的": telling a debtor's parents is the act the rule names;
#   "开玩笑的" is not a frame a rule should trust.
# - P330 a class teacher's "这是我新换的手机号，请各位家长惠存": the same first message as the fake-teacher scam
#   (scam.common.acquaintance_new_channel, scam.r3s.changed_number_keep); left like P108.
# (P363, a law firm answering "您的债务重组咨询…本所咨询不收取任何前期费用", passes since fa30: the rule's own
#  exception 不收取任何前期费用 is read on the text as written, no longer blanked by the warning mask; a firm's name is
#  still no frame to trust.)
KNOWN_LEFT = {"P108", "P126", "P186", "P330"}


def test_probe_file_is_large_and_unique():
    assert len(PROBES) >= 360
    assert len({p["id"] for p in PROBES}) == len(PROBES)
    assert len({p["text"] for p in PROBES}) == len(PROBES)


@pytest.mark.parametrize("probe", [p for p in PROBES if p["id"] not in KNOWN_LEFT], ids=lambda p: p["id"])
def test_lawful_probe_is_no_scam_and_no_threat(probe):
    report = analyze(probe["text"]).to_dict()
    assert report["verdict"]["label"] not in ("scam", "unlawful_threat"), (
        probe["id"], probe["text"], report["verdict"]["label"], [f["rule_id"] for f in report["findings"]])


# Real-shaped scams and threats in the frames the narrowed rules still cover.
MUST_STAY = {
    "court-sig-crime": ("【某某法院】某某某，你因涉嫌网贷诈骗，现已被立案起诉，详询0571-xxxxxxx", "scam"),
    "police-sig-safe-account": ("【XX派出所】你涉嫌洗钱，请立即联系办案民警并配合转账到安全账户", "scam"),
    "post-summons-callback": ("【中国邮政】您有一份来自法院的传票因无人签收被退回，请拨打021-xxxxxxxx查询", "scam"),
    "fee-to-named-card": ("您的贷款审核通过，请将3000元保证金转入以下账户：6222xxxx，户名王某", "scam"),
    "changed-account-remit": ("我司收款账户已变更，请将本期欠款转至新账户6217xxxx，户名李某", "scam"),
    "borrowed-phone-fee": ("妈，我手机坏了，这是同学的手机，学校急需交资料费800，转到这个卡上", "scam"),
    "borrowed-phone-late-money": ("妈，这是我同学的手机，我晚点回家，你先转我200块", "scam"),
    "points-link": ("尊敬的用户，您的积分将于今日清零，请点击 jf-10086.top 兑换现金礼包", "scam"),
    "account-risk-support": ("您的支付宝账号涉嫌违规操作，已冻结，请及时联系客服核实", "scam"),
    "letter-to-family": ("你的借款已逾期，律师函明天寄到你单位和你父母家", "unlawful_threat"),
    "letter-to-village": ("你的借款已逾期，律师函已寄至你户籍地址所在的村委会", "unlawful_threat"),
    "case-filed-defendant": ("您的欠款案件已被法院正式受理，近期将强制执行，请尽快处理", "unlawful_threat"),
    "court-act-done": ("法院执行局已对你下达执行令，逾期欠款明天上门执行", "unlawful_threat"),
    "nationwide": ("你再不还钱，我们就在全网公示你的欠款信息", "unlawful_threat"),
    "court-freezes-card": ("你的借款逾期不还，额度已冻结，法院已冻结你名下银行卡", "unlawful_threat"),
    "frozen-line-unlock-fee": ("您的贷款额度已被冻结，请立即缴纳2000元解冻费到以下账户", "scam"),
    "flight-claim-link": ("您的航班已取消，可获赔偿300元，请点击链接领取：<链接>", "scam"),
    "police-sig-id-frozen": ("【公安局】你涉嫌洗钱，身份证已办理冻结，请立即联系办案警官", "scam"),
    "pay-to-unfreeze": ("你的账户已被法院冻结强制执行，缴纳5000元后解除冻结", "scam"),
    "police-sig-come-and-pay": ("【某派出所】你涉嫌诈骗，请立即到所配合调查并缴纳保证金", "scam"),
}


@pytest.mark.parametrize("name", MUST_STAY)
def test_bad_frame_keeps_its_verdict(name):
    text, label = MUST_STAY[name]
    report = analyze(text).to_dict()
    assert report["verdict"]["label"] == label, (name, report["verdict"], [f["rule_id"] for f in report["findings"]])
