"""short22: the collector's demand with no debt word, read by analyzer/debt_context.names_debt. A demand to the
reader to pay or settle (还钱, 还上, 结清, 回款, 把钱打过来, 钱到位) under a deadline with a consequence, or a
condition of not paying (不还, 还不上, 钱不到位, 不处理) followed by the consequence (后果自负, 否则, 等着, 打你单位
电话): 今晚不还明天打你单位电话, 最后一次通知明天不还后果自负, 明天上午之前回款，否则直接走法律程序. The word classes
are data (knowledge/data/rules/zz_deadline22.toml); this module only composes them into frames.

Not a demand: a friend's casual words (不还也没事, 不急), something other than money (不还车也行, 不处理这个bug, 不交
作业), a bill or a utility (缴费 is not a pay act here), and 处理 with an ordinary consequence (不处理就没法发货)."""
from __future__ import annotations

import re
from functools import lru_cache

from analyzer.addressed import addressed
from analyzer.debt_owner import sentence_opening, writers_own
from analyzer.firstchar import literal_first
from analyzer.lexicon import load as load_lexicon
from analyzer.prefilter import any_branch_keys
from knowledge import derived_cache

# (bounded gaps inside one sentence: a consequence is said right after the condition)
_MONEY_FRAMES = (
    # a condition of not paying, then any consequence (否则/后果/等着/直接/我们就…) or a collector's step
    "{due_refused}[^。!?\\n]{0,24}?(?:{due_then}|{due_collector_step}|{due_third_party})",
    # a deadline on paying, then a consequence
    "{due_deadline}[^。!?\\n]{0,10}?{due_money_act}[^。!?\\n]{0,20}?(?:{due_then}|{due_collector_step}|{due_third_party})",
    # not giving money, then a collector's step only (不给钱就等着吃官司; a child's 不给钱我就不去了 is not)
    "{due_no_money}[^。!?\\n]{0,24}?{due_collector_step}",
)
# 处理 has no money in it: these count only in a message to the reader or a last notice, and not when the clause names
# the thing to handle (这个合同今天不处理，法务那边会按流程走 is work: aggr17's near miss)
_HANDLE_FRAMES = (
    # not handling it, then a collector's step only (不处理就没法发货 is a shop's, 不处理我们将起诉 a collector's; people
    # and places, 领导, 公司, count only after not paying: 今天的事处理不好，明天领导要骂人 is work)
    "{due_handle_refused}[^。!?\\n]{0,24}?{due_collector_step}",
    # a deadline on handling it, then a collector's step
    "{due_deadline}[^。!?\\n]{0,10}?(?:处理|解决)[^。!?\\n]{0,20}?{due_collector_step}",
    # a last deadline, then what happens once it has passed (最后期限今晚8点，过了就上门)
    "(?:最后期限|最后一天|最后通牒|限(?:你|您))[^。!?\\n]{0,16}?(?:过了|过时|逾时|超过|超时)[^。!?\\n]{0,6}?{due_collector_step}",
)


_MONEY = derived_cache.compile(r"钱|款|元|块|万|账")
_LAST_NOTICE = derived_cache.compile(r"最后|限(你|您)")
_THING_BEFORE = derived_cache.compile(r"(这|那)(个|份|批|件|张|单|些|条)(?!钱|款|账|欠|事|笔)[^,。!?;\n]{0,8}$")

# Speed: the whole frame costs ~80 µs a message; every match holds a consequence word and a condition or deadline
# word, and these two searches (literal_first, under 1 µs each) leave about 1 message in 100 of the ordinary SMS.
_CONSEQUENCE = "{due_then}|{due_collector_step}|{due_third_party}"
_CONDITION = "{due_refused}|{due_handle_refused}|{due_no_money}|{due_money_act}|最后期限|最后一天|最后通牒|限你|限您|处理|解决"


@lru_cache(maxsize=None)
def _patterns() -> tuple[re.Pattern[str], ...]:
    """The consequence and condition prefilters, the frame, the casual words and the non-money objects."""
    lexicon = load_lexicon()
    money = derived_cache.compile(literal_first("|".join(lexicon.expand(p) for p in _MONEY_FRAMES)))
    handle = derived_cache.compile(literal_first("|".join(lexicon.expand(p) for p in _HANDLE_FRAMES)))
    casual = derived_cache.compile(lexicon.expand("{due_casual}|{no_rush}|{jest}"))
    item = derived_cache.compile(literal_first(lexicon.expand("{due_item}")))
    return (derived_cache.compile(literal_first(lexicon.expand(_CONSEQUENCE))), derived_cache.compile(literal_first(lexicon.expand(_CONDITION))),
            money, handle, casual, item)


@lru_cache(maxsize=1)
def demand_gate_keys() -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """speed25: the keys of the consequence and of the condition prefilter (prefilter.any_branch_keys): a text that
    holds none of either's cannot hold the frame."""
    consequence, condition = _patterns()[:2]
    return any_branch_keys(consequence), any_branch_keys(condition)


def demands_payment(f: str) -> bool:
    """Whether folded text `f` holds a collector's pay-or-else frame (see the module docstring): not in a casual
    message, and not the writer's own debt (我再不还，他们就要打我单位电话了: analyzer/debt_owner.writers_own)."""
    consequence, condition, money, handle, casual, item = _patterns()
    if not consequence.search(f) or not condition.search(f):
        return False
    starts = [m.start() for m in money.finditer(f)]
    if addressed(f) or _LAST_NOTICE.search(f):
        starts += [m.start() for m in handle.finditer(f)
                   if not _THING_BEFORE.search(f, sentence_opening(f, m.start()), m.start())]
    if not starts or casual.search(f):
        return False
    if item.search(f) and not _MONEY.search(f):
        return False  # the thing not returned is named, and it is not money (谁借了我充电宝没还？再不还我就…)
    return not writers_own(f, starts)
