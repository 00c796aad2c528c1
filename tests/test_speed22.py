"""speed22: behaviour-neutral speed-ups; each check compares the faster path with the one it replaces."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer import get_analyzer
from analyzer.detectors import facts, reader, warned
from analyzer.document import parse
from analyzer.prefilter import GateIndex, JointIndex, gates, text_keys

ROOT = Path(__file__).resolve().parent
ORDINARY = sorted((ROOT / "data" / "ordinary").glob("*.jsonl"))


def _texts() -> list[str]:
    out = []
    for path in ORDINARY[:1]:
        out += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()[:300] if line.strip()]
    return out + ["您好，您在XX平台的借款已逾期3天，请于今日18点前还款1200元，否则将上报征信。",
                  "谨防冒充催收的诈骗，任何要求转账到个人账户的都是诈骗。", "你好", "", "你妈的再不还钱就去你单位闹"]


def test_joint_index_gives_each_index_its_own_candidates():
    indexes = (get_analyzer().rules.index, warned.FRAME_INDEX, reader.frame_index(), facts.INDEX)
    joint = JointIndex(indexes)
    for text in _texts():
        keys = parse(text, None, None).keys
        assert joint.candidates(keys) == tuple(index.candidates(keys) for index in indexes), text


def test_joint_index_of_small_indexes_with_gateless_and_extra_items():
    a = GateIndex([gates(p) for p in (r"逾期", r"\d+", r"上门|家访")], [(), (frozenset({"上门"}),), ()])
    b = GateIndex([gates(p) for p in (r"[0-9]+", r"通知[^,]{0,4}家人")])
    c = GateIndex([])
    joint = JointIndex((a, c, b))
    for text in ("您已逾期，将上门", "12上门", "12", "通知家人", "", "逾期家访通知了家人"):
        keys = text_keys(text)
        assert joint.candidates(keys) == (a.candidates(keys), c.candidates(keys), b.candidates(keys)), text


@pytest.mark.parametrize("text", ["您好，您在XX平台的借款已逾期3天，请于今日18点前还款1200元，否则将上报征信。",
                                  "【某银行】您尾号1234的信用卡本期账单已出，最低还款额500元，请于12月5日前还款。"])
def test_pipeline_reports_the_same_with_and_without_the_joint_index(text, monkeypatch):
    analyzer = get_analyzer()
    joint_report = analyzer.analyze(text).to_dict()

    class Separate:  # what the pipeline asked before: each index on its own
        def candidates(self, keys):
            return tuple(index.candidates(keys) for index in (analyzer.rules.index, warned.FRAME_INDEX,
                                                              reader.frame_index(), facts.INDEX))
    monkeypatch.setattr(analyzer, "joint", Separate())
    assert analyzer.analyze(text).to_dict() == joint_report
