"""rnc53: a private person asks back money they lent, advanced or paid for the reader (借你的500记得还哈; 上次垫的聚餐费
380，有空转我一下; AA你还差我86，记得转我; 去年借你的五千，年前方便先还两千吗?). The writer lent, advanced, paid a
share of a split bill, or the reader owes or lost the sum to the writer (`rncfiftythree_lent`), and in the same message
the writer asks for it back, to be sent to them, asks when or whether it can be paid, or asks for part of it
(`rncfiftythree_ask`). ../shared/eval/README.md and tests/data/fresh/README.md's "Borderline cases" label such a
message reminder (a friend's "有空还我哈" → reminder), politely or not, with or without 不急 or a joke: so when this
frame holds, debt_context._ordinary does not read 不急 or 哈哈 as an ordinary frame. Lexicon classes in
knowledge/data/rules/zz_rnc53.toml; read by analyzer/debt_border.due_day_owed (so by debt_context._names_debt, whose
settled, writer-repays and warning checks still apply).

Not: the writer owing or paying back the reader, money given, an offer to lend, a third person's loan from the reader,
a message with a link or a code (`rncfiftythree_not`)."""
from __future__ import annotations

from analyzer.lexclass import lex_class


def asked_back(f: str) -> bool:
    """The writer's own money lent or advanced to the reader and asked back (see the module)."""
    lent = lex_class("rncfiftythree_lent").search(f)
    return (bool(lent) and bool(lex_class("rncfiftythree_ask").search(f))
            and not lex_class("rncfiftythree_not").search(f))
