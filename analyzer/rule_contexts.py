"""Message-wide facts a rule may require beside its own words (`requires = ["@institution"]` and the like): the
pipeline builds its contexts from these and from the debt gate. INSTITUTION (a bank, court or police named),
callback_unofficial (the reader asked to call a masked or unofficial number) and own_links_only (every link is the
sender's own). Moved out of analyzer/pipeline.py unchanged (round 21)."""
from __future__ import annotations


from analyzer.detectors import links as links_detector
from analyzer.document import Document
from analyzer.firstchar import literal_first
from analyzer.report import LenderMatch, LinkInfo, NumberInfo
from knowledge import derived_cache

# CALLBACK goes through literal_first (same matches; re can skip ahead to its first characters). scam32: a bare
# 拨 (请速拨 400-…, 速拨…) asks for a call as 拨打 does; 拨款/拨付/拨给 are transfers, not calls.
INSTITUTION = derived_cache.compile(r"银行|我行|银联|信用社|农信|法院|公安|警方|派出所|检察院|司法|律师事务所|律所|政府|消费金融|金融|客服中心|平台|借呗|花呗|白条|微粒贷")
CALLBACK = derived_cache.compile(literal_first(r"(?:请|速|立即|及时)?(?:致电|拨打|拨(?!款|付|给|出|动|备|冗)|联系|咨询|垂询|详询|回电|来电)[^,。!！]{0,12}?(?:[:：]?\s*(?:x{3,}|\*{3,}|…+|\.{3,}|[0-9]))"))
CALLBACK_MASK = derived_cache.compile(r"x{3,}|\*{3,}|…|\.{3,}")


def callback_unofficial(doc: Document, numbers: tuple[NumberInfo, ...], header_end: int = 0) -> bool:
    """The message asks the reader to call a number that is masked or not an official one. A pasted sender line
    (来电短信 171****9634 2025-11-03, ending at header_end in the original text) asks nothing: its 来电 is the phone's
    label for the sender, not a call-back request."""
    for m in CALLBACK.finditer(doc.f):
        s, _ = doc.span(m.start(), m.end())
        if s < header_end:
            continue
        if CALLBACK_MASK.search(doc.f, m.start(), m.end() + 16):
            return True
        for n in numbers:
            if n.start is not None and n.start >= s and n.start - s < 30:
                if n.type != "service_short_code" and not n.official_for:
                    return True
    return False


def own_links_only(doc: Document, links: tuple[LinkInfo, ...], lender: LenderMatch | None) -> bool:
    """Every link in the message is the sender's own (links_detector.senders_own): a 京东 refund notice
    linking jd.com, a court e-service notice linking its platform's IP address, point to no lure."""
    if not links:
        return False
    court = links_detector.court_service(doc)
    lender_id = lender.id if lender is not None else None
    return all(links_detector.senders_own(link, lender_id, court) for link in links)
