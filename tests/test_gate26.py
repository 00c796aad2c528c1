"""gate26: the debt gate for money the reader owes named without a debt word. The reader's money (那笔钱, 你用的额度,
你那批货的尾款, 本息, 欠条, 周转) left unpaid (拖了, 装死, 失联, 到现在没动静, 超过约定日期) and asked to be settled
(给个说法, 结一下, 补上, 安排一下, 回个电话), or the reader asked when they will pay it, is collection though it says no
逾期, 欠款 or 还款 (analyzer/debt_stalled.py, lexicon in knowledge/data/rules/zz_gate26.toml). Money the reader lent,
advanced or passed on, bills and instalment offers with nothing left unpaid, the writer's own wages, and the writer
paying back are not. Every example is written for its frame; none is a line of a labelled set or of the own battery
(tests/data/probes/gate26_own.jsonl). On main before gate26 (8c042bd), drawn-credit-dragged, instalment-unpaid-call
and chat-reply were not_collection (the other five COLLECTION cases were already read by PRIVATE_DEBT or debt_frame and
stay as a guard); reader-lent-to-uncle, writer-repays and advance-for-me were reminder (PRIVATE_DEBT read them;
OTHERS_DEBT now rules them out); every CHAT_DEBT case was not_collection."""
from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.debt_stalled import stalled_money
from analyzer.document import parse

COLLECTION = {
    "drawn-credit-dragged": "刘先生，你在我们这边用的额度拖了快一个月了，麻烦今天处理一下。",
    "took-money-hiding": "你拿的那三千块，躲着也不是办法，今天给个说法吧。",
    "instalment-unpaid-call": "您好，您的分期到现在一直没管，看到回个电话。",
    "principal-interest-no-you": "本息合计12000元，约定的日子早过了，一直没付，今天必须安排一下。",
    "iou-when-pay": "你欠条上那两万，打算什么时候还上？",
    "traditional-masked": "王**，你用的那筆錢拖了兩個月，今天給個說法。",
    "chat-reply": "对方：李哥，你周转用的那五千，一直没动静啊\n我：这两天手头紧\n对方：那你打算什么时候结一下？",
    "goods-balance-boss": "老板让我问问，你那批货的尾款拖了三个月，这周能不能结掉。",
}

NOT_DEBT = {
    "reader-lent-to-uncle": "妈，你借给小姨的那笔钱到现在还没动静吧？要不要我帮你问问。",
    "instalment-offer": "【XX商城】您的分期额度已开通，新年购机12期免息，什么时候用都可以。",
    "wage-complaint": "这个月工资到现在都没发，老板一直装死，我们明天一起去问个说法。",
    "writer-repays": "那笔钱我一直拖着没还你，不好意思，这周五一定补上。",
    "bill-out-family": "老公，信用卡账单出来了，你看这个月怎么安排。",
    "advance-for-me": "你帮我垫的那笔钱一直没给你，今天下班就转你。",
}


@pytest.mark.parametrize("text", COLLECTION.values(), ids=COLLECTION.keys())
def test_stalled_money_is_collection(text: str) -> None:
    assert analyze(text).verdict.label in ("reminder", "aggressive")


@pytest.mark.parametrize("text", NOT_DEBT.values(), ids=NOT_DEBT.keys())
def test_others_money_and_offers_are_not_collection(text: str) -> None:
    assert analyze(text).verdict.label == "not_collection"


@pytest.mark.parametrize("text", COLLECTION.values(), ids=COLLECTION.keys())
def test_frame_found(text: str) -> None:
    assert stalled_money(parse(text).f)


def test_lent_money_is_not_the_readers() -> None:
    assert not stalled_money(parse("你借给二叔的那笔钱拖了半年，你让他给个说法。").f)


# The reader's own chat lines plead over money the other side presses for (analyzer/debt_pleaded.py): both needed.
CHAT_DEBT = {
    "plea-for-days": "对方：东西准备好了没\n我：再宽限两天，发工资就处理\n对方：别再拖了，今天给个说法",
    "part-payment-timed-heading": "王经理 09:12\n今天能不能安排\n我 09:20\n能不能先还一部分，剩下的月底\n王经理 09:21\n先转三千过来",
    "reduction-traditional": "對方：想好了沒有\n我：能不能少一點，我在湊\n對方：最少也要先還一半",
}
CHAT_NOT_DEBT = {
    "plea-no-pressing": "对方：上回那本书你看完没\n我：下周一定还\n对方：不着急",
    "pressing-no-plea": "对方：周五团建必须到\n我：好的收到",
    "asking-to-borrow": "我：哥，能不能先借我两千，下个月发工资就还\n对方：必须这个月还啊，我也紧",
}


@pytest.mark.parametrize("text", CHAT_DEBT.values(), ids=CHAT_DEBT.keys())
def test_reader_pleading_in_a_chat_is_collection(text: str) -> None:
    assert analyze(text).verdict.label in ("reminder", "aggressive")


@pytest.mark.parametrize("text", CHAT_NOT_DEBT.values(), ids=CHAT_NOT_DEBT.keys())
def test_plea_or_pressing_alone_is_not_collection(text: str) -> None:
    assert analyze(text).verdict.label == "not_collection"
