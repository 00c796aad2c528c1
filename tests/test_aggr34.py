"""aggr34: a collection step aimed at the reader, said with no debt word, makes a collection message — as pressure
only (knowledge/data/rules/zz_aggr34.toml, `opens_debt`); a denied step (暂不, 尚未, 不会) stands down.

Messages written for this test (not copied from a data file). Each pressing message was not_collection on main
(the debt gate stayed shut), and each twin must stay as it was: a quarrel over a shop, work talk, the reader's own
suit, a lawyer to a client, a court's own notice, a game or a drama, a warning about collectors."""
from __future__ import annotations

import pytest

from knowledge.errors import DataError
from knowledge.models import rule_from_dict
from knowledge.registry import kinds

PRESSED = [
    ("condition_court", "再拖着不回，下礼拜直接递诉状。", "aggr34.step.unhandled_then_step"),
    ("deadline_lawyer", "周三不处理，周四这单交律师。", "aggr34.step.unhandled_then_step"),
    ("refusal_road", "还不还？不还咱们就法庭见。", "aggr34.step.unhandled_then_step"),
    ("last_days", "最后给你两天，过了直接走法律程序。", "aggr34.step.unhandled_then_step"),
    ("case_to_group", "您的档案今天已转入法诉组，请留意来电。", "aggr34.step.case_moved"),
    ("on_the_list", "本周的起诉名单上有您的名字，请周五前联系。", "aggr34.step.case_moved"),
    ("to_debt_buyer", "你那笔月底就打包转让给资产管理公司了。", "aggr34.step.case_moved"),
    ("creditor_files", "老王，三万块拖了两年，我们月底就去法院起诉。", "aggr34.step.creditor_takes_step"),
    ("visit_announced", "多次联系不上您，外访组下周二前往您的户籍地。", "aggr34.step.creditor_takes_step"),
    ("legal_takes_over", "分期你也不办，过了这周法务就接手了。", "aggr34.step.creditor_takes_step"),
]

QUIET = [
    ("shop_quarrel", "那家健身房再不给我退费，那就法院见。"),
    ("work_talk", "这份合同今天不处理，明天法务那边会按流程走。"),
    ("work_report", "周报今天不处理完，明天主管直接上报领导。"),
    ("client_says", "客户说今天不发货，明天直接起诉我们。"),
    ("own_suit", "您起诉李某的案件已分配至诉讼服务中心，请按时参加调解。"),
    ("lawyer_client", "陈总，对方一直不履行，我们下周帮您向法院申请立案执行，请签授权委托书。"),
    ("court_notice", "【XX区人民法院】您的案件已分配至第三审判庭，承办法官将与您联系。"),
    ("game", "这局再不赢，我们公会就去找裁判打官司，哈哈，游戏而已。"),
    ("drama", "剧里那个律师说：再不还钱就起诉你，太帅了。"),
    ("warning", "如遇自称催收的人说今天不处理明天就起诉，请勿相信，拨打官方客服核实。"),
    ("writer_owes", "我再不还就要被起诉了，谁能借我点钱。"),
    ("friend_no_rush", "钱的事不急，我不会去法院起诉你的，咱们是朋友。"),
    ("complaint", "您的投诉已转交法务部门跟进，我们会在三个工作日内答复。"),
    ("settled", "您的借款已全部还清，我司已向法院撤回起诉，祝您生活愉快。"),
    ("advice", "你的事交给律师吧，这官司我看你能打赢。"),
]


@pytest.mark.parametrize(("text", "rule"), [(t, r) for _, t, r in PRESSED], ids=[i for i, _, _ in PRESSED])
def test_a_step_aimed_at_the_reader_is_pressure(analyzer, text, rule):
    report = analyzer.analyze(text)
    assert report.verdict.label == "aggressive", [(f.rule_id, f.severity) for f in report.findings]
    assert rule in {r for f in report.findings for r in f.rule_ids}


@pytest.mark.parametrize("text", [t for _, t in QUIET], ids=[i for i, _ in QUIET])
def test_the_same_words_elsewhere_are_not_read(analyzer, text):
    report = analyzer.analyze(text)
    assert not any(r.startswith("aggr34.") for f in report.findings for r in f.rule_ids)
    assert report.verdict.label not in ("unlawful_threat", "scam")


def test_the_opened_gate_is_pressure_only(analyzer):
    # a fragment friends also say (给我等着) stays low: the step opened the gate after the @debt rules ran
    report = analyzer.analyze("您的档案今天已转入法诉组，你给我等着。")
    assert report.verdict.label == "aggressive"
    assert all(f.severity == "low" for f in report.findings if f.category == "unlawful_threat")


@pytest.mark.parametrize("text", [
    "您的借款已逾期，我司暂不启动诉讼程序，请尽快联系客服协商。",
    "您的借款已逾期，暂未移交法务，请尽快还款。",
    "您的借款尚未进入诉讼程序，请通过官方App还款。",
], ids=["not_yet_started", "not_yet_handed", "not_yet_entered"])
def test_a_denied_step_stands_down(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "reminder", [(f.rule_id, f.severity) for f in report.findings]


def test_a_step_not_yet_taken_is_still_a_condition(analyzer):
    # 尚未 + a repayment act is the borrower's condition (modality `condition`), not a denial of the step after it
    report = analyzer.analyze("如您尚未结清欠款将移交法务处理。")
    assert report.verdict.label == "aggressive"


def test_only_a_pressure_rule_can_open_the_gate():
    base = {"id": "x.y.z", "severity": "high", "patterns": ["a"], "explanation": "e", "must_match": ["a"],
            "must_not_match": ["b"], "opens_debt": True}
    with pytest.raises(DataError) as exc:
        rule_from_dict({**base, "kind": "violence_threat"}, "rules/test.toml", 0, kinds())
    assert "opens_debt" in str(exc.value)
    assert rule_from_dict({**base, "kind": "urgency_pressure"}, "rules/test.toml", 0, kinds()).opens_debt
