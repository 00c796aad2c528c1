"""notrem26: 逾期 as the time limit of an act that is not paying (请于30日内领取，逾期未领将退回; 补考报名截止12月8日，逾期
不再受理; 请于20分钟内驶离，逾期将依法处理). DEMAND hears 逾期 as a debt overdue; in a message whose every 逾期 is such a
time limit (followed by what happens if it is missed, not by 了, a day count or an unpaid state) and which names no money,
debt or repayment at all (lexicon `money_named`), the deadline is for a certificate, an exam, a filing or a parked car:
no demand. NOT_DEBT (analyzer/debt_demand.py) lists some such acts one by one (逾期未领取, 逾期未检验); this is the frame."""
from __future__ import annotations

from analyzer.debt_demand import DEMAND
from analyzer.lexclass import lex_class
from knowledge import derived_cache

# What follows 逾期 when it names a time limit: the consequence (将, 会, 则, 视为, 按, 不再, 后), or the act not done
# (未领, 不到): never 了, a count (逾期3天) or 未还 (an unpaid state, caught by money_named anyway).
_LIMIT = derived_cache.compile(r"逾期(?=将|会|则|即|视为|视作|按|不再|不予|后|者|的话|未|不)")
# 已逾期, 严重逾期, 您逾期: the overdue state of the reader, never a time limit
_STATE_BEFORE = ("已", "经", "重", "您", "你")
# The act asked before the time limit is a collector's generic one (请于今日处理，逾期将依法处理; 请今天联系我们，逾期后果自负):
# said without naming the debt, it is still the debt's deadline. A concrete act (领取, 驶离, 报名, 到考场) is not.
_GENERIC_ACT = derived_cache.compile(r"处理|解决|联系|回电|回复|协商|配合|核实|沟通|致电|来电")
# ...or is the act not done (逾期未处理，我司将电话告知你单位财务; 逾期不联系…)
_GENERIC_UNDONE = derived_cache.compile(r"逾期(未|不|没有?)(处理|解决|联系|回电|回复|协商|配合|沟通)")


def deadline_only(text: str) -> bool:
    """Every debt word DEMAND finds in `text` is 逾期 naming a time limit, and nothing in it names money or a debt."""
    found = False
    for m in DEMAND.finditer(text):
        if m.group() != "逾期" or not _LIMIT.match(text, m.start()) or text[m.start() - 1:m.start()] in _STATE_BEFORE:
            return False
        found = True
    return (found and not lex_class("money_named", literal=False).search(text)
            and not _GENERIC_ACT.search(text, 0, text.find("逾期")) and not _GENERIC_UNDONE.search(text))
