"""Is a message about the reader's debt? The debt-context patterns the pipeline uses to choose between reminder and
not_collection, to set the severity of fragments, and to tell a card debt from a loan (moved out of
analyzer/pipeline.py unchanged). The gate's logic is here; its patterns are in the modules imported below."""
from __future__ import annotations

import re
from functools import lru_cache

from analyzer import debt_lawful
from analyzer.addressed import ADDRESSED, addressed
from analyzer.debt_askback import asked_back
from analyzer.debt_owe import owes
from analyzer.debt_asknothing import asks_nothing
from analyzer.debt_creditor import creditor
from analyzer.debt_asked import request_keys
from analyzer.debt_billdue import due_keys
from analyzer.debt_border import due_day_owed, pays_back
from analyzer.debt_retold import retold_reminder
from analyzer.debt_deadline import demand_gate_keys, demands_payment
from analyzer.debt_demand import DEMAND, NOT_DEBT, STRONG_DEBT
from analyzer.debt_disclaimed import only_disclaimed
from analyzer.debt_gates import KeyChecks
from analyzer.debt_lever import lever_gates, lever_step
from analyzer.debt_owed import owed_step, owed_step_keys
from analyzer.debt_plan import plan_owed
from analyzer.debt_handled import handled_case, handled_keys
from analyzer.debt_stalled import OTHERS_DEBT, stalled_keys, stalled_money
from analyzer.debt_frame import loan_named, loan_owed, may_relay, relayed_callback, utility_bill, writers_own
from analyzer.debt_private import (ASKED_BACK, DEBT_REPORT, FRAME_REPORT, GIFT, HELPER_LENDS, PRIVATE_CREDITOR,
                                   PRIVATE_DEBT, SENDER_REPAYS)
# (a debt said to be settled: analyzer/debt_settled.py; its names are read here as debt_context.X too)
from analyzer.debt_settled import (BOOKED, DISBURSED, MONEY_BACK, NOTHING_TO_DO, OWED, PAID_OFF,  # noqa: F401
                                   RENEWED, SERVICE_SET, STILL_OWED, _CONDITION, _NOT_SMOOTH, _paid_off, _settled)
from analyzer.debt_timelimit import deadline_only
from analyzer.debt_steps import (COLLECTION_STEP, COLLECTION_STEP_NOT, DEBIT_FAILED, DEBIT_NOT_LOAN, ENFORCED_NOT,
                                 ENFORCED_ON_READER)
from analyzer.document import Document
from analyzer.firstchar import literal_first
from analyzer.lexicon import load as load_lexicon
from analyzer.prefilter import any_branch_keys
from analyzer.public_warnings import warning_sentences
from knowledge import derived_cache

# The patterns read here are in analyzer/debt_demand.py (DEMAND, STRONG_DEBT, NOT_DEBT), debt_steps.py (a collection
# step without a debt word), debt_private.py (a private creditor's debt, the sender repaying), addressed.py and
# public_warnings.py; those that open with a group or an optional part go through literal_first (same matches).

# lawful17: a bill's own terms — its late fee, its arrears, the consequence of paying late (逾期将停止供电)
# (逾期 not followed by how long it has been: 逾期将停止供电, 逾期道闸将无法识别; 物业费已逾期三个月 is not a term)
# (gate23: also the bill's own auto-debit: 燃气费将于15日从您尾号8812的银行卡自动扣款)
_BILL_TERMS = derived_cache.compile(r"违约金|滞纳金|拖欠|催缴|透支|自动扣款|逾期(?![\d一二两三四五六七八九十几半多]|了|已)")


# An advert offering to collect other people's debts for the reader (专业清收各类欠款, 全国追收疑难债务, 代收帐
# …成功计费): the debt words are the service on sale, not the reader's own debt, unless the text names that.
COLLECTION_AD = derived_cache.compile(literal_first(r"(专业|合法|全国|律师|代为?|承接|快速|高效)[^,。!?;\n]{0,6}(清收|追收|收债|收帐|收账|讨债|要债|追债)"
                           r"[^。!?\n]{0,40}(各类|各种|疑难|三角|工程款|成功[^,。!?;\n]{0,2}(收费|计费|付费)|不成功不收费|付费|详询|咨询|电话|联系|保留)"))
