"""gate37: two frames of the collection gate (reminder vs not_collection), lexicon classes in
knowledge/data/rules/zz_gate37.toml, read by analyzer/debt_context._names_debt:
- the writer sends the reader's money back (借你的两千元今晚转回给你; 那一千块我给你转过去了; 现在提前还你一万): the
  writer owes the reader and is paying, nothing is asked of the reader (`gatethirtyseven_pays_back`, read like
  debt_private.SENDER_REPAYS);
- a spoken due day with a bare 还 (花呗这个月的账单别忘了哦，10号还; 月付账单本期368.90元，12月10日前还就OK; 你那个贷款
  这个月20号要还利息了): the reader's loan falls due and the writer reminds them (`gatethirtyseven_due_day`), only with a
  loan or a lending product named, said to the reader, not the writer's own loan and not an advert.
(A bank's record of a repayment done, gatethirtyseven_repaid, is read by analyzer/debt_receipt.py.)"""
from __future__ import annotations


from analyzer.debt_askback import asked_back
from analyzer.debt_asked import asked_to_pay
from analyzer.debt_billdue import bill_due
from analyzer.debt_feebill import fee_due
from analyzer.debt_owe import owes
from analyzer.debt_frame import _OFFER, loan_named, writers_own
from analyzer.lexclass import lex_class
from knowledge import derived_cache


# a product's rule or a plan, not this instalment falling due (本月消费下月10日还; 每月8号还)
_SCHEDULE = derived_cache.compile(r"每月|每个月|下月|下个月|次月")


def pays_back(f: str) -> bool:
    """The writer sends money back to the reader (lexicon `gatethirtyseven_pays_back`)."""
    return bool(lex_class("gatethirtyseven_pays_back").search(f))


def due_day_owed(f: str, to_reader: bool, may_bill: bool = True, may_ask: bool = True) -> bool:
    """A loan named and a due day with a bare 还 (lexicon `gatethirtyseven_due_day`), said to the reader
    (`to_reader`: signed, addressed or 你/您), not of the writer's own loan, not in an advert; or (gate43) a lender's
    notice of this instalment with its sum or day (analyzer/debt_billdue.py); or (rnc52) a payee's notice of a fee due
    or unpaid (物业费, 电费, 话费, 房租, 学费, 货款: analyzer/debt_feebill.py); or (rnc53) the writer's money lent or
    advanced to the reader and asked back (借你的500记得还哈: analyzer/debt_askback.py); or (nod59) the reader asked to
    pay, settle or transfer a sum or a bill, with no debt word (请于1月31日前缴纳; 周一前大家转我一下: debt_asked.py).
    spd68: `may_bill`, `may_ask` False when the text's keys miss those of bill_due, asked_to_pay (debt_billdue.due_keys,
    debt_asked.request_keys, asked by debt_context's KeyChecks): that frame cannot answer True and is not read.
    owe74: or the reader asked to pay money they owe, whoever the creditor (analyzer/debt_owe.py)."""
    return (_spoken_due_day(f, to_reader) or (may_bill and bill_due(f, to_reader)) or fee_due(f, to_reader)
            or asked_back(f) or (may_ask and asked_to_pay(f, to_reader)) or owes(f, to_reader))


def _spoken_due_day(f: str, to_reader: bool) -> bool:
    if "还" not in f or not to_reader:
        return False
    starts = [m.start() for m in lex_class("gatethirtyseven_due_day").finditer(f)
              if not _SCHEDULE.search(f, max(0, m.start() - 8), m.start())]
    return (bool(starts) and bool(loan_named().search(f)) and not _OFFER.search(f)
            and not writers_own(f, starts))
