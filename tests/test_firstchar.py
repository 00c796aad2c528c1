"""The scanning shortcuts change no result: patterns rewritten for re's first-character scan
(analyzer/firstchar.py) find the same spans, and a prefilter gate (analyzer/prefilter.py)
never skips a pattern that matches."""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import pytest

from analyzer.detectors.reader import frames
from analyzer.document import parse
from analyzer.firstchar import literal_first, scanner
from analyzer.prefilter import GateIndex, gated_branches, gates, passes, text_keys

sys.path.insert(0, str(Path(__file__).resolve().parent))
import adversarial  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"


def _has_first_char_scan(pattern: re.Pattern[str]) -> bool:
    from re import _compiler, _parser

    parsed = _parser.parse(pattern.pattern)
    return bool(_compiler._get_literal_prefix(parsed, 0)[0]) or bool(_compiler._get_charset_prefix(parsed, 0))


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """Folded texts of real messages (what the patterns run on)."""
    out = []
    for path in sorted(DATA.glob("*.jsonl")) + sorted((DATA / "fresh").glob("*.jsonl")) + [DATA / "ordinary" / "ordinary.jsonl"]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(parse(json.loads(line)["text"]).f)
    assert len(out) > 2000
    return out


@pytest.fixture(scope="module")
def engine_patterns(analyzer) -> list[tuple[str, re.Pattern[str], list[str]]]:
    """Every pattern the rule engine and the reader detector scan, with the examples of its rule."""
    out = []
    for rule in analyzer.rules:
        examples = [parse(t).f for t in rule.record.must_match + rule.record.must_not_match]
        near = tuple(p for _, p in rule.unless_near)  # `unless` entries judged around each match
        for p in rule.patterns + rule.requires + rule.excludes + ((rule.unless,) if rule.unless else ()) + near:
            out.append((rule.record.id, p, examples))
    for frame in frames():
        examples = [parse(t).f for t in frame.must_match + frame.must_not_match]
        near = tuple(p for _, p in frame.unless_near)
        out += [(frame.id, p, examples)
                for p in frame.patterns + frame.requires + ((frame.unless,) if frame.unless else ()) + near]
    return out


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_rewritten_patterns_find_the_same_spans(engine_patterns, texts):
    rnd = random.Random(12)
    rewritten = 0
    for name, pattern, examples in engine_patterns:
        fast = scanner(pattern)
        if fast.pattern == pattern.pattern:
            continue
        rewritten += 1
        assert _has_first_char_scan(fast), f"{name}: rewrite gives re no first-character scan"
        units = list(adversarial.units(pattern).values()) or ["x"]
        generated = ["".join(rnd.choice(units) for _ in range(rnd.randint(1, 8))) for _ in range(40)]
        for text in texts + examples + generated:
            assert _spans(fast, text) == _spans(pattern, text), f"{name} /{pattern.pattern[:50]}/ on {text[:60]!r}"
            if len(text) > 4:  # search(pos, endpos), as exclusions are checked inside a clause
                lo, hi = rnd.randint(0, len(text) // 2), rnd.randint(len(text) // 2, len(text))
                a, b = pattern.search(text, lo, hi), fast.search(text, lo, hi)
                assert (a and a.span()) == (b and b.span()), f"{name} on {text[:60]!r} [{lo}:{hi}]"
    # Most of the engine's patterns that re could not scan for now can be (about 150 of 390).
    assert rewritten > len(engine_patterns) // 4


@pytest.mark.parametrize(("source", "text"), [
    (r"(移交|上报)(至|给)?公安|立案侦查", "已移交公安，已上报给公安，将立案侦查"),
    (r"请?(于|在)[^,。]{1,6}前", "请于3日前还款,在今晚前处理,于明天前"),
    (r"(?<![不没])(将|会)(起诉|上门)", "不将起诉，没会上门，会上门，将起诉"),
    (r"(?<!已)还款(?!日)|还钱", "已还款，还款日，请还款，还钱"),
    (r"(ab|a)(c|bcd)(d*)|(b)c", "abcd abcdd acd bc"),  # order of alternatives decides the match
    (r"x??y|[xy]z", "xy y xz yz"),  # a lazy optional part: without it first
    (r"[ab]x|(c|d)y", "ax bx cy dy ay cx"),  # a class of literals first: one branch per character
    (r"(^|[,，])欠你|我欠", "欠你的，欠你,欠你 我欠你"),  # ^ first: a look-behind after the first character
    (r"(?<![a-z.])(x{3,5}|\*{2,})\.cn|y+?z|w{1,2}+v", "xxxxxx.cn axxx.cn xxx.cn **.cn yyz wwwv wv"),  # a repeat first
    (r"[a-c]盾|[4-6四]位数?", "a盾 d盾 5位 7位 四位数"),  # a small class with ranges: one branch per character
])
def test_literal_first_keeps_matches(source, text):
    new = literal_first(source)
    assert new != source
    assert _has_first_char_scan(re.compile(new))
    assert _spans(re.compile(new), text) == _spans(re.compile(source), text)


def test_literal_first_rewrites_only_the_head_when_distributing_it_grows_too_long():
    # A lexicon class with optional parts, a gap and a second long class (cov14p.pressure.condition_step):
    # written out once per branch of the head it would pass _MAX_LENGTH; the head alone is rewritten.
    rest = "[^。]{0,16}(?:" + "|".join(chr(0x4E00 + i) + chr(0x6000 + i) for i in range(3000)) + ")"
    source = "(?:(?:如果|若|要是)?(?:不还|拖欠)|否则)" + rest
    new = literal_first(source)
    assert new != source and new.startswith("(?:") and new.endswith(rest[-40:])
    assert len(new) < 2 * len(source)
    assert _has_first_char_scan(re.compile(new))
    text = "如果不还一" + chr(0x6000) + "，拖欠" + chr(0x4E00 + 999) + chr(0x6000 + 999) + "。否则一一，若拖欠 丁" + chr(0x6002) + "，要是没还一" + chr(0x6000)
    assert _spans(re.compile(new), text) == _spans(re.compile(source), text) != []


@pytest.mark.parametrize("source", [
    r"(a)\1|b",  # a back-reference needs its group
    r"(?i)(a|b)c|d",  # flags
    r"(?P<name>a|b)c|d",  # a named group someone may read
    r"逾期|催收",  # re already scans for the first characters
    r"\d+元|(a|b)",  # a category class first: nothing to gain
])
def test_literal_first_leaves_what_it_cannot_or_need_not_rewrite(source):
    assert literal_first(source) == source


def test_gates_never_skip_a_pattern_that_matches(engine_patterns, texts):
    skipped_somewhere = False
    text_and_keys = [(text, text_keys(text)) for text in texts]
    for name, pattern, examples in engine_patterns:
        pattern_gates = gates(pattern.pattern)
        branches = gated_branches(pattern.pattern)[1]  # how the rule engine indexes a rule's own patterns
        for text, keys in text_and_keys + [(text, text_keys(text)) for text in examples]:
            if pattern.search(text):
                assert passes(pattern_gates, keys), f"{name}: gate {pattern_gates} skips a match in {text[:60]!r}"
                assert any(passes(g, keys) for g in branches), f"{name}: branch gates skip a match in {text[:60]!r}"
            elif not passes(pattern_gates, keys):
                skipped_somewhere = True
    assert skipped_somewhere  # the gates do skip work


def test_branch_gates_are_finer_than_the_joined_gates_of_an_alternation():
    # Two frames of five word classes each (25 choices of a class per branch, more than _MAX_JOINS): the
    # pattern's own gates keep one join, a class of each branch; each branch keeps all five of its classes.
    def words(base: int) -> str:
        return "(" + "|".join(chr(base + i) + chr(base + 0x100 + i) for i in range(12)) + ")"
    first, second = ([words(0x4E00 + 0x200 * (5 * b + k)) for k in range(5)] for b in range(2))
    pattern = "[^,]{0,4}".join(first) + "|" + "[^,]{0,4}".join(second)
    branches = gated_branches(pattern)[1]
    assert len(branches) == 2
    text = first[0][1:3] + "，" + second[0][1:3]  # a word of each branch's first class, nothing else
    assert passes(gates(pattern), text_keys(text))
    assert not any(passes(g, text_keys(text)) for g in branches)
    whole = "".join(w[1:3] for w in first)  # every class of the first branch
    assert re.search(pattern, whole) is None or any(passes(g, text_keys(whole)) for g in branches)
    assert gated_branches(r"(?:a|b)c")[1] == (gates(r"(?:a|b)c"),)  # no top-level alternation: the pattern's gates


def test_an_alternation_gives_a_gate_for_every_join_of_its_branches_word_sets():
    # Each branch needs 你, a body part and a harm: so does every match, whichever branch it takes.
    pattern = r"(把|给)你的?(手|脚)[^,]{0,6}(打断|砍掉)|(打断|砍掉)你的(手|脚)"
    found = gates(pattern)
    assert frozenset({"手", "脚"}) in found and frozenset({"打断", "砍掉"}) in found
    assert not passes(found, text_keys("把你的手机拿来给我"))  # one gate of {你} alone let this through
    assert passes(found, text_keys("小心打断你的手"))


def test_gate_index_gives_the_items_whose_gates_pass():
    items = [gates(p) for p in (r"逾期", r"上门|家访", r"[0-9]+", r"(通知|联系)[^,]{0,4}(家人|单位)", r"请勿")]
    index = GateIndex(items)
    for text in ("您已逾期，将上门", "通知你家人", "12345", "通知单位", "请勿轻信", "联系"):
        keys = text_keys(text)
        assert index.candidates(keys) == [i for i, g in enumerate(items) if passes(g, keys)]
    assert index.candidates(text_keys("你好")) == [2]  # the digit pattern has no gate: always a candidate
    # Items with more gates than others, and extra gates on a gateless item (a rule's context patterns).
    many = [gates(p) for p in (r"(通知|联系)[^,]{0,4}(家人|单位)[^,]{0,4}(上门|家访)", r"逾期", r"\d+")]
    index = GateIndex(many, [(), (), (frozenset({"上门"}),)])
    for text in ("通知家人上门", "通知家人", "逾期上门", "上门", "12"):
        keys = text_keys(text)
        expected = [i for i, g in enumerate(many) if passes(g, keys) and (i != 2 or "上门" in keys)]
        assert index.candidates(keys) == expected, text


def test_scanner_rewrites_only_patterns_without_flags():
    plain = re.compile(r"(移交|上报)公安|立案")
    assert scanner(plain).pattern != plain.pattern
    assert _spans(scanner(plain), "已移交公安并立案") == _spans(plain, "已移交公安并立案")
    flagged = re.compile(r"(ab|cd)e|f", re.IGNORECASE)  # flags given to compile() are not in the source
    assert scanner(flagged) is flagged
