"""cls51: the remaining one-class wrappers of the debt modules, detectors/legal_letter and detectors/lender_candidate
compile their lexicon classes through analyzer/lexclass.lex_class (cls50's one helper), not through copies of it.
Behaviour-neutral: every site compiles the very source it compiled before (literal_first or plain, as it was), and
the messages below (written for this test) get the verdicts they got on main (8b7a1dce).

- debt_settled (_disbursed, _cleared, _repaid), debt_disclaimed (_disclaimer, _good_standing), debt_receipt
  (_receipt), debt_overdue (_arrears, read by debt_due too: now ARREARS, three classes read as one), debt_timelimit
  (_money, plain), detectors/legal_letter (_check, _denies, plain), detectors/lender_candidate (_loan_brands, plain;
  kept as a function, lender.py and test_speed28 call it), debt_indirect (_creditor_voice and the pure entries of
  _indirect), debt_frame (utility_bill plain, jest, collector_role: kept as functions, the debt modules' API;
  _relay_parts, _frame_needs, brands' brand_not_debt), debt_due (_patterns, plain).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from analyzer import analyze, debt_due, debt_frame, debt_indirect, debt_overdue, debt_receipt, debt_settled
from analyzer import debt_timelimit, get_analyzer
from analyzer.detectors import legal_letter, lender_candidate
from analyzer.document import parse
from analyzer.firstchar import literal_first
from analyzer.lexclass import lex_class
from analyzer.lexicon import load as load_lexicon
from knowledge import derived_cache

ROOT = Path(__file__).resolve().parent.parent

# (classes, literal_first?) of every site this branch moved onto lex_class
SITES = [
    (("gatethirtynine_disbursed",), True), (("gatethirtyseven_cleared",), True), (("gatethirtyfive_repaid",), True),
    (("gatethirtysix_disclaimer",), True), (("gatethirtysix_good_standing",), True),
    (("gatethirtysix_stock_advice",), True), (("gatethirtysix_repaid", "gatethirtyseven_repaid"), True),
    (("arrears", "delay_reproach", "debtor_evasion"), True), (("money_named",), False),
    (("legalthirtyseven_letter_check",), False), (("legalthirtyseven_letter_denies_pay",), False),
    (("loan_brand",), False), (("utility_bill",), False), (("brand_not_debt",), False), (("jest",), True),
    (("collector_role",), True), (("relay_callback", "gatethirtyfive_relay"), True), (("employment_check",), True),
    (("contact_named",), True), (("unpaid_state", "repay_act", "repay_deadline"), True), (("lender_lever",), True),
    (("money_pointer",), True), (("matter_pointer",), True), (("debtor_evasion",), True),
    (("collector_voice", "lender_lever", "collector_role"), True), (("repay_deadline",), True),
    (("collector_voice",), True), (("aggrforty_bill_due",), False), (("aggrforty_condition_after",), False),
    (("aggrforty_escalated",), False),
]

TOUCHED = ["analyzer/debt_settled.py", "analyzer/debt_disclaimed.py", "analyzer/debt_receipt.py",
           "analyzer/debt_overdue.py", "analyzer/debt_timelimit.py", "analyzer/debt_indirect.py", "analyzer/debt_frame.py",
           "analyzer/debt_due.py", "analyzer/detectors/legal_letter.py", "analyzer/detectors/lender_candidate.py"]

# a lexicon class (or a few joined by |) expanded and compiled on its own: what lex_class does
_COPY = re.compile(r'compile\((?:literal_first\()?(?:load_lexicon\(\)|lexicon|lex)\.expand\("\{\w+\}(?:\|\{\w+\})*"\)\)')


@pytest.mark.parametrize(("names", "literal"), SITES, ids=["|".join(n) for n, _ in SITES])
def test_each_site_compiles_the_source_its_wrapper_compiled(names, literal):
    source = load_lexicon().expand("|".join("{%s}" % n for n in names))
    old = derived_cache.compile(literal_first(source) if literal else source)
    new = lex_class(*names, literal=literal)
    assert (new.pattern, new.flags) == (old.pattern, old.flags)


def test_the_modules_use_the_shared_patterns():
    assert debt_frame.jest() is lex_class("jest")
    assert debt_frame.collector_role() is lex_class("collector_role")
    assert debt_frame.utility_bill() is lex_class("utility_bill", literal=False)
    assert debt_frame._relay_parts() == (lex_class("relay_callback", "gatethirtyfive_relay"),
                                         lex_class("employment_check"), lex_class("contact_named"))
    needs = debt_frame._frame_needs()
    assert needs[0] is lex_class("unpaid_state", "repay_act", "repay_deadline") and needs[-1] is lex_class("lender_lever")
    parts = debt_indirect._indirect()
    assert parts["voice"] is lex_class("collector_voice", "lender_lever", "collector_role")
    assert parts["deadline"] is lex_class("repay_deadline") and parts["money"] is lex_class("money_pointer")
    assert debt_due._patterns()[0] is lex_class("aggrforty_bill_due", literal=False)
    assert lender_candidate._loan_brands() is lex_class("loan_brand", literal=False)
    assert debt_overdue.ARREARS == ("arrears", "delay_reproach", "debtor_evasion")


@pytest.mark.parametrize("path", TOUCHED)
def test_no_copy_of_the_helper_is_left(path):
    assert not _COPY.findall((ROOT / path).read_text(encoding="utf-8")), path


# (name, text, verdict on main): each goes through a moved site, with its near miss (a debit to come, a condition, a
# parcel's time limit, a joke-less ask)
MESSAGES = [
    ("receipt", "【某银行】您尾号1234的账户12月01日15:22自动扣款(信用卡还款)3105.00元，余额2308.11元。", "not_collection"),
    ("receipt_to_come", "【某银行】您尾号1234的信用卡将于12月8日自动扣款还款1,200.00元，请确保账户余额充足。", "reminder"),
    ("nothing_due", "【某消费金融】尊敬的客户，您本月无待还账单，感谢您的信任。", "not_collection"),
    ("nothing_due_if", "【某消费金融】如您本月无待还账单请忽略本短信，如有欠款请于今日还清。", "reminder"),
    ("repaid", "【某小贷】您已成功还款1,560.00元，本期借款已结清，感谢使用。", "not_collection"),
    ("repaid_if", "【某小贷】如今日成功扣款1,560.00元，将视同按时还款，否则产生逾期罚息。", "reminder"),
    ("paid_out", "【某金融】您申请的借款3000元已到账，请注意查收。", "not_collection"),
    ("disclaimer", "【某金融】某金融从未委托任何第三方机构代办协商还款、停息挂账，请勿轻信。", "not_collection"),
    ("parcel_time_limit", "【某快递】您的包裹已到驿站，请于12月10日前领取，逾期将退回。", "not_collection"),
    ("loan_time_limit", "【某金融】您的借款1,200元今日到期，逾期将上报征信。", "reminder"),
    ("overdue", "张先生，您在某平台的借款已逾期5天，请今天之内处理。", "reminder"),
    ("joke", "老王，你欠我的那顿火锅啥时候还啊，哈哈哈开玩笑的", "not_collection"),
    ("no_joke", "老王，你欠我的那三千块啥时候还，月底前必须给我。", "reminder"),
    ("pointed_money", "小李，你那个款子今天能不能到位？别让我们难做。", "reminder"),
    ("brand_overdue", "您在信用飞的借款已逾期，请尽快还款。", "reminder"),
]


@pytest.mark.parametrize(("name", "text", "label"), MESSAGES, ids=[m[0] for m in MESSAGES])
def test_verdicts_are_those_of_main(name, text, label):
    assert analyze(text).verdict.label == label, name


def test_the_moved_sites_still_read_what_they_read():
    f = {name: parse(text).f for name, text, _ in MESSAGES}
    assert debt_receipt.repaid_record(f["receipt"]) and not debt_receipt.repaid_record(f["receipt_to_come"])
    assert debt_settled._nil_said(f["nothing_due"]) and not debt_settled._nil_said(f["nothing_due_if"])
    assert debt_settled._repaid_done(f["repaid"]) and not debt_settled._repaid_done(f["repaid_if"])
    assert debt_timelimit.deadline_only(f["parcel_time_limit"]) and not debt_timelimit.deadline_only(f["loan_time_limit"])
    assert debt_frame.jest().search(f["joke"]) and not debt_frame.jest().search(f["no_joke"])
    assert debt_indirect.indirect_owed(f["pointed_money"], True)
    assert lender_candidate._loan_brands().search(f["brand_overdue"])
    clauses = get_analyzer().modality.clauses
    overdue, if_overdue = parse(MESSAGES[10][1]), parse("张先生，您的借款明天到期，如逾期将产生罚息，请按时还款。")
    assert debt_overdue.in_arrears(overdue, clauses(overdue.f))
    assert not debt_overdue.in_arrears(if_overdue, clauses(if_overdue.f))
    letter = ("【某律师事务所】律师函：李**先生，本所受某消费金融公司委托，就您拖欠借款一事致函，请于7日内与委托人联系处理，"
              "可拨打本所座机或在司法局网站查询本所执业信息。本所不接受任何个人账户付款。")
    assert legal_letter.checkable(letter.lower())
    assert "付款" not in legal_letter.without_denials("请与委托人联系，本所不接受任何个人账户付款。")
    assert analyze(letter).verdict.label == "legal_notice"


def test_over_http(client):
    r = client.post("/api/v1/analyze", json={"text": MESSAGES[0][1]})
    assert r.status_code == 200
    assert r.get_json()["verdict"]["label"] == "not_collection"
    r = client.post("/api/v1/analyze", json={"text": MESSAGES[1][1]})
    assert r.status_code == 200
    assert r.get_json()["verdict"]["label"] == "reminder"
