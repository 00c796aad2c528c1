"""legal37: when a lawyer's letter in its own voice (legal_voice.letter_act) can be checked without trusting the
message: a licence number (masked when pasted), the letter's serial number, the firm's fixed line, the justice
bureau's register, a paper letter posted to the reader, or the creditor itself (its name or its own app) as the place
to settle: the lexicon class legalthirtyseven_letter_check (knowledge/data/rules/zz_legal37.toml). And whether the
letter asks for money of its own (legal_voice.LETTER_PAY) once the firm's denials (本所不接受任何个人账户付款, 本函不涉及
任何收费) are read as denials: legalthirtyseven_letter_denies_pay. Used by legal_voice.own_voice_details."""
from __future__ import annotations

from analyzer.detectors.legal_terms import HURRY_ON
from analyzer.lexclass import lex_class


def checkable(text: str) -> bool:
    """The letter names a way to check it that does not depend on the message (the lexicon class)."""
    return bool(lex_class("legalthirtyseven_letter_check", literal=False).search(text))


def without_denials(text: str) -> str:
    """The text with each clause in which the firm denies taking money blanked out, unless it hurries the reader."""
    denies = lex_class("legalthirtyseven_letter_denies_pay", literal=False)
    return denies.sub(lambda m: m.group(0) if HURRY_ON.search(m.group(0)) else " ", text)
