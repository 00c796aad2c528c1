"""The file of compiled patterns and parsed data kept between processes (knowledge/derived_cache.py):
what it serves is what the code builds now, a changed source is never answered from an old
entry, and a file written by other code, another Python or damaged on disk is not used."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from re import _compiler, _parser  # noqa: PLC2701

import pytest

from analyzer import firstchar, prefilter
from knowledge import derived_cache
from knowledge.registry import DATA_DIR

MESSAGE = "【XX金融】张某某，您的借款已逾期30天，请于今日内还款，否则将联系您的家人和单位。"


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache directory for this test; what the session had in memory is put back afterwards."""
    saved = derived_cache._file, dict(derived_cache._fresh), set(derived_cache._used), dict(derived_cache._values)
    monkeypatch.setenv("CUISHOU_CACHE_DIR", str(tmp_path))
    derived_cache.clear_memory()
    yield tmp_path / derived_cache.FILE_NAME
    derived_cache.clear_memory()
    derived_cache._file = saved[0]
    derived_cache._fresh.update(saved[1])
    derived_cache._used.update(saved[2])
    derived_cache._values.update(saved[3])


def _code(source: str, flags: int = 0) -> tuple[int, int, list[int]]:
    parsed = _parser.parse(source, flags)
    return flags | parsed.state.flags, parsed.state.groups, [int(c) for c in _compiler._code(parsed, flags)]


def _served(source: str, flags: int = 0) -> tuple[int, int, list[int]]:
    hit, (final, groups, _groupindex, code) = derived_cache._lookup(derived_cache._key("re", str(flags), source))
    assert hit
    words = derived_cache.array(derived_cache._TYPECODE)
    words.frombytes(code)
    return final, groups, words.tolist()


def test_every_kept_entry_is_what_the_code_builds_now(own_cache: Path) -> None:
    """Build the analyzer's patterns into a fresh file, read them back from it in a new process, and
    recompute each: pattern code, prefilter gates, literal-first rewrites and parsed TOML."""
    probe = "import sys; from webapp import cli; cli.main(['analyze', '--json', sys.argv[1]])"
    env_run = dict(os.environ, CUISHOU_CACHE_DIR=str(own_cache.parent))
    first = subprocess.run([sys.executable, "-c", probe, MESSAGE], capture_output=True, text=True, timeout=300,
                           env=env_run, check=True)
    assert own_cache.exists() and own_cache.stat().st_size > 100_000
    second = subprocess.run([sys.executable, "-c", probe, MESSAGE], capture_output=True, text=True, timeout=300,
                            env=env_run, check=True)
    assert first.stdout == second.stdout  # the same report from compiled and from kept patterns

    # Every (source, flags) the modules and the rules compile, answered from the file, equals re's own code.
    from analyzer import get_analyzer

    analyzer = get_analyzer()
    sources = {(p.pattern, 0) for p in analyzer.rules.all_patterns()}
    index = derived_cache._entries()
    checked = 0
    for source, flags in sources:
        key = derived_cache._key("re", str(flags), source)
        if key in index:
            assert _served(source, flags) == _code(source, flags), source[:80]
            checked += 1
    for rule in analyzer.rules:
        for pattern, branch_gates in zip(rule.patterns, rule.branch_gates):
            key = derived_cache._key("prefilter.gated_branches", prefilter._STAMP, pattern.pattern)
            if key in index:
                hit, (flags, kept) = derived_cache._lookup(key)
                assert hit and (flags, kept) == prefilter._parsed_branch_gates(pattern.pattern)
                checked += 1
    for source, _flags in sources:
        key = derived_cache._key("firstchar.literal_first", firstchar._STAMP, source)
        if key in index:
            assert derived_cache._lookup(key)[1] == firstchar._literal_first(source)
            checked += 1
    for path in sorted(DATA_DIR.rglob("*.toml")):
        text = path.read_text(encoding="utf-8")
        if derived_cache._key("tomllib.loads", "1", text) in index:
            assert derived_cache.loads_toml(text) == tomllib.loads(text), path.name
            checked += 1
    assert checked > 1000  # the file really held the analyzer's patterns


