"""The statistical second opinion (analyzer/resemblance.py, analyzer/detectors/resembles.py): threat- and
pressure-like findings where no rule fired, their spans, where the heads are not asked at all, and the weights file
rebuilt byte for byte (scripts/train_model.py --check). Measured in tests/data/fresh/RUNS_model15.md."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.api_support import ApiClient

from analyzer import resemblance

ROOT = Path(__file__).resolve().parent.parent
# Written for this test (not in any data file, not a rule example): an indirect threat against the family that no
# rule matches, and a same-day ultimatum in a lender's voice that no pressure rule matches.
THREAT_LIKE = "欠的钱拖着不还，你老婆孩子天天在家，你心里应该有数吧"
PRESSURE_LIKE = "您的借款已逾期，今日为最后处理时限，请在17点前还清全部欠款"
LIKE_KINDS = {"threat_like_wording", "pressure_like_wording"}


@pytest.fixture(scope="module")
def api(live_server):
    from webapp.api import openapi_document

    return ApiClient(live_server, openapi_document(live_server.app))


def _like(report: dict) -> list[dict]:
    return [f for f in report["findings"] if f["kind"] in LIKE_KINDS]


def test_threat_like_finding_over_http(api):
    result = api.post("/api/v1/analyze", {"text": THREAT_LIKE})
    assert result.status == 200, result.body
    report = result.json
    assert report["verdict"]["label"] == "unlawful_threat"
    rules = [f for f in report["findings"] if f["category"] == "unlawful_threat" and f["kind"] not in LIKE_KINDS]
    assert rules == []  # the rules alone miss it; the verdict comes from the resemblance
    like = _like(report)
    assert like and {f["kind"] for f in like} == {"threat_like_wording"}
    for f in like:
        assert f["severity"] == "medium" and f["rule_id"] == "resembles.threat"
        assert THREAT_LIKE[f["start"]:f["end"]] == f["excerpt"] and 2 <= len(f["excerpt"]) <= 12
        assert "统计" in f["explanation"] and f["kb_refs"] == ["guide.threat_like_wording"]
    assert "你老婆" in {f["excerpt"] for f in like}
    assert "统计判断" in report["verdict"]["summary"]
    assert any(g["id"] == "guide.threat_like_wording" for g in report["guidance"])


def test_pressure_like_finding_over_http(api):
    report = api.post("/api/v1/analyze", {"text": PRESSURE_LIKE}).json
    assert report["verdict"]["label"] == "aggressive"
    like = _like(report)
    assert like and {f["kind"] for f in like} == {"pressure_like_wording"}
    assert all(PRESSURE_LIKE[f["start"]:f["end"]] == f["excerpt"] for f in like)
    assert not [f for f in report["findings"] if f["category"] == "pressure" and f["kind"] not in LIKE_KINDS]


@pytest.mark.parametrize("text", [
    "您好，您本月账单已出，请于还款日前按时还款，如已还款请忽略",
    "【某某银行】您的信用卡已逾期，请于今日内还款，逾期将影响您的个人征信",
    "您的借款已逾期3天，请尽快还款，以免产生更多罚息",
    "您的贷款已逾期，如有困难可申请延期还款，请登录官方App办理",
    "警方提醒：有人冒充催收人员，声称要联系你的家人和单位，这是诈骗，请勿转账",
    "妈，我这个月工资晚几天发，借你的钱下周还你，别担心",
    "你再不还我那五百块，我就去你家吃饭吃到你还为止，哈哈",
])
def test_lawful_lookalikes_stay_quiet(analyzer, text):
    report = analyzer.analyze(text).to_dict()
    assert _like(report) == []
    assert report["verdict"]["label"] in ("reminder", "not_collection")


@pytest.mark.parametrize("text", [
    # a checkable court notice
    "【北京市朝阳区人民法院】（2026）京0105民初1234号案件定于12月10日开庭，请准时到庭，详情可登录人民法院在线服务核实",
    # a scam verdict cannot be lifted
    "您的网贷逾期已上征信，加微信 abc123 可帮您消除逾期记录，先付服务费",
    # a threat the rules already found
    "你的贷款一直拖着不还，你以为你爸妈那边我们联系不上吗",
    # no debt or collection frame: the heads are not asked, whatever they would say
    "今天的会改到下午三点，记得带上周的报表",
])
def test_heads_not_asked_where_they_cannot_change_the_verdict(analyzer, monkeypatch, text):
    def refuse():
        raise AssertionError("the heads ran")
    monkeypatch.setattr(resemblance, "load", refuse)
    analyzer.analyze(text)


def test_heads_asked_in_a_collection_frame(analyzer, monkeypatch):
    calls = []
    real = resemblance.load

    def counting():
        calls.append(1)
        return real()
    monkeypatch.setattr(resemblance, "load", counting)
    analyzer.analyze("您的借款已逾期3天，请尽快还款，以免产生更多罚息")
    assert calls


def test_thresholds_are_the_pre_registered_ones():
    assert resemblance.THRESHOLD == {"threat": 0.80, "aggr": 0.91}
    assert resemblance.load().meta["thresholds"] == "threat 0.80 aggr 0.91"


def test_weights_file_rebuilds_byte_identically():
    env = dict(os.environ, PYTHONHASHSEED="12345")
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_model.py"), "--check"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "up to date" in run.stdout
