"""aggr36: a message to someone near the borrower (the registered contact, a relative, a colleague, a neighbour) that
only asks them to have the borrower call back is aggressive (knowledge/data/rules/zz_aggr36.toml): the labelled border
(tests/data/fresh/README.md, "Borderline cases") calls the lawful side of contacting third parties pressure. aggr18
needs a debt word and aggr33 (relay.py) a lender's name or a collector's word; these messages have neither, or ask
in other words (告知他尽快回电, 让他今天务必回个电话). Pressure only: never a threat or a scam.

Messages written for this test (not copied from a data file). Each relayed request was reminder or not_collection on
main; each twin must stay quiet (no aggr36 finding, no threat or scam): a courier, a teacher, a hospital, a friend
about a party, a contact told "reply to refuse and we will not write again", a guarantor, a warning about scams, a
request to the borrower himself."""
from __future__ import annotations

import pytest

RULE = "aggr36.relay.contact_asked_to_relay"

RELAYED = [
    ("relation_asked_unreachable", "您好，请问您是钱某某的表哥吗？我们有急事找他，他电话一直没人接，麻烦您让他回个电话。"),
    ("contact_named_today", "您好，范**留的联系人是您，他手机关机好几天了，能麻烦您让他今天给我们回个电话吗？"),
    ("told_in_other_words", "您好，石**在办理业务时登记了您的号码作为联系人，我们暂时联系不上他本人，请告知他尽快回电。"),
    ("urgent_in_the_request", "您好，麻烦您转告一下何某，让他今天务必回个电话给我们，号码就是这个。"),
    ("neighbour_asked", "您好，请您帮忙告诉您的同事邱*，让她看一下手机短信，我们这边一直联系不到她。"),
]

QUIET = [
    ("courier", "您好，我们是某某快递，您家人的包裹到了驿站，他电话打不通，麻烦您让他回个电话。"),
    ("teacher", "家长您好，我是班主任，联系不上孩子爸爸，麻烦您让他今天务必回个电话。"),
    ("hospital", "【某医院】您好，您是患者家属吗？他的检查结果出来了，电话打不通，请转告他尽快回电。"),
    ("friend_party", "小王，我联系不上老李，你见到他让他回我个电话，周末聚会改时间了。"),
    ("contact_may_refuse", "您好，林**留了您的号码作为联系人，我们暂时联系不上他，方便时请转告他回电；如您不愿接收此类信息，"
                           "回复拒绝即可，我们不再打扰。"),
    ("guarantor", "保证人您好，借款人手机一直关机，请您转告他尽快与我行联系。"),
    ("scam_warning", "如遇自称客服说您是某某的紧急联系人、要您转告他回电并转账的，请勿理会。"),
    ("to_the_borrower", "您好，请您尽快回电，我们有重要事情需要与您本人沟通。"),
]


