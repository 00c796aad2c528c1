"""aggr30: collector pressure with no debt word, called not_collection because the debt gate heard no debt.

The gate now hears collection when the collector's role is clear (a collector's department, a lender's signature or
self-introduction, 我司/本行, contact data the reader 预留), the reader is chased (电话不接, 联系不上, 失联) and the next
step is told (外访, 上门, 户籍地, 预留的紧急联系人, 移交, 升级, 催告函): analyzer/debt_lever.role_chased, classes in
knowledge/data/rules/zz_aggr30.toml, whose rule aggr30.role.chased_then_next_step gives urgency_pressure. A deadline,
a visit or a chase alone never counts, and the frame never makes a message unlawful_threat or scam."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer import analyze
from analyzer.debt_lever import role_chased
from analyzer.document import parse

AGGRESSIVE = [
    "【XX消费金融】贷后管理部通知：张**先生，多次致电您均无人接听，请于今日18点前回电，否则将转交外访组处理。",
    "您好，我是XX银行信用卡中心的工作人员，由于一直联系不到您，我们将向您的户籍地址寄送书面通知函，请注意查收。",
    "因多次无法与您取得联系，我们将通过您预留的紧急联系人转告您尽快回电。",
    "如您今日仍未回电，我司将联系您预留的紧急联系人，请其转告您尽快与我司联系。",
    "周XX，我们这边是XX分期的，你的合同已经到了我们部门，再不回电，后面就由外包公司接手了。",
    "您好，XX分期委外专员提醒您：您的合同编号XF2026***已分配至我处，您始终回避沟通，本周内如仍无回复，将提交上级。",
    "您好，XX貸後專員提醒，您多次拒接電話，本週將安排外訪。",
]

NOT_COLLECTION = [
    "【XX快递】您的包裹派送多次联系不上收件人，今日18点前未回电将退回寄件人。",
    "【XX小学】家长您好，多次致电您未接通，请于今天下午5点前联系班主任，否则孩子需留校等候。",
    "【XX燃气】尊敬的用户，因多次联系未果，您家的安全检查将于本周五由工作人员上门进行，请家中留人。",
    "【XX家政】阿姨明天上午9点上门，您电话一直没接通，请回电确认，否则本次服务将自动取消。",
    "小李，你电话怎么一直不接？明天上午九点前必须把方案发给我，不然项目就交给别人做了。",
    "【XX银行】您好，我行多次致电您未接通，您申请的信用卡将转交审批部门处理，请回电确认。",
    "【XX资产管理】尊敬的业主，您名下商铺的租赁合同即将到期，请于本月20日前到管理处办理续约手续。",
    "【XX电信】您好，您申请的宽带安装工程师将于明天上门，多次联系未接通，如需改期请回复1。",
]


@pytest.mark.parametrize("text", AGGRESSIVE, ids=[f"a{i}" for i in range(len(AGGRESSIVE))])
def test_role_chase_and_step_are_heard_as_pressure(text: str) -> None:
    report = analyze(text)
    assert report.verdict.label == "aggressive"
    assert any(f.rule_id == "aggr30.role.chased_then_next_step" for f in report.findings)


@pytest.mark.parametrize("text", NOT_COLLECTION, ids=[f"n{i}" for i in range(len(NOT_COLLECTION))])
def test_look_alikes_stay_ordinary(text: str) -> None:
    report = analyze(text)
    assert report.verdict.label == "not_collection"
    assert not role_chased(parse(text).f)


def test_no_role_no_gate() -> None:
    """A chase and a step without the collector's role: the gate does not hear a debt from this frame."""
    assert not role_chased(parse("你电话一直不接，明天我直接去你公司楼下等你，咱俩当面说清楚。").f)
    assert role_chased(parse("这里是XX金融贷后部，你电话一直不接，明天我们直接去你公司找你。").f)


def test_battery_floor() -> None:
    """tests/data/probes/aggr30_own.jsonl: 40/58 on main before the change, 45/58 after; no look-alike turned
    unlawful_threat or scam (N14 and N18 are unlawful_threat on main too)."""
    rows = [json.loads(l) for l in (Path(__file__).parent / "data/probes/aggr30_own.jsonl").read_text(
        encoding="utf-8").splitlines() if l.strip()]
    got = {r["id"]: analyze(r["text"]).verdict.label for r in rows}
    assert sum(got[r["id"]] == r["category"] for r in rows) >= 45
    harm = {r["id"] for r in rows if r["category"] == "not_collection" and got[r["id"]] in ("scam", "unlawful_threat")}
    assert harm <= {"AG30-N14", "AG30-N18"}
