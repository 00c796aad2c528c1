"""gate36: debt words said only in an institution's disclaimer (京东金融不会委托任何第三方代办“协商还款”; 我行从未委托任何
第三方机构办理“停息挂账”“债务减免”): the clause says what the lender never does, it asks the reader for nothing; and
the stock lines of a lender's reward (恭喜您已连续12期按时还款，获得提额资格; 额度已提升…请理性借贷，按时还款). Lexicon
`gatethirtysix_disclaimer`, `gatethirtysix_good_standing`, `gatethirtysix_stock_advice`, knowledge/data/rules/zz_gate36.toml; analyzer/debt_context._names_debt reads it for a
signed message in which every debt word (DEMAND) stands in such a clause."""
from __future__ import annotations

from analyzer.debt_owner import CLAUSE_START, clause_opening
from analyzer.lexclass import lex_class


def _clause_end(f: str, at: int) -> int:
    m = CLAUSE_START.search(f, at)
    return m.start() if m else len(f)


def only_disclaimed(f: str, starts: list[int]) -> bool:
    """Every debt word (its start in `starts`) stands in a clause that holds an institution's disclaimer, or, in a
    message that praises the reader's record or raises their limit, in one of its stock lines (按时还款, 理性借贷)."""
    praised, stock = lex_class("gatethirtysix_good_standing"), lex_class("gatethirtysix_stock_advice")
    rewarded = bool(praised.search(f))

    def said(at: int) -> bool:
        start, end = clause_opening(f, at), _clause_end(f, at)
        return bool(lex_class("gatethirtysix_disclaimer").search(f, start, end)
                    or (rewarded and (praised.search(f, start, end) or stock.search(f, start, end))))
    return bool(starts) and all(said(at) for at in starts)
