"""Adversarial inputs for every regular expression the analyzer runs, found generically.

Shared by tests/test_pattern_time.py and benchmarks/bench_adversarial.py. Nothing here
knows a particular rule: patterns are discovered by walking the analyzer's and the
knowledge loader's modules, the built Analyzer (compiled rules, lender index) and re's own
cache of patterns compiled inline (re.search(r"...", ...)), so a rule or detector added
later is picked up without editing this file.
"""
from __future__ import annotations

import ast
import dataclasses
import functools
import gc
import importlib
import inspect
import pkgutil
import re
import time
from typing import Any, Callable, Iterator

from analyzer.lazy_pattern import LazyPattern

try:  # Python 3.11+
    from re import _parser as sre_parse  # type: ignore[attr-defined]
    from re import _constants as sre_constants  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

PACKAGES = ("analyzer", "knowledge")

# Families every pattern is tried with, whatever it says: the runs the issue names and
# their neighbours (full-width, obfuscated, separators, punctuation that ends clauses).
FAMILIES: dict[str, str] = {
    "digits": "1",
    "full-width digits": "１",
    "arabic-indic digits": "٣",
    "逾期": "逾期",
    "逾 期 (obfuscated)": "逾 期 ",
    "CJK": "一",
    "spaces": " ",
    "ideographic spaces": "\u3000",
    "newlines": "\n",
    "latin": "a",
    "x (masked digit)": "x",
    "star": "*",
    "dots": ".",
    "hyphens": "-",
    "digit-comma": "1,",
    "digit-dot": "1.",
    "digit-space": "1 ",
    "digit-hyphen": "1-",
    "label-dot (a.)": "a.",
    "label-hyphen (a-)": "a-",
    "yen-digit": "¥1",
    "emoji": "\U0001F600",
    "signature brackets": "【】",
    "open bracket": "【",
    "square brackets": "[a",
    "comma (clause end)": "，",
    "请勿 (negation)": "请勿",
    "(2024)": "(2024)",
}

_CATEGORY_CHARS = {
    "CATEGORY_DIGIT": ("1", "１"),
    "CATEGORY_NOT_DIGIT": ("a", "一"),
    "CATEGORY_SPACE": (" ", "\u3000"),
    "CATEGORY_NOT_SPACE": ("a", "1"),
    "CATEGORY_WORD": ("a", "一", "1", "_"),
    "CATEGORY_NOT_WORD": (".", "，"),
    "CATEGORY_LINEBREAK": ("\n",),
    "CATEGORY_NOT_LINEBREAK": ("a",),
}


@dataclasses.dataclass(frozen=True)
class Found:
    name: str  # where it was found, e.g. analyzer.detectors.facts._FACTS[2][1]
    pattern: re.Pattern[str]
    how: str = "scan"  # "match"/"fullmatch" for a pattern only ever anchored at a slice's start


# ---------------------------------------------------------------- discovery
def _modules() -> Iterator[Any]:
    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        yield package
        for info in pkgutil.walk_packages(package.__path__, package_name + "."):
            if info.name.endswith(("__main__", ".cli", "_cli")):
                continue  # entry points: argument parsing, not analysis
            yield importlib.import_module(info.name)


def _walk(obj: Any, name: str, out: dict[tuple[str, int], Found], seen: set[int], depth: int) -> None:
    if isinstance(obj, LazyPattern):  # a rule pattern compiled on first use: compiled here to be timed
        obj = obj.compiled()
    if isinstance(obj, re.Pattern):
        if isinstance(obj.pattern, str):
            out.setdefault((obj.pattern, obj.flags), Found(name, obj))
        return
    if depth <= 0 or id(obj) in seen or isinstance(obj, (str, bytes, int, float, bool, type(None))):
        return
    seen.add(id(obj))
    if isinstance(obj, dict):
        for k, v in list(obj.items())[:5000]:
            _walk(k, f"{name}[key]", out, seen, depth - 1)
            _walk(v, f"{name}[{k!r}]" if isinstance(k, str) and len(k) < 40 else f"{name}[…]", out, seen, depth - 1)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for i, v in enumerate(list(obj)[:5000]):
            _walk(v, f"{name}[{i}]", out, seen, depth - 1)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            _walk(getattr(obj, f.name, None), f"{name}.{f.name}", out, seen, depth - 1)
    elif hasattr(obj, "__dict__") and not isinstance(obj, type) and not callable(obj) \
            and type(obj).__module__.split(".")[0] in PACKAGES:
        for k, v in vars(obj).items():
            _walk(v, f"{name}.{k}", out, seen, depth - 1)


