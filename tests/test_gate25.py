"""gate25: the debt gate both ways. The reader's case, account or arrears in the hands of the creditor's side (法务部,
委外, 资产管理公司, 调解中心, 催办, 律所; 已分配到我处, 由我司承接) or said to be in arrears (严重超期, 欠费账户, 重点催办,
最后处理阶段, 多次联系未果), with a demand to deal with it, is collection though it says no 逾期, 到期 or 还款; so is a
lender's mediator inviting the reader to mediation, and an ultimatum or request to pay the money back (要么还钱,
麻烦把钱还一下). The reader's own application, claim or complaint handled by someone (您提交的案件已分配到我处, 您申请的
物业纠纷调解), a collection firm hiring, a law firm's advert, a financing term on offer, a seller's own debts, a due date
moved, and arrears said paid are not. Every example is written for its frame from knowledge of how senders write;
none is a line of a labelled set. Each case of COLLECTION and NOT_DEBT failed before gate25; STILL_NOT_DEBT guards the
reader's own cases that share the words.

The pressure rule gate25.pressure.escalation_unhandled (不处理就按流程上报, 今天是最后处理时间) is tested by its own
examples in knowledge/data/rules/zz_gate25.toml (tests/test_rules.py); AGGRESSIVE checks it through the whole pipeline."""
from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.debt_handled import handled_case
from analyzer.document import parse

COLLECTION = {
    "legal-dept-case-assigned": "你好，你的案件已分配到我处，我是你的专属处理人员。",
    "mediation-centre-entrusted": "【XX调解中心】赵**您好，XX平台已将您的案件委托本中心调解，请于12月15日前致电调解员处理。",
    "mediation-dispute-traditional": "您好，這裡是XX調解中心，您與XX平台的糾紛已進入調解程序，請盡快聯繫調解員處理。",
    "account-overdue-last-day": "孙**，你在XX的账户已经严重超期，今天是最后处理期限。",
    "priority-list-deadline": "通知：您的账户已列入重点催办名单，请于今日15点前处理。",
    "arrears-account-moved": "您好，您在XX分期的欠费账户已转至我处，请尽快与我联系处理。",
    "case-taken-over-spaced": "您 的 案 件 已 由 我 司 承 接 ， 请 今 日 回 电",
    "calls-unanswered-today": "周先生您好，关于您在XX金融的账户，我方已多次联系未果，请今天内回电。",
    "lender-mediator-invites": "【XX调解中心】您好，受XX银行委托，现邀请您参加线上调解，请于3日内联系调解员。",
    "either-pay-or": "我只管平台上的账，要么还钱，要么走程序。",
    "please-pay-back": "刚发工资了吧，麻烦把钱还一下",
    "handle-your-case-today": "王**，请于今日处理你的案件。",
    "handle-your-account-traditional": "陳先生，請於今日處理你的帳戶。",
}

NOT_DEBT = {
    "collection-firm-hiring": "【XX资产管理】急聘催收专员，底薪6000+提成，有意者请今日联系人事。",
    "law-firm-advert": "【XX律师事务所】免费咨询债务纠纷、合同纠纷、劳动争议，专业律师一对一服务。",
    "financing-offer-term": "年底购车享零首付，最长36个月的还款期限，详询4008xxxxxx【XX汽车】",
    "seller-own-debt": "急售！房主欠债急用钱，三室两厅低于市场价30万，详情电话联系【XX地产】",
    "arrears-said-paid": "【XX资产管理】您已结清全部欠款，结清证明已发送，感谢配合。",
}

# The twins of COLLECTION that stay ordinary (they were not_collection before gate25 too): the reader's own case.
STILL_NOT_DEBT = {
    "own-case-assigned": "您好，您提交的投诉案件已分配到我处，处理结果将于5个工作日内反馈。",
    "own-mediation-applied": "【XX人民调解委员会】您申请的邻里纠纷调解已受理，请于12月9日前联系调解员确认时间。",
    "insurance-claim-case": "【XX保险】您的理赔案件已分配到我处，请今日上传事故照片以便处理。",
    "work-ticket-assigned": "您好，您的维修工单已分配到我处，请今天保持电话畅通。",
}


@pytest.mark.parametrize("text", COLLECTION.values(), ids=COLLECTION.keys())
def test_case_in_creditors_hands_is_collection(text: str) -> None:
    assert analyze(text).verdict.label in ("reminder", "aggressive")


@pytest.mark.parametrize("text", {**NOT_DEBT, **STILL_NOT_DEBT}.values(), ids={**NOT_DEBT, **STILL_NOT_DEBT}.keys())
def test_others_cases_and_offers_are_not_collection(text: str) -> None:
    assert analyze(text).verdict.label == "not_collection"


FRAME_MATCH = [
    "【法务部】您的案件今日将进入审核流程，请在下午5点前处理完毕。",
    "你好 我是委外的 你那个账务今天能不能处理掉",
    "您的案件已到最后处理阶段，请今天务必联系我方。",
]
FRAME_NOT_MATCH = [
    "您的账户已开通短信通知服务，请于今日登录手机银行完成设置。",  # no handler, no arrears state
    "【XX法务部】温馨提示：本公司法务部已搬迁，如有合同事宜请联系。",  # no case of the reader's
    "【12345】您反映的问题已分配到我处，请注意接听回访电话。",  # the reader's own complaint
    "【中国电信】您的账户已欠费，请尽快处理以免停机。",  # a utility's bill
    "请尽快处理您的账户异常，以免影响正常使用。",  # an account's fault, not the account itself
]


@pytest.mark.parametrize("text", FRAME_MATCH)
def test_frame_matches(text: str) -> None:
    assert handled_case(parse(text, None, None).f)


@pytest.mark.parametrize("text", FRAME_NOT_MATCH)
def test_frame_does_not_match(text: str) -> None:
    assert not handled_case(parse(text, None, None).f)


AGGRESSIVE = {
    "unhandled-escalates": "【XX法务部】刘**，你的案件已分配到我处，请于今日17:00前联系处理，未处理将按流程上报。",
    "last-handling-day": "王**，你在XX的账户已经严重超期，今天是最后处理时间。",
}


@pytest.mark.parametrize("text", AGGRESSIVE.values(), ids=AGGRESSIVE.keys())
def test_escalation_of_an_unhandled_case_is_pressure(text: str) -> None:
    report = analyze(text)
    assert report.verdict.label == "aggressive"
    assert any(f.rule_id == "gate25.pressure.escalation_unhandled" for f in report.findings)


def test_nothing_becomes_a_threat_or_scam() -> None:
    for text in [*COLLECTION.values(), *NOT_DEBT.values(), *STILL_NOT_DEBT.values(), *AGGRESSIVE.values()]:
        assert analyze(text).verdict.label not in ("scam", "unlawful_threat"), text
