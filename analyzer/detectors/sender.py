"""Findings about who sent the message and when: a signature that dresses up a
lender's name, a 【signature】 typed on a personal number, a night-time message."""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from analyzer.detectors.catalog import load as catalog
from analyzer.detectors.links import court_service
from analyzer.document import Document, Span
from analyzer.report import Finding, NumberInfo
from analyzer.limits import BEIJING
from knowledge import derived_cache

PERSONAL_SENDER = frozenset({"mobile", "virtual_operator_mobile", "foreign", "fixed_line"})
# fixes20: a debt notice from a number no licensed lender sends SMS from (the number card warns of it); a fixed line
# cannot send ordinary SMS to phones in bulk, so it is left to the signature finding below.
# An ordinary mobile is left to the signature note (outsourced collectors and private lenders text from their own phones;
# the number card only says 需要格外核实 of it).
UNOFFICIAL_DEBT_SENDER = {"virtual_operator_mobile": "虚拟运营商号段（170、171 等）的手机号", "foreign": "境外号码"}
SENDER_DEBT_RULE = "info.sender.personal_debt_notice"
SIGNATURE_RULE = "info.signature.personal_sender"
# ...when the message speaks as a lender or collector would (a 【signature】, 您的借款, 逾期, 账单, 我司), not as a friend who
# lent money asks for it back from their own phone (你上次借我的三千块什么时候还).
INSTITUTION_VOICE = derived_cache.compile(r"【|尊敬的|您的|您在|我司|本司|本公司|我行|本行|本平台|贵司|客户|用户|逾期|账单|信用卡|贷款|分期|额度"
                               r"|平台|金融|银行|催收|委托|法务|还款日|应还")


# A court or arbitration body speaking: its notice is no collection, whatever hour it arrives
# (the night rule of GB/T 45251 is about collectors).
_COURT = derived_cache.compile(r"法院|法庭|仲裁")


def court_notice(doc: Document, sender: NumberInfo | None) -> bool:
    """The message speaks as a court or arbitration body: in its 【signature】, from the courts' 12368,
    or as an e-service notice with a case number in the official format."""
    return (any(_COURT.search(s.text) for s in doc.signatures)
            or (sender is not None and sender.normalized == "12368") or court_service(doc))


def findings(doc: Document, dressed: Span | None, sender: NumberInfo | None,
             when: datetime | None, about_debt: bool, overdue: Callable[[], bool] = lambda: True) -> list[Finding]:
    """about_debt: the message is about the reader's debt; one that is not (a login code, a parcel, a
    scam about a student-loan account) is no collection, and the hour it came at breaks no collection rule.
    overdue(): the debt is overdue or in collection (analyzer/debt_overdue.py), asked only of a debt message received
    at night; a bill or a reminder before the due date (本期账单…到期还款日12月08日) is no night-time collection."""
    known = catalog()
    out: list[Finding] = []
    if dressed is not None:
        out.append(known["impersonation.signature.dressed_name"].make(doc.text, dressed.start, dressed.end))
    if when is not None and about_debt and not court_notice(doc, sender):
        local = when.astimezone(BEIJING)
        if (local.hour >= 22 or local.hour < 8) and overdue():
            out.append(known["pressure.night.received_at"].make(doc.text, 0, 0, time=f"{local:%H:%M}"))
    # (a 【signature】 on such a number already gets its own note below, which the verdict reads the same way)
    if (sender is not None and about_debt and sender.type in UNOFFICIAL_DEBT_SENDER and not sender.official_for
            and not doc.signatures and INSTITUTION_VOICE.search(doc.f)):
        out.append(known[SENDER_DEBT_RULE].make(doc.text, 0, 0, sender_kind=UNOFFICIAL_DEBT_SENDER[sender.type]))
    # A 【signature】 is added by the bulk-SMS gateway; from a personal number it was typed by hand.
    if sender is not None and sender.type in PERSONAL_SENDER and doc.signatures:
        sig = doc.signatures[0]
        out.append(known[SIGNATURE_RULE].make(doc.text, sig.start, sig.end))
    return out
