"""aggr42: three lawful levers said with no debt word, each its own frame in knowledge/data/rules/zz_aggr42.toml.

- relay: a stranger asks the reader to have a named person call back, the reason in another sentence or none at all
  (aggr36 needs the reason and the request in one sentence); the cue that the writer is a stranger is an
  institution's voice, a masked name (周某某, 陈xx) or a stranger's polite opening (您好, 打扰了).
- relief: a reduction or a settlement offer closes after a deadline (过后恢复计收, 明天起暂停分期协商资格);
  aggr40.relief.offer_lapses needs a debt word elsewhere and other verbs.
- visit: the lender's people will go to the reader's registered address, unit or home town (登记地址, 户籍地, 外访).
Pressure only (aggressive): never a threat or a scam; a threat the rules or the n-gram model hear must stay one.

Messages written for this test (not copied from a data file). Each pressing message was reminder or not_collection on
main; each twin must stay quiet (no aggr42 finding, no threat or scam)."""
from __future__ import annotations

import pytest

PRESSED = [
    ("aggr42.relay.callback_with_stranger_cue", "relay_reason_before", "我们这几天一直找不到您的表哥。麻烦您转告他尽快回电我司，谢谢。"),
    ("aggr42.relay.callback_with_stranger_cue", "relay_masked_name", "劳驾转告周某某回个电话，谢谢。"),
    ("aggr42.relay.callback_with_stranger_cue", "relay_polite_stranger", "叔叔您好，麻烦您见到您女儿时让她给我们回个电话。"),
    ("aggr42.relay.callback_with_stranger_cue", "relay_asked_where", "请问陈xx还在贵店上班吗？请让他明天之前回个电话。"),
    ("aggr42.relief.window_closes", "relief_resumes", "罚息减免只到本周五，过后恢复按合同计收。"),
    ("aggr42.relief.window_closes", "relief_kept_till_tonight", "今晚前还上可保留延期资格，过时作废。"),
    ("aggr42.relief.window_closes", "relief_suspended", "下周一起取消你的减免方案，按原合同处理。"),
    ("aggr42.visit.registered_address", "visit_unit", "我们的同事将于周三到您登记的单位地址与您本人面谈。"),
    ("aggr42.visit.registered_address", "visit_registered_home", "公司已安排外访人员本周去你登记的住址了解情况。"),
]

QUIET = [
    ("friend_relay", "小赵，你见到老周让他回我个电话，下午打球的事。"),
    ("relay_no_concern", "您好，我们是某某银行，张**预留了您的电话，我们有事需他本人处理，麻烦转告他回电；此事跟您没有关系，"
                         "您不用担心。"),
    ("courier_relay", "您好，您的外卖放在门口了，麻烦您让他下楼取一下，回个电话。"),
    ("scam_warning_relay", "警惕：有人自称平台客服，让您转告王**回电并缴纳保证金，这是诈骗。"),
    ("to_the_borrower", "您好，请您方便时回个电话，我们有事与您本人沟通。"),
    ("tuition_relief", "学费减免申请今天截止，过后不再受理。"),
    ("relief_approved", "您的罚息减免申请已审批通过，请于20日前结清。"),
    ("shop_instalment", "会员免息分期资格今天截止，过后恢复原价。"),
    ("relief_kept", "您的还款计划已生效，罚息减免会一直保留到结清，不会取消。"),
    ("installer_visit", "我们的师傅将于明天上午到您登记的地址上门安装宽带。"),
    ("no_visit_promised", "我司不会派人到您登记的地址，请勿相信上门收款的人。"),
    ("community_visit", "社区工作人员将到您户籍地址核实人口信息。"),
    ("friends_dinner", "下周我们去你家吃饭，记得准备好酒。"),
]


def _rules(report):
    return {r for f in report.findings for r in f.rule_ids}


@pytest.mark.parametrize("rule,text", [(r, t) for r, _, t in PRESSED], ids=[i for _, i, _ in PRESSED])
def test_a_lawful_lever_without_a_debt_word_is_aggressive(analyzer, rule, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "aggressive", [(f.rule_id, f.severity) for f in report.findings]
    assert rule in _rules(report)


@pytest.mark.parametrize("text", [t for _, t in QUIET], ids=[i for i, _ in QUIET])
def test_an_everyday_twin_is_not_read(analyzer, text):
    report = analyzer.analyze(text)
    assert not any(r.startswith("aggr42.") for r in _rules(report)), [(f.rule_id, f.severity) for f in report.findings]
    assert report.verdict.label not in ("unlawful_threat", "scam")


def test_a_visit_to_shame_stays_a_threat(analyzer):
    # a visit to post the debt in the home village is exposure: the visit frame must not take the threat's place
    report = analyzer.analyze("下周我们的同事会去你户籍地村委会，协助村里对你进行信用公示。")
    assert report.verdict.label == "unlawful_threat", [(f.rule_id, f.severity) for f in report.findings]


def test_a_relay_that_tells_the_debt_stays_a_threat(analyzer):
    report = analyzer.analyze("您好，您的朋友孔**在我司借款逾期不还，麻烦您转告他尽快回电还款。")
    assert report.verdict.label == "unlawful_threat", [(f.rule_id, f.severity) for f in report.findings]
