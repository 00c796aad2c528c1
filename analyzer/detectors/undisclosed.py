"""fa35: a third party reached with the debt kept from them is pressure, not unlawful third-party collection.

A lender may reach the contact the borrower gave (or the employer, to confirm a job) to find the borrower, so long as
it tells them nothing of the debt. When the writer says in so many words that it did not, and will not, tell the
contact about the debt ({fathirtyfive_no_disclosure}: 我们已联系你填写的紧急联系人，请他转告你回电，未透露任何欠款信息; 致电您的
工作单位，仅核实在职情况，不会透露欠款信息), or that the contact it reached was only asked to have the reader call
back ({fathirtyfive_relay_done}: 我们已经联系了你预留的紧急联系人，请他转告你回电; not when the message says the contact
was told of the debt, {fathirtyfive_relay_told}), its third-party-contact findings are the lawful step it describes,
unless the message also asks the contact to pay, names the address book or all contacts, a door, a crowd, or takes
the promise back for next time ({fathirtyfive_no_disclosure_block}). Other findings (a visit, exposure, violence) are judged as before.
The classes are data in knowledge/data/rules/zz_fa35.toml.
"""
from __future__ import annotations

import re

from analyzer.lexicon import Lexicon, class_patterns
from analyzer.report import Finding

_NAMES = ("fathirtyfive_no_disclosure", "fathirtyfive_no_disclosure_block", "fathirtyfive_relay_done",
          "fathirtyfive_relay_told")
def _patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], ...]:
    return class_patterns(lexicon, _NAMES)


def drop_undisclosed(folded: str, findings: list[Finding], lexicon: Lexicon) -> list[Finding]:
    """The findings less the threat of telling a third party, when the message says the debt was kept from them."""
    if not any(x.kind == "third_party_contact" and x.category == "unlawful_threat" for x in findings):
        return findings
    denial, block, relay_done, relay_told = _patterns(lexicon)
    kept_from_them = bool(denial.search(folded)) or (bool(relay_done.search(folded)) and not relay_told.search(folded))
    if not kept_from_them or block.search(folded):
        return findings
    return [x for x in findings if not (x.kind == "third_party_contact" and x.category == "unlawful_threat")]
