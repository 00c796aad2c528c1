"""Is the reader's debt overdue or in collection? The night-time finding (pressure.night.received_at) is about
collection: GB/T 45251—2025 asks collectors not to collect 22:00–08:00. A card statement or a reminder before the due
date (本期账单…到期还款日12月08日, 您的借款明天到期, 将于12月10日自动扣款) received at 22:29 asks for money not yet
due: it is a bill, not night-time collection. The frame: a word of arrears or collection (the lexicon's `arrears`:
已逾期, 拖欠, 欠款, 仍未还款, 过了还款日, 催收, 贷后, 什么时候还; and its `delay_reproach` and `debtor_evasion`: 再不处理,
一直拖, 不接电话, 躲着) said as the debt's state — not negated, not in a condition or a warning of what lateness would
bring (以免逾期, 如逾期, 逾期将影响征信) — or a collection step (已移交法务, a callback relayed through a third party),
or wording that already presses (another pressure or threat finding).

The condition is judged with a narrower list than the rules' `future` modality: that one also holds 就, 要, 会, which
in a lawyer's 就您的逾期欠款事宜 or a collector's 你就是欠款不还 do not make the arrears hypothetical."""
from __future__ import annotations

from typing import Iterable

from analyzer.debt_steps import COLLECTION_STEP, COLLECTION_STEP_NOT
from analyzer.document import Document
from analyzer.lexclass import lex_class
from analyzer.modality import Clauses
from analyzer.report import Finding
from knowledge import derived_cache

NIGHT_RULE = "pressure.night.received_at"
_PRESSING = ("medium", "high")


# Just before the match, in its clause: the arrears are a condition, a thing to avoid, or denied (如逾期, 若您仍未还款,
# 以免产生逾期费用, 为避免逾期, 我司不会委托催收, 我们从不上门催收, 您目前没有逾期). Only a few characters back: 别、不要
# before a reproach (别以为不接电话就没事, 不要再拖了) press, and are left to the patterns' own look-behinds (别逾期).
_HYPOTHETICAL = derived_cache.compile(r"如|若|假如|倘若|要是|万一|一旦|以免|避免|防止|免得|谨防|不会|不得|不能|没有|从不|从未|绝不|并非|不是|"
                           r"不存在|无需|不用|不再|一经|否则|不然")
_REACH = 6


# A word of arrears or collection (lex_class(*ARREARS): the three classes read as one pattern; debt_due reads it too).
ARREARS = ("arrears", "delay_reproach", "debtor_evasion")


def warm() -> None:
    """Compile the frame's pattern now (Analyzer.warm)."""
    lex_class(*ARREARS)


def in_arrears(doc: Document, clauses: Clauses) -> bool:
    """A word of arrears or collection stated as the debt's state in one of the message's clauses."""
    for m in lex_class(*ARREARS).finditer(doc.f):
        left, _ = clauses.bounds(m.start(), m.end())
        if not _HYPOTHETICAL.search(doc.f, max(left, m.start() - _REACH), m.start()):
            return True
    return False


def stated(text: str, findings: Iterable[dict]) -> bool:
    """collection() for a stored report (the case view): the message's text and its findings as dicts."""
    from analyzer import get_analyzer
    from analyzer.document import parse
    if any(f.get("category") in ("pressure", "unlawful_threat") and f.get("severity") in _PRESSING
           and f.get("rule_id") != NIGHT_RULE for f in findings):
        return True
    doc = parse(text)
    if COLLECTION_STEP.search(doc.f) and not COLLECTION_STEP_NOT.search(doc.f):
        return True
    return in_arrears(doc, get_analyzer().modality.clauses(doc.f))


def collection(doc: Document, clauses: Clauses, findings: Iterable[Finding], relayed: bool = False) -> bool:
    """The message presses about a debt that is overdue or in collection (see the module's docstring); `relayed`: a
    lender's request through a third party for the borrower's callback (analyzer/debt_context.relayed_debt)."""
    if relayed or any(f.category in ("pressure", "unlawful_threat") and f.severity in _PRESSING
                      and f.rule_id != NIGHT_RULE for f in findings):
        return True
    if COLLECTION_STEP.search(doc.f) and not COLLECTION_STEP_NOT.search(doc.f):
        return True
    return in_arrears(doc, clauses)
