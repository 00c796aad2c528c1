"""neg75: a repayment plan for the reader's debt with money still to pay (a lender's, bank's or collector's reply to a
borrower who cannot pay: 我行同意为您办理个性化分期，剩余欠款38620元分48期偿还，首期1025元请于12月20日前存入). The
plan (`negseventyfive_plan`: 分期, 延期还款, 减免罚息, 停息挂账, 只还本金…) and a sum or instalment to pay
(`negseventyfive_due`: 首期, 每期, 剩余欠款, 请于…前还, 按时还款) make it a message about the reader's debt, a
reminder when calm. Not an instalment advert, a plan paid off or an application merely received (`negseventyfive_not`),
nor the writer's or a third person's plan (debt_owner.owned_by_reader: 我信用卡的停息挂账办下来了). Lexicon classes in
knowledge/data/rules/zz_neg75.toml; read by analyzer/debt_frame.loan_owed, whose caller (debt_context) still sets aside
paid-off messages, friends' talk and anti-fraud warnings."""
from __future__ import annotations

from analyzer.debt_owner import owned_by_reader
from analyzer.lexclass import lex_class


def plan_owed(f: str, addressed: bool) -> bool:
    """Whether folded text `f` offers or confirms a plan for the reader's own debt with money still to pay.
    `addressed`: the message speaks to the reader or is signed."""
    plan = lex_class("negseventyfive_plan")
    if not plan.search(f) or not lex_class("negseventyfive_due").search(f) or lex_class("negseventyfive_not").search(f):
        return False
    return any(owned_by_reader(f, m.start(), addressed) for m in plan.finditer(f))


def plan_aside(f: str) -> bool:
    """A message about a repayment plan that asks for no money now: an instalment advert, a plan paid off, or an
    application received or under review (`negseventyfive_not`), with no sum or date to pay (`negseventyfive_due`,
    `negseventyfive_debit_due`) and nothing overdue or due now (rnc56's `rncfiftysix_due_now`). Read by
    debt_settled._settled: 我们已收到您提交的还款困难说明，工作人员会在48小时内与您联系 is no reminder."""
    return bool(lex_class("negseventyfive_topic").search(f) and lex_class("negseventyfive_not").search(f)
                and not lex_class("negseventyfive_due", "negseventyfive_debit_due", "rncfiftysix_due_now").search(f))
