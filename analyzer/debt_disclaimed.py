"""gate36: debt words said only in an institution's disclaimer (京东金融不会委托任何第三方代办“协商还款”; 我行从未委托任何
第三方机构办理“停息挂账”“债务减免”): the clause says what the lender never does, it asks the reader for nothing; and
the stock lines of a lender's reward (恭喜您已连续12期按时还款，获得提额资格; 额度已提升…请理性借贷，按时还款). Lexicon
`gatethirtysix_disclaimer`, `gatethirtysix_good_standing`, `gatethirtysix_stock_advice`, knowledge/data/rules/zz_gate36.toml; analyzer/debt_context._names_debt reads it for a
signed message in which every debt word (DEMAND) stands in such a clause."""
from __future__ import annotations

import re
from functools import lru_cache

from analyzer.debt_owner import CLAUSE_START, clause_opening
from analyzer.firstchar import literal_first
from analyzer.lexicon import load as load_lexicon
from knowledge import derived_cache


@lru_cache(maxsize=1)
def _disclaimer() -> re.Pattern[str]:
    return derived_cache.compile(literal_first(load_lexicon().expand("{gatethirtysix_disclaimer}")))


def _clause_end(f: str, at: int) -> int:
    m = CLAUSE_START.search(f, at)
    return m.start() if m else len(f)


@lru_cache(maxsize=1)
def _good_standing() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (derived_cache.compile(literal_first(load_lexicon().expand("{gatethirtysix_good_standing}"))),
            derived_cache.compile(literal_first(load_lexicon().expand("{gatethirtysix_stock_advice}"))))


def only_disclaimed(f: str, starts: list[int]) -> bool:
    """Every debt word (its start in `starts`) stands in a clause that holds an institution's disclaimer, or, in a
    message that praises the reader's record or raises their limit, in one of its stock lines (按时还款, 理性借贷)."""
    praised, stock = _good_standing()
    rewarded = bool(praised.search(f))

    def said(at: int) -> bool:
        start, end = clause_opening(f, at), _clause_end(f, at)
        return bool(_disclaimer().search(f, start, end)
                    or (rewarded and (praised.search(f, start, end) or stock.search(f, start, end))))
    return bool(starts) and all(said(at) for at in starts)
