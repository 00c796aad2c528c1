"""Round 38's move47 (no behaviour change): scamthr47's collector's own voice (analyzer/collector_voice.py, its data
once in zz_scamthr47.toml [collector_voice]) is the entry "collector_voice" of the scam_yields frame
(analyzer/scam_yields.py, knowledge/data/rules/zz_scam_yields.toml), beside threat36's "pose" and money45's "voice" and
"route". The frame learned the conditions that entry needs, as data: the pipeline's own-debt judgement (`debt`), rules
that count only with a lender of the directory named (`lender_rules`), every merged rule (`merged`), a high doorstep
intimidation counted as a threat (`doorstep`), and a stranger's route read from findings of any severity
(`route_kinds`) and from the legal check's markers (`route_markers`). analyzer/verdict.decide has one hook again
(`yielded=`). benchmarks/dump_reports.py gave byte-identical reports. Messages are written for this test (masked)."""
from __future__ import annotations

import inspect
import tomllib
from pathlib import Path

import pytest

from analyzer import analyze, collector_voice, scam_yields, verdict
from analyzer.normalize import fold
from analyzer.verdict import COLLECTOR_DEMAND, COLLECTOR_VOICE, POSED_AUTHORITY
from knowledge import registry

ROOT = Path(__file__).resolve().parent.parent
TABLE = tomllib.loads((ROOT / "knowledge/data/rules/zz_scam_yields.toml").read_text(encoding="utf-8"))["scam_yields"]

# One message for each entry, with the note its threat verdict ends with.
YIELDING = [
    ("pose", "【某某县人民法院】你在某某借呗的借款逾期五个月，本院已受理立案，限你三日内在原平台结清，否则强制执行。",
     POSED_AUTHORITY),
    ("voice", "我们是某某贷贷后部门的，你找的反催收、债务优化帮不了你，欠款今晚十点前不还，就把你的照片和欠款发到你们公司群，"
              "明天再去你老家找你爸妈。", COLLECTOR_DEMAND),
    ("route", "【某某区法院执行局】你拖欠网贷至今未还，本院已冻结你名下全部银行卡，明天上门查封你家财产并张贴公告，"
              "通知你单位领导，今天把欠款全部转到执行员个人账户6217****1234可撤销拘留。", COLLECTOR_DEMAND),
    ("collector_voice", "【360借条-催收中心 小吴】你欠的钱到底还不还？再拖下去明天就去你单位找你领导。", COLLECTOR_VOICE),
]
# The collector_voice message with a stranger's route: a personal card (one threat is not enough for "route") or a link.
STAY_SCAM = [
    "【360借条-催收中心 小吴】你欠的钱到底还不还？再拖下去明天就去你单位找你领导。今天把钱转到我个人卡6222****3391。",
    "【安逸花-贷后催收部 王专员】你的借款拖了四十多天，再装死今晚就给你爸妈打电话。还款请点击 http://ayh-pay.top/r 处理。",
]


def test_the_entry_is_well_formed() -> None:
    row = TABLE[-1]
    assert row["name"] == "collector_voice"  # last: the other three speak first, as decide() had it
    assert row["debt"] is True and row["merged"] is True and row["doorstep"] is True and row["threats_min"] == 1
    assert "own" not in row and "stranger" not in row  # read from findings, lender and legal check only
    known = {r.id for r in registry.rules()}
    detectors = tomllib.loads((ROOT / "knowledge/data/rules/detectors.toml").read_text(encoding="utf-8"))
    known |= {f["id"] for f in detectors.get("finding", [])}
    assert set(row["rules"]) | set(row["lender_rules"]) <= known
    assert not set(row["rules"]) & set(row["lender_rules"])
    kinds = tomllib.loads((ROOT / "knowledge/data/kinds.toml").read_text(encoding="utf-8"))["kind"]
    assert set(row["route_kinds"]) <= set(kinds)
    legal_source = (ROOT / "analyzer/detectors/legal.py").read_text(encoding="utf-8")
    assert all(f'"{marker}"' in legal_source for marker in row["route_markers"])
    assert row["note"] == COLLECTOR_VOICE


def test_the_old_module_reads_the_entry() -> None:
    e, fr = scam_yields.entry("collector_voice"), collector_voice.frame()
    assert (fr.voice_rules, fr.claim_rules, fr.route_kinds, fr.route_markers, fr.threat_min) == (
        e.own_rules, e.lender_rules, e.route_kinds, e.route_markers, e.threats_min)
    assert collector_voice.threat_count is scam_yields.threat_count
    assert collector_voice.lender_named is scam_yields.lender_named


def test_decide_has_one_hook() -> None:
    source = inspect.getsource(verdict)
    assert "collector_voice" not in source.replace('note("collector_voice")', "")
    assert "yielded" in inspect.signature(verdict.decide).parameters
    assert len(source.splitlines()) <= 300


@pytest.mark.parametrize(("name", "text", "note"), YIELDING, ids=[n for n, _, _ in YIELDING])
def test_each_entry_still_yields(name: str, text: str, note: str) -> None:
    report = analyze(text)
    assert report.verdict.label == "unlawful_threat", [(f.rule_ids, f.severity) for f in report.findings]
    assert note in report.verdict.summary
    assert any(f.category == "scam" for f in report.findings)  # the scam findings stay in the report
    findings = list(report.findings)
    got = scam_yields.which(fold(text).text, findings, True, None, report.lender)
    assert got is not None and got.name == name
    # without the pipeline's context the collector_voice entry never holds (it needs the debt judgement)
    assert (scam_yields.which(fold(text).text, findings) is None) == (name == "collector_voice")
    if name == "collector_voice":  # (the entries overlap: a claimed court with a lender named holds under both)
        assert collector_voice.yields(findings, True, None, report.lender)
        assert not collector_voice.yields(findings, False, None, report.lender)


@pytest.mark.parametrize("text", STAY_SCAM)
def test_a_strangers_route_still_keeps_the_scam(text: str) -> None:
    report = analyze(text)
    assert report.verdict.label == "scam"
    assert any(f.rule_id == "impersonation.signature.dressed_name" for f in report.findings)
    assert not collector_voice.yields(list(report.findings), True, None, report.lender)