@pytest.mark.parametrize("text", [t for _, t in RELAYED], ids=[i for i, _ in RELAYED])
def test_a_request_to_relay_a_callback_is_aggressive(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "aggressive", [(f.rule_id, f.severity) for f in report.findings]
    assert RULE in {r for f in report.findings for r in f.rule_ids}


@pytest.mark.parametrize("text", [t for _, t in QUIET], ids=[i for i, _ in QUIET])
def test_an_everyday_relay_is_not_read(analyzer, text):
    report = analyzer.analyze(text)
    assert RULE not in {r for f in report.findings for r in f.rule_ids}, [(f.rule_id, f.severity) for f in report.findings]
    assert report.verdict.label not in ("unlawful_threat", "scam")


def test_a_relay_that_tells_the_debt_stays_a_threat(analyzer):
    # telling the contact of the debt is message_to_third_party (unlawful); the pressure frame must not lower it
    report = analyzer.analyze("您好，您的朋友张**在我司借款逾期不还，他电话一直打不通，麻烦您转告他尽快回电还款。")
    assert report.verdict.label == "unlawful_threat", [(f.rule_id, f.severity) for f in report.findings]


# ---- the legal next step with a day, an order or a condition (aggr36.step.step_scheduled) ----
SCHEDULED = [
    ("day_first", "材料我已经交给律师了，下周二诉状就递到法院，你自己看着办。"),
    ("condition_reversed", "不想吃官司就这周把钱还上。"),
    ("before_no_money", "月底前还不见到钱，就走法律程序。"),
    ("next_is_court", "我们已经打了很多次电话了，下一步就是法院寄材料给你。"),
    ("otherwise_case_moved", "请于今天下午五点前回电，否则您的案件将转入诉讼流程。"),
]

SCHEDULED_QUIET = [
    ("shop_dispute", "那家店再不退款，下周我就去法院起诉，你帮我看看诉状怎么写。"),
    ("lawyer_to_client", "王先生，您委托的案件下周二开庭，请准备好身份证原件。"),
    ("no_suit", "我们不会起诉你，下周联系客服协商分期即可。"),
    ("news", "新闻：某平台宣布下周起对恶意逃债者提起诉讼。"),
    ("advice", "你的事情交给律师吧，下周起诉我觉得能赢。"),
    ("court_notice", "【某某区人民法院】您的案件定于下周一开庭，请按时到庭。"),
]


@pytest.mark.parametrize("text", [t for _, t in SCHEDULED], ids=[i for i, _ in SCHEDULED])
def test_a_scheduled_legal_step_is_aggressive(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "aggressive", [(f.rule_id, f.severity) for f in report.findings]
    assert "aggr36.step.step_scheduled" in {r for f in report.findings for r in f.rule_ids}


@pytest.mark.parametrize("text", [t for _, t in SCHEDULED_QUIET], ids=[i for i, _ in SCHEDULED_QUIET])
def test_a_legal_step_elsewhere_is_not_read(analyzer, text):
    report = analyzer.analyze(text)
    assert "aggr36.step.step_scheduled" not in {r for f in report.findings for r in f.rule_ids}, \
        [(f.rule_id, f.severity) for f in report.findings]
    assert report.verdict.label not in ("unlawful_threat", "scam")


# ---- a service already cut off for the overdue debt (aggr36.cutoff.service_suspended) ----
CUTOFF = [
    ("card_stopped", "【某银行】您的信用卡逾期已超过60天，本行已停止该卡使用，请尽快还款。"),
    ("service_suspended", "【某贷】您的借款逾期已满40天，已暂停您在本平台的全部借款服务。"),
    ("limit_frozen", "你的分期账户逾期未还，额度已被冻结，请尽快处理。"),
]

CUTOFF_QUIET = [
    ("security_freeze", "【某银行】您的账户存在异常交易，为保障资金安全已暂停非柜面交易功能，请本人到网点核实。"),
    ("phone_bill", "【某运营商】您的话费已欠费，号码已暂停呼出服务，缴费后自动恢复。"),
    ("restored", "您的借款已全部结清，已恢复您在平台的借款服务，感谢支持。"),
    ("unfreeze_scam_warning", "如遇自称客服说您的借款额度已被冻结、需缴纳解冻费的，请勿理会。"),
    ("may_suspend", "您的借款已逾期，如继续逾期，平台可能暂停您的借款服务。"),
    ("restored_on_payment", "【某分期】您的账单已逾期1天，已暂停消费功能，还款后即可恢复。"),
]


@pytest.mark.parametrize("text", [t for _, t in CUTOFF], ids=[i for i, _ in CUTOFF])
def test_a_service_cut_off_for_the_debt_is_aggressive(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "aggressive", [(f.rule_id, f.severity) for f in report.findings]
    assert "aggr36.cutoff.service_suspended" in {r for f in report.findings for r in f.rule_ids}


@pytest.mark.parametrize("text", [t for _, t in CUTOFF_QUIET], ids=[i for i, _ in CUTOFF_QUIET])
def test_a_cut_off_elsewhere_is_not_read(analyzer, text):
    report = analyzer.analyze(text)
    assert "aggr36.cutoff.service_suspended" not in {r for f in report.findings for r in f.rule_ids}, \
        [(f.rule_id, f.severity) for f in report.findings]
    assert report.verdict.label not in ("unlawful_threat", "scam")


def test_telling_the_borrower_his_contact_will_relay_is_not_a_relay(analyzer):
    # 请紧急联系人转告您回电 speaks to the borrower himself (aggr30 and aggr35 hear it); the relay frame must not
    report = analyzer.analyze("手机一直关机，如果今天还联系不上您，我们将请您的紧急联系人转告您尽快回电。")
    assert RULE not in {r for f in report.findings for r in f.rule_ids}