HIRING = derived_cache.compile(r"(诚聘|招聘|急聘|高薪聘请?|招募|聘请)[^,。!?;\n]{0,8}(催收|清收|贷后|法务|调解)|(催收|清收|贷后)(专员|员|人员|主管|坐席|岗)[^。!?\n]{0,12}(底薪|薪资|月薪|提成|五险|包住|双休)")
READER_DEBT = derived_cache.compile(literal_first(r"(你|您)(在[^,。!?;\n]{1,12})?的(借款|欠款|贷款|账单|信用卡|分期)|(你|您)(已|已经)?逾期|(你|您)尾号\d{3,4}"))


# A credit-card debt: checked and negotiated with the card-issuing bank (发卡银行), not a lender's App.
# 停息挂账, 透支 and 最低还款 mean a card unless the text names a loan.
CARD_NAMED = derived_cache.compile(r"信用卡|贷记卡|卡中心")
CARD_WORDS = derived_cache.compile(r"停息挂账|个性化分期|透支|最低还款|账单分期")
# gate23: goods bought on credit — an instalment order, pay-later, a rented device paid off by its rent — are a loan
# though a shop's words (购买, 订单) are in the message (您在本商城分期购买的…本期分期款712元将于12月8日扣款)
CREDIT_BOUGHT = derived_cache.compile(r"分期|先用后付|月付|租机|买断")
LOAN_NAMED = derived_cache.compile(r"网贷|借款|贷款|借呗|花呗|白条|微粒贷|消费金融|小贷|[车房]贷|(经营|消费|信用|装修|助学|学生|抵押|按揭)贷")


def debt_kind(doc: Document) -> str | None:
    """"card" for a message about a credit-card debt; pcg54: "private" for a person asking back their own money,
    "fee" for a payee's bill (analyzer/debt_creditor.py); else None (a loan, or not told). Read only for the text a
    verdict's summary, guides and replies choose (verdict.decide, knowledge/advice.py), never for a label."""
    # (speed28: every CARD_NAMED word holds 卡)
    if ("卡" in doc.f and CARD_NAMED.search(doc.f)) or (CARD_WORDS.search(doc.f) and not LOAN_NAMED.search(doc.f)):
        return "card"
    return creditor(doc)


def about_debt(doc: Document) -> bool:
    """A collection message: one that names a debt (names_debt) or a lender's request to a third party for the
    borrower's callback (relayed_debt)."""
    return names_debt(doc) or relayed_debt(doc)


def relayed_debt(doc: Document) -> bool:
    """aggr18: a lender asks someone other than the borrower to have the borrower call back, naming no debt
    (您的朋友留了您的电话作为联系人…麻烦您让他尽快回电; 我们是XX银行信用卡中心，联系不上持卡人，请转告其回电): a
    collection step, though the third party is told of no debt (analyzer/debt_frame.relayed_callback)."""
    return (may_relay(doc.keys) and relayed_callback(doc.f) and not COLLECTION_STEP_NOT.search(doc.f)
            and not _ordinary(doc) and _outside_warnings(doc))


# A debt word said to whoever reads (the borrower's or a third party's): without one, a relay request tells of no debt.
_DEBT_WORD = derived_cache.compile(r"欠|逾期|还款|还钱|借款|贷款|债|账单|未还|不还|没还|拖欠|催收|催款|分期|本金|利息|罚息")


def tells_debt(doc: Document) -> bool:
    """aggr18: the message states a debt, not only a lender's request for the borrower's callback (names_debt also
    reads gate18's contact-unreachable-relay steps, which name none): what makes a message to a third party a
    disclosure (analyzer/detectors/reader.findings)."""
    return not (may_relay(doc.keys) and relayed_callback(doc.f) and not _DEBT_WORD.search(doc.f))


def names_debt(doc: Document) -> bool:
    """Debt words in a message to the reader (_names_debt), unless the reader or the writer is the claimant's side
    (notrem26, claimant_side): read only when debt words are found."""
    return _names_debt(doc) and not claimant_side(doc.f)


