"""gate39: a reminder told on (lexicon classes in knowledge/data/rules/zz_gate39.toml). The writer says they (or their
kin) received a lender's message or call and what it said: a bill or an instalment falling due, a sum owed, a day or
two overdue (刚收到拍拍贷的短信,说我这期还款日是后天,金额732块; 今天收到一条短信,说我在拿去花的账单还有三天到期). What
is told is a reminder of a named loan or card, though the writer then asks whether it is normal; analyzer/debt_lawful's
asks_advice and writers_own would otherwise read it as a debt talked about. Not when the money is said to be repaid,
the loan disowned or the message called a scam, or a lever told (起诉, 上门, 联系人): other frames judge those."""
from __future__ import annotations


from analyzer.debt_frame import loan_named
from analyzer.lexclass import lex_class
from knowledge import derived_cache

# what was told: the rest of the sentence after the report verb, cut at its end and at most this long
_WINDOW = 60
_SENTENCE_END = derived_cache.compile(r"[。!?\n]")
_CARD = derived_cache.compile(r"信用卡|银行|贷")


def retold_reminder(f: str) -> bool:
    """A received message or call told on, saying a loan's or a card's money falls due or is owed
    (`gatethirtynine_retold` then `gatethirtynine_retold_due` in the same sentence), with a loan or a card named and
    no lever told in that sentence (`gatethirtynine_retold_lever`), and nothing of `gatethirtynine_retold_not` anywhere
    in the text."""
    if "收到" not in f and "接" not in f and "给" not in f:
        return False
    for m in lex_class("gatethirtynine_retold").finditer(f):
        end = _SENTENCE_END.search(f, m.end(), m.end() + _WINDOW)
        told = f[m.start():end.start() if end else m.end() + _WINDOW]
        if (lex_class("gatethirtynine_retold_due").search(told) and (loan_named().search(f) or _CARD.search(f))
                and not lex_class("gatethirtynine_retold_lever").search(told)):
            return not lex_class("gatethirtynine_retold_not").search(f)
    return False
