"""aggr40: a bill before or on its due date is a reminder, whatever stock consequence it prints. A statement or a
due-day notice (本期应还…还款日10日, 您的借款今日到期…请于今日22点前存入) usually ends with the contract's line on
lateness (到期未还将上报征信, 逾期将按合同收取罚息并按规定报送征信): pressure rules read that line, or the hour of the
deadline, as pressure, and the message was called aggressive. Opened data labels such bills reminder (about 86 to 0).

The frame: the message is a bill or a due notice (lexicon `aggrforty_bill_due`), the debt is not stated as overdue or
in collection (lexicon `arrears`, as analyzer/debt_overdue reads it, less an arrears word followed by what makes it a
condition or a stated consequence: 逾期将, 逾期信息将, 到期未还将, 逾期后), there is no collection step
(analyzer/debt_steps.COLLECTION_STEP), and nothing says the matter has gone further (`aggrforty_escalated`: a lawsuit,
a visit, a contact person, fees already charged, a whole balance called in). Then pressure findings are lowered to
low; threat and scam findings are never touched.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from analyzer import debt_overdue
from analyzer.debt_steps import COLLECTION_STEP, COLLECTION_STEP_NOT
from analyzer.document import Document
from analyzer.lexclass import lex_class
from analyzer.modality import Clauses
from analyzer.report import Finding


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return tuple(lex_class(name, literal=False)
                 for name in ("aggrforty_bill_due", "aggrforty_condition_after", "aggrforty_escalated"))


def warm() -> None:
    """Compile the frame's patterns now (Analyzer.warm)."""
    _patterns()


def _overdue(doc: Document, clauses: Clauses, after: re.Pattern[str]) -> bool:
    """An arrears word stated as the debt's state (debt_overdue.in_arrears), not one that opens a condition or a
    consequence (逾期将…, 到期未还将…)."""
    f = doc.f
    for m in lex_class(*debt_overdue.ARREARS).finditer(f):
        left, _ = clauses.bounds(m.start(), m.end())
        if debt_overdue._HYPOTHETICAL.search(f, max(left, m.start() - debt_overdue._REACH), m.start()):
            continue
        if after.match(f, m.end()):
            continue
        return True
    return False


def routine_bill(doc: Document, clauses: Clauses) -> bool:
    """The message is a bill or due notice for money not yet overdue, with no collection step (module docstring)."""
    due, after, escalated = _patterns()
    f = doc.f
    if not due.search(f) or escalated.search(f):
        return False
    if COLLECTION_STEP.search(f) and not COLLECTION_STEP_NOT.search(f):
        return False
    return not _overdue(doc, clauses, after)


def lower_bill_pressure(doc: Document, clauses: Clauses, findings: list[Finding]) -> list[Finding]:
    """Pressure findings lowered to low in a routine bill; every other finding as it was."""
    if not any(f.category == "pressure" and f.severity != "low" for f in findings):
        return findings
    if not routine_bill(doc, clauses):
        return findings
    return [replace(f, severity="low") if f.category == "pressure" else f for f in findings]
