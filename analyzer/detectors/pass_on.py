"""tpd59: the pass-on-only side of the third-party border (the labelled definition, ../shared/eval/README.md and
tests/data/fresh/README.md "Borderline cases"): a contact asked only to pass a message on, to have the borrower call
back or to say where he is, and told nothing of the debt, is aggressive with third_party_contact; told the amount,
that the person is overdue or in default, or pressed or asked to pay, it is an unlawful threat (reader.py's
message_to_third_party, unchanged here).

The frame: the message asks the reader to pass something on to, or to help find, a third person (他, 她, 其, 您儿子,
您同事: {tpdfiftynine_ask}); it tells the reader of no debt and asks them for nothing ({tpdfiftynine_told}, read
outside what says it is not told or not owed: {tpdfiftynine_untold}); the reader is no signed party to the loan
({aggrthirtythree_owes_own}); and no "否则, 再不" adds a menace ({tpdfiftynine_menace}). In such a message a
third-party-contact threat finding says that the writer seeks "your friend" or "your son" — the borrower sought, not
a disclosure to the reader: it becomes one low finding of the same kind (tpd59.third_party.pass_on_only), and the
pressure rules on the request itself give the verdict. A finding that reaches the borrower's own circle (他的家人,
其单位) stays. The classes are data (knowledge/data/rules/zz_tpd59.toml); called from lawful_frame.drop_lawful."""
from __future__ import annotations

import re
from functools import lru_cache

from analyzer.detectors.catalog import load as catalog
from analyzer.document import Document
from analyzer.lexclass import lex_class
from analyzer.report import Finding
from knowledge import derived_cache

RULE = "tpd59.third_party.pass_on_only"
_SERIOUS = ("high", "medium")
# the borrower's own circle named in the finding (通知他的家人, 联系其单位): a reach beyond the reader, kept
_THEIR_CIRCLE = derived_cache.compile(r"(其|他|她)的?(家人|家属|家里人|父母|爸妈|亲属|亲戚|亲友|单位|公司|领导|同事|朋友|"
                                      r"通讯录|联系人|老婆|老公|孩子)")


@lru_cache(maxsize=1)
def _classes() -> tuple[re.Pattern[str], ...]:
    return tuple(lex_class(name) for name in ("tpdfiftynine_ask", "tpdfiftynine_told", "tpdfiftynine_untold",
                                              "tpdfiftynine_menace", "aggrthirtythree_owes_own"))


def pass_on_only(f: str) -> bool:
    """The folded text asks the reader to pass a message on to, or to help find, a third person, and tells them of no
    debt, asks them for nothing, names them no party to the loan and adds no menace."""
    ask, told, untold, menace, owes_own = _classes()
    if not ask.search(f) or owes_own.search(f) or menace.search(f):
        return False
    said = untold.sub(lambda m: "\u3000" * len(m.group(0)), f)  # what is said not told (不会向您透露…) is blanked
    return not told.search(said)


def settle(doc: Document, findings: list[Finding]) -> list[Finding]:
    """The findings with a pass-on-only message's third-party threat findings made one low pass-on finding."""
    if not any(x.kind == "third_party_contact" and x.severity in _SERIOUS for x in findings):
        return findings  # most messages: nothing to read
    sought = [x for x in findings if x.kind == "third_party_contact" and x.severity in _SERIOUS
              and not _THEIR_CIRCLE.search(x.excerpt)]
    if not sought or not pass_on_only(doc.f):
        return findings
    first = min(sought, key=lambda x: (x.start, x.end))
    low = catalog()[RULE].make(doc.text, first.start, first.end)
    kept = [x for x in findings if not any(x is s for s in sought)]
    return sorted(kept + [low], key=lambda x: (x.start, x.end, x.rule_id))
