"""aggr28: heavy lawful pressure read as a plain reminder or as no collection at all.

Three mechanisms, each checked through the real analyzer:
- no pressure frame heard the step (a case moved into a collection stage, a deadline whose consequence is forfeit or
  escalation, arrears shared with partner institutions, a bad-record deadline, a card measure, a bad-debt status);
- the debt gate did not see the debt (a case named only by its number; 立即还清 read as 即还清 = paid; 申请 cut as an
  advert word before 向法院申请了支付令 was read; the creditor's own court steps);
- a frame read the step as a scam (转入核查组专项处理 as money moved for "verification").
A pressure finding never makes a message unlawful_threat or scam."""
from __future__ import annotations

import pytest

from analyzer import analyze

AGGRESSIVE = [
    "【某*金融】您的借*款已逾期，账户已转入资 产 处 置流程，请3日内处理。",
    "【XX银行】您的抵押贷款已逾期三期，本行将依据合同约定启动抵押物处置程序，请于12月15日前到网点办理。",
    "王**先生，您名下XX借款账户逾期严重，现已转入核查组专项处理，请今日18点前回电说明还款安排。",
    "【XX】你的账单状态已变更为：严重逾期-待移交，处理截止时间12月07日18:00。",
    "【XX】您的账户已进入法催阶段，请尽快处理，以免产生诉讼费用。",
    "您好，编号XD2026113的案件已转至我部处理，请今天下午五点前联系我们，否则视为放弃协商。",
    "您好，您的委托案件已分配至我司处理（委托方：XX银行），请在本周内主动联系协商，逾期视为拒绝协商。",
    "【XX金融】您的逾期信息将同步至合作机构，请尽快结清欠款3650元，以免对您今后的金融业务造成限制。",
    "张三你好，由于你多次违约，我们已取消你的还款计划，要求立即还清全部欠款。",
    "我们已经向法院申请了支付令，法院会给你寄过去，收到后15天内不提异议就生效了。",
    "你这个案子我这边明天就报给法务了，法务那边怎么处理我就管不了了，你自己考虑清楚。",
    "王女士，您在我行的信用卡透支款已逾期，若今日仍无还款，征信上会留下不良记录。",
    "【XX信用卡】您已逾期，根据合同约定，我行将对您的账户采取止付措施。",
    "【XX消费金融】您的逾期欠款已被列为不良资产，请尽快联系处理。",
    "【XX銀行】您的欠款已逾期，帳戶已轉入資產處置流程，請盡快還款。",
]

NOT_AGGRESSIVE = [
    ("not_collection", "【XX拍卖】XX资产处置专场12月9日10:00开拍，房产、车辆等多个标的，欢迎参与竞拍。"),
    ("not_collection", "【XX银行】您的账户存在异常登录，风控部门已临时限制部分功能，如非本人操作请致电官方客服。"),
    ("not_collection", "【XX物业】请于12月15日前缴纳第四季度物业费，逾期将按规定收取滞纳金。"),
    ("not_collection", "【XX快递】您的包裹已移交至驿站，请于12月8日前凭取件码取件，逾期将退回。"),
    ("not_collection", "王哥，明天上午法务部开会，合同的事最后一次跟对方协商，下午三点前把材料发我。"),
    ("not_collection", "【XX】您的借款已全部结清，我司已按规定向征信机构报送结清信息，感谢使用。"),
    ("not_collection", "您的投诉工单已受理，如3日内未回复将转入下一处理环节。"),
    ("reminder", "【XX消费金融】您的借款已逾期1天，请今日内还款，避免产生罚息及影响个人征信记录。"),
    ("reminder", "【XX信用卡中心】您本期最低还款额为320元，到期还款日12月12日，未按时还款将产生违约金及利息，并可能影响您的信用记录。"),
    ("reminder", "【XX消费金融】您的账单已逾期，逾期记录将按规定报送征信，请尽快还款。"),
    ("reminder", "【京东金融】您的金条额度已被冻结，原因是近期存在逾期，结清后可在京东金融App申请恢复。"),
]


@pytest.mark.parametrize("text", AGGRESSIVE, ids=range(len(AGGRESSIVE)))
def test_lawful_pressure_is_aggressive(text: str) -> None:
    report = analyze(text)
    assert report.verdict.label == "aggressive", [f.rule_id for f in report.findings]


@pytest.mark.parametrize("label,text", NOT_AGGRESSIVE, ids=range(len(NOT_AGGRESSIVE)))
def test_same_words_without_pressure(label: str, text: str) -> None:
    report = analyze(text)
    assert report.verdict.label == label, [f.rule_id for f in report.findings]


def test_case_moved_into_verification_unit_is_no_scam() -> None:
    report = analyze("王**先生，您名下XX借款账户逾期严重，现已转入核查组专项处理，请今日18点前回电说明还款安排。")
    assert not any(f.rule_id == "scam.r7.transfer_to_verify" for f in report.findings)
    # the money-transfer scam that uses the same words is still read
    scam = analyze("您的账户涉嫌异常，请将全部资金转入核查部门指定账户验证，验证后原路退回")
    assert scam.verdict.label == "scam"


def test_aggr28_findings_are_pressure_only() -> None:
    for text in AGGRESSIVE:
        for f in analyze(text).findings:
            if f.rule_id.startswith("aggr28."):
                assert f.kind == "urgency_pressure"
                assert text[f.start:f.end] == f.excerpt
