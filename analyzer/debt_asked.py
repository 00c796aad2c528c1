"""nod59: a demand with no debt word — the reminder side of the label definition (../shared/eval/README.md and the
writers' brief: a bill or statement with an amount and a due date is a reminder; a private person asking back money
lent or advanced is a reminder; merely mentioning money, or asking nothing, is not collection).

One frame: the sender asks the reader to pay, settle, transfer or renew (`nodfiftynine_request`: 请于1月31日前缴纳,
周一前大家转我一下, 麻烦这两天转到之前那张卡上, 没交的同学尽快) something the reader owes — a sum or a bill named in the
message (`nodfiftynine_owed`: 158.00元, 1,860块, 两千块, 饭钱200; a bill named with no sum is rnc52's frame,
debt_feebill). The request is what makes it a demand; the sum is what makes it the reader's money. Read by analyzer/debt_border.due_day_owed, so debt_context's
settled, ordinary and warning checks still apply afterwards.

Not: the same words where nothing is owed — a one-time code, a delivery, an order, an appointment, a payment done or
debited (a "如已缴费请忽略" is only a condition and is set aside first), an offer to renew at a discount (会员即将到期，
续费享8折: marketing, not a demand), a prepaid balance running low with nothing owed, a public body's notice
(`nodfiftynine_not`); the writer's own bill (我这个月的房租得月底前交: debt_owner.writers_own) or the writer told to pay
(房东让我月底前转给他). Lexicon classes in knowledge/data/rules/zz_nod59.toml; tests in tests/test_nod59.py."""
from __future__ import annotations

import re
from functools import lru_cache

from analyzer.debt_owner import writers_own
from analyzer.firstchar import literal_first
from analyzer.lexclass import lex_class
from analyzer.lexicon import load as load_lexicon
from analyzer.prefilter import any_branch_keys
from knowledge import derived_cache

# a sentence: up to its end (。!?;\n)
_SENTENCE = derived_cache.compile(r"[^。!?;\n]+")
_RENEWAL = derived_cache.compile(r"续费")
_AMOUNT = derived_cache.compile(r"\d元")


# the request: a tone of asking, then a pay act; a deadline, then a pay act; or a whole asking phrase
_REQUEST = ("(?:{nodfiftynine_ask_lead})[^,。!?;\\n]{0,24}?(?:{nodfiftynine_pay_act})",
            "(?:{nodfiftynine_time_before})[^,。!?;\\n]{0,12}?(?:{nodfiftynine_pay_act})",
            "{nodfiftynine_ask_whole}")


@lru_cache(maxsize=1)
def _request() -> re.Pattern[str]:
    lexicon = load_lexicon()
    return derived_cache.compile(literal_first("|".join(lexicon.expand(p) for p in _REQUEST)))


def request_keys() -> frozenset[str] | None:
    """spd68: keys one of which a text must hold for asked_to_pay to answer True (its request must match in the text
    as given: prefilter.any_branch_keys), None if a branch has no gate."""
    return any_branch_keys(_request())


def _short_notice(f: str) -> bool:
    """A one-line request, unaddressed (本期账单1,380元，20号前还; 这个月水电412，周一前大家转我一下)."""
    return len(f) <= 40


def asked_to_pay(f: str, to_reader: bool) -> bool:
    """The reader asked to pay or settle a sum or a bill they owe (see the module)."""
    if not (to_reader or _short_notice(f)):
        return False
    request = _request()
    if not request.search(f):
        return False
    # "如已缴费请忽略", "已缴费的家长请忽略本通知": a condition, not a payment done
    f = lex_class("nodfiftynine_if_paid").sub(lambda m: "," * len(m.group()), f)
    if not lex_class("nodfiftynine_owed").search(f):
        return False
    if lex_class("nodfiftynine_not").search(f):
        return False
    if lex_class("nodfiftynine_prepaid").search(f):
        return False  # a prepaid balance low, nothing owed (话费余额不足10元，请及时充值)
    if _RENEWAL.search(f) and not _AMOUNT.search(f):
        return False  # a renewal with no sum owed (域名将于30天后到期，请及时续费; 车位管理费已到期，请及时续费)
    starts = []
    for s in _SENTENCE.finditer(f):
        m = request.search(s.group())
        if m:
            starts.append(s.start() + m.start())
    if not starts:
        return False
    return not writers_own(f, starts)
