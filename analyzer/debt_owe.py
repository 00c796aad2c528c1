"""owe74: a creditor-independent debt frame — someone asks the reader to pay money the reader owes, whoever the
creditor is (a landlord, a school, a shop's tab, a supplier, a friend who paid first, a class fund). Three parts:
(a) the reader addressed or implied (你/您, a name, a signature; or the ask itself, an imperative to the reader or
money asked to be sent to the writer: 大家方便的时候转我一下),
(b) money the reader owes (`owesevenfour_owed`: a sum or 钱/款/费/租/账 still 欠, 还差, 没给, 未结, 拖了, 到期, or paid
first by the writer or split), (c) an ask or a deadline to pay (`owesevenfour_ask`: 请/麻烦/记得/方便时 + 还/付/交/转/结,
月底前 + 转, 转我就行, 再不交). Lexicon classes in knowledge/data/rules/zz_owe74.toml; read by
analyzer/debt_border.due_day_owed (so by debt_context._names_debt, whose settled, writer-repays, ordinary and warning
checks still apply), and by debt_context._ordinary, where, as with rnc53's asked_back, 不着急 or 哈哈 no longer sets
such a request aside.

Not: a receipt (已缴, 缴费成功, 已扣款, 已到账, 已还清), a request to borrow (a new loan), a shop's instalment advert
(`owesevenfour_not`); wages (../shared/eval/README.md has no "Borderline cases" paragraph making a worker's claim for
wages a debt demand, so this frame leaves 工资 alone unless it was advanced, 预支/预借); the writer's own bill
(debt_owner.writers_own)."""
from __future__ import annotations

from analyzer.debt_owner import writers_own
from analyzer.lexclass import lex_class
from knowledge import derived_cache

_WAGES = derived_cache.compile(r"工资|工钱|薪水|薪资")
_ADVANCED = derived_cache.compile(r"预支|预借")
# the owed money and the ask within one stretch of text (a sentence or the next one): this many characters apart at most
_NEAR = 80
# an ask that is itself addressed to the reader, with no 你/您 in the text (麻烦本周五前交一下; 再不交就…)
_IMPERATIVE = derived_cache.compile(r"请|麻烦|烦请|记得|别忘|务必|尽快|赶紧|抓紧|再不")


def owes(f: str, to_reader: bool) -> bool:
    """The reader asked to pay money they owe (see the module). `to_reader`: signed, addressed or 你/您."""
    ask = lex_class("owesevenfour_ask")
    asks = list(ask.finditer(f))
    if not asks:
        return False
    owed = [m.start() for m in lex_class("owesevenfour_owed").finditer(f)]
    if not owed or lex_class("owesevenfour_not").search(f):
        return False
    if _WAGES.search(f) and not _ADVANCED.search(f):
        return False
    near = [a for a in asks if any(abs(a.start() - o) <= _NEAR for o in owed)]
    starts = [a.start() for a in near]
    if not starts:
        return False
    to_writer = any("我" in f[a.start():a.end() + 2] for a in near)
    if not to_reader and not to_writer and not any(_IMPERATIVE.match(f, a) for a in starts):
        return False
    # money asked to be sent to the writer (转我, 给我) is not the writer's own bill, whoever the sentence named last
    return to_writer or not writers_own(f, starts)
