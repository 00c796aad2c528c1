"""Findings about who sent the message and when: a signature that dresses up a
lender's name, a 【signature】 typed on a personal number, a night-time message."""
from __future__ import annotations

from datetime import datetime

from analyzer.detectors.catalog import load as catalog
from analyzer.document import Document, Span
from analyzer.report import Finding, NumberInfo
from analyzer.limits import BEIJING

PERSONAL_SENDER = frozenset({"mobile", "virtual_operator_mobile", "foreign", "fixed_line"})


def findings(doc: Document, dressed: Span | None, sender: NumberInfo | None,
             when: datetime | None, about_debt: bool) -> list[Finding]:
    known = catalog()
    out: list[Finding] = []
    if dressed is not None:
        out.append(known["impersonation.signature.dressed_name"].make(doc.text, dressed.start, dressed.end))
    if when is not None and about_debt:
        local = when.astimezone(BEIJING)
        if local.hour >= 22 or local.hour < 8:
            out.append(known["pressure.night.received_at"].make(doc.text, 0, 0, time=f"{local:%H:%M}"))
    # A 【signature】 is added by the bulk-SMS gateway; from a personal number it was typed by hand.
    if sender is not None and sender.type in PERSONAL_SENDER and doc.signatures:
        sig = doc.signatures[0]
        out.append(known["info.signature.personal_sender"].make(doc.text, sig.start, sig.end))
    return out
