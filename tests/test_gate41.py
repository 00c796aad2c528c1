"""gate41: a friend's, a roommate's or a relative's request for a sum the reader owes them — money the writer advanced
or lent, the reader's share of a split bill — asked back to the writer (转我, 还我, 发我) with none of the gate's debt
words, is a reminder (knowledge/data/rules/zz_gate41.toml, read by analyzer/debt_lawful.owed_reminded, border29's
frame: an owed sum, money going back to the writer or unpaid, and a request or a time to pay).

- The owed sum: a sum pointed back to (那两千, 那1500), the reader's share (你那份一百二, 一人90), money the writer
  advanced, lent or bought for the reader (帮你代买的球鞋钱一共560, 借你的600), what is still short (还差我186).
- The request: 方便的时候转我一下, 有空转我, 啥时候能转我, 还没给哦.
- A utility word in such a message (a roommate's share of the water bill, the writer's own rent as the reason) no
  longer shuts the gate when the money goes back to the writer (debt_lawful.bill_of_its_own,
  debt_private.PRIVATE_CREDITOR): a utility never asks to be paid to 我.

Messages written for this test (not copied from a data file). Every positive case was not_collection on main
(9f164dd); every quiet twin keeps its verdict, and a threat or a scam that asks for money 转我 keeps its own.
"""
from __future__ import annotations

import pytest

OWED_BACK = [
    ("share_of_outing", "小周，上次唱歌我先垫的钱，你那份一百二，有空转我一下～"),
    ("lent_to_reader", "阿明，上个月借你的600，方便的时候还我一下，谢啦。"),
    ("roommate_bill_share", "室友，这个月网费和水费一共180，咱俩一人90，你方便了转我。"),
    ("own_rent_reason", "老赵，上回那两千你看啥时候能转我？我下周要交房租了。"),
    ("bought_for_reader", "上次帮你代买的球鞋钱一共560，记得转我哦"),
    ("share_not_given", "你那份机票钱还没给哦，1340，周末前就行"),
]

# quiet twins: the writer paying back, a group's plan, no money, a document, a utility's own bill, the writer's own
# debt, a salary, a credit-line advert, a refund, a debt already settled, the reader's own question
QUIET = [
    ("writer_pays_back", "上次你帮我垫的那300我刚转你了，查收一下哈"),
    ("writer_paid_share", "你上次垫的那200，我已经转给你了，看下收到没"),
    ("group_plan", "周六聚餐大家AA，每人150，到时候群里收款"),
    ("a_document", "那份报告方便的时候发我一下"),
    ("an_invoice", "那500块的发票记得发我"),
    # rnc52: utility_bill (电费已欠费86.30元) moved to tests/test_rnc52.py RELABELLED (a fee bill due is a reminder: fresh/README.md "Borderline cases")
    ("writers_own_debt", "上次借我的800我下周发工资就还你，别急"),
    ("salary", "小陈，你这个月工资8600已发，请查收。"),
    ("credit_line_ad", "【XX金融】恭喜您获得最高5万元额度，方便时登录APP领取。"),
    ("refund", "您的退款86元已原路退回，请注意查收。"),
    ("settled", "那两千我已经还清了，你查一下"),
    ("share_received", "上次聚餐的钱你那份120已经收到了，谢谢哈"),
    ("readers_question", "我室友垫的水电费一人156，我方便的时候转她就行吗？"),
    ("class_fund_to_monitor", "同学你好，班费每人50，周五前交给班长哈"),
]

KEEPS_ITS_VERDICT = [
    ("threat_to_workplace", "那两千再不转我，我就去你单位找你领导，让你同事都知道你欠钱不还", "unlawful_threat"),
    ("threat_family_group", "上次借你的800方便的时候还我一下，不然我就把你欠钱的事发到你家族群里", "unlawful_threat"),
    ("scam_fee_to_me", "您好，您的网贷已逾期，现可帮您停息挂账，手续费600元请先转我个人微信", "scam"),
]


@pytest.mark.parametrize(("name", "text"), OWED_BACK, ids=[n for n, _ in OWED_BACK])
def test_a_sum_asked_back_to_the_writer_is_a_reminder(analyzer, name, text):
    assert analyzer.analyze(text).verdict.label == "reminder", name


@pytest.mark.parametrize(("name", "text"), QUIET, ids=[n for n, _ in QUIET])
def test_quiet_twins_stay_not_collection(analyzer, name, text):
    assert analyzer.analyze(text).verdict.label == "not_collection", name


@pytest.mark.parametrize(("name", "text", "label"), KEEPS_ITS_VERDICT, ids=[n for n, _, _ in KEEPS_ITS_VERDICT])
def test_threats_and_scams_keep_their_verdict(analyzer, name, text, label):
    assert analyzer.analyze(text).verdict.label == label, name
