"""Menacing visits heard when the debt is only implied (round 29, THREAT31; knowledge/data/rules/zz_threat31.toml).

On main be544fd, 128 gold threats of the opened files were called not_collection (97) or reminder (31); by the act
threatened, the largest group is the visit: going to, sitting at, besieging or following to the reader's place. Most
of those had a doorstep frame that matched (坐坐, 堵, 看我们上不上门) but whose gate wanted a debt word; collectors
often say only 你才还, 再拖下去, 不回信息是吧, 人也找不到. {tthirtyone_pursuit} lets that chase open the gate, and
threat.t31.doorstep.escalated_visit / crew_comes add the visit frames that had none (repeat visits, door siege, door
daubing, house-to-house hunt, following, seizure at home, 带几个兄弟找上门). A collector's "我们将向你所在辖区派出所报案"
is no longer read as the writer's own police report (lawful_role.toml, role_reader_target).

Battery tests/data/probes/threat31_own.jsonl was written before the rules (first run on main: threats 22/30,
look-alikes 28/30); the rules were then written from its misses, so the floor guards the frames and says nothing about
unseen messages. threat31_own2.jsonl was written after the rules as a held-out check (first run: main 12/20 threats,
branch 14/20, look-alikes 20/20 on both), then four general gaps it showed were added (18/20): it is tuned on too.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from inbox_support import read_jsonl

PROBES = Path(__file__).resolve().parent / "data" / "probes"
RULES = {"threat.t31.doorstep.escalated_visit", "threat.t31.doorstep.crew_comes"}


def _rules(report) -> set[str]:
    return {r for f in report.findings for r in f.rule_ids}


def test_battery_floor(analyzer):
    rows = read_jsonl(PROBES / "threat31_own.jsonl")
    labels = {r["id"]: analyzer.analyze(r["text"]).verdict.label for r in rows}
    assert sum(labels[r["id"]] == "unlawful_threat" for r in rows if r["category"] == "unlawful_threat") >= 28
    assert sum(labels[r["id"]] not in ("unlawful_threat", "scam") for r in rows if r["category"] != "unlawful_threat") >= 29
    for r in rows:  # the new frames never fire on a look-alike
        if r["category"] != "unlawful_threat":
            assert not RULES & _rules(analyzer.analyze(r["text"])), r["id"]


def test_own2_floor(analyzer):
    rows = read_jsonl(PROBES / "threat31_own2.jsonl")
    labels = {r["id"]: analyzer.analyze(r["text"]).verdict.label for r in rows}
    assert sum(labels[r["id"]] == "unlawful_threat" for r in rows if r["category"] == "unlawful_threat") >= 17
    assert all(labels[r["id"]] not in ("unlawful_threat", "scam") for r in rows if r["category"] != "unlawful_threat")


@pytest.mark.parametrize("text", [
    # the chase without a debt word opens the doorstep gate
    "拉黑我们是吧，今晚就去你店里坐坐。",
    "是不是要我们去你公司坐坐你才还？",
    "人也找不到，那我们只好天天去你老家门口等你了。",
    # visit frames that had none
    "你到哪我们跟到哪，欠的钱一分都少不了。",
    "再拖着，我们就把你家大门给堵死。",
    "钱不到账，明晚带一帮人找上门。",
    "欠款不结清，你家门上给你写满欠债还钱。",
    # the collector reports the reader to the police where the reader lives
    "经核实你借款时资料造假，我们明天向你户籍所在地派出所报案，并通知你的工作单位。",
])
def test_heard_as_threat(analyzer, text):
    assert analyzer.analyze(text).verdict.label == "unlawful_threat"


@pytest.mark.parametrize("text", [
    "我每天都去你店里坐坐，你家的奶茶太好喝了哈哈。",
    "你回一次老家我们就聚一次，下次叫上老同学。",
    "您的借款已逾期，我司将安排外访人员上门核实，外访人员持证上岗。",
    "我们不会天天去你家，也不会找你的家人，请按时还款。",
    "新闻：催收人员带一帮人找上门堵门，已被警方刑拘。",
    "我们已经到你们小区了，你出来接一下，车开不进去。",
    "【XX派出所】您反映的催收人员联系您家人一事已受理，我们将通知您的家属配合调查。",
    "周末带几个兄弟上门帮你装修，中午一起吃饭。",
])
def test_look_alike_not_alarmed(analyzer, text):
    assert analyzer.analyze(text).verdict.label not in ("unlawful_threat", "scam")
