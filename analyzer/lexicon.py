"""Lexicon classes and clause modality, read from knowledge/data/rules/lexicon.toml.

Rules name a class as `{relative}` inside their patterns; compile time swaps in
one alternation for the whole class (literal words as a prefix-shared regex,
plus bounded regex pieces), so a rule states a frame — actor, action, target —
and any member of the class fills a slot.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache

# FILE and the respelling tables (pinyin, initials, homophones…) live in analyzer/spellings.py; imported from here too.
from analyzer.spellings import (FILE, LetterWords, _lexicon_data, full_pinyin_table, homophones,  # noqa: F401
                                initial_letter_words, inserted_words, kept_symbols, letter_words, lookalike_examples,
                                lookalikes, pinyin_table, pinyin_variants)
from knowledge import derived_cache
from knowledge.errors import DataError
from knowledge.registry import DATA_DIR

_SLOT = re.compile(r"\{([a-z_]+)\}")
_MODALITIES = ("negation", "done", "future")
_SCOPES = ("lead", "clause", "sentence", "message")  # narrowest first


def trie_branches(words: list[str]) -> list[str]:
    """The trie of `words` (see trie_pattern) as its top-level alternatives, one per first
    character, each starting with that character: joined by "|", they let re scan for the
    set of first characters instead of trying the whole trie at every position."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return [re.escape(ch) + build(child) for ch, child in sorted(trie.items()) if ch]


def trie_pattern(words: list[str]) -> str:
    """One regex for many literal words, prefixes shared, longest match first.

    A flat alternation of hundreds of words makes the engine try every word at
    every position; a trie gives up after the first character that fits none.
    """
    branches = trie_branches(words)
    if not branches:
        return ""
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


@dataclass(frozen=True)
class Lexicon:
    classes: dict[str, str]  # name -> regex source (a non-capturing group)
    modality: dict[str, re.Pattern[str]]
    # How far a class's words reach when a rule names it in `unless` (default: the whole message). A warning
    # speaks of what it quotes, not of an ask elsewhere: "谨防诈骗！…请点击…" is still a scam. "lead": later in
    # the match's own clause ("谨防…", "请勿相信…" govern what follows them); "clause": anywhere in that clause
    # ("…都是骗子"); "sentence": the match's sentence; "message": the whole message, stated explicitly.
    scope: dict[str, str] = field(default_factory=dict)
    parts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # composite class -> the classes it adds

    def scoped(self, entry: str) -> list[tuple[str, str]]:
        """An `unless` entry as (scope, pattern) pieces; scope "" = message-wide. An entry that is one composite
        class without a scope of its own ("{anti_scam}") is split into its parts, each with the part's scope."""
        whole = _SLOT.fullmatch(entry)
        if whole and whole.group(1) not in self.scope and any(p in self.scope for p in self.parts.get(whole.group(1), ())):
            return [(self.scope.get(p, ""), "{%s}" % p) for p in self.parts[whole.group(1)]]
        found = {self.scope[n] for n in _SLOT.findall(entry) if n in self.scope}
        if not found or "message" in found:
            return [("", entry)]
        return [(min(found, key=_SCOPES.index), entry)]

    def expand(self, pattern: str, where: str = "") -> str:
        """Replace every {class} in a rule pattern by its alternation."""
        def swap(m: re.Match[str]) -> str:
            name = m.group(1)
            if name not in self.classes:
                raise DataError(where or FILE, "patterns", f"unknown lexicon class {{{name}}}")
            return self.classes[name]
        return _SLOT.sub(swap, pattern)


