"""aggr32: an ultimatum to the reader followed by a collection or legal step, with no debt word, was called
not_collection because the debt gate heard no debt.

The gate now hears collection when the reader is given a last chance or a deadline (最后一次通知, 错过今天, 今晚十点前不
处理, 如您今日仍未联系, 今天之前…不然) and, once it passes, the matter goes to a collection or legal step (起诉, 诉讼组,
递交法院, 第三方机构接手, 移交外访, 下一处理阶段, 上门): analyzer/debt_lever.ultimatum_step, classes in
knowledge/data/rules/zz_aggr32.toml, whose rule aggr32.ultimatum.then_collection_step gives urgency_pressure. A deadline
alone (a shop, a parcel, an exam, a renewal) or a court alone (a witness, the reader's own filing) never counts, and the
frame never makes a message unlawful_threat or scam."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer import analyze
from analyzer.debt_lever import ultimatum_step
from analyzer.document import parse

AGGRESSIVE = [
    "何**，这是最后一次短信通知，今晚十点前不处理，明早九点材料直接递交法院。",
    "陈**，本周五是我们内部能申请的最后一次延期，过了周五系统自动转诉讼组，到时候我也帮不了你。",
    "赵先生，今天是给您的最后一个协商窗口，错过今天，后续就由第三方机构接手，处理方式会不一样。",
    "兄弟，账你自己心里有数，今天晚上之前给我个准话，不然明天我就按流程报上去了。",
    "请在收到本短信后2小时内联系我司，逾时系统将自动转入下一处理阶段。",
    "你的账今天不平，明天上门",
    "最後一次通知，錯過今天，明天直接起訴。",
]

NOT_COLLECTION = [
    "【XX商城】您购物车中的商品优惠将于今日24:00截止，错过今天恢复原价，点击查看。",
    "【XX快递】您的包裹已到驿站三天未取，今日18点前未取件将退回寄件人。",
    # legal37: a witness summons in a numbered case is a legal notice now (blind writers label it so, ten to one)
    "【XX市人民法院】王某某，您已被选任为人民陪审员，请于5月20日上午9时到本院政治部报到。",
    "您好，我司法务部已审核完您提交的合同修改意见，请于本周五前回传签字版，逾期按原版本执行。",
    "小李，明天上午九点前必须把方案发给我，不然项目就交给别人做了。",
    "最后一次提醒：本周五前不报名的同学，将无法参加下一阶段的培训。",
    "如遇自称XX金融的人说最后一次机会，错过今天就起诉，请报警核实。",
    "我们不会上门，也不会起诉，最后一次协商机会请通过官方App办理。",
    "【XX物业】尊敬的业主，本周六上午物业工作人员将上门检查燃气管道，请家中留人，不便请回电改约。",
    "我这个月再不还信用卡，过了月底银行就要起诉我了，怎么办？",
]


@pytest.mark.parametrize("text", AGGRESSIVE, ids=[f"A{i}" for i in range(len(AGGRESSIVE))])
def test_ultimatum_then_step_is_aggressive(text):
    report = analyze(text)
    assert report.verdict.label == "aggressive", (text, report.verdict.label)


@pytest.mark.parametrize("text", NOT_COLLECTION, ids=[f"N{i}" for i in range(len(NOT_COLLECTION))])
def test_deadline_or_court_alone_is_not_collection_pressure(text):
    report = analyze(text)
    assert report.verdict.label not in ("aggressive", "unlawful_threat", "scam"), (text, report.verdict.label)
    assert not ultimatum_step(parse(text).f)


def test_battery_no_ordinary_line_called_pressure_threat_or_scam():
    path = Path(__file__).parent / "data" / "probes" / "aggr32_own.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    aggressive = [r for r in rows if r["category"] == "aggressive"]
    ordinary = [r for r in rows if r["category"] == "not_collection"]
    assert len(rows) == 60
    got = {r["id"]: analyze(r["text"]).verdict.label for r in rows}
    assert not [r["id"] for r in ordinary if got[r["id"]] in ("aggressive", "unlawful_threat", "scam")]
    # first run on main 13/30; with the ultimatum frame at least 17/30
    assert sum(got[r["id"]] == "aggressive" for r in aggressive) >= 17
