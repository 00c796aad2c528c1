"""rnc52: a payee's notice that a fee is due — a property, utility, phone, heating, parking, school, course, rent,
premium or goods bill named, and in the same sentence its unpaid or due state or a request to pay it (【XX物业】您2024
年度物业费1,860元尚未缴纳，请于月底前缴费; 【中国电信】您的账户已欠费36.20元，请及时充值; 房租明天到期，记得交哦;
陈总，上月那批货款38,600元按合同本月30号到期，麻烦财务安排一下). The reader owes the payee; the money flows from the
reader; the bill is due or just past. tests/data/fresh/README.md's "Borderline cases" (binding on every set written
since round 24) label such bills reminder, utility, gym and rent included; before this module debt_billdue left them
out ("its labels go both ways": the older opened sets label them not_collection, the newer and the training sets
reminder). Lexicon classes in knowledge/data/rules/zz_rnc52.toml; read by analyzer/debt_border.due_day_owed (so by
debt_context._names_debt, whose settled, ordinary and warning checks still apply).

Not: a bill already paid, debited or refunded, a price change, an offer or a service set up (rncfiftytwo_fee_not), the
writer's own bill (debt_owner.writers_own: 我把房租交了), a message neither to the reader nor a short notice."""
from __future__ import annotations

from analyzer.debt_owner import writers_own
from analyzer.lexclass import lex_class
from knowledge import derived_cache

# a sentence: up to its end (。!?;\n); the fee and its state within it
_SENTENCE = derived_cache.compile(r"[^。!?;\n]+")
_WRITER = derived_cache.compile(r"我(?!们|司|行)")


def _short_notice(f: str) -> bool:
    """A one-line notice, unaddressed (房租明天到期，记得交哦; 下学期学费4800，月底前交齐): short, the writer not in it."""
    return len(f) <= 40 and not _WRITER.search(f)


def fee_due(f: str, to_reader: bool) -> bool:
    """A fee the reader owes a payee, due or unpaid, or asked to be paid (see the module)."""
    if not (to_reader or _short_notice(f)):
        return False
    item = lex_class("rncfiftytwo_fee_item")
    if not item.search(f) or lex_class("rncfiftytwo_fee_not").search(f):
        return False
    owed = lex_class("rncfiftytwo_fee_owed")
    starts = []
    for s in _SENTENCE.finditer(f):
        text = s.group()
        i = item.search(text)
        if not i:
            continue
        # the state said of the fee, after it (物业费…尚未缴纳; 已欠费12.50元), not a story's 没交停车费的那批
        o = owed.search(text, i.start())
        if o:
            starts.append(s.start() + o.start())
    if not starts:
        return False
    return not writers_own(f, starts)
