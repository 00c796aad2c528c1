"""aggr35: lawful pressure that has already landed on the reader, or is aimed at them by name, is aggressive
(knowledge/data/rules/zz_aggr35.toml): the overdue record already reported to the credit bureau, the debt handed to a
named collection agency, a guarantor pressed for the debt, the case moved into a legal stage, a collection visit set
for a day, the reserved contacts about to be called. Pressure only: never a threat or a scam.

Messages written for this test (not copied from a data file). Each pressing message was reminder or not_collection
on main; each twin must not be read by these rules (and must not become a threat or scam): the future stock credit
line of a routine reminder, a settled account, a complaint handed on, a regulator's bulletin, a court's own notice, a
lawyer to a client, a gas or repair visit, a hospital calling the contact, a warning about collectors."""
from __future__ import annotations

import pytest

PRESSED = [
    ("reported_done", "【某分期】你的逾期记录已报送征信系统，还清后可申请更新。",
     "aggr35.credit.record_already_reported"),
    ("reported_named_first", "你在平台的欠款逾期两个月，我们已按规定向征信机构报送了逾期信息。",
     "aggr35.credit.record_already_reported"),
    ("reported_after_basis", "你的贷款已逾期，本行已按照相关规定，将你的逾期信息如实报送人行征信系统。",
     "aggr35.credit.record_already_reported"),
    ("agency_named", "【某花】你的欠款已委托某某信息咨询有限公司进行催收，请留意对方来电。",
     "aggr35.agency.handover_named"),
    ("agency_will_call", "你已经逾期了，平台近日将委托第三方机构联系你。如已还款请忽略。",
     "aggr35.agency.handover_named"),
    ("agency_no_debt_word", "【某贷】你的账户已委托第三方合作机构催收，对方会依法与你联系。",
     "aggr35.agency.handover_named"),
    ("case_to_law_firm", "小刘你好，公司已经把你的案子委派给某某律师事务所，律师近期会联系你。",
     "aggr35.agency.handover_named"),
    ("guarantor_no_debt_word", "担保人您好，借款人现已失联，请您承担担保责任，不然就起诉。",
     "aggr35.guarantor.liability_pressed"),
    ("guarantor_pursued", "【某农商行】保证人李某：借款人的贷款逾期未还，本行将依法向借款人及保证人追偿。",
     "aggr35.guarantor.liability_pressed"),
    ("stage_entered", "【某贷】您的案件现已转入法律处理阶段，请保持电话畅通。",
     "aggr35.stage.legal_stage_entered"),
    ("visit_set", "你在某花的借款逾期未还，我司定于下周三前往你登记的住址拜访，面谈还款方案。",
     "aggr35.visit.collection_visit_set"),
    ("contacts_next", "你的信用卡逾期已三个月，一直联系不上你，本行将联系你申请时预留的联系人核实联系方式。",
     "aggr35.contacts.reserved_contact_reached"),
]

QUIET = [
    ("stock_credit_line", "【某银行】您的信用卡账单已逾期，逾期信息将按规定报送征信，请尽快还款。如已还款请忽略。"),
    ("maybe_reported", "您的借款已逾期一天，逾期信息可能会被报送征信机构，请尽快还款。"),
    ("settled_update", "您的借款已全部结清，相关记录已报送征信系统更新，感谢您的支持。"),
    ("on_time_record", "您的房贷本月已按时还款，还款记录已报送征信，感谢信任。"),
    ("objection_done", "您提交的征信异议申请已处理完毕，结果已同步报送征信中心。"),
    ("complaint_handed", "【12378】您反映的催收问题已转交被投诉机构处理，请留意回复。"),
    ("regulator", "监管通报：某消费金融公司委托催收机构骚扰借款人亲友，被罚款二百万元。"),
    ("maybe_agency", "您的借款逾期未还，根据合同约定，我司可能委托第三方机构进行合规催收。"),
    ("hedged_agency", "您的信用卡欠款未缴，请即日还款，否则我行不排除委托第三方公司向您催缴。"),
    ("parcel", "您的大件家具已委托合作物流公司配送，师傅明天上午联系您。"),
    ("guarantor_notice", "【某银行】尊敬的保证人，借款人本期贷款已按时还款，感谢您的支持。"),
    ("guarantor_told_only", "担保人您好：借款人本期逾期3天，本公司仅作告知，不要求您履行保证责任。"),
    ("guarantor_asks", "我给朋友当了担保人，银行说要我承担责任，这种情况怎么办？"),
    ("client_case", "王女士，您委托我们代理的借款纠纷已进入诉讼程序，承办律师下周与您见面。"),
    ("court_case", "【某某区人民法院】您的案件已进入审理程序，请按传票时间到庭。"),
    ("complaint_stage", "您的投诉已进入处理流程，我们会在五个工作日内回复。"),
    ("gas_visit", "【某燃气】尊敬的用户，我司工作人员将于12月9日上门进行安全检查，请家中留人。"),
    ("no_visit", "您的借款已逾期，请尽快还款，我司不会上门拜访，也不会联系您的家人。"),
    ("hospital_contact", "【某医院】您的家属已住院，我院已联系您预留的紧急联系人，请尽快到住院部。"),
    ("no_contacts", "您的账单已逾期，请尽快还款，我们不会联系您的紧急联系人。"),
    ("warning", "如遇自称客服说您的逾期记录已上报征信、要求转账消除的，请报警。"),
]


@pytest.mark.parametrize(("text", "rule"), [(t, r) for _, t, r in PRESSED], ids=[i for i, _, _ in PRESSED])
def test_lawful_pressure_on_the_reader_is_aggressive(analyzer, text, rule):
    report = analyzer.analyze(text)
    assert report.verdict.label == "aggressive", [(f.rule_id, f.severity) for f in report.findings]
    assert rule in {r for f in report.findings for r in f.rule_ids}


@pytest.mark.parametrize("text", [t for _, t in QUIET], ids=[i for i, _ in QUIET])
def test_the_same_words_elsewhere_are_not_read(analyzer, text):
    report = analyzer.analyze(text)
    assert not any(r.startswith("aggr35.") for f in report.findings for r in f.rule_ids), \
        [(f.rule_id, f.severity) for f in report.findings]
    assert report.verdict.label not in ("unlawful_threat", "scam")


def test_a_routine_reminder_with_the_stock_credit_line_stays_a_reminder(analyzer):
    report = analyzer.analyze("【某消费金融】您本期借款已逾期2天，请尽快还款，逾期信息将按规定报送征信。如已还款请忽略。")
    assert report.verdict.label == "reminder", [(f.rule_id, f.severity) for f in report.findings]


def test_a_deadline_missed_with_no_payment_yet_reads_as_the_condition(analyzer):
    # aggr34's unhandled class now also hears 没有 (明天还没有还款, 转诉讼组)
    report = analyzer.analyze("我再说一遍，明天还没有处理，就转诉讼组。")
    assert report.verdict.label == "aggressive", [(f.rule_id, f.severity) for f in report.findings]
    assert "aggr34.step.unhandled_then_step" in {r for f in report.findings for r in f.rule_ids}