def from_dict(data: dict, file: str = FILE) -> Lexicon:
    classes: dict[str, str] = {}
    scope: dict[str, str] = {}
    composite: dict[str, tuple[str, ...]] = {}
    entries = data.get("lexicon") or {}
    for name, entry in entries.items():
        if not re.fullmatch(r"[a-z_]+", name):
            raise DataError(file, f"lexicon.{name}", "class names use a-z and _ only")
        words = entry.get("words", [])
        pieces = entry.get("patterns", [])
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise DataError(file, f"lexicon.{name}.words", "every item must be a non-empty string")
        if not isinstance(pieces, list) or not all(isinstance(p, str) and p for p in pieces):
            raise DataError(file, f"lexicon.{name}.patterns", "every item must be a non-empty string")
        # A class may add the members of others ("classes"), so that a frame can name the part it needs
        # (people, places) or the whole without the same words being kept twice.
        parts = entry.get("classes", [])
        if not isinstance(parts, list) or not all(isinstance(c, str) and c in entries and c != name
                                                  and not entries[c].get("classes") for c in parts):
            raise DataError(file, f"lexicon.{name}.classes", "every item must name another class without classes of its own")
        if "scope" in entry:
            if entry["scope"] not in _SCOPES:
                raise DataError(file, f"lexicon.{name}.scope", f"one of {', '.join(_SCOPES)}")
            scope[name] = entry["scope"]
        if parts:
            composite[name] = tuple(parts)
        words = words + [w for part in parts for w in entries[part].get("words", [])]
        pieces = pieces + [p for part in parts for p in entries[part].get("patterns", [])]
        if not words and not pieces:
            raise DataError(file, f"lexicon.{name}", "needs words or patterns")
        for p in pieces:
            # threat17: a class's own patterns are not expanded, so a {name} there would be matched as the literal
            # braces (zz_threat_r16's 在({you})?(家)? never matched 你); say so at load time instead.
            slot = _SLOT.search(p)
            if slot:
                raise DataError(file, f"lexicon.{name}.patterns",
                                f"{slot.group(0)} is not expanded inside a class; spell it out or list it in classes")
            try:
                derived_cache.check(p)
            except re.error as exc:
                raise DataError(file, f"lexicon.{name}.patterns", f"bad regular expression {p!r}: {exc}") from None
        alternatives = ([trie_pattern(sorted(set(words)))] if words else []) + [f"(?:{p})" for p in pieces]
        classes[name] = "(?:" + "|".join(alternatives) + ")"
    modality: dict[str, re.Pattern[str]] = {}
    for key in _MODALITIES:
        source = (data.get("modality") or {}).get(key)
        if not isinstance(source, str) or not source:
            raise DataError(file, f"modality.{key}", "missing or not a string")
        try:
            modality[key] = derived_cache.compile(source)
        except re.error as exc:
            raise DataError(file, f"modality.{key}", f"bad regular expression: {exc}") from None
    # Optional: negation words that state the borrower's condition, not a denial ("如果你拒绝还款我们就…"),
    # and done words that state the debt, not a step taken ("已逾期", "已到期").
    for key in ("condition", "done_state", "carry", "denial"):
        source = (data.get("modality") or {}).get(key)
        if source is None:
            continue
        if not isinstance(source, str) or not source:
            raise DataError(file, f"modality.{key}", "must be a non-empty string")
        try:
            modality[key] = derived_cache.compile(source)
        except re.error as exc:
            raise DataError(file, f"modality.{key}", f"bad regular expression: {exc}") from None
    return Lexicon(classes, modality, scope, composite)


def merged(files: dict[str, dict]) -> dict:
    """lexicon.toml's tables plus the [lexicon.*] classes any other rule file declares next to
    its rules (so a frame file can bring its own classes); a class name may be defined once."""
    out = dict(files.get(FILE) or {})
    classes = dict(out.get("lexicon") or {})
    owner = {name: FILE for name in classes}
    for name_, data in files.items():
        if name_ == FILE:
            continue
        for cls, entry in (data.get("lexicon") or {}).items():
            if cls in owner:
                raise DataError(name_, f"lexicon.{cls}", f"class already defined in {owner[cls]}")
            owner[cls] = name_
            classes[cls] = entry
    out["lexicon"] = classes
    return out


@lru_cache(maxsize=1)
def load() -> Lexicon:
    files: dict[str, dict] = {}
    for path in sorted((DATA_DIR / "rules").glob("*.toml")):
        name = f"rules/{path.name}"
        try:
            files[name] = derived_cache.loads_toml(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise DataError(name, "", f"not valid TOML: {exc}") from None
    return from_dict(merged(files))

_CLASS_CACHE: dict[tuple[int, tuple[str, ...]], tuple[Lexicon, tuple[re.Pattern[str], ...]]] = {}


def class_patterns(lexicon: Lexicon, names: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The named classes compiled once per lexicon (a Lexicon holds dicts, so it is not hashable: keyed by id, and
    checked to be the same object)."""
    key = (id(lexicon), names)
    hit = _CLASS_CACHE.get(key)
    if hit is None or hit[0] is not lexicon:
        hit = _CLASS_CACHE[key] = (lexicon, tuple(derived_cache.compile(lexicon.classes[n]) for n in names))
    return hit[1]
