"""aggr23: lawful pressure said with little debt context. The reader's money owed (您的借款, 应还金额, 款项) put through
a collection step opens the debt frame without 逾期 (analyzer/debt_owed.py); an account or service stopped for
non-payment, the debt taken over by 法务 / a collection firm, daily calls until paid and a suit to be submitted or
already started are pressure (knowledge/data/rules/zz_aggr23.toml). Plain reminders, bank notices, work talk, news
and a property office's safety check are not. Examples are written for the frames (other lenders, word orders,
masks, Traditional characters); none is from a labelled set."""
from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.debt_owed import owed_step
from analyzer.document import parse

AGGRESSIVE = {
    "legal-list": "尊敬的用户，您的借款已纳入法务处理名单，法务专员将在24小时内与您联系。",
    "asset-firm-collects": "李女士，您在某某分期的借款已由我司某某资产管理负责清收，请于3日内联系我们。",
    "breach-judicial": "通知：您已严重违反借款合同约定，本公司将在本周内启动司法程序。",
    "breach-recorded": "您的违约行为已记录，公司将按照法律规定追究您的违约责任。",
    "account-stopped": "张**，您的账户因未按时还款已被停用，请尽快结清。",
    "services-paused": "您好，您的待还金额已超过宽限期，平台已暂停您的全部服务权限。",
    "submit-suit": "您有一笔账单未处理，再不回复我们将按程序提交诉讼。",
    "file-to-legal": "你的资料已经提交到我们法务部了，明天开始走诉讼流程。",
    "guarantor-called": "你再不接电话，我们就按失联处理，联系你的担保人了。",
    "agency-announces": "您好，我司已受某银行委托，对您名下信用卡账款进行催收，请尽快联系。",
    "lawyer-will-call": "请您今天下午5点前把款项处理掉，否则明天律师会联系您。",
    "started-legal": "您的应还金额已超期30天，公司已启动法律程序。",
    "fee-and-credit": "还款期限已过，我司将按照合同约定收取违约金并上报征信。",
    "daily-calls": "您的借款已逾期，我们将每天电话联系您，直到欠款处理完毕。",
    "traditional": "您的欠款已轉交法務部門處理，請於今日內聯繫，否則將啟動訴訟程序。",
    "masked-legal-takes-over": "您在***的借款仍未结清，公司已正式启动催收程序，即日起将由法务部接管。",
}

NOT_AGGRESSIVE = {
    "bill": ("【某银行】尊敬的客户，您尾号1234的信用卡本期账单金额2,356.00元，到期还款日12月10日，请按时还款。", "reminder"),
    "overdue-plain": ("【某消费金融】您的借款已逾期2天，请尽快还款，以免影响您的信用记录。", "reminder"),
    "penalty-term": ("您在平台的借款尚未结清，请及时处理，逾期将按合同收取罚息。", "reminder"),
    "dormant-account": ("【某银行】您尾号5678的账户因长期未使用已转为不动户，如需激活请携带身份证到网点办理。", "not_collection"),
    "work-talk": ("这个项目今天不处理的话，明天就交到法务那边审合同了，你抓紧。", "not_collection"),
    "fire-check": ("尊敬的业主，本小区将于明日上午进行消防检查，届时工作人员将上门核实消防设施，请配合。", "not_collection"),
    "news": ("据报道，某地法院近日审结一起借款纠纷案，被告因拒不还款被起诉并纳入失信名单。", "not_collection"),
    "lawyer-ad": ("专业律师团队，代理借款纠纷、合同纠纷诉讼，免费咨询，电话：139xxxxxxxx", "not_collection"),
    "legal-dept-hr": ("公司法务部通知：新版劳动合同已上传OA系统，请各部门于本周五前签署完毕。", "not_collection"),
    "lawyer-consult": ("您好，您咨询的借款纠纷，律师会在今天下午联系您。", "not_collection"),
}


@pytest.mark.parametrize("text", list(AGGRESSIVE.values()), ids=list(AGGRESSIVE))
def test_lawful_pressure_is_aggressive(text):
    report = analyze(text)
    assert report.verdict.label == "aggressive", (report.verdict.label, [f.rule_id for f in report.findings])


@pytest.mark.parametrize(("text", "label"), list(NOT_AGGRESSIVE.values()), ids=list(NOT_AGGRESSIVE))
def test_lookalikes_keep_their_label(text, label):
    report = analyze(text)
    assert report.verdict.label == label, (report.verdict.label, [f.rule_id for f in report.findings])


@pytest.mark.parametrize("text", [
    "您的借款已纳入法务处理名单。",
    "公司将委托律所处理您的欠款。",
    "您已严重违约，请尽快联系。",
    "你的资料已经交给法务了。",
], ids=["owed-then-step", "step-then-owed", "breach", "file-handed"])
def test_owed_step_opens_the_debt_frame(text):
    assert owed_step(parse(text).f)


@pytest.mark.parametrize("text", [
    "你的借款是不是被转给催收了？",
    "我的借款被起诉了，怎么办",
    "专业律师帮您处理网贷借款逾期问题",
    "您的借款申请已提交，律师审核中",
    "如您违约，需承担违约责任。",
    "您的款项将由第三方支付机构退回。",
], ids=["question", "writers-own", "lawyer-for-reader", "application", "condition", "refund"])
def test_owed_step_not_read(text):
    assert not owed_step(parse(text).f)


@pytest.mark.parametrize("text", [
    "不处理的话，下周开始走诉讼。",
    "拖了这么久，你觉得公司会一直等你吗？下周就起诉。",
    "请知悉，您的案件今日起由我方律师团队接手。",
    "您好，系统显示您仍未处理，明日起案件将自动移交第三方。",
    "你的事情公司已经报上去了，这周五统一提交法院立案，想协商的话今天还来得及。",
    "您好，本公司已于今日向某区人民法院提交支付令申请，请于收到法院通知后按要求履行。",
], ids=["condition-next-week", "question-elsewhere", "lawyers-take-over", "case-to-third-party", "dated-filing",
        "payment-order"])
def test_short_steps_without_a_debt_word(text):
    report = analyze(text)
    assert report.verdict.label == "aggressive", (report.verdict.label, [f.rule_id for f in report.findings])


@pytest.mark.parametrize("text", [
    "这周五统一提交法院立案，你那边的证据准备好了吗",
    "你的事情交给律师吧，我觉得能赢。",
    "【某律所】您的案件已由我所律师团队负责处理，请保持电话畅通。",
    "您报案的案件已移交刑警大队处理，请保持电话畅通。",
    "你的情况我问了律师，他说下周就起诉老板，工资能要回来。",
], ids=["litigant-colleague", "advice", "own-lawyer", "police-case", "wage-suit"])
def test_litigants_and_advice_are_not_collection(text):
    assert analyze(text).verdict.label == "not_collection"
