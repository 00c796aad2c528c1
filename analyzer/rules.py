"""Compiles the frame rules in knowledge/data/rules/ and runs them on a Document.

Code defines the kinds of check (a pattern built from lexicon classes, message
contexts, clause modality, negation, sender); the data says what they look for.

Modality is judged per match, inside its clause (text between punctuation):
- negated: a negation or warning earlier in the clause ("请勿向个人账户转账", "我司不会上门");
- future: a future or conditional marker earlier in the clause ("否则将起诉", "如不还款就…");
- done: an "already" marker in the clause and no future marker ("已被正式立案").
A rule asks for a modality with `requires = ["@done"]` or `["@future"]`; how a match's modality is
judged is analyzer/modality.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

from analyzer.document import Document
from analyzer.firstchar import scanner
from analyzer.lexicon import Lexicon
from analyzer.lexicon import load as load_lexicon
from analyzer.lazy_pattern import LazyPattern
from analyzer.modality import Clauses, Modality, match_stands
from analyzer.prefilter import MAX_GATES, Gates, GateIndex, gated_branches, gated_pattern, selectivity
from analyzer.report import Finding
from knowledge.models import RuleRecord

CLAUSE_MODES = ("@done", "@future")

Context = Callable[[Document], bool]


@dataclass(frozen=True)
class CompiledRule:
    record: RuleRecord
    # Kept separate: a joined alternation loses re's first-character scan and was
    # slower for rules with many patterns. Scanned through firstchar.scanner (same matches).
    # Compiled on first use (analyzer/lazy_pattern.py; Analyzer.warm() compiles them all).
    patterns: tuple[LazyPattern, ...]
    named: tuple[str, ...]  # message contexts such as @addressed, @sender_personal
    modes: tuple[str, ...]  # clause modality the match must have: @done, @future
    requires: tuple[LazyPattern, ...]
    excludes: tuple[LazyPattern, ...]
    unless: LazyPattern | None
    # `unless` entries naming a scoped lexicon class ({anti_scam}): (scope, pattern), judged around each match.
    unless_near: tuple[tuple[str, LazyPattern], ...] = ()
    # Per pattern, the keys a match of each of its top-level branches cannot do without; per require, the keys a
    # match cannot do without (analyzer/prefilter.py; () = none known).
    branch_gates: tuple[tuple[Gates, ...], ...] = ()
    requires_gates: tuple[Gates, ...] = ()


class RuleSet(tuple):
    """Compiled rules in data order, with every pattern indexed by the keys (characters and
    bigrams) it cannot match without: a message only visits the patterns its keys can trigger.
    The index holds one item per top-level branch of each pattern, so a pattern of several frames
    is visited only when the words of one of them occur (7.98 patterns a bench message instead of
    12.5 with one item per pattern)."""

    index: GateIndex
    owner: tuple[tuple[int, int], ...]  # pattern number -> (rule, pattern)
    item_pattern: tuple[int, ...]  # index item (a branch) -> pattern number

    def __new__(cls, rules: tuple[CompiledRule, ...]) -> "RuleSet":
        self = super().__new__(cls, rules)
        owner, item_pattern, item_gates, extra = [], [], [], []
        for i, rule in enumerate(rules):
            requires_gates = tuple(g for gates_ in rule.requires_gates for g in gates_)
            for j, branches in enumerate(rule.branch_gates):
                for g in branches:
                    item_pattern.append(len(owner))
                    # The branch's and its rule's context patterns' gates together, the most selective MAX_GATES of
                    # them (a branch without gates of its own stays one the index lists as always scanned:
                    # GateIndex.always).
                    kept = tuple(sorted(set(g) | set(requires_gates), key=selectivity)[:MAX_GATES])
                    item_gates.append(kept if g else ())
                    extra.append(() if g else kept)
                owner.append((i, j))
        self.owner = tuple(owner)
        self.item_pattern = tuple(item_pattern)
        self.index = GateIndex(item_gates, extra)
        # Per pattern number, its pattern's firstchar.scanner, looked up on first use and kept (scanner() hashes the
        # pattern's source and checks its flags on every call).
        self.scanners = [None] * len(owner)
        return self

    def scanner_of(self, number: int) -> re.Pattern[str] | LazyPattern:
        found = self.scanners[number]
        if found is None:
            i, j = self.owner[number]
            found = self.scanners[number] = scanner(self[i].patterns[j])
        return found

    def all_patterns(self) -> Iterator[LazyPattern]:
        for rule in self:
            yield from rule.patterns + rule.requires + rule.excludes
            if rule.unless is not None:
                yield rule.unless
            yield from (pattern for _, pattern in rule.unless_near)

    def warm(self) -> None:
        """Compile every pattern now rather than on the first message that scans it (what start-up
        did before patterns were compiled lazily; a pattern that literal_first leaves as written is
        then its own scanner). The literal_first rewrites stay lazy, as they always were."""
        for pattern in self.all_patterns():
            pattern.compiled()

    def candidates(self, keys: set[str], items: list[int] | None = None) -> dict[int, list[int]]:
        """Rule index -> numbers of its patterns that may match (rules in data order, a number's pattern
        is owner[number]); a rule whose context patterns cannot all occur is left out. `items`: the index's
        candidates(keys) when the caller has them (pipeline: from a prefilter.JointIndex)."""
        out: dict[int, list[int]] = {}
        owner, item_pattern = self.owner, self.item_pattern
        last = -1
        for item in self.index.candidates(keys) if items is None else items:
            number = item_pattern[item]
            if number == last:
                continue  # another branch of the same pattern (a pattern's branches are consecutive items)
            last = number
            i = owner[number][0]
            if i in out:
                out[i].append(number)
            else:
                out[i] = [number]
        return out


def compile_rules(records: tuple[RuleRecord, ...], lexicon: Lexicon | None = None) -> RuleSet:
    lex = lexicon or load_lexicon()
    out = []
    for r in records:
        def comp(p: str) -> LazyPattern:
            # Not parsed now: nothing is gated on it (the source as written was checked on loading).
            return LazyPattern(lex.expand(p, r.file))

        def comp_gated(ps) -> tuple[tuple[LazyPattern, ...], tuple[Gates, ...]]:
            built = [gated_pattern(lex.expand(p, r.file)) for p in ps]
            return tuple(c for c, _ in built), tuple(g for _, g in built)
        named = tuple(p for p in r.requires if p.startswith("@") and p not in CLAUSE_MODES)
        built = [gated_branches(lex.expand(p, r.file)) for p in r.patterns]
        patterns, branch_gates = tuple(c for c, _ in built), tuple(g for _, g in built)
        requires, requires_gates = comp_gated(p for p in r.requires if not p.startswith("@"))
        wide: list[str] = []
        near: dict[str, list[str]] = {}
        for entry in r.unless:
            for scope, p in lex.scoped(entry):
                (near.setdefault(scope, []) if scope else wide).append(p)
        out.append(CompiledRule(
            record=r,
            patterns=patterns,
            branch_gates=branch_gates,
            requires_gates=requires_gates,
            named=named + ((f"@sender_{r.sender}",) if r.sender else ()),
            modes=tuple(p for p in r.requires if p in CLAUSE_MODES),
            requires=requires,
            excludes=tuple(comp(p) for p in r.excludes),
            unless=comp("|".join(f"(?:{p})" for p in wide)) if wide else None,
            unless_near=tuple((scope, comp("|".join(f"(?:{p})" for p in ps))) for scope, ps in sorted(near.items())),
        ))
    return RuleSet(tuple(out))


def _standing(rule: CompiledRule, clauses: Clauses, start: int, end: int) -> bool:
    # Cheapest first: modality and negation are bisects over markers found once, exclusions are searches.
    # Plain loops: most rules have no modes or exclusions, and a generator per match costs more.
    for mode in rule.modes:
        if not clauses.holds(mode, start, end):
            return False
    return match_stands(clauses, start, end, rule.record.negatable, rule.excludes, rule.unless_near)


def _first_standing_match(rules: RuleSet, rule: CompiledRule, clauses: Clauses, numbers: list[int]) -> tuple[int, int] | None:
    """The first match, pattern by pattern (only the patterns numbered in `numbers`: the rule's other patterns
    cannot match), that no negation, exclusion or wrong modality cancels."""
    scanners = rules.scanners
    for number in numbers:
        for m in (scanners[number] or rules.scanner_of(number)).finditer(clauses.text):
            if m.end() > m.start() and _standing(rule, clauses, m.start(), m.end()):
                return m.start(), m.end()
    return None


def _required(rule: CompiledRule, clauses: Clauses) -> bool:
    """Every context pattern occurs somewhere outside a negated clause ("不会要求转账" is no request)."""
    for req in rule.requires:
        for m in scanner(req).finditer(clauses.text):
            if m.end() > m.start() and not (rule.record.negatable and clauses.negated(clauses.text, m.start(), m.end())):
                break
        else:
            return False
    return True


def run(doc: Document, rules: RuleSet, contexts: dict[str, Context],
        category_of: dict[str, str], modality: Modality, clauses: Clauses | None = None,
        items: list[int] | None = None, written: str | None = None) -> list[Finding]:
    """`clauses`: the text's Clauses when the caller shares them (pipeline: with the reader detector); `items`:
    rules.index.candidates(doc.keys) when the caller has them (pipeline: from a prefilter.JointIndex);
    `written`: the folded text with the quotations a warning cites put back, when `doc` is a masked copy of it."""
    findings: list[Finding] = []
    text = doc.f
    if clauses is None or clauses.text != text:
        clauses = modality.clauses(text)
    known: dict[str, bool] = {}

    def holds(names: tuple[str, ...]) -> bool:
        for name in names:
            value = known.get(name)
            if value is None:
                value = known[name] = contexts[name](doc)
            if not value:
                return False
        return True

    keys = doc.keys  # characters and bigrams of doc.f (== text)
    for i, which in rules.candidates(keys, items).items():
        rule = rules[i]
        if rule.named and not holds(rule.named):
            continue
        r = rule.record
        match = _first_standing_match(rules, rule, clauses, which)
        if match is None:
            continue
        # Checked after the match (both are pure, so the finding is the same either way): the index only
        # offers a rule whose context patterns' literal words are all in the message, so they nearly always
        # hold (87% on the bench messages), while its own patterns seldom match (10%); scanning the context
        # first cost more on short and long messages alike.
        if rule.requires and not _required(rule, clauses):
            continue
        # Checked last: most rules find no match, and the message-wide exceptions are long alternations.
        # fa30: also on the text with the warning's quotations put back: the mask fills a quote with stops, which cut
        # an exception that spans it (近期冒充网贷平台“减免欠款”诈骗高发); an exception only ever cancels, so reading
        # it on both texts cannot add a finding.
        if rule.unless is not None and (scanner(rule.unless).search(text)
                                        or (written is not None and scanner(rule.unless).search(written))):
            continue
        start, end = doc.span(*match)
        findings.append(Finding(
            kind=r.kind, rule_id=r.id, category=category_of[r.kind], severity=r.severity,
            start=start, end=end, excerpt=doc.text[start:end], explanation=r.explanation,
            kb_refs=r.kb_refs or (f"guide.{r.kind}",),
        ))
    return findings
