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
          "para10_sealed", "lawful8_sealed", "lawful10_sealed", "para14_sealed", "lawful14_sealed", "para15_sealed",
          "lawful15_sealed", "para16_sealed", "lawful16_sealed", "para17_sealed", "lawful17_sealed",
          "para18_sealed", "lawful18_sealed", "para19_sealed", "lawful19_sealed",
          "para20_sealed", "lawful20_sealed", "para21_sealed", "lawful21_sealed",
          "para22_sealed", "lawful22_sealed", "para23_sealed", "lawful23_sealed",
          "para24_sealed", "lawful24_sealed", "para25_sealed", "lawful25_sealed",
          "para26_sealed", "lawful26_sealed", "para27_sealed", "lawful27_sealed",
          "para28_sealed", "lawful28_sealed", "para29_sealed", "lawful29_sealed",
          "para30_sealed", "lawful30_sealed", "para31_sealed", "lawful31_sealed",
          "para32_sealed", "lawful32_sealed", "para33_sealed", "lawful33_sealed",
          "para34_sealed", "lawful34_sealed", "para35_sealed", "lawful35_sealed",
          "para36_sealed", "lawful36_sealed", "para37_sealed", "lawful37_sealed",
          "para38_sealed", "lawful38_sealed", "para39_sealed", "lawful39_sealed",
          "para40_sealed", "lawful40_sealed",
          "para41_sealed", "lawful41_sealed", "para42_sealed", "lawful42_sealed",
          "para43_sealed", "lawful43_sealed", "para44_sealed", "lawful44_sealed",
          "para45_sealed", "lawful45_sealed", "para46_sealed", "lawful46_sealed",
          "para47_sealed", "lawful47_sealed", "para48_sealed", "lawful48_sealed",
          "para49_sealed", "lawful49_sealed", "para50_sealed", "lawful50_sealed",
          "para60_sealed", "lawful60_sealed", "para61_sealed", "lawful61_sealed",
          "para64_sealed", "lawful64_sealed", "para65_sealed", "lawful65_sealed",
          "para68_sealed", "lawful68_sealed", "para69_sealed", "lawful69_sealed",
          "para70_sealed", "lawful70_sealed", "para71_sealed", "lawful71_sealed",
          "para72_sealed", "lawful72_sealed", "para73_sealed", "lawful73_sealed",
          "para74_sealed", "lawful74_sealed", "para75_sealed", "lawful75_sealed",
          "para76_sealed", "lawful76_sealed", "para77_sealed", "lawful77_sealed",
          "para78_sealed", "lawful78_sealed", "para79_sealed", "lawful79_sealed",
          "para80_sealed", "lawful80_sealed", "para81_sealed", "lawful81_sealed",
          "para82_sealed", "lawful82_sealed", "para83_sealed", "lawful83_sealed",
          "para84_sealed", "lawful84_sealed", "para85_sealed", "lawful85_sealed",
          "para86_sealed", "lawful86_sealed", "para87_sealed", "lawful87_sealed",
          "para88_sealed", "lawful88_sealed", "para89_sealed", "lawful89_sealed",
          "para90_sealed", "lawful90_sealed", "para91_sealed", "lawful91_sealed",
          "para92_sealed", "lawful92_sealed", "para93_sealed", "lawful93_sealed",
          "para94_sealed", "lawful94_sealed", "para95_sealed", "lawful95_sealed",
          "para96_sealed", "lawful96_sealed", "para97_sealed", "lawful97_sealed",
          "para98_sealed", "lawful98_sealed", "para99_sealed", "lawful99_sealed",
          "para100_sealed", "lawful100_sealed", "para101_sealed", "lawful101_sealed",
          "para102_sealed", "lawful102_sealed", "para103_sealed", "lawful103_sealed",
          "para104_sealed", "lawful104_sealed", "para105_sealed", "lawful105_sealed",
          "para106_sealed", "lawful106_sealed", "para107_sealed", "lawful107_sealed",
          "para108_sealed", "lawful108_sealed", "para109_sealed", "lawful109_sealed",
          "para110_sealed", "lawful110_sealed", "para111_sealed", "lawful111_sealed",
          "para112_sealed", "lawful112_sealed", "para113_sealed", "lawful113_sealed",
          "para114_sealed", "lawful114_sealed", "para115_sealed", "lawful115_sealed",
          "para116_sealed", "lawful116_sealed", "para117_sealed", "lawful117_sealed")
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
    told = [f for f in report.findings if FINDING in f.rule_ids]
    assert not {r for f in report.findings for r in f.rule_ids} & set(MOVED)
    if told:
        assert report.reader.role == "third_party" and report.reader.relation != "guarantor", report.reader
        if told[0].rule_id == FINDING:
            assert (told[0].start, told[0].end) == (report.reader.start, report.reader.end)
        else:  # merged into a wider third_party_contact finding over the same words (merge.dedupe)
            assert told[0].start < report.reader.end and report.reader.start < told[0].end
    if report.reader.role != "third_party" or report.reader.relation == "guarantor":
        assert not told


def test_no_rule_file_keeps_a_moved_id():
    text = "".join(p.read_text(encoding="utf-8") for p in (Path(__file__).parent.parent / "knowledge/data/rules").glob("*.toml"))
    for rule_id in MOVED:
        assert f'id = "{rule_id}"' not in text, rule_id


@pytest.mark.parametrize(("text", "role", "relation"), [
    ("您作为借款人XXX的担保人，该笔贷款已逾期60天，请您督促借款人还款或履行保证责任。", "third_party", "guarantor"),
    ("担保人您好，主债务人已逾期三期，我行依据担保合同，将依法向您主张连带清偿责任。", "third_party", "guarantor"),
    ("如您在限期内未还款，我司将依据合同约定向您的担保人主张担保责任。", "borrower", None),
    ("你的欠款我们会去找你的担保人要，一个都跑不掉。", "borrower", None),
], ids=["guarantor-named", "guarantor-greeted", "borrowers-guarantor", "borrowers-guarantor-threat"])
def test_a_guarantor_is_a_reader_without_the_finding(analyzer, text, role, relation):
    """A guarantor may lawfully be asked to pay: the reader is a third party of relation guarantor and there is no
    message_to_third_party. "您的担保人" is the borrower's guarantor: the borrower reads it."""
    report = analyzer.analyze(text)
    assert (report.reader.role, report.reader.relation) == (role, relation), report.reader
    assert FINDING not in {r for f in report.findings for r in f.rule_ids}
