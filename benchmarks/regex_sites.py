"""Where a warm analyze() spends its regular-expression time, call site by call site (not a test).

    .venv/bin/python benchmarks/regex_sites.py [--middle] [--top=N] [PATH.jsonl ...]

Regex matching is the largest single cost the analyzer has left (speed33: about a third of the instructions of a
bench message, callgrind's sre_ucs2_match and the character-class checks), spread over some seventy searches a
message. stage_profile.py says which stage pays; this says which pattern, called from which line, and how.

Every pattern the analyzer compiles (knowledge.derived_cache.compile, re.compile and the re module's functions,
which go through re._compile) is wrapped, before the analyzer is imported, in a proxy that records each call's
method and arguments while recording is on; the analyzer is otherwise untouched (a proxy answers with the pattern's
own result). Each recorded call is then replayed alone, best of five, so the figures are warm (caches full) and
free of the recording's own overhead: a floor of what the calls cost inside analyze(), where the caches are colder.

Per call site: µs a message, calls a message, and two marks. "-" : the pattern does not begin with a literal or a
class, so re cannot skip ahead to where a match may start and tries every position (firstchar.literal_first
rewrites most such patterns; what is left is listed). "dup": the same pattern, method and arguments already ran
for the same message (a result that could have been kept). Inputs default to bench_analyze's;
--middle keeps the messages between the 25th and 75th percentile of warm analysis time (bench_analyze's median).
"""
from __future__ import annotations

import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from knowledge import derived_cache  # noqa: E402  (patched below, before the analyzer is imported)

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
RECORDED: list[tuple[re.Pattern[str], str, tuple, dict, str]] = []
_ON = [False]


class _Recorded:
    """Stands in for a compiled pattern: the same attributes and answers, each call recorded while _ON."""

    __slots__ = ("_pattern",)

    def __init__(self, pattern: re.Pattern[str]) -> None:
        object.__setattr__(self, "_pattern", pattern)

    def __getattr__(self, name: str):
        return getattr(self._pattern, name)

    def __hash__(self) -> int:
        return hash(self._pattern)

    def __eq__(self, other: object) -> bool:
        return self._pattern == (other._pattern if isinstance(other, _Recorded) else other)


def _recording(method: str):
    def call(self, *args, **kwargs):
        if _ON[0]:
            caller = sys._getframe(1)  # noqa: SLF001 - the call site is the point
            site = f"{Path(caller.f_code.co_filename).name}:{caller.f_lineno}"
            RECORDED.append((self._pattern, method, args, kwargs, site))
        return getattr(self._pattern, method)(*args, **kwargs)
    return call


for _name in _METHODS:
    setattr(_Recorded, _name, _recording(_name))


def _wrapping(compile_fn):
    def wrapped(*args, **kwargs):
        found = compile_fn(*args, **kwargs)
        return _Recorded(found) if isinstance(found, re.Pattern) else found
    return wrapped


def install() -> None:
    """Wrap every pattern compiled from now on (call before importing the analyzer)."""
    derived_cache.compile = _wrapping(derived_cache.compile)
    re.compile = _wrapping(re.compile)
    re._compile = _wrapping(re._compile)  # noqa: SLF001 - what re.search(source, …) and the others go through


def _replayed(pattern: re.Pattern[str], method: str, args: tuple, kwargs: dict) -> int:
    best = None
    for _ in range(5):
        start = time.perf_counter_ns()
        found = getattr(pattern, method)(*args, **kwargs)
        if method == "finditer":
            for _m in found:
                pass
        spent = time.perf_counter_ns() - start
        best = spent if best is None else min(best, spent)
    return best or 0


def _literal_first(source: str) -> bool:
    from re import _parser  # noqa: PLC0415

    from analyzer.firstchar import _starts_with_literal  # noqa: PLC0415

    try:
        return _starts_with_literal(_parser.parse(source))
    except re.error:
        return True


def profile(texts: list[str]) -> tuple[dict, int]:
    """Per (site, method, pattern): [calls, ns replayed, repeated calls, literal-first]; and the calls in all."""
    from analyzer import analyze  # noqa: PLC0415

    sites: dict[tuple[str, str, str], list] = defaultdict(lambda: [0, 0, 0, True])
    first: dict[str, bool] = {}
    total = 0
    for text in texts:
        RECORDED.clear()
        _ON[0] = True
        try:
            analyze(text)
        finally:
            _ON[0] = False
        seen: set = set()
        for pattern, method, args, kwargs, site in RECORDED:
            source = pattern.pattern if isinstance(pattern.pattern, str) else repr(pattern.pattern)
            entry = sites[(site, method, source)]
            entry[0] += 1
            entry[1] += _replayed(pattern, method, args, kwargs)
            try:
                key = (id(pattern), method, args, tuple(sorted(kwargs.items())))
                entry[2] += key in seen
                seen.add(key)
            except TypeError:  # an unhashable argument (a replacement function is hashable; a list is not)
                pass
            if source not in first:
                first[source] = _literal_first(source)
            entry[3] = first[source]
        total += len(RECORDED)
    return sites, total


def main() -> None:
    install()
    from bench_analyze import DEFAULT, load  # noqa: PLC0415

    from analyzer import analyze  # noqa: PLC0415

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    top = next((int(a.split("=", 1)[1]) for a in sys.argv[1:] if a.startswith("--top=")), 30)
    texts = load([Path(p) for p in args] or DEFAULT)
    for t in texts:
        analyze(t)  # warm: every pattern compiled, every scanner built
    if "--middle" in sys.argv:
        from stage_profile import middle_half  # noqa: PLC0415

        texts = middle_half(texts, analyze)
    sites, calls = profile(texts)
    n = len(texts) or 1
    whole = sum(e[1] for e in sites.values())
    scanned = sum(e[1] for e in sites.values() if not e[3])
    repeated = sum(e[1] * e[2] / e[0] for e in sites.values() if e[0])
    print(f"messages: {len(texts)}; regex calls a message: {calls / n:.1f}; replayed alone (warm, best of 5): "
          f"{whole / n / 1000:.1f} µs a message")
    print(f"  of which patterns re must try at every position (-): {scanned / n / 1000:.1f} µs;"
          f" repeated calls (same pattern and arguments, same message): {repeated / n / 1000:.1f} µs")
    for (site, method, source), (count, ns, dup, lit) in sorted(sites.items(), key=lambda kv: -kv[1][1])[:top]:
        print(f"  {ns / n / 1000:6.2f} µs {count / n:5.2f}x {'L' if lit else '-'} {'dup' if dup else '   '} "
              f"{site:28s} {method:8s} {len(source):6d} chars  {source[:40]!r}")


if __name__ == "__main__":
    main()
