"""gate29: the reminder / not_collection border, read as frames — whose debt, owed to whom, stated by whom, in what
act. Not collection: the writer asking others about a debt (debt_lawful.asks_advice), telling of a relative's or a
friend's debt (others_debt), a bank's account-movement record (account_moved), an owed state negated (当前无待还金额:
debt_context.STILL_OWED), a paid state with a full date (lawful_r17 paid_state), a membership's renewal deadline
(debt_demand.NOT_DEBT), a friend saying the question is no rush (no_rush). Collection: a lender's notice of the
instalment it will debit that asks the reader to fund the account (debit_due). Lexicon in
knowledge/data/rules/zz_gate29.toml. No example is a line of a labelled set or of tests/data/probes/gate29_own.jsonl;
on main (494cab4) advice-card, advice-forum, advice-traditional, others-debt-colleague and no-more-owed were reminder
and debit-due-masked not_collection; the other cases already had the right verdict and stay as guards."""
from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer import debt_lawful

NOT_COLLECTION = {
    "advice-card": "请教一下，招行信用卡逾期两个月了，会不会被起诉？",
    "advice-forum": "借呗逾期了半年，现在该怎么办，在线等",
    "advice-traditional": "請問網貸逾期三個月會不會上門催收？",
    "others-debt-colleague": "我同事网贷逾期了好几个月，现在天天被催收打电话",
    "others-debt-mask": "我朋友张**欠了银行八万，被法院列为失信人了",
    "account-moved": "【农业银行】您尾号0917账户12月08日10:21代扣人民币1,833.00元，摘要：贷款还本付息，余额6,204.18元。",
    "no-more-owed": "【花呗】你的花呗已全部还清，当前暂无待还账单。",
    "paid-dated": "【邮储银行】您的个人消费贷款已于2026年11月30日全部结清。",
    "membership-renewal": "【XX游泳馆】您的季卡将于12月10日到期，逾期未续卡将暂停入馆，续卡请到前台办理。",
}

REMINDER = {
    "debit-due": "【建设银行】您的个人住房贷款将于12月25日扣收本息3,266.40元，请于扣款日前存足款项。",
    "debit-due-masked": "【XX银行】尊敬的王**，您的经营贷款将于2026年12月18日代扣月供12,500元，请确保尾号****账户余额充足。",
    "debit-due-symbols": "【招商银行】您的个人贷·款将于12月20日扣收本息2,100元，请留足余额。",
    "owed-with-you-asked": "请问您尾号5566的信用卡本期应还2,300元什么时候能还上？",
    "still-owed": "【京东金融】您的白条本期账单已还清，另有一笔分期待还568元，请于12月9日前还款。",
}


@pytest.mark.parametrize("text", NOT_COLLECTION.values(), ids=NOT_COLLECTION.keys())
def test_debt_words_in_another_frame_are_not_collection(text: str) -> None:
    assert analyze(text).verdict.label == "not_collection"


@pytest.mark.parametrize("text", REMINDER.values(), ids=REMINDER.keys())
def test_lender_notices_stay_collection(text: str) -> None:
    assert analyze(text).verdict.label in ("reminder", "aggressive")


@pytest.mark.parametrize(("frame", "must_match", "must_not_match"), [
    (debt_lawful.asks_advice, "请问信用卡逾期会影响征信吗?", "请问您的欠款什么时候处理?"),
    (debt_lawful.others_debt, "我表弟透支了信用卡被银行起诉", "你表弟透支了信用卡被银行起诉,我司将联系你"),
    (debt_lawful.account_moved, "账户支出人民币300.00元,余额25.10元", "扣款失败,余额不足,请尽快存入"),
    (debt_lawful.debit_due, "贷款将于15日扣收本息800元,请存足款项", "贷款将于15日扣收本息800元"),
], ids=["asks_advice", "others_debt", "account_moved", "debit_due"])
def test_frame_examples(frame, must_match: str, must_not_match: str) -> None:
    assert frame(must_match)
    assert not frame(must_not_match)


def test_group_notice_to_debtors_is_not_a_question() -> None:
    """各位 alone calls the readers (a collection group's notice), not others for advice."""
    text = "群通知：请各位借款人于今晚20点前上传还款截图，逾期未传的名单将转交法务部门。"
    assert not debt_lawful.asks_advice(text)
    assert analyze(text).verdict.label in ("reminder", "aggressive")