# notrem26: the role frames of knowledge/data/rules/lawful_role.toml, which take the threat findings out of a message
# whose reader is the plaintiff, applicant or complainant (analyzer/detectors/lawful_frame.py), also say whose debt
# its debt words are: 您作为原告…被告已将欠款交至本院, 对方需向您支付欠款, 您申请的支付令已发出, 我已经向银保监投诉了你们的
# 催收员 name a debt owed to the reader, or one the writer complains of, not one asked of the reader. Never while the
# reader is a target (role_reader_target: 你欠, 尽快还款, 起诉你) or the reader's own debt is named (READER_DEBT).
# The writer's own complaint counts only against collection (我被催收骚扰…已经投诉了): a creditor's or a collector's
# "我们起诉了", "我就申请强制执行" is the writer's lever on the reader, not a complaint.
_COLLECTION_COMPLAINED = derived_cache.compile(r"催收|催债|讨债|骚扰")
_WRITER_SUES = derived_cache.compile(r"起诉|诉讼|强制执行|支付令|仲裁|律师|法院")
# asked to pay all the same (请按时还款; 关于您的投诉已处理，请尽快还款)
_PAY_ASKED = derived_cache.compile(r"(请|必须|务必|尽快|立即|马上)[^,。!?;\n]{0,6}(还款|还钱|还清|结清|缴清|还上)")


@lru_cache(maxsize=1)
def _kin_borrowed() -> re.Pattern[str]:
    """A relative, a contact or a third person who borrowed the reader's money (你表哥说借你的钱下个月还)."""
    return derived_cache.compile(load_lexicon().expand(r"({relative}|{contact}|{person}|[二三四大小老幺][叔舅姨姑伯])"
                                            r"[^,。!?;\n]{0,4}借(了)?(你|您)(?!们)的"))


def claimant_side(f: str) -> bool:
    """The reader as claimant, applicant or complainant, or the writer complaining of collection, and the reader
    nobody's target."""
    if (READER_DEBT.search(f) or _PAY_ASKED.search(f) or debt_lawful.role("role_reader_target").search(f)
            or plan_owed(f, True)):  # neg75: a plan with an instalment the reader is to pay (您反映的困难…首期请于…前还)
        return False
    if (debt_lawful.role("role_reader_party").search(f) or debt_lawful.role("role_reader_complainant").search(f)
            or debt_lawful.role("reader_creditor").search(f) or _kin_borrowed().search(f)):
        return True  # (reader_creditor, lexicon.toml: 欠您的钱下周五一定还上, 您借给二叔的那两万)
    return (bool(debt_lawful.role("role_speaker_complainant").search(f)) and bool(_COLLECTION_COMPLAINED.search(f))
            and not _WRITER_SUES.search(f))


