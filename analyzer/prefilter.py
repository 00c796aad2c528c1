"""What a pattern cannot match without: a cheap test that skips most patterns on most
messages.

A regex scan tries every position; a set-disjointness test costs almost nothing. From
a pattern's parsed form we derive its *gates*: sets of literal words such that every
match contains at least one word of each set (a literal run, a branch whose every
alternative has one, a repeat of at least one). Each word is represented by one key,
a character (one-character words) or one of its two-character pieces (bigrams), so
a gate is a set of keys. A message's keys are its characters and its bigrams, built
once; a pattern one of whose gates shares no key with them cannot match, and its scan
is skipped. Every gate is a necessary condition, so all of them may be checked.

`Gate.index` builds, for many patterns, an inverted index from keys to patterns: a
message only visits the patterns one of whose keys it contains (GateIndex, JointIndex: analyzer/gate_index.py).
"""
from __future__ import annotations

from functools import lru_cache
from itertools import product
from math import prod
from operator import add
import re
from re import _constants as C  # noqa: PLC2701 - the parser's opcodes, stable across 3.11-3.13
from re import _parser as P  # noqa: PLC2701

from analyzer.gate_index import GateIndex, JointIndex  # noqa: F401 - (imported from here by the detectors)
from analyzer.lazy_pattern import LazyPattern
from knowledge import derived_cache

# Characters so frequent in messages that they filter nothing.
_COMMON = frozenset("的了是你您我在有不人这将会要请已和到日月年元为及或与就也都对于从被把让给中上下内后前")
_MAX_CLASS = 16
# An alternation's word sets are the joins of one set from each branch (_branch_sets), at most this many choices:
# with 16 the rule patterns a bench message is scanned with go from 14.5 to 12.3 (ordinary corpus 12.1 to 10.8) at
# no cost to start-up; 64 gives 12.0 but compiling the rules takes 0.1 s longer, 128 doubles it.
_MAX_JOINS = 16
# A pattern keeps its most selective gates, at most this many: GateIndex gives every item as many bit-mask slots as
# the item with the most gates (rounded up to a power of two), and the rules' patterns had up to 8 before joins.
MAX_GATES = 8
_IGNORECASE = getattr(C, "SRE_FLAG_IGNORECASE", 2)

Keys = frozenset  # of str: one character or two
Gates = tuple  # of Keys; empty: nothing known, always scan


def _best_char(word: str) -> str:
    for ch in word:
        if ch not in _COMMON:
            return ch
    return word[-1]


@lru_cache(maxsize=1 << 16)  # the same lexicon words recur in many patterns' word sets (and in many joins)
def _key(word: str) -> str:
    """The bigram of `word` least likely to occur by chance (fewest very common characters)."""
    if len(word) < 2:
        return word
    pairs = [word[i:i + 2] for i in range(len(word) - 1)]
    return min(pairs, key=lambda pair: (pair[0] in _COMMON) + (pair[1] in _COMMON))


def _class_chars(items: list) -> set[str] | None:
    chars = set()
    for op, av in items:
        if op is not C.LITERAL:
            return None
        chars.add(chr(av))
    return chars if 0 < len(chars) <= _MAX_CLASS else None


def _cost(words: set[str]) -> tuple[int, int]:
    return len({_best_char(w) for w in words}), -min(map(len, words))


def _word_sets(seq) -> list[set[str]]:
    """Sets of literal words; every match contains at least one word of each set."""
    out: list[set[str]] = []
    run = ""
    for op, av in seq:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if run:
            out.append({run})
            run = ""
        if op is C.SUBPATTERN:
            if not av[1] & _IGNORECASE:  # (?i:...) matches other cases than its literals
                out += _word_sets(av[-1])
        elif op is getattr(C, "ATOMIC_GROUP", None):
            out += _word_sets(av)
        elif op is C.BRANCH:
            parts = [_word_sets(branch) for branch in av[1]]
            if all(parts):
                out += _branch_sets(parts)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            low, _high, inner = av
            if low >= 1:
                out += _word_sets(inner)
        elif op is C.IN:
            chars = _class_chars(av)
            if chars:
                out.append(chars)
    if run:
        out.append({run})
    return out


def _branch_sets(parts: list[list[set[str]]]) -> list[set[str]]:
    """Word sets of an alternation whose every branch has some. A match goes through one branch and holds
    a word of each of that branch's sets, so a set taken from every branch, joined, is met by every match,
    whichever sets are taken: all such joins are word sets (for (把|给){you}…{body}…{break}|{break}{you}…{body}
    that gives {break} and {body} alone, where one join gave only {把,给,你,您,…}, met by nearly every message).
    When the choices would be too many, one join, of each branch's set with the fewest distinct characters."""
    if prod(len(p) for p in parts) > _MAX_JOINS:
        return [set().union(*(min(p, key=_cost) for p in parts))]
    joined = dict.fromkeys(frozenset().union(*choice) for choice in product(*parts))
    return [set(words) for words in joined]


def _parsed_word_sets(pattern: str) -> list[set[str]]:
    try:
        parsed = P.parse(pattern)
    except Exception:  # an unparsable or unusual pattern simply gets no prefilter
        return []
    return _tree_word_sets(parsed)


def _tree_word_sets(parsed) -> list[set[str]]:
    if parsed.state.flags & _IGNORECASE:
        return []
    return _word_sets(parsed)


