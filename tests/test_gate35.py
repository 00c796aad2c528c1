"""gate35: the collection gate (reminder vs not_collection), both directions — a lender's failed debit said in spoken
form, a lender asking a third party to have the borrower call back, a private creditor's rent or interest due, the due
date said first (今天是还款日); and a repayment receipt that asks nothing (提前还款已办理成功). Lexicon classes in
knowledge/data/rules/zz_gate35.toml. Messages written here, not copied from any data file; each frame has quiet twins."""
from __future__ import annotations

import pytest

from analyzer import analyze

REMINDERS = [
    # a failed debit, spoken forms, and what the reader should do about it
    "李女士您好，我是XX消费金融的小刘，您这期的月供昨天扣款没成功，麻烦今天往卡里存一下钱，晚上系统会再扣一次。",
    "您好，您的房贷这个月还没有扣款成功，可能是卡里余额不够，麻烦这两天存进去。",
    "【XX银行】您的车贷本期未成功扣款，请尽快存入足额资金。",
    # a private creditor's rent or interest due, sent to the writer
    "小赵，这个月房租该交了，3100，还是老规矩转我卡上。",
    "周哥，这月的利息明天到期了哈，老规矩转我微信就行。",
    # the due date said first
    "亲，明天就是还款日啦，记得别逾期哦【XX分期】",
    "【XX银行】您的信用卡已过到期还款日，请尽快还款，已还款请忽略。",
]

QUIET = [
    # a failed debit that is a utility's or a membership's, or a debit taken
    "【XX燃气】您的燃气费扣款没成功，请尽快存入足额资金。",
    "您的视频会员自动续费没扣上，请存入余额后重新开通。",
    "【XX银行】您的房贷本期已扣款成功，无需再存入。",
    # a relay that is no lender's, or asks about nothing owed
    "你见到小李让他回我个电话，周末聚餐的事。",
    "【XX银行】您的信用卡已寄出，请转告他收到后致电我行激活。",
    # rent paid to a platform's App, the writer's own rent
    # rnc52: the platform rent due (【XX公寓】…房租将于8月3日到期) moved to tests/test_rnc52.py RELABELLED (a fee bill due is a reminder: fresh/README.md "Borderline cases")
    "房东说房租到期了，让我转给他，你帮我问问能不能晚几天。",
    # a repayment done: a receipt asks nothing
    "【XX银行】尊敬的客户，您申请的个人住房贷款提前部分还款已办理成功，本次提前还款本金50,000.00元。",
    "【中国银联】您尾号1122的银行卡于12月2日通过云闪付向XX小贷还款800.00元，交易成功。",
    # the due date talked about, not asked
    "今天是还款日，我刚把花呗还了，一身轻松。",
]


# A lender asking a colleague to pass a callback on, told nothing of the debt, is `aggressive` under the label rules
# (tests/data/fresh/README.md, "Borderline cases": a contact asked only to pass a message on → aggressive). gate35 had it
# as a reminder (the debt gate opening was the point); aggr42's relay frame (round 36) now calls it what the labels say.
# Round 45's tpd59 (the pass-on-only frame, recognised without a stranger's cue) moved "麻烦转告你姐…回一下借呗客服的电话"
# here from REMINDERS for the same reason.
RELAYS = ["您好，我们是XX银行信用卡中心，麻烦转告贵司员工赵**尽快与我们联系，谢谢。",
          "你好，麻烦转告你姐李**回一下借呗客服的电话，谢谢。"]


@pytest.mark.parametrize("text", RELAYS)
def test_a_relay_to_a_colleague_is_pressure_not_a_threat(text):
    assert analyze(text).verdict.label == "aggressive"


@pytest.mark.parametrize("text", REMINDERS, ids=range(len(REMINDERS)))
def test_collection_frames_are_reminders(text):
    assert analyze(text).verdict.label == "reminder"


@pytest.mark.parametrize("text", QUIET, ids=range(len(QUIET)))
def test_twins_stay_not_collection(text):
    assert analyze(text).verdict.label == "not_collection"


def test_a_colleague_asked_to_relay_is_no_new_threat():
    # "请转告您的同事…与我行联系" stays outside the relay frame: in a debt context the rule act_on_relatives would read
    # 转告您的同事 as a threat to contact the colleague
    report = analyze("你好，这里是XX银行信用卡中心，请转告您的同事孙**尽快与我行联系，谢谢。")
    assert report.verdict.label not in ("unlawful_threat", "scam")


def test_a_conditional_debit_is_no_receipt():
    assert analyze("【XX银行】如今日成功扣款，将视同按时还款，请确保卡内余额充足。").verdict.label == "reminder"
