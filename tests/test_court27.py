"""court27: a people's mediation committee (人民调解委员会) telling a party of a step in the mediation is a legal notice
(analyzer/detectors/legal_mediation.py, lexicon classes in knowledge/data/rules/zz_court27.toml); a committee's name in a
collector's or a fake's message is not. Real analyzer calls."""
from __future__ import annotations

import re

import pytest

from analyzer.detectors import legal_mediation
from analyzer.lexicon import load as load_lexicon

MUST_MATCH = [
    # the committee received the creditor's application; the mediator will call; it charges nothing
    ("【深圳市福田区金融纠纷人民调解委员会】王先生您好，某消费金融有限公司就您的借款纠纷向本委员会申请调解，"
     "调解员陈某将在5个工作日内与您联系，如不同意调解可直接告知。本委员会不收取任何费用。", None),
    # the agreement was signed: perform it
    ("【南京市鼓楼区人民调解委员会】您好，您与某银行信用卡纠纷的调解协议已签署，请按协议约定的还款计划履行。", None),
    # the reader's own mediation number and the mediator's call
    ("【上海市徐汇区人民调解委员会】李女士：您的调解申请已受理，调解编号XH2026-0088，调解员将于本周内电话联系您。", None),
    # masked when pasted, nothing else found
    ("【某某市某区人民调解委员会】您好，经调解，您与某小额贷款公司达成还款协议，调解协议书已签署并生效，请按约定时间履行。",
     None),
    # Traditional characters
    ("【廣州市天河區人民調解委員會】您好，某銀行就您的信用卡糾紛向本委員會申請調解，調解員將與您聯繫。", None),
]
MUST_NOT_MATCH = [
    # a "debt mediation centre" is not a people's mediation committee
    ("【全国债务调解中心】您好，某平台就您的借款纠纷向本中心申请调解，调解员将与您联系。", None),
    # a pay route to the mediator: the fake's marker wins
    ("【深圳市福田区金融纠纷人民调解委员会】您的借款纠纷调解已受理，请缴纳调解费500元至调解员个人账户，户名张某。", None),
    # hurry, a mobile, the credit report: a collector's voice
    ("【深圳市福田区金融纠纷人民调解委员会】您的借款已逾期90天，请立即联系调解员13800001111处理，否则上报征信。", None),
    # the lender speaking of the committee
    ("【某消费金融】我司已将您的欠款纠纷提交深圳市福田区金融纠纷人民调解委员会申请调解，请尽快还款。", None),
    # a committee's public notice to no one about no case
    ("【某区人民调解委员会】邻里纠纷、婚姻家庭矛盾可申请免费人民调解，地址：某街道社区服务中心二楼。", None),
    # the lender relaying the committee's step: the committee is not the one speaking
    ("【某消费金融】您好，您的借款纠纷已提交深圳市福田区金融纠纷人民调解委员会，调解员将于近日联系您，请注意接听。", None),
    # a generic place named by a collector
    ("你的欠款我们将申请当地人民调解委员会调解，调解不成直接起诉。", None),
]


@pytest.mark.parametrize("text,sender", MUST_MATCH, ids=[f"match{i}" for i in range(len(MUST_MATCH))])
def test_committee_notice_is_legal_notice(analyzer, text: str, sender: str | None) -> None:
    report = analyzer.analyze(text, sender=sender)
    assert report.verdict.label == "legal_notice", report.verdict
    check = report.verdict.legal_check
    assert "mediation_step" in check["details"]
    assert check["stage"] == "mediation"
    assert any("12348" in step for step in check["how_to_verify"])


@pytest.mark.parametrize("text,sender", MUST_NOT_MATCH, ids=[f"nomatch{i}" for i in range(len(MUST_NOT_MATCH))])
def test_not_a_committee_notice(analyzer, text: str, sender: str | None) -> None:
    report = analyzer.analyze(text, sender=sender)
    assert report.verdict.label != "legal_notice", report.verdict
    check = report.verdict.legal_check or {}
    assert "mediation_step" not in check.get("details", [])


def test_pay_route_to_mediator_is_scam(analyzer) -> None:
    assert analyzer.analyze(MUST_NOT_MATCH[1][0]).verdict.label == "scam"