def test_a_changed_source_is_compiled_afresh(own_cache: Path) -> None:
    old, new = r"(将|会)(起诉|上门)", r"(将|会)(起诉|上门|曝光)"
    assert derived_cache.compile(old).pattern == old
    derived_cache.save()
    derived_cache.clear_memory()
    fresh = derived_cache.compile(new)
    assert fresh.search("我们会曝光你").group(0) == "会曝光"
    assert _served(new) == _code(new) != _code(old)
    # the gates and rewrite of the new source, not the old one's
    assert prefilter.gates(new) == prefilter._computed_gates(new) != prefilter._computed_gates(old)
    assert firstchar.literal_first(new) == firstchar._literal_first(new)


def test_a_changed_data_file_is_parsed_afresh(own_cache: Path) -> None:
    text = 'a = 1\nwhen = 2026-12-05\n[t]\nb = ["x", "y"]\n'
    assert derived_cache.loads_toml(text) == tomllib.loads(text)
    derived_cache.save()
    derived_cache.clear_memory()
    changed = text.replace('"y"', '"z"')
    assert derived_cache.loads_toml(changed)["t"]["b"] == ["x", "z"]
    assert derived_cache.loads_toml(text) == tomllib.loads(text)  # a date comes back a date
    kept = derived_cache.loads_toml(text)
    kept["a"] = 2  # a caller's copy: the next caller still gets the file's value
    assert derived_cache.loads_toml(text)["a"] == 1
    with pytest.raises(tomllib.TOMLDecodeError):
        derived_cache.loads_toml("a = ")


def test_values_of_a_changed_module_are_not_served(own_cache: Path) -> None:
    calls: list[str] = []

    def compute(source: str) -> str:
        calls.append(source)
        return source.upper()

    assert derived_cache.memo("test.ns", "stamp-a", "abc", compute) == "ABC"
    derived_cache.save()
    derived_cache.clear_memory()
    assert derived_cache.memo("test.ns", "stamp-a", "abc", compute) == "ABC" and calls == ["abc"]
    assert derived_cache.memo("test.ns", "stamp-b", "abc", lambda s: "new") == "new"


def _write_one(own_cache: Path) -> bytes:
    derived_cache.compile(r"逾期\d+天")
    derived_cache.save()
    derived_cache.clear_memory()
    return own_cache.read_bytes()


def test_a_file_from_other_code_or_python_is_not_read(own_cache: Path) -> None:
    blob = _write_one(own_cache)
    magic, stamp, rest = blob.split(b"\n", 2)
    own_cache.write_bytes(magic + b"\n" + stamp.replace(b"3.", b"9.", 1) + b"\n" + rest)
    assert derived_cache._entries() == {}
    assert derived_cache.compile(r"逾期\d+天").search("已逾期12天").group(0) == "逾期12天"


def test_a_damaged_file_or_entry_is_not_used(own_cache: Path) -> None:
    blob = bytearray(_write_one(own_cache))
    blob[-3] ^= 0xFF  # inside the one entry: its crc32 no longer matches
    own_cache.write_bytes(bytes(blob))
    key = derived_cache._key("re", "0", r"逾期\d+天")
    assert key in derived_cache._entries() and derived_cache._read(key) is None
    assert derived_cache.compile(r"逾期\d+天").search("已逾期12天").group(0) == "逾期12天"
    derived_cache.clear_memory()
    own_cache.write_bytes(bytes(blob[:40]))  # truncated
    assert derived_cache._entries() == {}


def test_bad_patterns_still_fail(own_cache: Path) -> None:
    for bad in ["(", "(?<=a+)b", "[z-a]"]:
        with pytest.raises(re.error):
            derived_cache.check(bad)
        with pytest.raises(re.error):
            derived_cache.compile(bad)
    derived_cache.save()
    derived_cache.clear_memory()
    with pytest.raises(re.error):
        derived_cache.check("(?<=a+)b")


def test_compile_matches_re_compile(own_cache: Path) -> None:
    for source, flags in [(r"(?P<n>\d+)元", 0), (r"(?i)ABC|x", 0), ("abc", re.IGNORECASE), (r"(?<![不没])会", 0)]:
        mine, theirs = derived_cache.compile(source, flags), re.compile(source, flags)
        assert (mine.pattern, mine.flags, mine.groups, mine.groupindex) == \
            (theirs.pattern, theirs.flags, theirs.groups, theirs.groupindex)
        text = "共12元，abc ABC x 会 不会"
        assert [m.span() for m in mine.finditer(text)] == [m.span() for m in theirs.finditer(text)]


def test_turned_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CUISHOU_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert derived_cache.cache_file() is None
    derived_cache.save()  # nothing to write to
    assert not any(tmp_path.iterdir())
