"""Lexicon classes, clause modality and the examples of every code detector and
reader frame (the pattern rules' examples run in tests/test_rules.py)."""
from __future__ import annotations

import pytest

from analyzer.detectors import catalog
from analyzer.detectors.reader import frames
from analyzer.lexicon import from_dict, load
from analyzer.modality import Modality, clause_bounds
from knowledge.errors import DataError

DETECTORS = catalog.load()


def _examples(field: str):
    for f in DETECTORS.values():
        for i, ex in enumerate(getattr(f, field)):
            yield pytest.param(f.id, ex, id=f"{f.id}#{i}")


@pytest.mark.parametrize(("fid", "example"), list(_examples("must_match")))
def test_detector_finding_fires_on_its_examples(analyzer, fid, example):
    report = analyzer.analyze(example.text, sender=example.sender, received_at=example.received_at)
    assert fid in {r for f in report.findings for r in f.rule_ids}, [f.rule_id for f in report.findings]


@pytest.mark.parametrize(("fid", "example"), list(_examples("must_not_match")))
def test_detector_finding_stays_quiet_on_counter_examples(analyzer, fid, example):
    report = analyzer.analyze(example.text, sender=example.sender, received_at=example.received_at)
    assert fid not in {r for f in report.findings for r in f.rule_ids}


def _reader_cases(field: str):
    for frame in frames():
        for i, text in enumerate(getattr(frame, field)):
            yield pytest.param(frame, text, id=f"{frame.id}#{i}")


@pytest.mark.parametrize(("frame", "text"), list(_reader_cases("must_match")))
def test_reader_frame_matches_its_examples(analyzer, frame, text):
    reader = analyzer.analyze(text).reader
    assert reader.role == "third_party"
    assert reader.excerpt == text[reader.start:reader.end]


@pytest.mark.parametrize(("frame", "text"), list(_reader_cases("must_not_match")))
def test_reader_frame_skips_its_counter_examples(analyzer, frame, text):
    assert analyzer.analyze(text).reader.rule_id != frame.id


_FRAME = {"id": "reader.test", "relation": "contact", "patterns": ["他在我们这借了钱"],
          "must_match": ["他在我们这借了钱，你帮忙找他"], "must_not_match": ["您的借款已逾期"]}


@pytest.mark.parametrize(("extra", "field"), [
    ({"requires": "你"}, "requires"),
    ({"unless": [""]}, "unless"),
    ({"requires": ["(未闭合"]}, "requires"),
    ({"unles": ["医院"]}, "unles"),
], ids=["requires-not-a-list", "unless-empty-item", "requires-bad-regex", "misspelt-field"])
def test_reader_frame_conditions_are_validated(extra, field):
    from analyzer.detectors.reader import compile_frames
    with pytest.raises(DataError) as exc:
        compile_frames({"reader": [{**_FRAME, **extra}]})
    assert "rules/reader.toml" in str(exc.value) and f"reader[0].{field}" in str(exc.value)


def test_reader_frame_requires_and_unless_decide_like_a_rules(analyzer):
    """A frame's `requires` and `unless` are judged as a rule's are: requires anywhere outside a negated clause,
    unless message-wide, and a scoped class ({anti_scam}) only around the match."""
    from analyzer.detectors.reader import compile_frames, detect
    from analyzer.document import parse
    (frame,) = compile_frames({"reader": [{**_FRAME, "requires": ["帮忙"], "unless": ["律师", "{anti_scam}"]}]})
    assert frame.requires and frame.unless is not None and frame.unless_near

    def stands(text: str) -> bool:
        doc = parse(text)
        clauses = analyzer.modality.clauses(doc.f)
        return any(frame.stands(clauses, m.start(), m.end()) for m in frame.patterns[0].finditer(doc.f)) \
            and frame.holds(clauses)
    assert stands("他在我们这借了钱，你帮忙找他")
    assert not stands("他在我们这借了钱，你去找他")           # requires not met
    assert not stands("他在我们这借了钱，你不要帮忙找他")      # requires only in a negated clause
    assert not stands("律师你好，他在我们这借了钱，你帮忙找他")  # unless, anywhere in the message
    doc = parse("他在我们这借了钱，你帮忙找他")
    assert detect(doc, analyzer.modality.clauses(doc.f), True).role == "third_party"  # the real frames agree


