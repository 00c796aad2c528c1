"""gate27: gate26's two frames (analyzer/debt_stalled.py, analyzer/debt_pleaded.py) narrowed where they misfire on lawful
and ordinary messages. Each case below is written for its frame; none is a line of a labelled set or of the own battery
(tests/data/probes/gate27_own.jsonl).

Borders moved, checked on the merge of gate26 into main (c4e8992) before the narrowing:
- reminder -> not_collection (OTHERS_DEBT read a lender's call, 客服明天会打给您, and the reader's payment to the lender,
  您转给本公司的款项, as the writer owing the reader): lender-calls-tomorrow, reader-paid-the-firm, calls-again-month-end;
- not_collection -> reminder (stalled_money read an order's unpaid balance and a third person's debt; pleaded_debt read
  the reader asking for help and haggling over a price): order-balance, third-person-owes-us, ask-mum-to-help-pay,
  haggle-over-work; stalled_money read a bare 到现在/一直没/没结(果) as an unpaid state: deposit-not-collected,
  credit-review-pending, fund-loan-no-result, credit-not-spent;
- not_collection -> aggressive (pleaded_debt read a chat over a work, study or lent-thing deadline, then 别再拖了/给个说法
  as pressure): work-deadline-chat, thesis-chat, lent-camera-chat.
gate26's must-match cases (tests/test_gate26.py) are unchanged and still pass; the ones here guard the same frames."""
from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.debt_stalled import OTHERS_DEBT, stalled_money
from analyzer.document import parse

# A lawful collector's reminder that the gate26 exclusions must not silence (reminder, not not_collection).
REMINDERS = {
    "lender-calls-tomorrow": "【XX消费金融】您本月应还的980元仍未还，客服明天会打给您，请留意接听。",
    "reader-paid-the-firm": "李女士，您转给本公司的这期还款没有到账，请核对账户后尽快补缴欠款。",
    "calls-again-month-end": "张先生，上回您说月底前还款，我们月底会再打给您确认，请按时处理逾期款项。",
    "traditional-call": "【XX貸】您本期應還款項未還，專員今晚會打給您，請保持電話暢通。",
}

# Ordinary messages sharing gate26's words (not_collection).
NOT_COLLECTION = {
    "order-balance": "亲，您拍下的那件羽绒服尾款还没付，超过约定时间订单将自动关闭，记得处理一下哦。",
    "preorder-masked": "【XX商城】您预定的**手机尾款一直没付，超过约定时间订单将取消，请及时处理一下。",
    "third-person-owes-us": "媳妇，阿强欠咱们的那笔钱到现在没动静，你周末打电话问问他什么时候能还。",
    "ask-mum-to-help-pay": "我：妈，这个月车贷能不能先帮我还一点，下个月发工资就还你\n妈：行，你先转过来多少我补多少",
    "ask-to-advance": "我：姐，能不能帮我垫一下学费，月底一定还\n姐：好，你先转过来账号",
    "haggle-over-work": "我：师傅，窗帘尾款能不能少一点，有两处没装好\n师傅：那你先转一半过来，剩下的装好再结",
    # the reader waiting on an institution (gtwsx_waiting), and 到现在/一直没/没结 with no unpaid act after them
    "deposit-not-collected": "【XX银行】您的大额存单本息已到期，到现在还没有支取，请尽快安排一下。",
    "credit-review-pending": "您好，您申请的额度调整到现在还在审核，请耐心等待，有疑问可回个电话。",
    "fund-loan-no-result": "您的公积金贷款额度审批到今天还没结果，请留意短信，有消息我们会回电。",
    "credit-not-spent": "你用的额度到现在还没刷完，记得月底前处理一下活动消费。",
    # a group told that some of them have not paid; money left unpaid to the reader (没给你)
    "group-buy-balance": "各位邻居，水果接龙的尾款到现在还有两家没付，今天晚上前补上哈。",
    "expenses-owed-to-reader": "小刘，你那笔差旅报销款财务到现在还没给你吗？你回个电话问问。",
    # a chat that names no money: a deadline for work, study or a lent thing (gtwsx_chat_money, gtwsx_lent_thing)
    "work-deadline-chat": "主管：报价单什么时候给\n我：再宽限两天，周三一定给\n主管：别再拖了",
    "thesis-chat": "导师：开题报告什么时候交\n我：能不能再宽限几天\n导师：一直拖，给个说法",
    "lent-camera-chat": "对方：我那台相机你什么时候还\n我：下周一定还\n对方：别再拖了",
}

