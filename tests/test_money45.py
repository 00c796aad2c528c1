"""money45: a collector's own unlawful money demand is an unlawful threat, not a scam — scam findings that only say
who speaks or where the money goes (a claimed court, a new number, a private chat, a personal account) give way to
several threat findings about the reader's own debt; a link, a code, a fee, a safe account or someone else's debt
keeps the scam verdict (analyzer/collector_demand.py, analyzer/verdict.decide, knowledge/data/rules/zz_money45.toml)."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from analyzer import analyze
from analyzer import collector_demand
from analyzer.verdict import COLLECTOR_DEMAND
from knowledge import registry

ROOT = Path(__file__).resolve().parents[1]
DATA = tomllib.loads((ROOT / "knowledge/data/rules/zz_money45.toml").read_text(encoding="utf-8"))["collector_demand"]


@pytest.mark.parametrize("text", DATA["must_match"])
def test_collector_demand_is_a_threat(text: str) -> None:
    report = analyze(text)
    assert report.verdict.label == "unlawful_threat", [(f.rule_id, f.severity) for f in report.findings]
    # the scam finding stays, with its explanation, and the summary still says not to pay a personal account
    assert any(f.category == "scam" and f.rule_id in collector_demand.frame().route_rules | collector_demand.frame().voice_rules
               for f in report.findings)
    assert COLLECTOR_DEMAND in report.verdict.summary


@pytest.mark.parametrize("text", DATA["must_not_match"])
def test_stranger_route_or_bare_pose_stays_a_scam(text: str) -> None:
    assert analyze(text).verdict.label == "scam"


QUIET = [
    "我换手机号了，新号码就是这个，上次说的聚餐改到周六。",
    "【某某银行】您的信用卡已逾期3天，请通过官方App还款，请勿向任何个人账户转账。",
    "你好，我是平台贷后专员，你的借款已逾期5天，请今天在App里还款，有困难可以申请延期。",
]


@pytest.mark.parametrize("text", QUIET)
def test_ordinary_twins_stay_quiet(text: str) -> None:
    assert analyze(text).verdict.label not in ("unlawful_threat", "scam")


def test_listed_rules_exist() -> None:
    known = {r.id for r in registry.rules()}
    detectors = tomllib.loads((ROOT / "knowledge/data/rules/detectors.toml").read_text(encoding="utf-8"))
    known |= {f["id"] for f in detectors.get("finding", [])}  # findings a detector makes (a dressed signature)
    fr = collector_demand.frame()
    assert fr.voice_rules | fr.route_rules <= known, sorted((fr.voice_rules | fr.route_rules) - known)
    assert not fr.voice_rules & fr.route_rules
