"""learn23: when the rules abstained (or only pressed: learn32), a threat the n-gram model is sure of is a finding on
the words that weighed most (analyzer/detectors/learned.py) — unless it is reported, quoted or a lawful frame, or no
one's act (learn31). Moved out of analyzer/pipeline.py (round 38, move46) unchanged; the pipeline decides again when
something is heard."""
from __future__ import annotations

from analyzer.detectors import lawful_frame as lawful_detector
from analyzer.detectors import learned as learned_detector
from analyzer.detectors import reported as reported_detector
from analyzer.document import Document
from analyzer.learned import NgramModel
from analyzer.lexicon import Lexicon
from analyzer.report import Finding


def heard(label: str, legal_source: bool, findings: list[Finding], rule_doc: Document, sender_doc: Document,
          model: NgramModel, lexicon: Lexicon) -> list[Finding]:
    """The n-gram model's threat findings for a message whose verdict is `label` (none in most messages)."""
    pressed = label in learned_detector.PRESSED  # learn32: heard over aggressive at a higher floor
    if not ((label in learned_detector.ABSTAINED or pressed) and not legal_source
            and not any(f.category in ("unlawful_threat", "scam") for f in findings)):
        return []
    found = learned_detector.findings(rule_doc, model, learned_detector.OVER_PRESSED if pressed else 0.0)
    if found and learned_detector.quiet(rule_doc.f, lexicon):  # learn31: no one's act, one's own device
        found = []
    if found and pressed:
        found = learned_detector.not_placed(found, findings)
    if found:
        found = lawful_detector.drop_lawful(sender_doc, reported_detector.drop_reported(rule_doc, found), lexicon)
    return found