def _gates_of(word_sets: list[set[str]]) -> Gates:
    found = {frozenset(_key(w) for w in words) for words in word_sets}
    return tuple(sorted(found, key=selectivity)[:MAX_GATES])


def gates(pattern: str) -> Gates:
    """The pattern's gates, one key per word (most selective gate first); () when nothing is known."""
    return derived_cache.memo("prefilter.gates", _STAMP, pattern, _computed_gates)


def _computed_gates(pattern: str) -> Gates:
    return _gates_of(_parsed_word_sets(pattern))


def gated_pattern(source: str) -> tuple[LazyPattern, Gates]:
    """The pattern, compiled on first use, and gates(source), from one parse of the source.

    The parse is needed now for the gates and gives the flags, an invalid pattern raises here as
    re.compile would; generating the code is left to the first use (analyzer/lazy_pattern.py).
    Only a look-behind can fail in code generation (it must be fixed-width), so a pattern with
    one is compiled now, from the same parse, and a bad one still fails at start-up. Anything
    unexpected goes through re.compile and gates()."""
    try:
        flags, found = derived_cache.memo("prefilter.gated_pattern", _STAMP, source, _parsed_gates)
    except Exception:  # noqa: BLE001 - re.compile raises the same error for an invalid pattern
        return LazyPattern(source, compiled=re.compile(source)), gates(source)
    return _lazy(source, flags), found


def gated_branches(source: str) -> tuple[LazyPattern, tuple[Gates, ...]]:
    """As gated_pattern, with the gates of each top-level branch of the pattern (one entry for a pattern
    that is no alternation): the pattern can match only where one of its branches' gates all pass.
    Finer than the pattern's own gates, which for an alternation keep the words every branch shares
    a choice of (a join of at most _MAX_JOINS, else one wide join): a rule pattern of several frames
    or lexicon classes (…{lure}…{link}|{link}…{lure}) was scanned wherever the joined words occurred."""
    try:
        flags, found = derived_cache.memo("prefilter.gated_branches", _STAMP, source, _parsed_branch_gates)
    except Exception:  # noqa: BLE001 - re.compile raises the same error for an invalid pattern
        return LazyPattern(source, compiled=re.compile(source)), (gates(source),)
    return _lazy(source, flags), found


# The gates of a source depend only on it and on this module's code: they are kept between processes
# (knowledge/derived_cache.py), stamped with this file's hash, with the flags the parse found.
_STAMP = derived_cache.source_hash(__file__)


def _parsed_gates(source: str) -> tuple[int, Gates]:
    parsed = P.parse(source, 0)
    return parsed.state.flags, _gates_of(_tree_word_sets(parsed))


def _parsed_branch_gates(source: str) -> tuple[int, tuple[Gates, ...]]:
    parsed = P.parse(source, 0)
    return parsed.state.flags, _branch_gates(parsed)


def _lazy(source: str, flags: int) -> LazyPattern:
    if "(?<" not in source:
        return LazyPattern(source, flags)
    # Code generation checks a look-behind's width: compiled now, so that a bad pattern fails at start-up.
    return LazyPattern(source, compiled=derived_cache.compile(source))


def _branch_gates(parsed) -> tuple[Gates, ...]:
    if parsed.state.flags & _IGNORECASE:
        return ((),)
    seq = list(parsed)
    while len(seq) == 1 and seq[0][0] is C.SUBPATTERN and not seq[0][1][1] and not seq[0][1][2]:
        seq = list(seq[0][1][3])  # a group around the whole pattern, (…|…): its branches
    if len(seq) == 1 and seq[0][0] is C.BRANCH:
        return tuple(_gates_of(_word_sets(branch)) for branch in seq[0][1][1])
    return (_gates_of(_word_sets(seq)),)


def selectivity(keys: Keys) -> tuple[int, tuple[str, ...]]:
    """Lower is rarer: a bigram counts 1, a rare character 4, a very common one 64."""
    return sum(1 if len(k) > 1 else 64 if k in _COMMON else 4 for k in keys), tuple(sorted(keys))


def text_keys(text: str) -> set[str]:
    """The keys a text contains: its characters and bigrams."""
    keys = set(text)
    keys.update(map(add, text, text[1:]))
    return keys


def passes(pattern_gates: Gates, keys: set[str] | frozenset[str]) -> bool:
    """False when some gate shares no key with the text: the pattern cannot match it."""
    for gate in pattern_gates:
        if keys.isdisjoint(gate):
            return False
    return True


def required_chars(pattern: str) -> frozenset[str] | None:
    """One character per required literal of the most selective set; None when the pattern can
    match without any. (The older, character-only form of `gates`.)"""
    sets = _parsed_word_sets(pattern)
    if not sets:
        return None
    return frozenset(_best_char(w) for w in min(sets, key=_cost))


def any_branch_keys(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Keys one of which every match of `pattern` contains: the keys of the most selective gate of each of its
    top-level branches, together (gated_branches). A text whose keys (text_keys) miss them all cannot match, and
    the search can be left out with the same answer; None when a branch has no gate (it may match anywhere).
    A set.isdisjoint test over a handful of keys: worth it only for a pattern whose keys are few and rare."""
    if pattern.flags & ~re.UNICODE:
        return None
    _compiled, branches = gated_branches(pattern.pattern)
    if not all(branches):
        return None
    return frozenset().union(*(gates[0] for gates in branches))