# Collection that must stay collection after the narrowing (reminder or aggressive).
COLLECTION = {
    "chat-label-then-demand": "对方：你那笔钱拖了两个月了\n对方：什么时候结一下",
    "boss-wants-word": "你用的那笔额度拖了三个月，我们老板说了，他要你今天给个说法。",
    "goods-balance-b2b": "你那批货的尾款拖了两个月，这周能不能结掉。",
    "haggle-over-debt": "我：能不能少一点，实在还不上了\n对方：一直拖，先还一半过来",
    "repay-no-money-word": "对方：到底打算什么时候还？\n我：下个月一定还\n对方：别再拖了",
    "stalled-after-now": "你拿的那三万到现在一分没还，今天给个说法。",
}
# The writer paying the reader back: gate26's OTHERS_DEBT still excludes it after the narrowing.
WRITER_REPAYS = "你帮我垫的那笔钱一直没给你，今天下班就转你。"


@pytest.mark.parametrize("text", REMINDERS.values(), ids=REMINDERS.keys())
def test_lender_calls_and_payments_stay_reminders(text: str) -> None:
    assert analyze(text).verdict.label == "reminder"


@pytest.mark.parametrize("text", NOT_COLLECTION.values(), ids=NOT_COLLECTION.keys())
def test_look_alikes_are_not_collection(text: str) -> None:
    assert analyze(text).verdict.label == "not_collection"


@pytest.mark.parametrize("text", COLLECTION.values(), ids=COLLECTION.keys())
def test_collection_kept(text: str) -> None:
    assert analyze(text).verdict.label in ("reminder", "aggressive")


def test_writer_repaying_is_still_excluded() -> None:
    assert OTHERS_DEBT.search(parse(WRITER_REPAYS).f)
    assert analyze(WRITER_REPAYS).verdict.label == "not_collection"


@pytest.mark.parametrize("text", [REMINDERS["lender-calls-tomorrow"], REMINDERS["reader-paid-the-firm"],
                                  REMINDERS["calls-again-month-end"]], ids=["call", "paid-firm", "month-end"])
def test_others_debt_does_not_read_calls_or_payments_to_the_lender(text: str) -> None:
    assert not OTHERS_DEBT.search(parse(text).f)


# A third person's debt, the demand put to that person: the frame is not found. (Main's other frames still read these
# three as collection (reminder, aggressive, reminder) on bacf985: left to them, not gate26's border.)
THIRD_PERSON = {
    "owes-us-ask-him": "老公，老周欠咱的那笔钱到现在还没动静，你找个时间问问他什么时候能给。",
    "ask-her-for-word": "爸，那笔钱拖了好久了，你打个电话让她给个说法吧。",
    "neighbour-owes-home": "妈，隔壁老李欠咱家的那笔钱一直没消息，你回头问问他什么时候能结。",
}


@pytest.mark.parametrize("key", ["order-balance", "preorder-masked", "third-person-owes-us", "deposit-not-collected",
                                 "credit-review-pending", "fund-loan-no-result", "credit-not-spent", "group-buy-balance",
                                 "expenses-owed-to-reader"])
def test_stalled_money_frame_not_found(key: str) -> None:
    assert not stalled_money(parse(NOT_COLLECTION[key]).f)


@pytest.mark.parametrize("text", THIRD_PERSON.values(), ids=THIRD_PERSON.keys())
def test_stalled_money_not_found_for_a_third_persons_debt(text: str) -> None:
    assert not stalled_money(parse(text).f)


def test_stalled_money_frame_kept() -> None:
    assert stalled_money(parse(COLLECTION["boss-wants-word"]).f)
    assert stalled_money(parse(COLLECTION["goods-balance-b2b"]).f)
