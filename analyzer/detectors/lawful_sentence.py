"""The lawful frames read in one finding's own sentence or clause: a condition before a lawful step, a pre-suit stage, a court's sanction, a contact reached only to find the reader."""
from __future__ import annotations

import re
from bisect import bisect_left

from analyzer.document import Document
from analyzer.report import Finding
from knowledge import derived_cache

_SENTENCE_END = derived_cache.compile(r"[。!?！？\n]")
_CLAUSE_END = derived_cache.compile(r"[,，;；。!?！？\n]")
_DONE = derived_cache.compile(r"已|现已|业已")


def _sentence(f: str, start: int, end: int) -> tuple[int, int]:
    lo = max((m.end() for m in _SENTENCE_END.finditer(f, max(0, start - 160), start)), default=max(0, start - 160))
    m = _SENTENCE_END.search(f, end, end + 160)
    return lo, m.start() if m else min(len(f), end + 160)


def _clause_start(f: str, pos: int) -> int:
    return max((m.end() for m in _CLAUSE_END.finditer(f, max(0, pos - 80), pos)), default=max(0, pos - 80))


def _clause_end(f: str, pos: int) -> int:
    m = _CLAUSE_END.search(f, pos, pos + 80)
    return m.start() if m else min(len(f), pos + 80)


def _span(doc: Document, finding: Finding) -> tuple[int, int]:
    origin = doc.folded.origin
    f = doc.f
    start = min(bisect_left(origin, finding.start), len(f))
    return start, max(start, min(bisect_left(origin, finding.end), len(f)))


def _conditional_lawful(p: dict[str, re.Pattern[str]], f: str, start: int, end: int) -> bool:
    lo, hi = _sentence(f, start, end)
    # a condition before it in the sentence, or the creditor's future application to a court in its own clause
    if not p["lawful_condition"].search(f, lo, start) and not p["lawful_apply_future"].search(f, _clause_start(f, start), end):
        return False
    if not p["lawful_step_frame"].search(f, lo, hi) or p["lawful_blocker"].search(f, lo, hi):
        return False
    return not _DONE.search(f, _clause_start(f, start), end)


def _presuit(p: dict[str, re.Pattern[str]], f: str, excerpt: str, clause: str = "") -> bool:
    """aggr22: a lender's own pre-suit stage (已进入诉讼预审阶段, 已启动诉前准备) in a message that says the filing is still
    to come (3日内未还款将提交起诉, 可终止诉讼流程): by its own words nothing is filed yet, so it is pressure, not a
    false claim of a court case; unless the message also brings police, crime, the door, the family, a transfer or a summons ({presuit_blocker})."""
    # hard29: being put on the lender's own batch-suit list (纳入集中诉讼批次) is such a stage too, read in the finding's clause
    return ((bool(p["presuit_stage"].search(excerpt)) or bool(p["hardtwentynine_batch_stage"].search(clause)))
            and (bool(p["presuit_future_filing"].search(f)) or bool(p["hardtwentynine_future_filing"].search(f)))
            and not p["presuit_blocker"].search(f))


_SANCTION = derived_cache.compile(r"(司法)?拘留|罚款")


def _court_sanction(p: dict[str, re.Pattern[str]], f: str, start: int, end: int) -> bool:
    """aggr22: 拘留 or 罚款 as what a court may order when a judgment is not performed, in a sentence that names that
    condition ({court_sanction_frame}) and nothing of the police, crime, the door or the family ({court_sanction_blocker})."""
    lo, hi = _sentence(f, start, end)
    return (bool(_SANCTION.fullmatch(f, start, end)) and bool(p["court_sanction_frame"].search(f, lo, start))
            and not p["court_sanction_blocker"].search(f, lo, hi))


def _contact_verify(p: dict[str, re.Pattern[str]], f: str, start: int, end: int) -> bool:
    """Lost contact, so the emergency contact will be asked to confirm how to reach the reader (若持续失联，将联系您的
    紧急联系人核实联系方式): a conditional step the contract provides for, not telling a third party about the debt,
    unless the sentence also names family, work or the address book, asks them to pay, or says it is done."""
    lo, hi = _sentence(f, start, end)
    return (bool(p["contact_verify"].search(f, lo, hi)) and not p["contact_verify_block"].search(f, lo, hi)
            and not _DONE.search(f, _clause_start(f, start), end))


def _contact_relay(p: dict[str, re.Pattern[str]], f: str, start: int, end: int) -> bool:
    """fa23: the contact was (or will be) reached only to have the reader call back or to ask how to reach them (我们
    联系了您的紧急联系人，只是请他转告您回电，没有透露任何欠款内容): finding the borrower, done or not, is not telling a
    third party about the debt, unless the sentence also asks them to pay, names work or the address book, or
    tells them of the debt ({fa_contact_relay_block})."""
    lo, hi = _sentence(f, start, end)
    return bool(p["fa_contact_relay_only"].search(f, lo, hi)) and not p["fa_contact_relay_block"].search(f, lo, hi)


def _contact_locate(p: dict[str, re.Pattern[str]], f: str, start: int, end: int) -> bool:
    """fa25: the reader cannot be reached (失联, 不回电话, 关机), so a contact will be asked only to find them or have them
    call back (我只能联系你留的联系人，让他们帮忙找到你), or the contract's contact is named with no more (如您继续失联，
    我司将按合同约定联系您的紧急联系人): finding the borrower, not telling a third party; unless the sentence also names
    family, work or the address book, asks them to pay ({fatwentyfive_contact_locate_block}) or the clause says it is done."""
    lo, hi = _sentence(f, start, end)
    if (p["fatwentyfive_contact_relayed"].search(f, lo, hi)
            and not p["fatwentyfive_contact_relayed_block"].search(f, lo, hi)):
        return True  # done, and the contact only agreed to pass it on (他说会转告你，请你尽快回电)
    return (bool(p["fatwentyfive_contact_locate"].search(f, lo, hi))
            and not p["fatwentyfive_contact_locate_block"].search(f, lo, hi)
            and not _DONE.search(f, _clause_start(f, start), end))


def _contact_purpose(p: dict[str, re.Pattern[str]], f: str, start: int, end: int) -> bool:
    """hard29: the contract's emergency contact, to be reached only to confirm how to find the reader or to have them
    call back (再不回电，我们将联系您的紧急联系人核实情况; 请其转告您尽快与我司联系), with no precondition spelled out:
    finding the borrower, unless the sentence also names family, work or the address book, a debt told or paid, or
    says it is done ({hardtwentynine_contact_block})."""
    lo, hi = _sentence(f, start, end)
    return (bool(p["hardtwentynine_contact_purpose"].search(f, lo, hi))
            and not p["hardtwentynine_contact_block"].search(f, lo, hi)
            and not _DONE.search(f, _clause_start(f, start), end))


def _kin_party(p: dict[str, re.Pattern[str]], f: str, start: int, end: int) -> bool:
    """fa25: the relative named is a party to the loan (你老婆作为共同借款人也得还) or one the reader would stand surety
    for (您家人以后若需要您作担保…也会受影响): a party and a real consequence, not a third party told of the debt;
    unless the sentence also reaches work, friends, the address book or the door ({fatwentyfive_kin_party_block})."""
    lo, hi = _sentence(f, start, end)
    return (bool(p["fatwentyfive_kin_party"].search(f, lo, hi))
            and not p["fatwentyfive_kin_party_block"].search(f, lo, hi))
