"""Rule patterns compiled on first use (analyzer/lazy_pattern.py): they behave as re.compile,
a server's warm() compiles them all, and a cold `cuishou analyze` compiles only what it scans."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from analyzer.lazy_pattern import LazyPattern
from analyzer.prefilter import gated_pattern
from knowledge.models import check_regex

SOURCES = [r"(移交|上报)(至|给)?公安", r"(?<![不没])(将|会)起诉", r"[0-9]{3,}元", r"(?P<x>借款)\d+"]


@pytest.mark.parametrize("source", SOURCES)
def test_lazy_pattern_matches_as_re_compile(source: str) -> None:
    text = "您将被移交公安，我们会起诉你，欠款3000元，借款12"
    plain, lazy = re.compile(source), gated_pattern(source)[0]
    assert (lazy.pattern, lazy.flags) == (plain.pattern, plain.flags)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert lazy.groups == plain.groups and lazy == plain
    assert LazyPattern(source).flags == plain.flags


@pytest.mark.parametrize("bad", ["(", "a{2,1}", "(?<=a+)b", "[z-a]", r"\k"])
def test_a_bad_pattern_still_fails_at_start_up(bad: str) -> None:
    with pytest.raises(re.error):
        gated_pattern(bad)
    with pytest.raises(re.error):
        check_regex(bad)


def test_warm_compiles_every_rule_pattern(analyzer) -> None:
    analyzer.warm()
    assert all(p.is_compiled for p in analyzer.rules.all_patterns())


def test_cold_analyze_compiles_only_what_it_scans() -> None:
    probe = (
        "import sys; from webapp import cli; cli.main(['analyze', '您的借款已逾期，请于今日还款。'])\n"
        "from analyzer import get_analyzer\n"
        "ps = list(get_analyzer().rules.all_patterns())\n"
        "print(sum(p.is_compiled for p in ps), len(ps), 'flask' in sys.modules, 'phonenumbers.geocoder' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    compiled, total, flask, geocoder = done.stdout.split()[-4:]
    assert int(compiled) < int(total) // 10
    assert (flask, geocoder) == ("False", "False")
