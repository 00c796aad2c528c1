"""Compiles the pattern rules in knowledge/data/rules/ and runs them on a Document.

Code defines the kinds of check (pattern, context, negation, sender); the data
says what they look for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from analyzer.document import Document
from analyzer.report import Finding
from knowledge.models import RuleRecord

# A clause ends at these; negations and exclusions only look inside the clause.
_CLAUSE_END = re.compile(r"[,，。！!？?；;\n]")
NEGATION = re.compile(
    r"(不会|不得|不能|不可|不要|请勿|切勿|勿|谨防|严禁|禁止|绝不|绝对不|从不|从未|没有|未曾|并非|不是|防范|警惕|提防|无权|不存在|拒绝|以防|只有|只能由)"
)

Context = Callable[[Document], bool]


@dataclass(frozen=True)
class CompiledRule:
    record: RuleRecord
    # Kept separate: a joined alternation loses re's first-character scan and was
    # slower for rules with many patterns.
    patterns: tuple[re.Pattern[str], ...]
    named: tuple[str, ...]  # contexts such as @debt, @addressed, @sender_personal
    requires: tuple[re.Pattern[str], ...]
    excludes: tuple[re.Pattern[str], ...]
    unless: re.Pattern[str] | None


def compile_rules(records: tuple[RuleRecord, ...]) -> tuple[CompiledRule, ...]:
    out = []
    for r in records:
        out.append(CompiledRule(
            record=r,
            patterns=tuple(re.compile(p) for p in r.patterns),
            named=tuple(p for p in r.requires if p.startswith("@")) + ((f"@sender_{r.sender}",) if r.sender else ()),
            requires=tuple(re.compile(p) for p in r.requires if not p.startswith("@")),
            excludes=tuple(re.compile(p) for p in r.excludes),
            unless=re.compile("|".join(f"(?:{p})" for p in r.unless)) if r.unless else None,
        ))
    return tuple(out)


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = start
    while left > 0 and not _CLAUSE_END.match(text[left - 1]):
        left -= 1
    m = _CLAUSE_END.search(text, end)
    return left, (m.start() if m else len(text))


def negated(text: str, start: int, end: int) -> bool:
    """A negation or warning earlier in the same clause: 请勿向个人账户转账, 我司不会上门."""
    left, _ = clause_bounds(text, start, end)
    return bool(NEGATION.search(text, left, start))


def _first_standing_match(rule: CompiledRule, text: str) -> tuple[int, int] | None:
    """The first match, pattern by pattern, that no negation or exclusion cancels."""
    for pattern in rule.patterns:
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            if rule.record.negatable and negated(text, m.start(), m.end()):
                continue
            if rule.excludes:
                left, right = clause_bounds(text, m.start(), m.end())
                if any(x.search(text, left, right) for x in rule.excludes):
                    continue
            return m.start(), m.end()
    return None


def run(doc: Document, rules: tuple[CompiledRule, ...], contexts: dict[str, Context],
        category_of: dict[str, str]) -> list[Finding]:
    findings: list[Finding] = []
    text = doc.f
    known: dict[str, bool] = {}

    def holds(names: tuple[str, ...]) -> bool:
        for name in names:
            value = known.get(name)
            if value is None:
                value = known[name] = contexts[name](doc)
            if not value:
                return False
        return True

    for rule in rules:
        if rule.named and not holds(rule.named):
            continue
        if rule.requires and not all(req.search(text) for req in rule.requires):
            continue
        if rule.unless is not None and rule.unless.search(text):
            continue
        r = rule.record
        match = _first_standing_match(rule, text)
        if match is None:
            continue
        start, end = doc.span(*match)
        findings.append(Finding(
            kind=r.kind, rule_id=r.id, category=category_of[r.kind], severity=r.severity,
            start=start, end=end, excerpt=doc.text[start:end], explanation=r.explanation,
            kb_refs=r.kb_refs or (f"guide.{r.kind}",),
        ))
    return findings