def test_every_detector_id_is_emitted_by_code():
    from pathlib import Path
    source = "".join(p.read_text(encoding="utf-8") for p in Path("analyzer/detectors").glob("*.py"))
    for fid in DETECTORS:
        assert f'"{fid}"' in source, fid


def test_lexicon_class_fills_a_slot():
    lex = load()
    import re
    pattern = re.compile(lex.expand("联系{you}的?{relative}"))
    for text in ("联系你家人", "联系您的父母", "联系你老婆孩子", "联系您家属"):
        assert pattern.search(text), text
    assert not pattern.search("联系客服")


def test_unknown_lexicon_class_names_the_file():
    with pytest.raises(DataError) as exc:
        load().expand("{no_such_class}", "rules/x.toml")
    assert "rules/x.toml" in str(exc.value) and "no_such_class" in str(exc.value)


def test_a_rule_file_may_bring_its_own_lexicon_classes_but_not_redefine_one():
    from analyzer.lexicon import merged
    base = {"lexicon": {"you": {"words": ["你"]}}, "modality": {"negation": "不", "done": "已", "future": "将"}}
    lex = from_dict(merged({"rules/lexicon.toml": base, "rules/extra.toml": {"lexicon": {"fee": {"words": ["解冻金"]}}}}))
    assert {"you", "fee"} <= set(lex.classes)
    with pytest.raises(DataError) as exc:
        merged({"rules/lexicon.toml": base, "rules/extra.toml": {"lexicon": {"you": {"words": ["您"]}}}})
    assert "rules/extra.toml" in str(exc.value) and "rules/lexicon.toml" in str(exc.value)


def test_lexicon_validation_names_the_field():
    with pytest.raises(DataError) as exc:
        from_dict({"lexicon": {"bad": {"patterns": ["("]}},
                   "modality": {"negation": "不", "done": "已", "future": "将"}})
    assert "lexicon.bad.patterns" in str(exc.value)
    with pytest.raises(DataError) as exc:
        from_dict({"lexicon": {"ok": {"words": ["a"]}}, "modality": {"negation": "不", "done": "已"}})
    assert "modality.future" in str(exc.value)


def test_a_class_pattern_naming_another_class_is_refused():
    # patterns inside a class are not expanded: "{you}" there would only ever match the literal braces
    with pytest.raises(DataError) as exc:
        from_dict({"lexicon": {"you": {"words": ["你"]}, "near": {"patterns": ["在({you})?家"]}},
                   "modality": {"negation": "不", "done": "已", "future": "将"}})
    assert "lexicon.near.patterns" in str(exc.value) and "{you}" in str(exc.value)


@pytest.mark.parametrize(("text", "word", "done", "future"), [
    ("您的案件已被正式立案", "立案", True, False),
    ("否则将依法起诉", "起诉", False, True),
    ("如不还款就起诉你", "起诉", False, True),
    ("你已逾期将被起诉", "起诉", False, True),
    ("我们会依法起诉", "起诉", False, True),
    ("法院起诉", "起诉", False, False),
    ("您的借款已逾期立案前请联系", "立案", False, False),
    ("您的借款已经到期起诉前请还款", "起诉", False, False),
    ("你现已欠款多日报案前请联系", "报案", False, False),
    ("您的借款已逾期已立案", "立案", True, False),
    ("您已逾期，现已立案", "立案", True, False),
], ids=["done", "otherwise", "conditional", "future-after-done", "will", "bare",
        "state-overdue", "state-due", "state-owing", "state-then-done", "done-after-state"])
def test_clause_modality(text, word, done, future):
    mod = Modality(load())
    start = text.index(word)
    assert mod.announced_done(text, start, start + len(word)) is done
    assert mod.future_or_conditional(text, start, start + len(word)) is future
    clauses = mod.clauses(text)
    assert clauses.announced_done(start, start + len(word)) is done
    assert clauses.future_or_conditional(start, start + len(word)) is future


