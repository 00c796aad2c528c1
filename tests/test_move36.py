"""Round 36's move (no behaviour change): analyzer/pipeline.py's received_at reading went to analyzer/received_at.py and
analyzer/detectors/lawful_frame.py's frames read in a finding's own sentence or clause to
analyzer/detectors/lawful_sentence.py. Both old modules stay under 300 lines, the old names still import from the old
place, and the frames still decide as before (benchmarks/dump_reports.py gave byte-identical reports)."""
from __future__ import annotations

from pathlib import Path

import pytest

from analyzer import InputError, analyze

ROOT = Path(__file__).resolve().parent.parent
MODULES = ("analyzer/pipeline.py", "analyzer/received_at.py",
           "analyzer/detectors/lawful_frame.py", "analyzer/detectors/lawful_sentence.py")


@pytest.mark.parametrize("path", MODULES)
def test_module_is_under_300_lines(path: str) -> None:
    assert len((ROOT / path).read_text(encoding="utf-8").splitlines()) < 300


def test_old_names_still_import_from_the_old_place() -> None:
    from analyzer import pipeline, received_at
    from analyzer.detectors import lawful_frame, lawful_sentence

    assert pipeline.parse_time is received_at.parse_time
    for name in ("_DONE", "_sentence", "_clause_start", "_clause_end", "_span", "_conditional_lawful", "_presuit",
                 "_court_sanction", "_contact_verify", "_contact_relay", "_contact_locate", "_contact_purpose",
                 "_kin_party"):
        assert getattr(lawful_frame, name) is getattr(lawful_sentence, name), name
    assert callable(lawful_frame.drop_lawful)


def test_received_at_is_read_as_before() -> None:
    assert analyze("您的借款已逾期3天，请尽快还款。", received_at="2026-11-29T23:15").received_at == "2026-11-29T23:15:00+08:00"
    assert analyze("您的借款已逾期3天，请尽快还款。", received_at="2026-11-29T15:15Z").received_at == "2026-11-29T15:15:00+00:00"
    with pytest.raises(InputError):
        analyze("您的借款已逾期3天，请尽快还款。", received_at="昨天晚上")


@pytest.mark.parametrize("text", [
    "如您继续逾期，我司将依法向人民法院提起诉讼，请尽快还款。",
    "若您持续失联，我司将联系您的紧急联系人核实联系方式。",
], ids=["conditional-suit", "contact-to-find-reader"])
def test_sentence_frames_keep_lawful_steps_quiet(text: str) -> None:
    report = analyze(text)
    assert not [f for f in report.findings if f.category in ("unlawful_threat", "scam")]
    assert report.verdict.label not in ("unlawful_threat", "scam")


@pytest.mark.parametrize("text", [
    "你再不还钱，我们已经向法院起诉你了，明天就来抓你。",
    "你再不还，我们就打电话给你爸妈和你单位领导，让他们都知道你欠钱不还。",
], ids=["suit-said-done-and-arrest", "family-and-work-told"])
def test_twins_still_alarm(text: str) -> None:
    assert analyze(text).verdict.label == "unlawful_threat"
