"""Which extra guides a report's advice gets beside its verdict's own: who reads it, whether a debt is in it, the
legal stage, and pressure that is only the hour. Moved out of analyzer/pipeline.py (round 31) unchanged.
"""
from __future__ import annotations

from typing import Any

from analyzer import verdict as verdict_rules
from analyzer.detectors.reader import relay_finding

THIRD_PARTY_GUIDE = "guide.third_party_reader"
# relay72: a reader only asked to pass a call-back on (reader.relay_finding) gets the steps written for them
RELAY_GUIDE = "guide.relay_reader"
# Stands in for guide.verdict.scam when the message has no debt in it (no "check your lender's App").
NO_DEBT_SCAM_GUIDE = "guide.verdict.scam_no_debt"
# …and for guide.verdict.unlawful_threat (implied24: a threat with no debt in it is not told "欠款可能是真的").
NO_DEBT_THREAT_GUIDE = "guide.verdict.unlawful_threat_no_debt"
LEGAL_NOTICE_GUIDE = "guide.verdict.legal_notice"
# Stands in for guide.verdict.legal_notice when a legal notice is of the enforcement stage (执行通知书, 报告财产令,
# 失信, 限高): it tells the reader to deal with the enforcement judge, not to answer a lawsuit.
ENFORCEMENT_NOTICE_GUIDE = "guide.verdict.legal_notice_enforcement"
LAWYER_LETTER_GUIDE = "guide.verdict.legal_notice_lawyer"
# court27: a people's mediation committee's notice gets its own steps (who mediates, free, voluntary, binding once signed)
MEDIATION_NOTICE_GUIDE = "guide.verdict.legal_notice_mediation"
# Stands in for guide.verdict.aggressive when the only pressure is the hour the message came (a polite reminder at
# 23:30): its steps are about the time, not about wording the message does not contain.
AGGRESSIVE_TIMING_GUIDE = "guide.verdict.aggressive_timing"


def extra_guides(verdict: Any, findings: list, reader: Any, is_debt: bool, legal: Any,
                 verdict_guides: dict[str, tuple[str, ...]], doc: Any = None) -> tuple[bool, tuple[str, ...]]:
    """(the reader does not owe this debt, the extra guide ids in order)."""
    # reader25: a guarantor or co-borrower may owe the debt under their own contract: not told it is not theirs,
    # not given the non-borrower's reply (reader.note says to check the guarantee first)
    not_owing = reader.role == "third_party" and reader.relation != "guarantor"
    extra: tuple[str, ...] = (THIRD_PARTY_GUIDE,) if not_owing else ()
    if not_owing and doc is not None and relay_finding(doc, reader, findings, verdict.label) is not None:
        extra += (RELAY_GUIDE,)
    if verdict.label == "scam" and not is_debt:
        extra += (NO_DEBT_SCAM_GUIDE,)
    if verdict.label == "unlawful_threat" and not is_debt:
        extra += (NO_DEBT_THREAT_GUIDE,)
    if verdict.label == "aggressive" and verdict_rules.time_only_pressure(findings):
        extra += (AGGRESSIVE_TIMING_GUIDE,)
    if verdict.label == "legal_notice" or (legal.source and verdict.label != "scam"):
        extra += (LEGAL_NOTICE_GUIDE,) + verdict_guides.get("legal_notice", ())
    if verdict.label == "legal_notice" and legal.stage in ("enforcement", "lawyer", "mediation"):
        extra += ({"enforcement": ENFORCEMENT_NOTICE_GUIDE, "lawyer": LAWYER_LETTER_GUIDE,
                   "mediation": MEDIATION_NOTICE_GUIDE}[legal.stage],)
    return not_owing, extra