@pytest.mark.parametrize(("text", "word", "future"), [
    ("你那个欠款不还的话，下周公司统一起诉", "起诉", True),
    ("如果月底前还不上，我们下个月起诉", "起诉", True),
    ("您的借款已逾期，公司起诉", "起诉", False),
    ("你欠款不还。公司起诉", "起诉", False),
], ids=["condition-carried", "if-carried", "no-condition", "not-across-a-stop"])
def test_condition_carries_into_next_clause(text, word, future):
    """@future also holds when the clause before, across a comma, is the borrower's condition; @done is unchanged."""
    mod = Modality(load())
    start = text.index(word)
    assert mod.holds("@future", text, start, start + len(word)) is future
    assert mod.clauses(text).holds("@future", start, start + len(word)) is future
    assert mod.announced_done(text, start, start + len(word)) is False


@pytest.mark.parametrize("literal", [True, False], ids=["word-markers", "regex-markers"])
def test_clauses_answer_as_the_per_match_search(literal):
    """Clauses (clause ends and markers found once per text, then bisect) must give exactly what
    clause_bounds + pattern.search over the clause give, for markers that are plain words (the
    overlapping scan) and for any other regex (the fallback)."""
    import random
    import re

    lex = load()
    if not literal:  # the same markers as regexes that are not a plain word list
        lex = type(lex)(lex.classes, {k: re.compile(f"(?:{p.pattern})") for k, p in lex.modality.items()})
    mod = Modality(lex)
    assert all((scan is not None) is literal for _, scan in mod.markers.values())
    pieces = list("，。！\n不会请勿已将要如否则欠款逾期a1 ") + ["不会", "请勿", "已经", "即将", "逾期不", "，" * 3, "已逾期", "现已到期"]
    rng = random.Random(14)
    compared = 0
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 240)))
        clauses = mod.clauses(text)
        for _ in range(20):
            s = rng.randint(0, len(text))
            e = rng.randint(s, min(len(text), s + 8))
            assert clauses.bounds(s, e) == clause_bounds(text, s, e), (text, s, e)
            assert clauses.negated(text, s, e) is mod.negated(text, s, e), (text, s, e)
            assert clauses.future_or_conditional(s, e) is mod.future_or_conditional(text, s, e), (text, s, e)
            assert clauses.announced_done(s, e) is mod.announced_done(text, s, e), (text, s, e)
            assert clauses.holds("@future", s, e) is mod.holds("@future", text, s, e), (text, s, e)
            compared += 1
    assert compared == 8000


@pytest.mark.parametrize(("text", "kind"), [
    ("三天內不處理，我們將聯繫你的家人和單位", "third_party_contact"),
    ("三天内不处理，我们将联-系你家*人", "third_party_contact"),
    ("不还钱就找你爸妈", "third_party_contact"),
    ("您朋友***在本平台借款已逾期", "third_party_contact"),
    ("你亲友张某在我平台借款逾期，请转告其", "third_party_contact"),
    ("再不还钱，把你的欠款信息发给XXX", "exposure_threat"),
    ("你这个老*赖，欠钱不还", "insult"),
    ("欠款不还，我们会找人收拾你", "violence_threat"),
    ("您的欠款案件已被正式立案", "fake_legal_process"),
    ("您的欠款案件巳被正式立桉", None),
], ids=["traditional", "inserted-symbols", "synonym-parents", "masked-friend", "dropped-particle",
        "masked-target", "masked-insult", "synonym-harm", "announced-done", "typo-not-claimed"])
def test_masks_particles_traditional_and_symbols_do_not_defeat_frames(analyzer, text, kind):
    kinds = {f.kind for f in analyzer.analyze(text).findings}
    if kind is None:
        assert "fake_legal_process" not in kinds
    else:
        assert kind in kinds, kinds


@pytest.mark.parametrize(("text", "threat"), [
    ("如果你继续拒绝还款我们就联系你家人", True),
    ("若您拒不还款，我们将联系您的紧急联系人", True),
    ("你没有按时还款我们就去你单位找你领导", True),
    ("我们不会联系你的家人", False),
    ("我司拒绝任何暴力催收，绝不会联系您的亲友", False),
    ("我们没有联系过您的家人", False),
])
def test_a_negated_repayment_is_a_condition_and_does_not_negate_the_threat(text, threat):
    from analyzer import analyze
    found = [f for f in analyze(text).findings if f.kind == "third_party_contact"]
    assert bool(found) is threat, [f.rule_id for f in found]