_RE_CALLS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}


def _inline(module: Any, out: dict[tuple[str, int], Found]) -> None:
    """Patterns written inline in the source, re.search(r"...", text): read with ast, so a
    call added later is found without running the code path that makes it."""
    try:
        tree = ast.parse(inspect.getsource(module))
    except (OSError, TypeError):
        return
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args
                and isinstance(node.func.value, ast.Name)
                and (node.func.value.id == "re" and node.func.attr in _RE_CALLS
                     # knowledge/derived_cache.py's compile stands in for re.compile (kept between processes)
                     or node.func.value.id == "derived_cache" and node.func.attr == "compile")):
            continue
        try:
            source = ast.literal_eval(node.args[0])
        except (ValueError, SyntaxError, TypeError):
            continue  # built at run time (f-string, joined names): found by the object walk instead
        if not isinstance(source, str):
            continue
        flags = 0
        for arg in list(node.args[1:]) + [k.value for k in node.keywords]:
            for sub in ast.walk(arg):
                if isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name) and sub.value.id == "re":
                    flags |= int(getattr(re, sub.attr, 0)) if sub.attr.isupper() else 0
        how = node.func.attr if node.func.attr in ("match", "fullmatch") else "scan"
        compiled = re.compile(source, flags)
        out.setdefault((source, compiled.flags), Found(f"{module.__name__}:{node.lineno} re.{node.func.attr}",
                                                       compiled, how))


@functools.lru_cache(maxsize=1)
def discover() -> tuple[Found, ...]:
    """Every str pattern in the analyzer's and knowledge's modules (globals, containers,
    dataclasses), in the built Analyzer (compiled rules, lender index) and written inline."""
    out: dict[tuple[str, int], Found] = {}
    for module in _modules():
        for key, value in list(vars(module).items()):
            if isinstance(value, type) or callable(value) and not isinstance(value, re.Pattern):
                continue
            _walk(value, f"{module.__name__}.{key}", out, set(), 6)
    from analyzer import get_analyzer

    _walk(get_analyzer(), "Analyzer()", out, set(), 6)
    for module in _modules():
        _inline(module, out)
    return tuple(sorted(out.values(), key=lambda f: (f.name, f.pattern.pattern)))


