"""One decision says who reads a message (issue 12): the finding that the reader is not the borrower
(threat.third_party_contact.message_to_third_party) comes only from the reader frames in
knowledge/data/rules/reader.toml, so a report can never say "third party" in a finding and "borrower" in
`reader`. Checked on every line of the test data that exercises a third-party message (flag
third_party_contact or a `reader` label) and on every example of the reader frames. Sealed sets are never opened."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer.detectors.reader import frames

DATA = Path(__file__).parent / "data"
SEALED = ("r5_col", "r6_col", "r7_sealed", "r7x_sealed", "r11_col", "para7_sealed", "para8_sealed",
          "para10_sealed", "lawful8_sealed", "lawful10_sealed")
FINDING = "threat.third_party_contact.message_to_third_party"
# The rules whose job the reader frames took over (deleted; ids are never reused).
MOVED = ("threat.third_party_contact.addressed_to_contact", "threat.third_party_contact.named_as_contact",
         "threat.third_party_contact.relative_of_borrower", "threat.third_party_contact.relay_to_debtor",
         "threat.third_party_contact.urge_someone_else", "threat.third_party_contact.relay_messenger",
         "threat.third_party_contact.pay_for_other", "threat.third_party_contact.relatives_asked_to_relay",
         "threat.scheme.third_party.reader_is_not_borrower")


def _third_party_lines():
    for path in sorted(DATA.glob("*/*.jsonl")):
        if any(s in path.name for s in SEALED):
            continue  # never opened
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            row = json.loads(line)
            if "text" in row and ("third_party_contact" in (row.get("flags") or []) or "reader" in row):
                yield pytest.param(row["text"], id=f"{path.name}:{row.get('id', i)}")
    for frame in frames():
        for i, text in enumerate(frame.must_match):
            yield pytest.param(text, id=f"{frame.id}#{i}")


CASES = list(_third_party_lines())


def test_there_are_third_party_lines_to_check():
    assert len(CASES) > 150


@pytest.mark.parametrize("text", CASES)
def test_finding_and_reader_agree(analyzer, text):
    report = analyzer.analyze(text)
    told = [f for f in report.findings if f.rule_id == FINDING]
    assert not {f.rule_id for f in report.findings} & set(MOVED)
    if told:
        assert report.reader.role == "third_party" and report.reader.relation != "guarantor", report.reader
        assert (told[0].start, told[0].end) == (report.reader.start, report.reader.end)
    if report.reader.role != "third_party" or report.reader.relation == "guarantor":
        assert not told


def test_no_rule_file_keeps_a_moved_id():
    text = "".join(p.read_text(encoding="utf-8") for p in (Path(__file__).parent.parent / "knowledge/data/rules").glob("*.toml"))
    for rule_id in MOVED:
        assert f'id = "{rule_id}"' not in text, rule_id
