"""aggr33 (a detector): a message to someone other than the borrower (a contact, a colleague, a relative, the workplace) that
only asks them to pass a message on (转告他回电, 让他方便时回个电话, 提醒他拨打客服与我们联系) and tells them nothing
of the debt. The labelled border (tests/data/fresh/README.md, "Borderline cases") calls it aggressive: the lawful
side of contacting third parties, pressure put on the borrower through the people around them. It was heard as a
reminder, or as nothing when the request names no debt word the debt frames know (请转告张**回电平安普惠).

Not read here: a guarantor, co-borrower or joint-liability group member (who may owe under their own contract:
reader25 keeps the usual verdict); a frame in which the reader is told of money owed (pay_for_other, owes_us,
kin_borrowed_money, family_debt, referrer); a message that tells the debt (the unlawful message_to_third_party);
and any request that does not come from a lender or a collector (a courier, a school, a landlord). The three
classes are data (knowledge/data/rules/zz_aggr33.toml)."""
from __future__ import annotations

from functools import lru_cache

from analyzer.detectors.catalog import load as catalog
from analyzer.document import Document
from analyzer.lexclass import lex_class
from analyzer.report import Finding, LenderMatch, Reader

RULE = "aggr33.third_party.relay_only"
_RELATIONS = frozenset({"contact", "employer", "relative"})
# reader frames whose own words tell the reader of money owed, or name a guarantor (reader.toml)
_MONEY_FRAMES = frozenset({"reader.relative.pay_for_other", "reader.contact.pay_for_other", "reader.contact.owes_us",
                           "reader.relative.owes_us", "reader.relative.kin_borrowed_money",
                           "reader.relative.family_debt", "reader.contact.referrer"})


@lru_cache(maxsize=1)
def _classes() -> tuple:
    return tuple(lex_class(name)
                 for name in ("aggrthirtythree_relay", "aggrthirtythree_collector", "aggrthirtythree_owes_own"))


def finding(doc: Document, reader: Reader, told: bool, lender: LenderMatch | None) -> Finding | None:
    """The relay-only pressure finding on the words that name the reader, or None. told: the message tells the
    third party of the debt (then it is message_to_third_party, not this)."""
    if (told or reader.role != "third_party" or reader.relation not in _RELATIONS or reader.start is None
            or reader.rule_id in _MONEY_FRAMES):
        return None
    relay, collector, owes_own = _classes()
    if owes_own.search(doc.f) or not relay.search(doc.f):
        return None
    if lender is None and not collector.search(doc.f):
        return None
    return catalog()[RULE].make(doc.text, reader.start, reader.end)
