"""Findings from the statistical second opinion (analyzer/resemblance.py): the message reads like known
threatening (`threat_like_wording`, category unlawful_threat) or pressuring (`pressure_like_wording`, category
pressure) collection messages, though no rule matched. Severity medium; each finding points at one span of the
2–3-character n-grams that pushed the score most.

When the heads run (decided with the measured configuration, tests/data/fresh/RUNS_model15.md, run 3), so most
messages skip them:
- never over a checkable court notice (legal.verifiable), and only inside a collection frame: debt words in the
  message, or a rules' verdict of reminder, aggressive or legal notice;
- only where the verdict can move: the rules said reminder, aggressive, (unsure) legal notice or not_collection;
  a scam or unlawful-threat verdict stays as it is;
- the threat head only when no rule found an unlawful threat (high or medium); the pressure head only when no rule
  found pressure or a threat, the verdict is reminder or not_collection, and the threat head did not fire.
Verdict precedence stays that of analyzer/verdict.py: a threat-like finding makes the verdict unlawful_threat
(over legal notice, aggressive, reminder); a pressure-like finding lifts only reminder and not_collection to
aggressive.
"""
from __future__ import annotations

from analyzer import resemblance
from analyzer.detectors import catalog
from analyzer.document import Document
from analyzer.report import Finding

LIFTS_THREAT = ("reminder", "aggressive", "legal_notice", "not_collection")
LIFTS_PRESSURE = ("reminder", "not_collection")
_SERIOUS = ("high", "medium")
IDS = {"threat": "resembles.threat", "aggr": "resembles.pressure"}


def findings(doc: Document, found: list[Finding], verdict: str, verifiable: bool, debt_words: bool) -> list[Finding]:
    if verifiable or verdict not in LIFTS_THREAT or not (debt_words or verdict != "not_collection"):
        return []
    cats = {f.category for f in found if f.severity in _SERIOUS}
    want_threat = "unlawful_threat" not in cats
    want_pressure = verdict in LIFTS_PRESSURE and not ({"pressure", "unlawful_threat"} & cats)
    if not (want_threat or want_pressure):
        return []
    p = resemblance.load().probabilities(doc.f)
    if want_threat and p["threat"] >= resemblance.THRESHOLD["threat"]:
        head = "threat"
    elif want_pressure and p["aggr"] >= resemblance.THRESHOLD["aggr"]:
        head = "aggr"
    else:
        return []
    entry = catalog.load()[IDS[head]]
    out = []
    for start, end, _ in resemblance.spans(doc.folded, head):
        words = doc.text[start:end]
        out.append(entry.make(doc.text, start, end, words=words, score=f"{p[head]:.2f}"))
    if not out:  # no Chinese n-gram pushed the score up: point at the whole message
        out.append(entry.make(doc.text, 0, len(doc.text), words=doc.text[:12], score=f"{p[head]:.2f}"))
    return out
