"""The lender index: every registry lender's names, short forms, aliases and products, folded, in one alternation
that analyzer/detectors/lender.py scans a message with. Built once per process (Analyzer). Moved out of
analyzer/detectors/lender.py unchanged (round 21)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from analyzer.detectors import lender_forms
from analyzer.lexicon import trie_branches
from knowledge import derived_cache
from knowledge.models import LenderRecord


@dataclass(frozen=True)
class LenderIndex:
    """Surface forms (folded) of every lender name, alias and product."""

    pattern: re.Pattern[str]
    surfaces: dict[str, tuple[tuple[str, str], ...]]  # surface → ((lender_id, source), ...)
    by_id: dict[str, LenderRecord]
    # The first two characters of every surface: a text with none of them among its bigrams
    # (Document.keys) names no lender, and the scan of the large alternation is skipped.
    firsts: frozenset[str] = frozenset()

    @classmethod
    def build(cls, records: tuple[LenderRecord, ...], fold_text) -> "LenderIndex":
        surfaces: dict[str, list[tuple[str, str]]] = {}

        def add(surface: str, lid: str, source: str) -> None:
            key = fold_text(surface).strip()
            if len(key) < 2 or (key.isascii() and len(key) < 3):
                return
            entry = surfaces.setdefault(key, [])
            if (lid, source) not in entry:
                entry.append((lid, source))

        for r in records:
            for name in r.names():
                for form in sorted(lender_forms.short_forms(name)):
                    add(form, r.id, "name")
            for product in r.products:
                add(product, r.id, "product")
        latin = [k for k in surfaces if k.isascii()]
        chinese = [k for k in surfaces if not k.isascii()]
        # Latin aliases (ICBC, ABC) only count as whole words: "abc123" is not a bank. The check on the
        # character before sits after each first character, so that every alternative starts with a
        # literal and re scans for first characters (same matches as (?<![a-z0-9])(?:trie)(?![a-z0-9])).
        branches = trie_branches(sorted(chinese))
        for branch in trie_branches(sorted(latin)):
            first = branch[:2] if branch[0] == "\\" else branch[0]
            branches.append(rf"{first}(?<![a-z0-9].){branch[len(first):]}(?![a-z0-9])")
        pattern = derived_cache.compile("|".join(branches))
        return cls(pattern, {k: tuple(v) for k, v in surfaces.items()}, {r.id: r for r in records},
                   frozenset(k[:2] for k in surfaces))
