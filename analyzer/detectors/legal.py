"""Is this a notice from a court, arbitration body or lawyer, and can it be checked?

Courts serve papers electronically and send SMS (often from 12368) with a full
case number and a way to read the papers. Such a message is told apart from a
fake one by what can be verified (a named court, a case number in the official
format, 12368 or a court sender, a gov.cn address) and by scam markers (payment
to a person, 撤案/解除 for money, a personal number, an unofficial link).

assess() gathers the checkable details and scam markers into a LegalCheck. Its parts live beside it: the words and
formats it reads (legal_terms.py), named courts, arbitration bodies, law firms and notaries (legal_names.py), a notice
in its sender's own voice (legal_voice.py), the issuer's step in the reader's case and whether the reader is a party
(legal_step.py), and the notice's stage and how to check it (legal_stage.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from analyzer.detectors import legal_mediation, legal_parts, legal_stage, legal_step
from analyzer.detectors.legal_names import MASK, court_named, court_names
from analyzer.detectors.legal_terms import (APP_DOWNLOAD, CASE_NUMBER, COURT_ACT, COURT_LIFTED, COURT_SIGNATURE, COURT_STAFF,
                                            DENIED_APP, DENIED_OFFER, HEARING, LAWYER_LICENCE, LEGAL_TALK,
                                            MASKED_COURT, MASKED_SERIAL, NOT_PLAIN, OFFER_TO_DROP, OFFICIAL_PLATFORM, PERSONAL,
                                            REPLY_MENU, SCAM_KINDS, SERVICE_TALK, SOURCE, _denials_out)
from analyzer.detectors.legal_voice import (CLAIMANT, COLLECTOR_VOICE, COURT_SELF, GRANTED_WITHDRAWAL,
                                           own_voice_details)
from analyzer.detectors.links import court_service, government, senders_own
from analyzer.document import Document
from analyzer.report import Finding, LinkInfo, NumberInfo


@dataclass(frozen=True)
class LegalCheck:
    source: bool  # speaks as or of a court, arbitration body or lawyer about a case
    details: tuple[str, ...]  # court_name | case_number | hotline_12368 | court_sender | official_domain
    # | court_signature | official_platform | court_staff | hearing_time | court_act | arbitration_case | counsel_case
    # | firm_case | service_only | notary_name | own_step (legal19, legal_step.py) | mediation_step (court27)
    markers: tuple[str, ...]  # payment_request | offer_to_drop | personal_number | unofficial_link | reply_request
    # | app_download
    # Nothing in the message but court service: no threat, pressure or scam finding.
    plain: bool = False
    # Talks of serving papers, hearings or enforcement (SERVICE_TALK).
    service: bool = False
    # plain, except for fake_legal_process findings: those say "no checkable detail", which a case number in the
    # official format and a court's name contradict (see served_unsure).
    plain_but_legal: bool = False
    # "enforcement" when the notice is about enforcing a judgment or other title (legal_stage.py); "lawyer" for a
    # law firm's letter with no court, arbitration body, case number or 12368 in it; "notary" for a notary's notice
    # (legal_step.NOTARY) with no court, arbitration body or 12368 in it; else "".
    stage: str = ""
    # False when the reader is called only as a witness or juror (legal_step.NON_PARTY) and nothing names them a
    # party.
    party: bool = True
    # legal47: the only case number has its court masked (MASKED_COURT): enough beside another detail, but not the
    # full number served_unsure trusts a doubtful link beside.
    court_masked: bool = False

    @property
    def verifiable(self) -> bool:
        """Two independent checkable details, at least one beyond a court's name or signature (both can be
        typed by anyone), and no scam marker. A court's full name in the signature of a plain service
        message (请查收裁定书, 您有一份法律文书) also counts: it claims nothing, threatens nothing and asks
        for nothing, so treating it as a real notice to verify costs the reader nothing."""
        if not self.source or self.markers:
            return False
        details = set(self.details)
        strong = details - {"court_name", "court_signature", "law_firm", "court_self"}
        return ((len(details) >= 2 and bool(strong)) or (self.plain and {"court_name", "court_signature"} <= details)
                # scam17: a signed court notice of a step in the reader's case, even with the name masked when pasted
                or (self.plain and bool({"court_signature", "court_self"} & details) and "case_step" in details)
                or ("letter_act" in details and self.stage == "lawyer")
                or {"court_name", "court_act"} <= details or {"court_name", "arbitration_case"} <= details
                or {"court_name", "case_step"} <= details
                or {"court_signature", "service_only"} <= details
                or "own_step" in details or "mediation_step" in details)

    @property
    def served_unsure(self) -> bool:
        """Shaped like a court's e-delivery SMS (a court signature, sender or full court name, a case number in
        the official format, talk of serving papers) with nothing but service in it, whose only doubt is a link that is not
        a known official address: a legal notice to verify, not a reminder. No domain is taken as official
        here; the reader is told to check it through 12368 and not to open the link."""
        if not self.source or not self.plain_but_legal or not self.service or set(self.markers) != {"unofficial_link"}:
            return False
        details = set(self.details)
        return ("case_number" in details and not self.court_masked
                and bool(details & {"court_signature", "court_sender", "court_name"}))

    @property
    def verify_steps(self) -> tuple[str, ...]:
        return legal_stage.how_to_verify(self.stage)

    def to_dict(self) -> dict[str, object]:
        return {"verifiable": self.verifiable, "details": list(self.details), "scam_markers": list(self.markers),
                "how_to_verify": list(self.verify_steps), "stage": self.stage or None}



def _without(text: str, parts: list[str]) -> str:
    for part in parts:
        text = text.replace(part, " ")
    return text


def assess(doc: Document, findings: list[Finding], numbers: tuple[NumberInfo, ...],
           links: tuple[LinkInfo, ...], sender: NumberInfo | None) -> LegalCheck:
    """The legal check of the message; for a pasted thread or a screenshot's broken lines (legal_parts.py), of the one
    message in it that is a notice to verify, when nothing in the whole text is a scam marker."""
    check = _assess(doc, findings, numbers, links, sender)
    if check.verifiable or (check.source and check.markers):
        return check
    whole_markers = None
    for part, start, end in legal_parts.readings(doc):
        # another part's threat (a collector's 已移交法院…明天来抓人 pasted under a court's notice) keeps the whole reading
        if any(f.category == "unlawful_threat" and f.severity != "low" and not start <= f.start < end for f in findings):
            continue
        alt = _assess(part, [f for f in findings if start <= f.start < end],
                      tuple(n for n in numbers if n.start is None or start <= n.start < end),
                      tuple(link for link in links if start <= link.start < end), sender)
        if alt.verifiable and alt.party:
            if whole_markers is None:
                whole_markers = _markers(doc, findings, numbers, links, sender)
            return alt if not whole_markers else check
    return check


def _markers(doc: Document, findings: list[Finding], numbers: tuple[NumberInfo, ...], links: tuple[LinkInfo, ...],
             sender: NumberInfo | None) -> list[str]:
    """The scam markers: a scam finding, an offer to drop the case, a menu of replies, a personal number, a link that
    is not the court's own."""
    text = doc.f
    markers = []
    if any(f.kind in SCAM_KINDS and f.severity != "low" for f in findings):
        markers.append("payment_request")
    if OFFER_TO_DROP.search(_denials_out(GRANTED_WITHDRAWAL.sub("", COURT_LIFTED.sub(" ", text)), DENIED_OFFER)):
        markers.append("offer_to_drop")
    if REPLY_MENU.search(text):
        markers.append("reply_request")
    if any(not OFFICIAL_PLATFORM.search(m.group(0)) for m in APP_DOWNLOAD.finditer(_denials_out(text, DENIED_APP))):
        markers.append("app_download")
    if any(n.type in PERSONAL for n in numbers) or (sender is not None and sender.type in PERSONAL | {"fixed_line"}):
        markers.append("personal_number")
    # A gov.cn address, or the raw IP a court's SMS platform links from a notice with its case number, is the
    # court's own; any other link is not.
    court = court_service(doc)
    if any(not senders_own(link, None, court) for link in links) or _masked_link(text, links):
        markers.append("unofficial_link")
    return markers


