"""rnc58: the aggressive / reminder border read by the label definition (../shared/eval/README.md and the writers'
brief): a consequence (credit report, suit, transfer to collection or legal, visit, default, penalty) conditioned on
the reader's not paying by a near deadline, or announced as the next step now, is lawful heavy pressure (aggressive);
the routine rule (按规定, 可能, 将影响) with no near deadline, or a bill's own due date, stays a reminder. Rules in
knowledge/data/rules/zz_rnc58.toml. Messages written for this test (masked), not taken from any data set."""
from __future__ import annotations

import json
import urllib.request

import pytest

from analyzer import analyze

# a consequence tied to the reader's not paying by a near deadline
UNPAID_BY_DEADLINE = [
    ("report_tomorrow", "今天之内不还，明天就把你的逾期记录报送征信，以后房贷车贷别想了。"),
    ("hours_transfer", "【某某分期】您的账单已逾期，72小时内仍未结清，您的案件将移交外访组处理。"),
    ("month_end_court", "小孙，月底前你要是还不上，下个月我们就把材料交法院。"),
    ("tonight_default", "今晚九点前款不到账，明天按违约处理，剩余本金全额提前收回。"),
    ("penalty_lever", "今天不还，明天起罚息继续往上涨，拖一天多一天。"),
    ("new_deadline", "您的借款已逾期20天，请于本月18日前还清，否则我司将把您的案件移交法务部门。"),
    ("dated_unpaid", "【某某金融】您的贷款已逾期，如您在3月9日前仍未还款，我们将向征信系统报送您的逾期记录。"),
]

# the next step announced now: already handed over, or set for the next days
NEXT_STEP = [
    ("handed_to_lawyer", "您的逾期欠款已转律师处理，请尽快协商。"),
    ("outsourced", "【某某借】您的账户已委外，请尽快联系处理。"),
    ("from_monday", "您的逾期账户下周一起将由外部委托机构接手，请在此之前自行还款。"),
    ("tomorrow_report", "已逾期29天，明天满30天系统自动报送征信。"),
    ("suit_assessment", "您的借款逾期已久，资金方已发起诉讼评估，请三日内结清。"),
]

# near misses that stay reminders: the routine rule, a bill's own due date, a possibility, no near deadline
ROUTINE = [
    ("rule_only", "【某某贷】您的借款已逾期，逾期信息将按规定报送征信，请尽快还款。"),
    ("bill_due", "【某某银行】您本期账单2,310元，还款日为12月10日，请于12月10日前还款，逾期未还将报送征信。"),
    ("may_affect", "您的借款已逾期，请于3日内还款，否则可能影响您的信用记录。"),
    ("pre_due", "您的借款明日到期，请提前存足款项。"),
]

# not the reader's debt pressed at all: the writer's own worry, a warning, a denial, work talk
NOT_PRESSED = [
    ("own_worry", "我这个月再不还花呗，下个月是不是就上征信了？"),
    ("homework", "今天不交作业，明天就告诉你家长。"),
    ("work_talk", "这个项目今天不处理，明天法务那边就要审合同了。"),
]


@pytest.mark.parametrize(("name", "text"), UNPAID_BY_DEADLINE + NEXT_STEP, ids=[n for n, _ in UNPAID_BY_DEADLINE + NEXT_STEP])
def test_lever_tied_to_a_near_deadline_is_aggressive(name, text):
    report = analyze(text)
    assert report.verdict.label == "aggressive", name
    assert any(r.startswith("rnc58.") for f in report.findings for r in f.rule_ids), name


@pytest.mark.parametrize(("name", "text"), ROUTINE, ids=[n for n, _ in ROUTINE])
def test_routine_rule_stays_a_reminder(name, text):
    report = analyze(text)
    assert not any(r.startswith("rnc58.") for f in report.findings for r in f.rule_ids), name
    assert report.verdict.label == "reminder", name


@pytest.mark.parametrize(("name", "text"), NOT_PRESSED, ids=[n for n, _ in NOT_PRESSED])
def test_no_lever_on_the_reader(name, text):
    report = analyze(text)
    assert not any(r.startswith("rnc58.") for f in report.findings for r in f.rule_ids), name
    assert report.verdict.label == "not_collection", name


def test_denied_step_is_no_lever():
    report = analyze("今天不还也没关系，我们不会上报征信，有困难可以申请分期。")
    assert not any(r.startswith("rnc58.") for f in report.findings for r in f.rule_ids)


def test_the_api_reads_the_border(live_server) -> None:
    for text, label in ((UNPAID_BY_DEADLINE[0][1], "aggressive"), (ROUTINE[0][1], "reminder")):
        data = json.dumps({"text": text}).encode("utf-8")
        request = urllib.request.Request(live_server.url + "/api/v1/analyze", data=data,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as r:  # noqa: S310 - our own test server
            report = json.loads(r.read().decode("utf-8"))
        assert report["verdict"]["label"] == label
