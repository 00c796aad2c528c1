"""notrem26: two frames that keep ordinary messages from being read as repayment reminders.

1. 逾期 as the time limit of a non-money act (analyzer/debt_timelimit.py, lexicon `money_named`): a certificate to
   collect, an exam, an annual filing, a car to move. Not when the message names money, a debt or a lever, not when
   逾期 is the reader's overdue state (已逾期, 逾期3天), and not after a collector's generic act (请于今日处理).
2. The reader (or the writer) on the claimant's side (debt_context.claimant_side, the role classes of
   knowledge/data/rules/lawful_role.toml): a plaintiff, an applicant, a complainant is owed the money or complains of
   collection; unless the reader is also a target (你欠…, 尽快还款, 起诉你) or the reader's own debt is named.
3. (debt_context.PAID_OFF) a debt paid off with its manner between 已 and 结清 (已成功提前结清, 已全额还清).
Examples are written for the frame; none is a message from a labelled set."""
from __future__ import annotations

import pytest

from analyzer.debt_context import claimant_side
from analyzer.debt_timelimit import deadline_only
from analyzer.document import parse

DEADLINE = {
    "certificate": "【XX出入境】您的护照已制作完成，请于60日内领取，逾期未领将予以销毁。",
    "exam": "【XX考试院】成人高考现场确认截止到9月10日，逾期不再办理。",
    "filing": "【XX市场监管】请于6月30日前报送年度报告，逾期将被列入经营异常名录。",
    "move-car": "【XX交警】您的车辆临时停放影响通行，请于15分钟内驶离，逾期将依法处理。",
    "school": "各位家长：疫苗接种证明请于周五前交给班主任，逾期视为放弃。",
    "traditional": "【XX戶政】您的身分證已補辦完成，請於30日內領取，逾期未領將退回。",
}
DEBT = {
    "state": "您的借款已逾期，请尽快还款。",
    "count": "逾期3天了，今天请处理。",
    "lever": "逾期将上报征信。",
    "money": "【XX】本期账单1,200元请于12月10日前还款，逾期将收取罚息。",
    "generic-act": "请于今日处理，逾期将依法处理。",
    "callback": "请今天18点前联系我们，逾期后果自负。",
    "undone-generic": "逾期未处理，我司将电话告知你单位财务",
    "utility-money": "【XX电力】电费86元请于25日前缴纳，逾期将收取违约金。",
}


@pytest.mark.parametrize("text", DEADLINE.values(), ids=DEADLINE.keys())
def test_deadline_of_a_non_money_act(text):
    assert deadline_only(parse(text, None, None).f)


@pytest.mark.parametrize("text", DEBT.values(), ids=DEBT.keys())
def test_deadline_of_a_debt(text):
    assert not deadline_only(parse(text, None, None).f)


CLAIMANT = {
    "plaintiff-paid": "【XX法院】您作为原告的借款纠纷一案，被告已将欠款5,000元交至本院，请到执行局领取。",
    "payment-order": "【XX法院】您申请的支付令已送达，被申请人应于15日内清偿债务或提出异议。",
    "owed-to-reader": "王女士，判决已生效，对方应向您偿还借款3万元及利息，如到期不履行可申请强制执行。",
    "complaint-answered": "【XX消费金融】关于您反映的催收人员言语不当问题，我司已核实处理，向您致歉。",
    "writer-complains": "我被催收骚扰了一个月，昨天已经向银保监投诉了。",
    # reader_creditor: the reader lent the money
    "kin-borrowed": "妈：你表姐说借你的那五千块下个月发工资就还。",
    "reader-lent": "爸，您借给三叔的那一万，他说年底前一定还清。",
    "owed-to-reader-relayed": "我是小刘的室友，他说欠你的钱这周末一定还你。",
}
TARGET = {
    "reader-owes": "【XX法院】你作为被告的借款纠纷一案已立案，请按时应诉。",
    "complaint-and-pay": "关于您反映的问题已处理，您的借款已逾期，请尽快还款。",
    "sue-you": "我已经委托律师准备起诉你，你欠的钱今天不还就法院见。",
    "plain-reminder": "【XX银行】您的信用卡已逾期，请尽快还款。",
    "kin-debtor-to-us": "你儿子借我们的钱到现在没还，你让他尽快联系我们。",
    "lent-to-reader": "兄弟，上次借你的那三千块，这周能还我吗？",
    "arrears-marked": "关于你在某某金融的逾期欠款，48小时内必须还清，若继续拖欠你的账户将被标记。",
}


@pytest.mark.parametrize("text", CLAIMANT.values(), ids=CLAIMANT.keys())
def test_claimant_side(text):
    assert claimant_side(parse(text, None, None).f)


@pytest.mark.parametrize("text", TARGET.values(), ids=TARGET.keys())
def test_reader_as_target(text):
    assert not claimant_side(parse(text, None, None).f)


VERDICTS = {
    "id-card": ("【XX市民中心】您的居住证已制作完成，请于30日内领取，逾期未领将退回制证中心。", "not_collection"),
    "exam": ("同学们注意：补考报名截止到12月8日，逾期不再受理。", "not_collection"),
    "plaintiff": ("【XX法院】您作为原告的借款纠纷一案，被告已将欠款5,000元交至本院，请到执行局领取。", "not_collection"),
    "payment-order": ("【XX法院】您申请的支付令已送达，被申请人应于15日内清偿债务或提出异议。", "not_collection"),
    "reminder-state": ("【XX消费金融】您的借款已逾期2天，请尽快还款。", "reminder"),
    "reminder-terse": ("逾期3天了，今天请还款。", "reminder"),
    "generic-act": ("请于今日处理，逾期将依法处理。", "aggressive"),
    # a debt paid off with its manner between 已 and 结清 (PAID_OFF)
    "paid-early": ("【XX消费金融】您已成功提前结清全部借款，结清证明可在App下载。", "not_collection"),
    "paid-in-full": ("【XX金融】您的借款已全额还清，感谢使用。", "not_collection"),
    "paid-condition": ("如您已全额还清请忽略。您的借款已逾期，请尽快还款。", "reminder"),
    "pay-in-full-asked": ("您本期应还1000元，请于今日前全额还清。", "reminder"),
}


@pytest.mark.parametrize("text,label", VERDICTS.values(), ids=VERDICTS.keys())
def test_verdict(analyzer, text, label):
    assert analyzer.analyze(text).verdict.label == label