def _names_debt(doc: Document) -> bool:
    """Debt words in a message to the reader; news about 拖欠工资 or 不良贷款, adverts for
    collecting other people's debts, and warnings to the public about collection scams are not. A private creditor's
    frame (PRIVATE_DEBT: 那笔钱…什么时候给, 利息该交了) counts without 你; the sender paying back does not."""
    # (speed: the patterns with _KEYS below are searched only where their keys occur; speed32: every such gate is
    # answered at once from doc.keys, analyzer/debt_gates.py)
    checks = _checks()
    may, met = checks.may, checks.met(doc.keys)
    if may(met, "ad") and COLLECTION_AD.search(doc.f) and not READER_DEBT.search(doc.f):
        return False
    if ("聘" in doc.f or "招募" in doc.f) and HIRING.search(doc.f) and not READER_DEBT.search(doc.f):
        return False  # gate25: a collection firm hiring (诚聘催收专员，底薪5000+提成): the job, not the reader's debt
    if retold_reminder(doc.f):
        return not _settled(doc, doc.f)  # gate39: 收到XX的短信,说我这期还款日是后天: a reminder told on (debt_retold)
    stripped = NOT_DEBT.sub("", doc.f) if may(met, "not_debt") else doc.f
    # gate18: a pasted chat's header ([微信], [语音转文字]) is not a sender's signature
    signed = debt_lawful.signers([s.text for s in doc.signatures])
    # lawful17: the collector talked about (催收电话又打来了, 催收说要上门, a regulator's 如遇暴力催收…投诉) makes no demand
    if debt_lawful.talks_of_collectors(signed):
        stripped = debt_lawful.blank(stripped, debt_lawful.collector_told(stripped))
    # speed22: the checks below that can only answer False (a loan just paid out, a debt paid off or rolled over, the
    # sender repaying) are read once something would answer True: a message with no debt frame, most messages near
    # the bench median, skips them (every check here is pure, so the answer is the one they gave read first).
    # aggr22: a lever aimed at the reader without a debt word (不还就起诉, 我们将委托律所向您发送律师函): analyzer/debt_lever.py
    # aggr23: the reader's money owed (您的借款, 应还金额, 未结清的款项) put through a collection step, or the reader's
    # breach of the loan contract, with no 逾期 or demand (analyzer/debt_owed.py)
    # (doc.keys are doc.f's: once a phrase is cut out of `stripped`, its neighbours meet, and the keys say nothing)
    unchanged = stripped == doc.f
    # speed25: COLLECTION_STEP, owed_step, PRIVATE_DEBT, DEMAND and demands_payment gated on their keys too (none of
    # their keys in 37%, 74%, 36%, 31% and 72% of the 202 bench messages, mostly those that name no debt)
    if (((not unchanged or may(met, "step")) and COLLECTION_STEP.search(stripped))
            or lever_step(stripped, not unchanged or may(met, "role_chased"), not unchanged or may(met, "ultimatum"))
            or ((not unchanged or may(met, "owed_step")) and owed_step(stripped))) \
            and not COLLECTION_STEP_NOT.search(doc.f):
        return not _settled(doc, stripped) and not _ordinary(doc) and _outside_warnings(doc)
    # gate25: the reader's case or account in the creditor's hands, or in arrears, with a demand to deal with it
    # (你的案件已分配到我处，请于今日处理; 您与XX平台的纠纷已进入调解，请尽快联系调解员处理): analyzer/debt_handled.py,
    # which rules out news, complaints and the reader's own disputes itself (纠纷 is the mediation centre's word here)
    if (not unchanged or may(met, "handled")) and handled_case(stripped, doc.f):
        return not _settled(doc, stripped) and not _ordinary(doc) and _outside_warnings(doc)
    if ((not unchanged or may(met, "enforced")) and ENFORCED_ON_READER.search(stripped)
            and not ENFORCED_NOT.search(doc.f)):
        return not _settled(doc, stripped) and not _ordinary(doc) and _outside_warnings(doc)
    if (not unchanged or may(met, "debit")) and DEBIT_FAILED.search(stripped) and not DEBIT_NOT_LOAN.search(doc.f) and (signed or addressed(doc.f)):
        return not _settled(doc, stripped) and not _ordinary(doc) and _outside_warnings(doc)
    # (speed35: PRIVATE_DEBT is searched in parts re can scan by first character, analyzer/split_search.py)
    private = ((not unchanged or may(met, "private")) and PRIVATE_DEBT.search(stripped)
               and not DEBT_REPORT.search(doc.f) and not GIFT.search(doc.f))
    # gate26: the reader's money (那笔钱, 你用的额度, 尾款, 本息, 欠条) left unpaid and asked to be settled, with no debt
    # word (那笔钱到现在没动静，今天给个说法): a private creditor's frame, read with the same exclusions. Read on doc.f:
    # NOT_DEBT cuts 额度 out (a loan advert's word), and 你用的额度已经拖了15天 is the reader's drawn credit, not an offer
    if not private and may(met, "stalled") and stalled_money(doc.f) and not DEBT_REPORT.search(doc.f) and not GIFT.search(doc.f):
        private = True
    demand = ((not unchanged or may(met, "demand")) and DEMAND.search(stripped)
              and (signed or ADDRESSED.search(doc.f) or STRONG_DEBT.search(stripped) or _REMINDED.search(stripped)))
    if demand and not signed and writers_own(stripped, [m.start() for m in DEMAND.finditer(stripped)]):
        demand = None  # gate16: 我花呗逾期了, 我再不还…: the writer's own debt (analyzer/debt_frame.writers_own)
    if (demand and not private and not READER_DEBT.search(doc.f)
            and debt_lawful.debt_topic_only([m.group() for m in DEMAND.finditer(stripped)])
            and debt_lawful.debt_talked_of(doc.f, signed)):
        demand = None  # border29: 催收, 逾期, 欠款 as the topic of a law, news, training or warning text, owed by no one
    if demand and signed and not private and not READER_DEBT.search(doc.f) and only_disclaimed(doc.f, [m.start() for m in DEMAND.finditer(doc.f)]):
        demand = None  # gate36: 我行从未委托任何第三方办理“停息挂账”: a lender's disclaimer (analyzer/debt_disclaimed.py)
    if not demand and not private and (not unchanged or may(met, "demands_payment")) \
            and demands_payment(stripped):
        demand = True  # short22: pay or settle by a deadline, or else (analyzer/debt_deadline.py), with no debt word
    if (not demand and not private and may(met, "owed_reminded") and debt_lawful.owed_reminded(doc.f, signed)
            and not debt_lawful.bill_of_its_own(doc.f, utility_bill())
            and not writers_own(doc.f, debt_lawful.unpaid_starts(doc.f))):
        demand = True  # border29: a person reminds the reader of a sum still owed them (记得这周把钱转我), no debt word
    if demand and "逾期" in stripped and deadline_only(stripped) and deadline_only(doc.f):
        demand = None  # notrem26: 逾期未领将退回, 逾期不再受理: the time limit of a non-money act (analyzer/debt_timelimit.py)
    if (demand and utility_bill().search(doc.f) and not loan_named().search(doc.f) and not PRIVATE_CREDITOR.search(doc.f)
            and all(_BILL_TERMS.match(stripped, m.start()) for m in DEMAND.finditer(stripped))):
        # lawful17: 电费…扣款未成功，避免产生违约金; 停车费长期拖欠; 逾期将停止供电: a utility's or a public body's bill
        # terms are no loan (a bill said to be months overdue, 物业费已逾期三个月, stays a reminder: test_lawful8_opened)
        demand = None
    # gate16: a loan (word, brand or product) with an unpaid state or a repayment act, or a deadline, a sum and
    # a repayment act (analyzer/debt_frame.py)
    # (a utility or shop bill, 电费账单…将于15日自动扣款, is no loan unless one is named: DEBIT_NOT_LOAN, LOAN_NAMED)
    # (FRAME_REPORT, HELPER_LENDS and DEBIT_NOT_LOAN searched only in a text holding one of their keys: met in 5, 15 and
    # 16 of the 202 bench messages)
    owed = not demand and not private and not (may(met, "report") and FRAME_REPORT.search(doc.f)) and not (
        may(met, "helper") and HELPER_LENDS.search(doc.f)) and not (
        may(met, "not_loan") and DEBIT_NOT_LOAN.search(doc.f) and not LOAN_NAMED.search(doc.f) and not CREDIT_BOUGHT.search(doc.f)) and loan_owed(
        doc.f, bool(signed) or addressed(doc.f), doc.keys)
    if (not (private or demand or owed) and ("扣" in doc.f or "结息" in doc.f or "到期" in doc.f) and debt_lawful.debit_due(doc.f)
            and (signed or addressed(doc.f)) and (loan_named().search(doc.f) or debt_lawful.loan_product(doc.f))):
        owed = True  # gate29: the instalment a lender will debit, the reader asked to fund the account (请存足款项)
    if not (private or demand or owed) and due_day_owed(doc.f, bool(signed) or addressed(doc.f) or "你" in doc.f or "您" in doc.f, may(met, "bill_due"), may(met, "asked")):
        owed = True  # gate37: a spoken due day with a bare 还 (花呗账单别忘了哦，10号还: analyzer/debt_border.py)
    if not (private or demand or owed):
        return False
    # (gate18: 你借我的那五千块…记得还我 asks the money back: 你借我的 is the reader's borrowing there)
    # (gate26: OTHERS_DEBT, the reader's loan to a third person and the writer owing the reader, read like SENDER_REPAYS)
    # (gate37: also the writer's money sent back, 借你的两千元今晚转回给你, 我给你转过去了: lexicon gatethirtyseven_pays_back)
    if _settled(doc, stripped) or ((SENDER_REPAYS.search(doc.f) or OTHERS_DEBT.search(doc.f) or pays_back(doc.f))
                                   and not READER_DEBT.search(doc.f)
                                   and not ASKED_BACK.search(doc.f)) or _ordinary(doc):
        return False
    # Its debt words describe the scam; a reminder that ends in such a warning names the reader's own debt.
    return bool(READER_DEBT.search(doc.f)) or _outside_warnings(doc)


