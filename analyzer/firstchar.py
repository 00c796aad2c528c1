"""Rewrites a pattern so that `re` can scan for its first characters.

`re` skips ahead to the positions where a match can start only when the pattern begins
with a literal, a character class, or an alternation whose every branch begins with a
literal. A rule such as `(移交|上报)(至|给)?公安|请?(于|在)…|(?<![不没])(将|会)…` begins
with groups, optional parts and look-behinds, so the engine enters it at every position
of the message: scanning is several times slower than it needs to be.

`literal_first(source)` returns an equivalent source whose top level is an alternation of
branches that each begin with a literal: leading groups and alternations are distributed
(`(a|b)X` is `aX|bX`, tried in the same order), an optional first part becomes two branches
(with it, then without), a small class of literal characters (or small ranges) one branch per character, and
a leading look-behind moves behind the first character (`(?<!C)a` is `a(?<!Ca)`), and so does a
leading `^` (`^a` is `a(?<=^a)`), and a repeat of one character splits off its first one (`x{3,8}`
is `x(?:x{2,7})`). Branches
with the same first character are then grouped, keeping their order. Matches, their order
and their spans are those of the original; capturing groups are not kept (use it only where
groups are not read). Anything it does not handle, or that would grow too large, is
returned unchanged.
"""
from __future__ import annotations

import re
from re import _constants as C  # noqa: PLC2701 - the parser's opcodes, stable across 3.11-3.13
from re import _parser as P  # noqa: PLC2701

from analyzer.lazy_pattern import LazyPattern
from knowledge import derived_cache

_STAMP = derived_cache.source_hash(__file__)

_MAX_BRANCHES = 300
_MAX_LENGTH = 40_000
_POSSESSIVE = getattr(C, "POSSESSIVE_REPEAT", None)
_ATOMIC = getattr(C, "ATOMIC_GROUP", None)
_AT = {C.AT_BEGINNING: "^", C.AT_END: "$", C.AT_BEGINNING_STRING: r"\A", C.AT_END_STRING: r"\Z",
       C.AT_BOUNDARY: r"\b", C.AT_NON_BOUNDARY: r"\B"}
_CATEGORY = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
             C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}
_PLAIN_FLAGS = C.SRE_FLAG_UNICODE


class _Unsupported(Exception):
    """A construct the rewrite does not handle: the pattern is kept as written."""


def _esc(code: int) -> str:
    return re.escape(chr(code))


def _class(items: list) -> str:
    out = []
    for op, av in items:
        if op is C.NEGATE:
            out.append("^")
        elif op is C.LITERAL:
            out.append(_esc(av))
        elif op is C.RANGE:
            out.append(_esc(av[0]) + "-" + _esc(av[1]))
        elif op is C.CATEGORY and av in _CATEGORY:
            out.append(_CATEGORY[av])
        else:
            raise _Unsupported(op)
    return "[" + "".join(out) + "]"


def _repeat(low: int, high: int) -> str:
    if high is C.MAXREPEAT:
        return "*" if low == 0 else "+" if low == 1 else f"{{{low},}}"
    if low == high:
        return f"{{{low}}}"
    return "?" if (low, high) == (0, 1) else f"{{{low},{high}}}"


def unparse(seq) -> str:
    """Regex source for a parsed sequence (groups written as non-capturing)."""
    out = []
    for op, av in seq:
        if op is C.LITERAL:
            out.append(_esc(av))
        elif op is C.NOT_LITERAL:
            out.append("[^" + _esc(av) + "]")
        elif op is C.ANY:
            out.append(".")
        elif op is C.IN:
            out.append(_class(av))
        elif op is C.AT and av in _AT:
            out.append(_AT[av])
        elif op is C.BRANCH:
            out.append("(?:" + "|".join(unparse(b) for b in av[1]) + ")")
        elif op is C.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            if add_flags or del_flags:
                raise _Unsupported(op)
            out.append("(?:" + unparse(inner) + ")")
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) or (_POSSESSIVE is not None and op is _POSSESSIVE):
            low, high, inner = av
            lazy = "?" if op is C.MIN_REPEAT else "+" if op is _POSSESSIVE else ""
            body = unparse(inner)
            single = len(inner) == 1 and inner[0][0] in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN)
            out.append((body if single else "(?:" + body + ")") + _repeat(low, high) + lazy)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            direction, inner = av
            kind = "=" if op is C.ASSERT else "!"
            out.append("(?" + ("<" if direction < 0 else "") + kind + unparse(inner) + ")")
        elif _ATOMIC is not None and op is _ATOMIC:
            out.append("(?>" + unparse(av) + ")")
        else:
            raise _Unsupported(op)
    return "".join(out)


