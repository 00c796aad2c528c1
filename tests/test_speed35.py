"""speed35: the debt gate's private-creditor search (debt_private.PRIVATE_DEBT) is searched in parts that re can scan
by first character (analyzer/split_search.AnySearch), with the whole pattern's answer.

gate35's branch (a clause boundary, then up to eight characters, then 房租/利息 due) cannot be rewritten to begin
with a literal, and with it in the alternation re tried all 41 branches at every position: about 70 µs a search
(a quarter of names_debt). Here: the parts answer as the whole pattern over the rules' own examples, the bench and
ordinary messages and those texts with a character dropped or doubled; the scanned part begins with a literal and
every part searched alone is gated on characters each of its matches holds; messages the private frame decides
keep their verdicts, and their ordinary twins stay quiet."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from re import _parser as P  # noqa: PLC2701

from analyzer import analyze
from analyzer import debt_context as dc
from analyzer import debt_private, firstchar
from analyzer.document import parse
from analyzer.prefilter import any_branch_keys
from analyzer.split_search import AnySearch
from knowledge import registry

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    texts = []
    for rule in registry.rules():
        texts += list(rule.must_match) + list(rule.must_not_match)
    files = sorted((ROOT.parent / "shared" / "eval").glob("*.jsonl")) + \
        sorted((ROOT / "tests" / "data" / "ordinary").glob("*.jsonl"))
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and isinstance(json.loads(line).get("text"), str):
                texts.append(json.loads(line)["text"])
    return list(dict.fromkeys(texts))


def _near(texts: list[str], seed: int = 35) -> list[str]:
    """Each text with one character dropped and one doubled (near misses of the frames)."""
    rng = random.Random(seed)
    out = []
    for t in texts:
        if len(t) > 2:
            i = rng.randrange(len(t))
            out += [t[:i] + t[i + 1:], t[:i] + t[i] + t[i:]]
    return out


# Written for this test (not from a data file): each private-creditor branch kind, gate35's rent and interest due,
# and the ordinary neighbours of both.
OWN = [
    "房租该交了哈，老规矩转我微信就行",
    "这个月的利息今天该给了，转我就行",
    "房租还没收到哦，方便的时候转一下",
    "，月租到期了，打给我吧",
    "我房租该交了，你转我一下",  # (the writer's own rent: 我 before 房租)
    "房租已收到，谢谢",
    "那笔钱什么时候给？",
    "那八万块你打算拖到什么时候",
    "借条在我手上，你自己看着办",
    "说好月底还的呢",
    "那本书什么时候给我",
    "利息怎么算的？",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    base = _texts() + OWN
    folded = [parse(t).f for t in base]
    return list(dict.fromkeys(base + folded + _near(base)))


def test_private_debt_is_split() -> None:
    """The pattern the debt gate searches is searched in parts (on main it was one unscanned alternation)."""
    assert isinstance(debt_private.PRIVATE_DEBT, AnySearch)
    assert dc.PRIVATE_DEBT is debt_private.PRIVATE_DEBT


def _scanned(source: str) -> bool:
    return firstchar._starts_with_literal(P.parse(source))  # noqa: SLF001


def test_parts_are_scanned_or_gated() -> None:
    """The scanned part begins with a literal (re skips to where a match can start); every part searched alone
    has characters one of which each of its matches holds (it is searched only where one occurs)."""
    found = debt_private.PRIVATE_DEBT
    assert found._scanned is not None and _scanned(found._scanned.pattern)  # noqa: SLF001
    assert found._alone  # noqa: SLF001 - gate35's branch
    for chars, part in found._alone:  # noqa: SLF001
        assert chars, part.pattern


def test_same_answer_as_whole_pattern(texts: list[str]) -> None:
    whole = re.compile(debt_private.PRIVATE_DEBT.pattern)
    split = debt_private.PRIVATE_DEBT
    differ = [t for t in texts if bool(whole.search(t)) != bool(split.search(t))]
    assert not differ, differ[:5]
    assert sum(bool(whole.search(t)) for t in texts) > 50  # (the texts do reach the frame)


def test_alone_gate_holds(texts: list[str]) -> None:
    """A part searched alone matches only texts holding one of its gate characters (the gate loses nothing)."""
    for chars, part in debt_private.PRIVATE_DEBT._alone:  # noqa: SLF001
        for t in texts:
            if part.search(t):
                assert any(c in t for c in chars), (part.pattern[:40], t)


def test_gate_keys_unchanged() -> None:
    """The debt gate's key check for the private frame reads the same source: the same keys."""
    assert dc._PRIVATE_KEYS == any_branch_keys(re.compile(debt_private.PRIVATE_DEBT.pattern))  # noqa: SLF001


@pytest.mark.parametrize("source, text", [
    ("abc|x(?<=^x)y", "zxy"),  # a look-behind at the start that cannot be rewritten: whole, same answer
    (r"(a)\1|b", "aa"),  # a back-reference: not split
    ("abc", "zabc"),  # no alternation
    (r"[^x]{0,3}(房租|利息)该交|那笔钱", "嗯房租该交"),
    (r"[^x]{0,3}(房租|利息)该交|那笔钱", "那笔钱"),
    (r"[^x]{0,3}(房租|利息)该交|那笔钱", "什么都没有"),
], ids=["lookbehind", "backref", "plain", "alone-hit", "scanned-hit", "miss"])
def test_any_search_answers_as_re(source: str, text: str) -> None:
    assert bool(AnySearch(source).search(text)) == bool(re.search(source, text))


def test_any_search_splits_what_it_can() -> None:
    split = AnySearch(r"[^x]{0,3}(房租|利息)该交|那笔钱|(你|您)的借条")
    assert split._scanned is not None and _scanned(split._scanned.pattern)  # noqa: SLF001
    assert [sorted(chars) for chars, _ in split._alone] == [["该"]]  # noqa: SLF001 - its rarest required literal


@pytest.mark.parametrize("text, verdict", [
    ("房租该交了哈，这个月的还是老规矩转我微信", "reminder"),
    ("那笔钱到底什么时候给？都拖了三个月了", "reminder"),
    ("房租已收到，谢谢，下个月也是老规矩", "not_collection"),
    ("周末一起吃饭吗？老地方见", "not_collection"),
], ids=["rent-due", "that-sum", "rent-received", "dinner"])
def test_private_frame_verdicts(text: str, verdict: str) -> None:
    assert analyze(text).verdict.label == verdict
