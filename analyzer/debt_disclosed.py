"""fa32: whether a message written to a third party tells them of the borrower's debt, and whether that third party
has a legal role in the debt.

A collector may ask a contact to pass on a message or help find the borrower (请他回电, 联系不上他本人); what is
unlawful is telling the contact about the debt. A brand name (众易贷, 有钱花) and the writer's reassurance (不会让你还
什么钱, 没说欠钱) tell of none, so a bare 贷 is not enough: the words of {debt_disclosed} (reader.toml) say that
someone owes, borrowed or is overdue, or that the writer lends or collects (XX借贷服务平台, 催收机构), and they count
only outside a negated clause. A guarantor, a mortgagor or co-owner of the pledged property, a co-borrower and an employer asked to
withhold pay under the borrower's own signed authorisation ({reader_legal_role}) are parties to the debt: telling
them of it is no disclosure to an outsider."""
from __future__ import annotations

from analyzer.document import Document
from analyzer.firstchar import scanner
from analyzer.lexclass import lex_class
from analyzer.modality import Clauses

# (its classes are in rules/reader.toml, named if one is unknown; compiled as written: firstchar.scanner reads them)
_READER = "rules/reader.toml"


def discloses(doc: Document, clauses: Clauses) -> bool:
    """The message says that someone owes, borrowed or is overdue, in a clause that does not deny it (nor say that it
    was not told: 没说欠钱)."""
    untold = {m.end() for m in scanner(lex_class("debt_untold", literal=False, where=_READER)).finditer(doc.f)}
    return any(m.end() > m.start() and m.start() not in untold and not clauses.negated(doc.f, m.start(), m.end())
               for m in scanner(lex_class("debt_disclosed", literal=False, where=_READER)).finditer(doc.f))


def legal_party(doc: Document) -> bool:
    """The reader is addressed in a legal role in the debt (保证人, 抵押房产的共有人, 代扣承诺书…)."""
    return bool(scanner(lex_class("reader_legal_role", literal=False, where=_READER)).search(doc.f))