# ---------------------------------------------------------------- generation
def _class_chars(items: list[tuple[Any, Any]]) -> list[str]:
    chars: list[str] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            chars.append(chr(av))
        elif name == "RANGE":
            lo, hi = av
            chars += [chr(lo), chr((lo + hi) // 2), chr(hi)]
        elif name == "CATEGORY":
            chars += list(_CATEGORY_CHARS.get(str(av), ()))
    return chars


def _atoms(tree: Any, out: list[str]) -> None:
    """A representative character for every literal and character class in the pattern."""
    for op, av in tree:
        name = str(op)
        if name == "LITERAL":
            if av < 0x2E80:  # a CJK literal repeated behaves as the CJK family; near-misses cover words
                out.append(chr(av))
        elif name == "NOT_LITERAL":
            out.append("a" if av != ord("a") else "b")
        elif name == "IN":
            if av and str(av[0][0]) == "NEGATE":
                out += ["a", "1", "一", " "]
            else:
                out += _class_chars(av)
        elif name == "ANY":
            out += ["a", "一"]
        elif name == "CATEGORY":
            out += list(_CATEGORY_CHARS.get(str(av), ()))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            _atoms(av[2], out)
        elif name == "SUBPATTERN":
            _atoms(av[-1], out)
        elif name == "BRANCH":
            for branch in av[1][:50]:
                _atoms(branch, out)
        elif name in ("ASSERT", "ASSERT_NOT"):
            _atoms(av[1], out)
        elif name == "ATOMIC_GROUP":
            _atoms(av, out)


def _examples(tree: Any, limit: int = 8) -> list[str]:
    """Strings that (roughly) match: the first choice everywhere, and each alternative of
    each alternation in turn. Used to build near-misses (a matching prefix, repeated)."""
    def gen(tree: Any, pick: Callable[[int], int]) -> str:
        s = ""
        for op, av in tree:
            name = str(op)
            if name == "LITERAL":
                s += chr(av)
            elif name == "NOT_LITERAL":
                s += "a" if av != ord("a") else "b"
            elif name == "IN":
                chars = [] if av and str(av[0][0]) == "NEGATE" else _class_chars(av)
                s += chars[0] if chars else "a"
            elif name == "ANY":
                s += "a"
            elif name == "CATEGORY":
                s += _CATEGORY_CHARS.get(str(av), ("a",))[0]
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                lo, hi, body = av
                count = max(lo, 1) if hi else 0
                s += gen(body, pick) * min(count, 4)
            elif name == "SUBPATTERN":
                s += gen(av[-1], pick)
            elif name == "ATOMIC_GROUP":
                s += gen(av, pick)
            elif name == "BRANCH":
                branches = av[1]
                s += gen(branches[pick(len(branches)) % len(branches)], pick)
        return s

    out = [gen(tree, lambda n: 0)]
    for k in range(1, limit):
        out.append(gen(tree, lambda n, k=k: k))
    return list(dict.fromkeys(e for e in out if e))


def units(pattern: re.Pattern[str]) -> dict[str, str]:
    """Family name → the unit repeated to build an input: each character class of the
    pattern repeated, each matching example repeated, each prefix of an example repeated
    without its closing part (near-misses), plus the fixed FAMILIES."""
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a pattern re itself compiled; parse failures are ours
        tree = []
    found: dict[str, str] = dict(FAMILIES)
    atoms: list[str] = []
    _atoms(tree, atoms)
    for ch in dict.fromkeys(atoms):
        found.setdefault(f"class char {ch!r}", ch)
    for ex in _examples(tree):
        found.setdefault(f"match {ex[:20]!r}", ex)
        for cut in range(1, min(len(ex), 6)):
            found.setdefault(f"near-miss {ex[:cut]!r}", ex[:cut])
        found.setdefault(f"negated match {ex[:20]!r}", "请勿" + ex)
    unique: dict[str, str] = {}
    for name, unit in found.items():
        if unit and unit not in unique.values():
            unique[name] = unit
    return unique


def build(unit: str, n: int) -> str:
    """unit repeated to exactly n characters."""
    return (unit * (n // len(unit) + 1))[:n]


# ---------------------------------------------------------------- timing
def best_of(fn: Callable[[], Any], rounds: int = 3) -> float:
    """Best of `rounds` CPU times of this process (other work on a shared machine does not
    count), with the garbage collector off as timeit does: a collection landing in one run
    is not the pattern's cost."""
    best = float("inf")
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(rounds):
            start = time.process_time()
            fn()
            best = min(best, time.process_time() - start)
    finally:
        if enabled:
            gc.enable()
    return best


def scan(pattern: re.Pattern[str], text: str, how: str = "scan") -> int:
    """What the analyzer does with a pattern, at worst: every match, and a search
    (or the anchored call, for a pattern the source only uses that way)."""
    if how in ("match", "fullmatch"):
        return int(getattr(pattern, how)(text) is not None)
    count = sum(1 for _ in pattern.finditer(text))
    pattern.search(text)
    return count


@dataclasses.dataclass(frozen=True)
class Timing:
    found: Found
    family: str
    unit: str
    small: float  # seconds at n characters
    large: float  # seconds at 4n characters

    @property
    def ratio(self) -> float:
        return self.large / max(self.small, 1e-9)


def screen(found: Found, n: int, floor: float) -> tuple[list[Timing], tuple[str, str]]:
    """Time every adversarial input of one pattern once at n/4 and n characters; an input
    that grows more than 6x over that step, and is slower than floor/16 at n, is timed
    again, best of 3, at n and 4n characters. Returns those Timings and the (family, unit)
    slowest at n."""
    out = []
    slowest = (-1.0, "", "")
    for family, unit in units(found.pattern).items():
        quarter, small_text = build(unit, n // 4), build(unit, n)
        t_quarter = best_of(lambda: scan(found.pattern, quarter, found.how), 1)
        t_small = best_of(lambda: scan(found.pattern, small_text, found.how), 1)
        slowest = max(slowest, (t_small, family, unit))
        if t_small < floor / 16 or t_small < 6 * t_quarter:
            continue  # linear steps are 4x; quadratic ones 16x
        small = best_of(lambda: scan(found.pattern, quarter, found.how))
        if best_of(lambda: scan(found.pattern, small_text, found.how)) < 6 * small:
            continue  # the single timing was noise
        large_text = build(unit, 4 * n)
        small = best_of(lambda: scan(found.pattern, small_text, found.how))
        large = best_of(lambda: scan(found.pattern, large_text, found.how))
        out.append(Timing(found, family, unit, small, large))
    return out, slowest[1:]
