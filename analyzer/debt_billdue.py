"""gate43: a lender's, a card issuer's or an instalment seller's notice of this instalment — a loan, a card bill or an
instalment (第3期) named, and in the same sentence its due day, debit or amount payable with a sum or a day, without
逾期, 欠款 or 请还款 (【邮储银行】您的贷款本月20日扣款2,816元,请存足; 今日到期：车贷第9期2,960元; 拿去花¥2,018.00于12月5日
到期). The reader owes the lender; the money flows from the reader; the instalment is due soon or just past. Lexicon
classes in knowledge/data/rules/zz_gate43.toml; read by analyzer/debt_border.due_day_owed (and so by
debt_context._names_debt, whose settled, ordinary and warning checks still apply).

Not: the writer's own bill (我的信用卡账单…: debt_frame.writers_own), a payout, an approval, a credit line, a deposit
maturing, a bill already on auto-repay or paid, a zero bill, an insurance premium (gatefortythree_not_due), a loan
advert (debt_frame._OFFER), a plan's standing schedule (每月8日扣款), a utility's or a phone bill
(debt_frame.utility_bill, unless a loan is named)."""
from __future__ import annotations


from analyzer.debt_frame import _OFFER, loan_named, utility_bill, writers_own
from analyzer.lexclass import lex_class
from analyzer.prefilter import any_branch_keys
from knowledge import derived_cache

# a sentence: up to its end (。!?;\n); the item and its due word within it
_SENTENCE = derived_cache.compile(r"[^。!?;\n]+")
_SCHEDULE = derived_cache.compile(r"每月|每个月|每期")
_WRITER = derived_cache.compile(r"我(?!们|司|行)")


def _short_notice(f: str) -> bool:
    """An app's one-line notice, unsigned and unaddressed (今日到期：车贷第9期2,960元; 小赢卡贷|12月8日 ¥1,022.00 待处理):
    short, and the writer not in it."""
    return len(f) <= 40 and not _WRITER.search(f)


def due_keys() -> frozenset[str] | None:
    """spd68: keys one of which a text must hold for bill_due to answer True (a due word must match in one of its
    sentences: prefilter.any_branch_keys of gatefortythree_due), None if a branch has no gate."""
    return any_branch_keys(lex_class("gatefortythree_due"))


def bill_due(f: str, to_reader: bool) -> bool:
    """This instalment of the reader's loan, card bill or instalment plan due, with its sum or day (see the module)."""
    if not (to_reader or _short_notice(f)):
        return False
    if lex_class("gatefortythree_not_due").search(f) or _OFFER.search(f):
        return False
    if utility_bill().search(f) and not loan_named().search(f):
        return False  # a phone, power or property bill: its labels go both ways (README round 31), left as they are
    item, due, when = (lex_class("gatefortythree_credit_item"), lex_class("gatefortythree_due"),
                       lex_class("gatefortythree_amount_or_day"))
    starts = []
    for s in _SENTENCE.finditer(f):
        text = s.group()
        d = due.search(text)
        if not d or _SCHEDULE.search(text):
            continue
        if (item.search(text) or loan_named().search(text)) and when.search(text):
            starts.append(s.start() + d.start())
    if not starts:
        return False
    return not writers_own(f, starts)