# legal47: a link with its host masked when pasted (http://fy***.cc/cp) is not read as a link (links.py), but it is still
# a link the message sends the reader to; only a gov.cn address is the court's own.
MASKED_LINK = re.compile(r"(?:https?://|www\.)[\w.*×/-]{0,40}")


def _masked_link(text: str, links: tuple[LinkInfo, ...]) -> bool:
    return any(not any(link.start <= m.start() < link.end for link in links) and "gov.cn" not in m.group(0)
               for m in MASKED_LINK.finditer(text))


# speed28: the answer for a message that talks of no legal process, built once (a frozen dataclass of immutable
# fields, never changed or compared by identity: the same value as building it anew, ~1.5 µs a message saved)
_NO_LEGAL_TALK = LegalCheck(False, (), ())


def _assess(doc: Document, findings: list[Finding], numbers: tuple[NumberInfo, ...],
            links: tuple[LinkInfo, ...], sender: NumberInfo | None) -> LegalCheck:
    text = doc.f
    if not LEGAL_TALK.search(text):  # (first: most messages talk of no legal process, and nothing below is needed)
        return _NO_LEGAL_TALK
    sig_text = " ".join(s.text for s in doc.signatures)
    # legal19: a notary signs for its notice before it issues an enforcement certificate (legal_step.py)
    court_signature = "12368" in sig_text or bool(COURT_SIGNATURE.search(sig_text)) or (
        "公证处" in sig_text and "执行证书" in text)
    sender_digits = re.sub(r"\D", "", doc.sender) if doc.sender else ""
    from_12368 = sender_digits.endswith("12368")
    case_numbers = [m.group(0) for m in CASE_NUMBER.finditer(text) if not MASK.search(m.group(0))]
    # court27: a named people's mediation committee speaking as itself (legal_mediation.py) is an issuer too
    mediator = legal_mediation.speaks_as_mediator(text, sig_text, masked=True)
    # legal47: a case number pasted with its court or serial masked names a case in the courts' own format too
    masked_number = bool(MASKED_SERIAL.search(text) or MASKED_COURT.search(text))
    source = bool(SOURCE.search(text)) or court_signature or from_12368 or bool(case_numbers) or mediator or masked_number
    details: list[str] = []
    markers: list[str] = []
    if not source:
        return _NO_LEGAL_TALK
    # plain: no threat, pressure or scam finding; plain_but_legal: none but fake_legal_process.
    plain = not any(f.category in NOT_PLAIN and f.severity != "low" for f in findings)
    plain_but_legal = not any(f.category in NOT_PLAIN and f.severity != "low" and f.kind != "fake_legal_process"
                              for f in findings)
    names = court_names(text)
    if court_named(text, names):
        details.append("court_name")
    if any(n.endswith("律师事务所") for _, _, n in names):
        details.append("law_firm")
    if any(n.endswith("公证处") for _, _, n in names):
        details.append("notary_name")
    if LAWYER_LICENCE.search(text):
        details.append("lawyer_licence")
    # legal21: a case number pasted with its serial masked (（2025）粤0305民初8***号) still names the year, the court's code
    # and the case type, in the courts' own format: the reader checks it with their own copy through 12368.
    if case_numbers or masked_number:
        details.append("case_number")
    if "12368" in text:
        details.append("hotline_12368")
    if sender_digits.endswith("12368") or "12368" in sig_text or (
            SOURCE.search(sig_text) and sender is not None and sender.type in ("enterprise_sms_port", "service_short_code")):
        details.append("court_sender")
    if any(link.registered_domain and government(link.registered_domain) for link in links):
        details.append("official_domain")
    # A court signature counts as a checkable detail only on a message shaped like court service.
    if court_signature and "12368" not in sig_text and SERVICE_TALK.search(text):
        details.append("court_signature")
    # legal21: a platform named only as the signature (【人民法院在线服务】) is the sender's claim, already read as
    # court_signature; it counts as a second detail only where the text sends the reader to it.
    if OFFICIAL_PLATFORM.search(_without(text, [s.text for s in doc.signatures])):
        details.append("official_platform")
    if any("仲裁" in n for _, _, n in names) and legal_step.ARBITRATION_CASE.search(text):
        details.append("arbitration_case")
    if ("本院" in text or case_numbers) and COURT_STAFF.search(text):
        details.append("court_staff")
    if HEARING.search(text):
        details.append("hearing_time")
    # A court announcing its own act and giving no channel at all (no number, no link): nothing to call,
    # click or pay, so nothing a scammer gains; the reader is best served by checking it with the court.
    if ("court_name" in details and not numbers and not links and COURT_ACT.search(text)
            and not COLLECTOR_VOICE.search(text)):
        details.append("court_act")
    # fa18 firm_case and service_only, the lawyer's letter (letter_act) and scam18 counsel_case: a law firm or court
    # writing in its own voice about a numbered case, or asking nothing but to attend.
    firm_signed = bool(re.search(r"律师事务所|律所", sig_text))
    party_named = bool(legal_step.CASE_PARTY.search(text))
    claimant = bool(CLAIMANT.search(text))
    details += own_voice_details(text, firm_signed=firm_signed, court_signature=court_signature,
                                 case_numbers=bool(case_numbers), party_named=party_named,
                                 plain_but_legal=plain_but_legal, numbers=numbers, links=links)
    # scam17: a masked court signature counts only in a message with no threat, pressure or scam finding, for a notice
    # to a party who is not the claimant (您作为原告的…案件: the reader's own suit, no notice against them).
    if plain and not court_signature and COURT_SELF.search(text) and re.search(r"你|您|被申请人|被告|被执行人", text):
        details.append("court_self")
    if legal_step.case_step(text, court_named="court_name" in details,
                            issuer_signed=court_signature or "court_self" in details, plain=plain, claimant=claimant,
                            party_named=party_named, numbers=numbers, links=links):
        details.append("case_step")
    # legal19: the issuer's own step in the reader's case, asking nothing (legal_step.py)
    # legal20: or a mediator on the court's referral (legal_step.court_entrusted)
    if legal_step.own_step(text, issuer_signed=court_signature or from_12368 or bool(COURT_SELF.search(text))
                           or legal_step.court_entrusted(sig_text, text),
                           issuer_named=bool({"court_name", "notary_name"} & set(details)),
                           finding_kinds={f.kind for f in findings if f.category in NOT_PLAIN and f.severity != "low"},
                           numbers=numbers, claimant=claimant):
        details.append("own_step")
    # court27: the committee's own step in the reader's mediation, asking nothing (legal_mediation.py)
    if mediator and legal_mediation.mediation_step(
            text, sig_text, numbers=numbers,
            finding_kinds={f.kind for f in findings if f.category in NOT_PLAIN and f.severity != "low"}):
        details.append("mediation_step")
    markers += _markers(doc, findings, numbers, links, sender)
    court_side = {"court_name", "case_number", "hotline_12368", "court_sender", "court_signature", "arbitration_case",
                  "court_self"}
    # A lawyer's letter whose firm name cannot be checked (北京某某律师事务所) is still a letter: its steps are the
    # firm's (ask the firm, 12348), not the court's.
    letter = "law_firm" in details or "letter_act" in details or "律师函" in text or firm_signed
    lawyer = letter and not court_side & set(details)
    # legal37: a witness summoned in a numbered case (masked when pasted) is told of a real case by the court
    party = legal_step.reader_is_party(text, bool(case_numbers) or masked_number)
    notary = not lawyer and legal_step.notary(text, [n for _, _, n in names])
    # court27: a committee's notice that names no court or arbitration body is checked with the committee
    mediation = mediator and not lawyer and not notary and legal_stage.mediation(text)
    return LegalCheck(True, tuple(dict.fromkeys(details)), tuple(dict.fromkeys(markers)), plain,
                      bool(SERVICE_TALK.search(text)), plain_but_legal,
                      "lawyer" if lawyer else "notary" if notary else "mediation" if mediation else legal_stage.stage(text),
                      party, court_masked=not case_numbers and not MASKED_SERIAL.search(text) and masked_number)

