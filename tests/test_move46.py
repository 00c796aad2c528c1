"""Round 38's move (no behaviour change): threat36 (analyzer/pose_demand.py) and money45 (analyzer/collector_demand.py)
are one data-driven frame, analyzer/scam_yields.py reading knowledge/data/rules/zz_scam_yields.toml ("a scam finding
yields to a threat when the collector itself speaks and demands"), with one hook in analyzer/verdict.decide; and
analyzer/pipeline.py moved code out along its seams (caller_input.py, legal_reader.py, second_opinion.py,
verdict.only_checked, speaker.own_question_told). benchmarks/dump_reports.py gave byte-identical reports."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from analyzer import InputError, analyze, scam_yields
from analyzer.lexicon import load as load_lexicon
from analyzer.verdict import COLLECTOR_DEMAND, POSED_AUTHORITY
from knowledge import registry
from knowledge.models import RuleRecord

ROOT = Path(__file__).resolve().parent.parent
TABLE = tomllib.loads((ROOT / "knowledge/data/rules/zz_scam_yields.toml").read_text(encoding="utf-8"))["scam_yields"]
# (move47 added the entry "collector_voice" and its keys, the conditions read from findings, lender and legal check)
KEYS = {"name", "marked", "rules", "includes", "threats_min", "own", "stranger", "note",
        "lender_rules", "merged", "debt", "doorstep", "route_kinds", "route_markers"}

# written for this test (masked): a claimed court pressing only for the reader's own debt (the former pose_demand)…
POSE = "【某某区人民法院】你在某某借的贷款逾期已120天，本院已立案，限你3日内在原平台还清欠款，否则强制执行。"
# …and a collector's own unlawful demand whose only scam sign is who speaks (the former collector_demand)
MONEY = ("我们是某某贷贷后的，你找反催收、债务优化也救不了你，欠的钱今天下班前不还，就把你的欠款和照片发到你公司群里，"
         "晚上再去你老家找你爸妈。")
# near misses: the same voices with a route to a stranger stay scams
STAY_SCAM = [
    "【某某区人民法院】你在某某借的贷款逾期已120天，本院已立案，请点击 fy-zx.top 缴清欠款，否则强制执行。",
    "我们是某某贷贷后的，你找的债务优化中介帮不了你，欠款今天不还，就把欠款和照片发到你公司群里。下载某某App缴纳服务费可以停催。",
]


def test_data_file_is_well_formed() -> None:
    names = [row["name"] for row in TABLE]
    assert len(names) == len(set(names)) == 4
    known = {r.id for r in registry.rules()}
    detectors = tomllib.loads((ROOT / "knowledge/data/rules/detectors.toml").read_text(encoding="utf-8"))
    known |= {f["id"] for f in detectors.get("finding", [])}  # findings a detector makes (a dressed signature)
    classes = load_lexicon().classes
    for i, row in enumerate(TABLE):
        assert set(row) <= KEYS and {"name", "rules", "threats_min", "note"} <= set(row), row["name"]
        assert ("own" in row and "stranger" in row) or row.get("debt"), row["name"]  # some guard of the debt
        assert set(row["rules"]) <= known, sorted(set(row["rules"]) - known)
        assert len(row["rules"]) == len(set(row["rules"]))
        assert all(name in names[:i] for name in row.get("includes", ())), row["name"]  # only earlier entries
        assert "marked" not in row or row["marked"] in RuleRecord.__dataclass_fields__
        assert isinstance(row["threats_min"], int) and row["threats_min"] >= 0
        assert all(row[k] in classes for k in ("own", "stranger") if k in row)
        assert row["note"].strip()


def test_entries_are_the_former_two_frames() -> None:
    pose, voice, route = scam_yields.entries()[:3]
    assert pose.rules == {r.id for r in registry.rules() if r.pose_only}
    assert voice.rules < route.rules and not voice.own_rules & route.own_rules
    assert (pose.threats_min, voice.threats_min, route.threats_min) == (0, 2, 3)
    assert pose.note == POSED_AUTHORITY and voice.note == route.note == COLLECTOR_DEMAND


def test_old_names_still_import_from_the_old_place() -> None:
    from analyzer import collector_demand, pose_demand, verdict
    from analyzer.normalize import fold

    assert pose_demand.yields(fold(POSE).text) and not pose_demand.yields(fold(STAY_SCAM[0]).text)
    fr = collector_demand.frame()
    assert (fr.voice_min, fr.route_min) == (2, 3) and "scam.debt_relief.service" in fr.voice_rules
    assert collector_demand.yields(fold(MONEY).text, list(analyze(MONEY).findings))
    assert callable(verdict.pose_only_scam)


def test_pose_still_yields() -> None:
    report = analyze(POSE)
    assert report.verdict.label == "unlawful_threat"
    assert any(f.rule_id == "scam.impersonation.authority_signature" for f in report.findings)
    assert POSED_AUTHORITY in report.verdict.summary and COLLECTOR_DEMAND not in report.verdict.summary


def test_money_still_yields() -> None:
    report = analyze(MONEY)
    assert report.verdict.label == "unlawful_threat"
    assert any(f.category == "scam" for f in report.findings)  # the scam finding stays in the report
    assert COLLECTOR_DEMAND in report.verdict.summary and POSED_AUTHORITY not in report.verdict.summary


@pytest.mark.parametrize("text", STAY_SCAM)
def test_a_route_to_a_stranger_still_keeps_the_scam(text: str) -> None:
    assert analyze(text).verdict.label == "scam"


def test_pose_yields_over_http(client) -> None:
    r = client.post("/api/v1/analyze", json={"text": POSE})
    assert r.status_code == 200
    assert r.get_json()["verdict"]["label"] == "unlawful_threat"


def test_caller_input_still_checked() -> None:
    for bad in ({"text": 5}, {"text": "x" * 10_001}, {"text": "你好", "sender": 95588},
                {"text": "你好", "received_at": "昨天"}):
        with pytest.raises(InputError):
            analyze(**bad)
    assert analyze("发件人：95588\n您尾号1234的信用卡本期账单已出。").sender is not None


@pytest.mark.parametrize("path", ("analyzer/pipeline.py", "analyzer/scam_yields.py", "analyzer/caller_input.py",
                                  "analyzer/legal_reader.py", "analyzer/second_opinion.py", "analyzer/verdict.py",
                                  "analyzer/speaker.py"))
def test_modules_stay_small(path: str) -> None:
    limit = 260 if path == "analyzer/pipeline.py" else 300
    assert len((ROOT / path).read_text(encoding="utf-8").splitlines()) <= limit
