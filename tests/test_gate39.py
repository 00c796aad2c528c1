"""gate39: the collection gate (reminder vs not_collection), both directions. A lender's reminder told on by the one
who got it (刚收到借呗的短信,说我这期还款日是周五,要还860块…这种是正常的吧?) is a reminder, unless the money is said to be
repaid, the loan disowned or the message called a scam, or the told sentence carries a lever (起诉, 上门): analyzer/
debt_retold.py. A loan just paid out with its sum before 已到账 (您申请的借款8,000元已到账,首期还款日…) and a debt said nil
by itself (本期无应还金额; 本月无待还账单) are no reminder: analyzer/debt_settled.py. Lexicon classes in
knowledge/data/rules/zz_gate39.toml. Messages written here, not copied from any data file; each frame has quiet twins
on the other side."""
from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.debt_retold import retold_reminder
from analyzer.document import parse

REMINDERS = [
    # a reminder told on
    "刚收到借呗的短信,说我这期还款日是周五,要还860块,提醒我提前存钱,这种是正常的吧?",
    "早上接到个电话,说是分期乐的客服,说我这个月的账单还有300多没还,问我哪天方便还。",
    "我姐说她收到条短信,提醒她白条下周二到期要还五百多,她不知道是不是真的。",
    # twins of the paid-out and the nil frames: money still owed
    "【XX消费金融】您的借款8,000元已逾期3天,请尽快还款。",
    "【XX银行】您尾号1234的信用卡本期应还金额1,200元,到期还款日5月8日。",
    "如无欠款请忽略。【XX消费金融】您的借款已逾期3天,请尽快还款",
]

NOT_COLLECTION = [
    # a loan just paid out, its sum before 已到账 / 已发放
    "【XX消费金融】您申请的借款8,000元已到账,首期还款日为5月9日,可在APP查看还款计划。",
    "【XX金融】恭喜您,放款金额20,000元已于6月2日到账至您尾号5521的银行卡,首期还款日为7月2日。",
    "【XX消费金融】您申请的借款6,000.00元已发放至您尾号1234的银行卡,本笔借款分6期归还,首期账单将在APP内生成。",
    # a debt said nil by itself
    "【XX银行】您尾号1234的信用卡本期无应还金额,感谢使用。",
    "【某某借】本月无待还账单,感谢您的信任。",
    # twins of the told-on frame: repaid, not a debt, disowned
    "收到银行短信说我信用卡额度提到五万了,要不要用呢",
    "上周收到分期乐的短信说我逾期两天,当天就已经还上了,会不会上征信?",
]


@pytest.mark.parametrize("text", REMINDERS, ids=range(len(REMINDERS)))
def test_reminder(text: str) -> None:
    assert analyze(text).verdict.label == "reminder"


@pytest.mark.parametrize("text", NOT_COLLECTION, ids=range(len(NOT_COLLECTION)))
def test_not_collection(text: str) -> None:
    assert analyze(text).verdict.label == "not_collection"


@pytest.mark.parametrize("text", [
    "收到短信说我在快易贷逾期了要还两千,我根本没借过,是不是诈骗?",
    "今天收到短信说我网贷逾期了,再不还就起诉我,还要联系我的紧急联系人",
    "律师您好,我收到短信说我信用卡逾期三天了,想问问会不会被起诉",
    "我收到了你的转账,账单我下周再还你",
    "刚收到借呗的短信,说我这期要还900块,我还以为催收要上门了,吓死了",
], ids=range(5))
def test_not_told_reminder(text: str) -> None:
    """Disowned, called a scam, a lever told (上门 anywhere), a lawyer asked, or no message received: not the told-on
    frame."""
    assert not retold_reminder(parse(text).f)
