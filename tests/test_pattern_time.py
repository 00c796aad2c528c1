"""No input may make the analyzer's time grow faster than its length (issue 14).

Every regular expression the analyzer and the knowledge loader run is discovered generically
(module globals and containers, the built Analyzer's compiled rules and lender index, and
re.*(r"...") calls written inline, read with ast; see tests/adversarial.py), so a rule or
detector added later is checked without editing this file. For each one, adversarial inputs
are generated: every character class of the pattern repeated, each matching example repeated,
each matching prefix repeated without its closing part (near-misses), and fixed families
(digits, full-width digits, CJK, spaces, symbols…). Time at n and 4n characters: linear is
about 4x, quadratic 16x; a ratio above 12 on a run slower than a floor fails.

Timings are best-of-3 with the garbage collector off; the floors keep sub-millisecond runs,
whose ratios are noise, from failing.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import adversarial  # noqa: E402

N = 2_500  # 4N = 10,000, the analyzer's limit
MAX_RATIO = 12.0  # linear is ~4x (measured up to 9x for bounded patterns with many matches)
PATTERN_FLOOR = 0.005  # s at 4N: below this a bare pattern is not judged
ANALYZE_FLOOR = 0.060  # s at 4N for analyze(): a typical 10,000-character message takes ~15 ms
MAX_VS_TYPICAL = 15.0  # the bound: no 10,000-character input over 15x a typical one
DATA = Path(__file__).resolve().parent / "data" / "messages.jsonl"


def typical_text(length: int = 4 * N) -> str:
    """Real messages from tests/data, joined until `length` characters."""
    texts = [json.loads(line)["text"] for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = ""
    while len(out) < length:
        for t in texts:
            out += t + "\n"
            if len(out) >= length:
                break
    return out[:length]


@pytest.fixture(scope="module")
def patterns():
    found = adversarial.discover()
    names = " ".join(f.name for f in found)
    # The discovery must see the places the issue names, or it is not discovering anything.
    for where in ("analyzer.detectors.facts", "analyzer.document._NUMBER", "analyzer.document._URL",
                  "Analyzer().rules", "Analyzer().index.pattern", "analyzer.pipeline"):
        assert where in names, f"pattern discovery missed {where}"
    return found


@pytest.fixture(scope="module")
def typical_seconds(analyzer):
    text = typical_text()
    analyzer.analyze(text)
    return adversarial.best_of(lambda: analyzer.analyze(text))


def test_discovery_finds_rule_patterns_and_inline_ones(patterns, analyzer):
    sources = {f.pattern.pattern for f in patterns}
    for rule in analyzer.rules:
        for p in rule.patterns + rule.requires + rule.excludes:
            assert p.pattern in sources, f"{rule.record.id}: {p.pattern[:40]} not discovered"
    assert any(":" in f.name and f.how == "match" for f in patterns), "inline re.match calls are not read"


def test_generator_builds_near_misses_of_the_deadline_pattern():
    from analyzer.detectors.facts import _FACTS

    deadline = dict(_FACTS)["deadline"]
    units = adversarial.units(deadline)
    assert "1" in units.values() and "１" in units.values()  # the digit class and full-width digits
    assert any(u.startswith("1") and len(u) > 1 and not deadline.search(u) for u in units.values())


@pytest.fixture(scope="module")
def screened(patterns):
    """Per pattern: the inputs that grew faster than linear (timed at N and 4N) and its
    slowest input, which the analyze() test reuses."""
    return [(found, *adversarial.screen(found, N, PATTERN_FLOOR)) for found in patterns]


def test_every_pattern_is_linear_on_adversarial_input(screened):
    slow = []
    for found, timings, _ in screened:
        for t in timings:
            if t.large > PATTERN_FLOOR and t.ratio > MAX_RATIO:
                slow.append(f"{found.name} /{found.pattern.pattern[:60]}/ on {t.family} ({t.unit[:12]!r} repeated): "
                            f"{t.small * 1000:.1f} ms at {N}, {t.large * 1000:.1f} ms at {4 * N} ({t.ratio:.1f}x)")
    assert not slow, "super-linear patterns:\n" + "\n".join(slow)


def _analyze_units(screened) -> dict[str, str]:
    """The fixed families plus, per pattern, its slowest input."""
    chosen = dict(adversarial.FAMILIES)
    for found, _, (family, unit) in screened:
        chosen.setdefault(f"{found.name}: {family}", unit)
    unique: dict[str, str] = {}
    for name, unit in chosen.items():
        if unit and unit not in unique.values():
            unique[name] = unit
    return unique


def test_analyze_is_linear_and_bounded_on_adversarial_input(screened, analyzer, typical_seconds):
    bound = MAX_VS_TYPICAL * typical_seconds
    slow = []
    for name, unit in _analyze_units(screened).items():
        small_text, large_text = adversarial.build(unit, N), adversarial.build(unit, 4 * N)
        large = adversarial.best_of(lambda: analyzer.analyze(large_text), 1)
        if large < ANALYZE_FLOOR and large < bound:
            continue
        large = adversarial.best_of(lambda: analyzer.analyze(large_text))
        small = adversarial.best_of(lambda: analyzer.analyze(small_text))
        ratio = large / max(small, 1e-9)
        if large > bound or (large > ANALYZE_FLOOR and ratio > MAX_RATIO):
            slow.append(f"{name} ({unit[:12]!r} repeated): {small * 1000:.0f} ms at {N}, {large * 1000:.0f} ms at "
                        f"{4 * N} ({ratio:.1f}x; typical message {typical_seconds * 1000:.0f} ms)")
    assert not slow, "inputs that stall the analyzer:\n" + "\n".join(slow)


@pytest.mark.parametrize("unit", ["1", "１", "逾期", "逾 期 ", "1,", "【a银行", "户名", "一", " ", "\U0001F600", "请勿上门"],
                         ids=["digits", "full-width-digits", "overdue", "overdue-spaced", "digit-comma",
                              "open-signature", "account-name", "cjk", "spaces", "emoji", "negated"])
def test_named_inputs_stay_within_15x_of_a_typical_message(unit, analyzer, typical_seconds):
    text = adversarial.build(unit, 4 * N)
    analyzer.analyze(text)
    seconds = adversarial.best_of(lambda: analyzer.analyze(text))
    assert seconds <= MAX_VS_TYPICAL * max(typical_seconds, 0.005), (
        f"{unit!r} x {4 * N}: {seconds * 1000:.0f} ms against {typical_seconds * 1000:.0f} ms for a typical message")


# One long clause of negated matches: analyzer/rules.py judged each match by walking back over
# its clause and searching the negation markers again (0.35-2.3 s at 10,000 chars before the
# clause reach bound, ~60 ms with it); Clauses now finds clause ends and markers once per text.
@pytest.mark.parametrize("unit", ["请勿恶意拖欠", "我司不会上门", "已经将起诉"])
def test_repeated_negated_matches_in_one_clause(unit, analyzer, typical_seconds):
    text = adversarial.build(unit, 4 * N)
    seconds = adversarial.best_of(lambda: analyzer.analyze(text), 1)
    assert seconds <= MAX_VS_TYPICAL * max(typical_seconds, 0.005), f"{seconds * 1000:.0f} ms"