def _branches(seq: list) -> list[list] | None:
    """Sequences equivalent to `seq`, in the order the engine tries them, each starting with a
    literal; None when that cannot be done (or would be too many)."""
    if not seq:
        return None
    op, av = seq[0]
    rest = seq[1:]
    if op is C.LITERAL:
        return [seq]
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        return None if add_flags or del_flags else _branches(list(inner) + rest)
    if op is C.BRANCH:
        out: list[list] = []
        for branch in av[1]:
            found = _branches(list(branch) + rest)
            if found is None or len(out) + len(found) > _MAX_BRANCHES:
                return None
            out += found
        return out
    if op is C.IN:
        codes = _class_codes(av)
        if codes is None:
            return None
        return [[(C.LITERAL, code)] + rest for code in codes]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
        with_it, without = _branches(list(av[2]) + rest), _branches(rest)
        if with_it is None or without is None or len(with_it) + len(without) > _MAX_BRANCHES:
            return None
        return with_it + without if op is C.MAX_REPEAT else without + with_it
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, _POSSESSIVE) and av[0] >= 1 and len(av[2]) == 1 \
            and av[2][0][0] in (C.LITERAL, C.IN):
        # A repeat of one character, at least once, is that character and the repeat once less: x{3,8} is
        # x(?:x{2,7}), trying the same counts in the same order (greedy, lazy or possessive alike).
        low, high, inner = av
        less = [] if high == 1 else [(op, (low - 1, high if high is C.MAXREPEAT else high - 1, inner))]
        return _branches(list(inner) + less + rest)
    if op is C.AT and av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
        # ^ before the first character c is a look-behind ending with c: ^c… is c(?<=^c)… (a fixed width, one).
        found = _branches(rest)
        if found is None:
            return None
        return [[b[0], (C.ASSERT, (-1, [(C.AT, av), b[0]]))] + b[1:] for b in found]
    if op in (C.ASSERT, C.ASSERT_NOT) and av[0] < 0:
        # A look-behind before the first character c checks the same text as one after it
        # that ends with c: (?<!X)c… is c(?<!Xc)….
        found = _branches(rest)
        if found is None:
            return None
        return [[b[0], (op, (av[0], list(av[1]) + [b[0]]))] + b[1:] for b in found]
    return None


def _class_codes(items: list) -> list[int] | None:
    """The characters of a small class of literals and ranges ([ab], [a-z], [4-8四五六]) in order, at most
    32; None for a larger class, a negated one or one with a category (\\d)."""
    codes: list[int] = []
    for op, av in items:
        if op is C.LITERAL:
            codes.append(av)
        elif op is C.RANGE and av[1] - av[0] < 32:
            codes += range(av[0], av[1] + 1)
        else:
            return None
        if len(codes) > 32:
            return None
    return list(dict.fromkeys(codes))


def literal_first(source: str) -> str:
    """An equivalent source whose top-level branches each start with a literal (see the module
    docstring), or `source` itself when the rewrite does not apply. Kept between processes with the
    stamp of this file (knowledge/derived_cache.py): the rewrite depends only on the source and this code."""
    return derived_cache.memo("firstchar.literal_first", _STAMP, source, _literal_first)


def _literal_first(source: str) -> str:
    try:
        parsed = P.parse(source)
        if parsed.state.flags & ~_PLAIN_FLAGS or parsed.state.groupdict or "(?P=" in source:
            return source
        if _starts_with_literal(parsed):
            return source
        seq = list(parsed)
        found = _branches(seq)
        out = _grouped(found) if found else None
        if out is None or len(out) > _MAX_LENGTH:
            out = _head_first(seq)
    except (_Unsupported, re.error, RecursionError):
        return source
    return out if out is not None and len(out) <= _MAX_LENGTH else source


def _grouped(found: list[list]) -> str:
    """Branches that each start with a literal, those with the same first character joined (in order)."""
    by_first: dict[int, list[list]] = {}
    for branch in found:
        by_first.setdefault(branch[0][1], []).append(branch[1:])
    parts = []
    for code, tails in by_first.items():
        bodies = [unparse(t) for t in tails]
        parts.append(_esc(code) + (bodies[0] if len(bodies) == 1 else "(?:" + "|".join(bodies) + ")"))
    return "|".join(parts)


def _head_first(seq: list) -> str | None:
    """When distributing the whole pattern over its first part's branches grows it too much (a lexicon
    class, a gap, a second class: {cpress_cond}[^。]{0,16}{cpress_step} written out 51 times), only the
    shortest head that cannot match empty is rewritten, the rest written once after it: (?:c1…|c2…)REST.
    re scans for the first characters of a group of literal-first branches as it does for a top-level
    alternation, and (?:A|B)REST tries A then B before REST, as AREST|BREST does."""
    for k in range(1, len(seq)):
        found = _branches(seq[:k])
        if found:
            return "(?:" + _grouped(found) + ")" + unparse(seq[k:])
    return None


def _starts_with_literal(parsed) -> bool:
    """re already scans for this pattern's first characters (a literal or class prefix)."""
    from re import _compiler

    try:
        prefix, _skip, _all = _compiler._get_literal_prefix(parsed, 0)
        return bool(prefix) or bool(_compiler._get_charset_prefix(parsed, 0))
    except Exception:  # private helpers changed: assume not
        return False


_SCANNERS: dict[str, re.Pattern[str]] = {}
_MAX_SCANNERS = 8192


def scanner(pattern: re.Pattern[str] | LazyPattern) -> re.Pattern[str] | LazyPattern:
    """`pattern` rewritten by literal_first, compiled on first use: the same matches and spans,
    found faster (its groups are not kept). Built lazily so that start-up stays fast; a message
    only ever scans a few patterns. When the rewrite leaves the source as it is, the scanner is
    the pattern itself (a LazyPattern compiled now), not a second compile of the same source."""
    if pattern.flags != re.UNICODE:
        return pattern  # compiled with flags literal_first does not see in the source
    fast = _SCANNERS.get(pattern.pattern)
    if fast is None:
        if len(_SCANNERS) >= _MAX_SCANNERS:
            _SCANNERS.clear()
        source = literal_first(pattern.pattern)
        if source != pattern.pattern:
            fast = derived_cache.compile(source)
        else:
            fast = pattern.compiled() if isinstance(pattern, LazyPattern) else pattern
        _SCANNERS[pattern.pattern] = fast
    return fast
