"""gate36: a repayment receipt said as a bank's or a fund's record (自动扣款贷款还款4,850.00元，余额1,238.10元; 还款信用卡
1,500.00元，余额…; 已从公积金账户冲还; 已通过自动还款全额还清; 逾期记录已更新为正常): lexicon `gatethirtysix_repaid`,
knowledge/data/rules/zz_gate36.toml; gate37: also a dated debit for a repayment and an outgoing payment whose purpose is a
repayment (12月01日15:22自动扣款(信用卡还款)3105.00元; 支出人民币3000.00元,用途:信用卡还款: lexicon
`gatethirtyseven_repaid`, zz_gate37.toml). analyzer/debt_settled._settled reads it, with nothing still owed (STILL_OWED)."""
from __future__ import annotations

from analyzer.debt_owner import clause_opening
from analyzer.lexclass import lex_class
from knowledge import derived_cache

# a debit to come or a condition (将于12月8日自动扣款还款1,200.00元; 如扣款还款…), not a record of one done
# (gate37: 申请 is the reader's past application, 您申请的结清证明已开具, not a request)
_NOT_DONE = derived_cache.compile(r"将|预计|拟|如|若|一旦|倘若|(?<!申)请")


def repaid_record(f: str) -> bool:
    """A repayment recorded as done, in a clause that opens with no future, condition or request word."""
    return any(not _NOT_DONE.search(f, clause_opening(f, m.start()), m.start())
               for m in lex_class("gatethirtysix_repaid", "gatethirtyseven_repaid").finditer(f))