def test_court_referral_keeps_court_steps(analyzer) -> None:
    """A committee on a court's referral is checked with the court (12368), not at the mediation stage."""
    text = ("这里是成都市锦江区人民调解委员会，受锦江区人民法院委派，就某小贷公司与您借款纠纷一案开展诉前调解，"
            "调解员：周某。如不愿意调解请告知，本会将退回法院。")
    report = analyzer.analyze(text)
    assert report.verdict.label == "legal_notice"
    assert report.verdict.legal_check["stage"] != "mediation"


@pytest.mark.parametrize("name,named", [
    ("深圳市福田区金融纠纷人民调解委员会", True), ("北京市朝阳区人民调解委员会", True),
    ("某某区人民调解委员会", False), ("XX市人民调解委员会", False), ("当地人民调解委员会", False),
    ("金融纠纷人民调解委员会", False)])
def test_committee_names(name: str, named: bool) -> None:
    assert bool(legal_mediation.mediator_names("请联系" + name)) is named


def test_lexicon_classes_compile() -> None:
    classes = load_lexicon().classes
    for name in ("people_mediator", "mediator_voice", "mediation_party", "mediation_step"):
        assert re.compile(classes[f"court_med_{name}"])


# court27: a lawyer's letter that sends the reader to the creditor's official channel to check the debt or to negotiate
# (legal_voice.LETTER_CHECK) names something to check; one that only says to repay there, today, does not.
LETTER_MATCH = [
    "【上海市某某律师事务所】您好，本所律师受某银行信用卡中心委托，就您的信用卡欠款向您发送律师函，详情已邮寄至您的账单"
    "地址，请查收。如有异议请通过银行官方客服核实。",
    "【江苏某某律师事务所】致吴某的律师函：受某银行委托，现正式函告您，您在该行信用卡欠款合计人民币35,622.18元，请于"
    "2026年2月1日前通过该行官方渠道还款或与银行协商分期，否则委托人将依法起诉。",
]
LETTER_NO_MATCH = [
    "【某某律师事务所】受某网贷平台委托，就您的借款逾期向您发送律师函，请于今日内通过官方APP还清全部欠款，否则本所将立即"
    "起诉并申请冻结您的银行账户。",
    "律师函：受某银行委托，请于七日内还款，逾期本所将代理起诉。",
    "【某某律师事务所】受某银行委托，就您的信用卡欠款发出律师函，请将欠款转账至本所账户6222021001123456789，如有疑问通过"
    "官方客服核实。",
]


@pytest.mark.parametrize("text", LETTER_MATCH, ids=[f"letter{i}" for i in range(len(LETTER_MATCH))])
def test_letter_sending_reader_to_official_channel(analyzer, text: str) -> None:
    report = analyzer.analyze(text)
    assert report.verdict.label == "legal_notice", report.verdict
    assert report.verdict.legal_check["stage"] == "lawyer"


@pytest.mark.parametrize("text", LETTER_NO_MATCH, ids=[f"noletter{i}" for i in range(len(LETTER_NO_MATCH))])
def test_letter_without_a_check_is_not_a_notice(analyzer, text: str) -> None:
    assert analyzer.analyze(text).verdict.label != "legal_notice"


def test_court_tells_listed_debtor_to_apply_for_removal(analyzer) -> None:
    """court27: a court's own enforcement notice saying the listed debtor may apply to have the listing removed after
    performing is the court's procedure, not a credit-repair offer (scam.credit_repair.offer's unless)."""
    text = ("【深圳市南山区人民法院】您好，执行局提醒：您的（2025）粤0305执9876号案件已被纳入失信被执行人名单，请尽快履行义务，"
            "履行后可申请删除失信信息。")
    report = analyzer.analyze(text)
    assert report.verdict.label == "legal_notice", report.verdict
    assert not any(f.kind == "credit_repair_scam" for f in report.findings)


def test_paid_removal_after_performing_is_still_a_scam(analyzer) -> None:
    text = "【某某人民法院】你已被列为失信人，履行后可申请删除失信信息，交800元由专员代办，不用跑法院。"
    report = analyzer.analyze(text)
    assert report.verdict.label == "scam"
    assert any(f.kind == "credit_repair_scam" for f in report.findings)
