"""threat36: a collector's fake court, police or law firm pressing for the reader's own debt is an unlawful threat;
the same pose with money, a link, a code or an app for a stranger stays a scam (analyzer/verdict.decide,
analyzer/pose_demand.py, knowledge/data/rules/zz_threat36.toml)."""
from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from analyzer import analyze
from analyzer import pose_demand
from analyzer.normalize import fold
from knowledge import registry

ROOT = Path(__file__).resolve().parents[1]
DATA = tomllib.loads((ROOT / "knowledge/data/rules/zz_threat36.toml").read_text(encoding="utf-8"))["pose_demand"]


@pytest.mark.parametrize("text", DATA["must_match"])
def test_pose_demand_yields(text: str) -> None:
    assert pose_demand.yields(fold(text).text)


@pytest.mark.parametrize("text", DATA["must_not_match"])
def test_pose_demand_does_not_yield(text: str) -> None:
    assert not pose_demand.yields(fold(text).text)


def test_pose_only_rules_are_scam_rules_that_claim_an_identity() -> None:
    pose = {r.id for r in registry.rules() if r.pose_only}
    assert pose == {"scam.impersonation.authority_signature", "scam.impersonation.legal_signature_power",
                    "scam.r3.pay_to_drop_case"}


THREATS = [
    "【XX区人民法院】你在XX借款的欠款已逾期90天，本院已立案，3日内不还清将强制执行，查封你名下财产。",
    "【XX市人民法院】您因贷款逾期已被正式立案,请于3日内联系处理,否则将强制执行……",
    "【XX公安】你因拒不还款涉嫌诈骗，已被网上立案追逃，请立即联系办案人员。",
    "你被法院列入失信被执行人了，明天就有人上门拘留你，现在还钱还能撤案。",
    "【XX律师事务所】受XX消费金融有限公司委托：您已被起诉并判决，法院将于五日内上门拘留。",
]
SCAMS = [
    "【XX区人民法院】你的欠款案件已立案，请于今日将欠款转入法院监管账户6222 0212 3456 7890，转账后撤案。",
    "【XX法院】你的逾期借款已立案，点击 t.cn/A6xYz 申请移出失信名单，逾期将强制执行。",
    "【XX公安】你的网贷逾期涉嫌诈骗已立案，请下载“公安防护”App，开启屏幕共享配合调查，否则上门拘留。",
    "【XX人民法院】你的逾期贷款已立案，需先缴纳诉讼保全费3000元至指定账户，否则冻结全部财产。",
    "【某某法院】某某某,你因涉嫌网贷诈骗,现已被立案起诉,择日开庭审理,若缺席将强制执行,冻结你名下所有资产!详询XXX",
]


@pytest.mark.parametrize("text", THREATS)
def test_fake_authority_collecting_own_debt_is_a_threat(text: str) -> None:
    report = analyze(text)
    assert report.verdict.label == "unlawful_threat", [f.rule_id for f in report.findings]
    # the claimed authority is still reported as a finding, and the summary says it is claimed
    assert any(f.category == "scam" for f in report.findings)
    assert "假借司法程序" in report.verdict.summary


@pytest.mark.parametrize("text", SCAMS)
def test_same_pose_with_a_stranger_route_stays_a_scam(text: str) -> None:
    assert analyze(text).verdict.label == "scam"


def test_own_battery_scams_and_notices_hold() -> None:
    rows = [json.loads(l) for l in (ROOT / "tests/data/probes/threat36_own.jsonl").read_text(encoding="utf-8").splitlines()]
    got = {r["id"]: analyze(r["text"]).verdict.label for r in rows}
    # legal37: TH36-L20 (a firm's letter with a licence number, sending the reader to the bank) is labelled aggressive
    # here; the blind writers of the opened sets label the same letter legal_notice (para24, lawful10, para32…), and it
    # reads so now: a verifiable lawyer's letter, not a threat nor a scam, which is what this battery guards.
    moved = {"TH36-L20": "legal_notice"}
    wrong = sorted(i for i, r in zip(got, rows) if got[i] != moved.get(i, r["category"]))
    # TH36-L09 (a court's consumption-limit notice with 当地区号+12368) was a reminder until fix30 stopped reading that
    # "+" as an international prefix; it is now a legal_notice, so every line of the battery holds
    assert wrong == []