# gate23: a clause that opens by reminding the reader (记得今天把这期的钱还上，别忘了) speaks to them without 你
_REMINDED = derived_cache.compile(r"(?:^|[,。!?;\n])(?:记得|别忘了?|不要忘了?|千万别忘了?)")


def _ordinary(doc: Document) -> bool:
    """lawful17 (analyzer/debt_lawful.py): debt words in an ordinary frame, read only once debt words are found —
    an unsigned message in which the writer complains of collection, a friend jokes or says there is no rush, or a
    pasted contract sample or form; or a library book or a rented device overdue; unless the reader's own debt is
    named (READER_DEBT)."""
    signed = debt_lawful.signers([s.text for s in doc.signatures])
    if not signed and debt_lawful.kin_advice(doc.f) and loan_named().search(doc.f):
        return True  # gate18: a relative's advice about the reader's own loan (闺女，你信用卡账单记得还，别逾期了)
    if READER_DEBT.search(doc.f):
        return False
    if debt_lawful.borrowed_item(doc.f) and not loan_named().search(doc.f):
        return True
    # gate29: also the writer asking others about a debt (请问…逾期了会影响征信吗), or telling of a relative's or a
    # friend's debt (我表哥…被银行起诉了), with no one addressed (debt_lawful.asks_advice, others_debt)
    # (rnc53: 不急 and a joke do not set aside the writer's own money asked back: analyzer/debt_askback.py)
    return not signed and (debt_lawful.borrower_complaint(doc.f) or debt_lawful.set_aside(doc.f) or debt_lawful.pasted_form(doc.f)
                           or ((debt_lawful.no_rush(doc.f) or debt_lawful.joking(doc.f)) and not asked_back(doc.f) and not owes(doc.f, True))
                           or debt_lawful.asks_advice(doc.f) or debt_lawful.others_debt(doc.f)
                           or asks_nothing(doc.f))  # rnc56: the writer's own question or paid-off debt (debt_asknothing)


