"""rnc56: the reminder / not_collection border read from the message's own request (label definition,
../shared/eval/README.md and the writers' brief: a reminder asks the reader to pay a debt or bill that is due or
overdue; the reader's own question or worry, and money said to be paid with nothing more asked, are not collection).

Two frames of "the writer's own matter, nothing asked of the reader", read by debt_context._ordinary (only in an
unsigned message, and only once debt words are found), lexicon classes in knowledge/data/rules/zz_rnc56.toml:
- the writer's own question about a debt (信用卡逾期一天要紧吗? 花呗能提前还吗? 网贷结清证明去哪开?): a question clause
  about a debt matter (`rncfiftysix_question`) that is not a question about when or whether the reader pays, nor a
  collector's rhetorical one (`rncfiftysix_pay_asked`), in a message that addresses no one as 你/您;
- the writer's own debt said paid off (我今天把最后一笔网贷还清了! 助学贷款还清了，开心。): `rncfiftysix_paid`, with
  nothing still open or the payment only a condition (`rncfiftysix_still_open`).
Neither holds when the message asks the reader to pay, transfer or deal with something (`rncfiftysix_request`)."""
from __future__ import annotations

from analyzer.lexclass import lex_class
from knowledge import derived_cache

_YOU = derived_cache.compile(r"你|您|妳")
# a clause ends at one of these; a question clause at "?" (the folded text's question mark)
_CLAUSE_END = derived_cache.compile(r"[,。!?;\n]")


def asks_nothing(f: str) -> bool:
    """The writer's own question about a debt, or the writer's own debt said paid off, and nothing asked of the
    reader (see the module)."""
    if lex_class("rncfiftysix_request").search(f):
        return False
    return own_question(f) or own_payoff(f)


def own_question(f: str) -> bool:
    """A question about a debt matter that asks the reader for no payment, no one addressed."""
    if _YOU.search(f):
        return False
    about, asked = lex_class("rncfiftysix_question"), lex_class("rncfiftysix_pay_asked")
    start = 0
    for m in _CLAUSE_END.finditer(f):
        if m.group() == "?" and about.search(f, start, m.start()) and not asked.search(f, start, m.start()):
            return True
        start = m.end()
    return False


def own_payoff(f: str) -> bool:
    """The writer's own debt said paid off, nothing still open."""
    return bool(lex_class("rncfiftysix_paid").search(f)) and not lex_class("rncfiftysix_still_open").search(f)


def nothing_due_yet(f: str) -> bool:
    """A lender's answer to the reader's own application, an offer of credit, or this instalment paid with the rest on
    its schedule (`rncfiftysix_lender_answer`), with nothing due or overdue now (`rncfiftysix_due_now`): what it asks
    of the reader is to borrow or to take note, not to repay (read by debt_settled._settled)."""
    return bool(lex_class("rncfiftysix_lender_answer").search(f)) and not lex_class("rncfiftysix_due_now").search(f)
