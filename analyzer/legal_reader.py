"""Whether a court's or arbitration body's notice is about the reader's own case, so that the message is about them
even without debt words. Moved out of analyzer/pipeline.py (round 38, move46) unchanged."""
from __future__ import annotations

from analyzer import debt_lawful
from analyzer.addressed import addressed
from analyzer.debt_context import claimant_side
from analyzer.detectors.legal import LegalCheck
from analyzer.document import Document


def legal_to_reader(doc: Document, legal: LegalCheck) -> bool:
    """A court or arbitration notice addressed to the reader. A witness or juror summons (legal.party False) is a
    court's notice, but not about the reader's case."""
    to_reader = legal.source and legal.party and addressed(doc.f) and bool(legal.details)
    # lawful17: a bank or a courier relaying a court's act (司法冻结, 法院寄出的诉讼文书) is not the court's notice
    to_reader = to_reader and not debt_lawful.court_relayed(doc.f, [s.text for s in doc.signatures])
    # notrem26: nor one to the plaintiff or applicant (您作为原告…被告已将欠款交至本院): the debt is owed to the reader
    return to_reader and not claimant_side(doc.f)
