"""speed50: benchmarks/line_profile.py times one function of analyze() statement by statement, without changing what
analyze() finds, and puts the function back afterwards."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import line_profile  # noqa: E402

from analyzer import analyze, debt_context, pipeline  # noqa: E402

TEXTS = [
    "【XX消费金融】尊敬的王**，您的借款已逾期5天，应还金额2,316.40元，请于今日20:00前通过官方APP还款，以免影响征信。",
    "你欠的那3000块到底什么时候还？再拖着不回消息，我就去你单位找你领导聊聊。",
    "妈，我周六下午回家吃饭，顺便把上次借你的那本书带回去。",
    "您好，您的快递已放在小区东门丰巢柜，取件码8***21，请于明晚前取件。",
    "好的",
]


def test_timed_copy_reads_every_statement_and_changes_no_report():
    before = [analyze(t).to_dict() for t in TEXTS]
    readings, statements, undo = line_profile.instrument("analyzer.debt_context", "_names_debt")
    try:
        during = [analyze(t).to_dict() for t in TEXTS]
    finally:
        undo()
    assert during == before
    assert len(readings) >= len(TEXTS)  # (called once a message at least: names_debt reads it first)
    assert all(r == sorted(r) and len(r) >= 2 for r in readings)
    assert any("NOT_DEBT.sub" in text for _line, text in statements)
    assert [analyze(t).to_dict() for t in TEXTS] == before


def test_the_original_is_put_back_everywhere_it_was_imported():
    names_debt, analyze_method = debt_context._names_debt, pipeline.Analyzer.analyze
    _readings, _statements, undo = line_profile.instrument("analyzer.debt_context", "_names_debt")
    assert debt_context._names_debt is not names_debt
    undo()
    assert debt_context._names_debt is names_debt
    _readings, _statements, undo = line_profile.instrument("analyzer.pipeline", "Analyzer.analyze")
    assert pipeline.Analyzer.analyze is not analyze_method
    undo()
    assert pipeline.Analyzer.analyze is analyze_method


def test_a_returning_statement_ends_the_call_and_is_not_timed_alone():
    totals, spent = line_profile.per_statement([[10, 15, 40], [0, 7]], 3)
    assert totals == [30, 7]
    assert spent == [[5, 7], [25, 0], [0, 0]]


def test_an_http_request_while_the_pipeline_is_timed_gets_the_same_answer(client):
    text = TEXTS[1]
    plain = client.post("/api/v1/analyze", json={"text": text}).get_json()
    readings, _statements, undo = line_profile.instrument("analyzer.pipeline", "Analyzer.analyze")
    try:
        timed = client.post("/api/v1/analyze", json={"text": text})
    finally:
        undo()
    assert timed.status_code == 200
    assert readings  # the request went through the timed copy
    assert timed.get_json() == plain
    assert plain["verdict"]["label"] in ("unlawful_threat", "aggressive")