def _outside_warnings(doc: Document) -> bool:
    """Debt words outside the sentences that warn about scams or report others' cases (warning_sentences): a
    reminder that ends in 谨防冒充客服诈骗 keeps its own debt sentence, an anti-fraud notice has none left."""
    spans = warning_sentences(doc.f)
    return not spans or about_debt(doc.blanked(spans))


# Speed: keys one of which every match of these patterns holds (analyzer/prefilter.any_branch_keys); a message without
# any of them is not searched (a search cost 4-6 µs; the test, over 7 or 8 keys, a fraction of that). Only patterns
# whose keys are few and seldom met (COLLECTION_AD's in 1 of the 202 bench messages, ENFORCED_ON_READER's in 9,
# DEBIT_FAILED's in 48): for the others the test costs about what it saves.
_AD_KEYS = any_branch_keys(COLLECTION_AD)
_ENFORCED_KEYS = any_branch_keys(ENFORCED_ON_READER)
_DEBIT_KEYS = any_branch_keys(DEBIT_FAILED)
_REPORT_KEYS = any_branch_keys(FRAME_REPORT)
_HELPER_KEYS = any_branch_keys(HELPER_LENDS)
_NOT_LOAN_KEYS = any_branch_keys(DEBIT_NOT_LOAN)
assert None not in (_REPORT_KEYS, _HELPER_KEYS, _NOT_LOAN_KEYS), "every branch of these has a gate"
# speed25: the costliest searches of a message that names no debt, gated like the ones above (owed_step's and
# demands_payment's keys: debt_owed.owed_step_keys, debt_deadline.demand_gate_keys). A gate that is None (a branch
# without keys, after a data change) lets every text through.
_NOT_DEBT_KEYS = any_branch_keys(NOT_DEBT)
_STEP_KEYS = any_branch_keys(COLLECTION_STEP)
_PRIVATE_KEYS = any_branch_keys(PRIVATE_DEBT)
_DEMAND_KEYS = any_branch_keys(DEMAND)


@lru_cache(maxsize=1)
def _checks() -> KeyChecks:
    """speed32: the gates above and those of owed_step, demands_payment (its consequence and its condition: both),
    owed_reminded (its three classes), the lever's role-chase and ultimatum frames, handled_case and stalled_money,
    (spd68) bill_due and asked_to_pay, each derived from its own patterns (analyzer/debt_gates.py)."""
    return KeyChecks({
        "ad": (_AD_KEYS,), "not_debt": (_NOT_DEBT_KEYS,), "step": (_STEP_KEYS,), "owed_step": (owed_step_keys(),),
        **lever_gates(), "handled": (handled_keys(),), "enforced": (_ENFORCED_KEYS,), "debit": (_DEBIT_KEYS,),
        "private": (_PRIVATE_KEYS,), "stalled": (stalled_keys(),), "demand": (_DEMAND_KEYS,),
        "demands_payment": demand_gate_keys(), "owed_reminded": debt_lawful.owed_reminded_gates(),
        "report": (_REPORT_KEYS,), "helper": (_HELPER_KEYS,), "not_loan": (_NOT_LOAN_KEYS,), "bill_due": (due_keys(),), "asked": (request_keys(),)})

