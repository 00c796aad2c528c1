"""gate26: a pasted chat in which the reader's own lines (我：…) ask for time or a smaller sum, or promise to pay
(再宽限几天, 先还一部分, 下个月发工资一定还, 我在想办法凑, 能不能少一点), and the other side's lines press (别再拖了, 今天必须
给个说法, 先转两千过来, 上次你也是这么说的): the reader's debt, though the other side names no 欠款 or 逾期.

Both sides are needed: a plea alone is a friend asking a favour or a family's talk about a mortgage; pressing alone is
read by the other frames. The words are data (lexicon gtwsx_plea, gtwsx_press in knowledge/data/rules/zz_gate26.toml);
the reader's lines are those analyzer/detectors/warned.own_replies finds (我：…, 我 14:33 ⏎ …)."""
from __future__ import annotations

import re
from functools import lru_cache

from analyzer.document import Document
from analyzer.lexclass import lex_class
from knowledge import derived_cache

# A reader's line is one of the reply spans that opens with the reader's label (我: in folded text); the other spans
# are the other side's labels (对方:, 催收员小刘 14:32).
# No leading \s*: a pattern that opens with \s* is quadratic when searched over a run of spaces (test_pattern_time);
# the span's leading whitespace is skipped in Python before the anchored match instead (_label_at), the same thing.
_READER_LABEL = derived_cache.compile(r"(我|本人|me)\s*(\([^()]{1,20}\))?\s*(:|\d{1,2}:\d{2})", re.I)


def _label_at(text: str, a: int, b: int) -> bool:
    """The reader's label opens text[a:b], after any whitespace (what a leading \\s* in the pattern did)."""
    while a < b and text[a].isspace():
        a += 1
    return _READER_LABEL.match(text, a, b) is not None


# The reader asking to borrow, or being lent to (能不能先借我两千), or asking the other side to pay or advance for them
# (gate27: 妈，这个月房贷能不能先帮我还一点): not a debt owed yet (lexicon gtwsx_ask_help).
# gate27: haggling (能不能少一点, lexicon gtwsx_haggle) pleads over a debt only where the chat names repaying or owing
# (gtwsx_repay_named): 装修尾款能不能少一点…那你先转一半过来 is a customer and a workman over a price.
# gate27: and the chat names money (gtwsx_chat_money), or paying back (gtwsx_chat_repay: 打算什么时候还, 月底一定还) of
# no lent thing (gtwsx_lent_thing: 那本书): else it is a deadline for a plan, a paper or a sample.


@lru_cache(maxsize=None)
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(lex_class(name)
                 for name in ("gtwsx_plea", "gtwsx_press", "gtwsx_ask_help", "gtwsx_haggle", "gtwsx_repay_named",
                              "gtwsx_chat_money", "gtwsx_chat_repay", "gtwsx_lent_thing"))


def pleaded_debt(doc: Document, own: list[tuple[int, int]]) -> bool:
    """Whether the reader's chat lines (`own`: spans of doc.f, from warned.own_replies) plead over a debt that the
    other side's lines press for (module docstring)."""
    if not own:
        return False
    mine = [doc.f[a:b] for a, b in own if _label_at(doc.f, a, b)]
    if not mine:
        return False
    plea, press, ask_help, haggle, repay_named, money, repay, thing = _patterns()
    if not money.search(doc.f) and not (repay.search(doc.f) and not thing.search(doc.f)):
        return False  # gate27: a work, study or borrowed-thing deadline (方案什么时候给…再宽限几天…别再拖了) names no money
    reader = "\n".join(mine)
    pleads = plea.search(reader) or (haggle.search(reader) and repay_named.search(doc.f))
    if not pleads or ask_help.search(reader):
        return False
    return bool(press.search(doc.blanked(own).f))
