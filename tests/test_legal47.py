"""legal47: court, arbitration and enforcement notices the legal check did not read, and court messages that are no notice
about the reader's case. Messages written for this test (masked as readers paste them), not taken from any data set.

Frames (analyzer/detectors/legal_terms.py, legal.py, legal_step.py, legal_names.py):
- a case number whose court is masked when pasted ((2026)X0106民初4417号, (2025)XX03执恢52号, (2026)X仲字第0833号):
  year, case type and serial in the courts' own format, read like legal21's masked serial (MASKED_COURT);
- the issuer's own lift or closure (本院已解除对你名下账户的冻结, 本会已作出撤案决定, 履行义务后本院将依法解除冻结措施) is
  no offer to drop the case for money (COURT_LIFTED); a fee to lift it still is;
- a link whose host is masked (http://fy***.top/x) is still an unofficial link;
- a court's anti-fraud line sent on its own, to no one about no case, and a reply to the reader's own feedback or
  sign-up, are no notice about the reader's case (legal_step.COURT_DENIES, OWN_REQUEST).
"""
from __future__ import annotations

import pytest

NOTICES = [
    ("masked_court_filed",
     "【XX市XX区人民法院】胡**：原告某消费金融有限公司诉你借款合同纠纷一案（2026）X0106民初4417号已立案，"
     "起诉状副本及应诉通知书已电子送达，请于15日内提交答辩状。"),
    ("masked_court_enforcement_12368",
     "【XX县人民法院】(2025)XX03执恢52号案件已恢复执行，请被执行人邓**按执行通知书履行义务，详询12368。"),
    ("masked_arbitration_accepted",
     "【XX仲裁委员会】钱**，申请人某小额贷款有限公司与你的借款合同纠纷一案已受理，案号(2026)X仲字第0833号，"
     "请于收到通知之日起10日内提交答辩书及证据。"),
    ("masked_court_witness",
     "【XX区人民法院】林**您好，本院受理的（2026）X0402民初1290号案件需要您作为证人出庭，时间2027年2月3日9时，"
     "地点本院第三法庭，如有疑问请拨打12368。"),
    ("freeze_lifted_by_court",
     "【XX市XX区人民法院】本院已依法解除对你名下银行账户的冻结，案号（2026）X0112执保907号，解除冻结的裁定书已送达"
     "协助执行银行。详询12368。"),
    ("freeze_lift_on_performance",
     "【XX市中级人民法院】(2026)X01执331号：被执行人万某名下账户存款3,480.00元已被本院冻结。被执行人履行义务后，"
     "本院将依法及时解除冻结措施。如对冻结有异议，可向本院提出书面异议，详询12368。"),
    ("closed_for_now",
     "【XX区法院】(2026)X0203执1187号已终本，详询12368。"),
]

NOT_NOTICES = [
    # a scam's fee to lift the freeze is still an offer, not the court's own lift
    ("fee_to_lift", "scam",
     "【XX区人民法院】你名下账户因(2026)X0105执889号案件已被冻结，缴纳解冻费1,200元至承办人账户后即可解除冻结。"),
    # a summons with a masked link and a reply asked: not a notice to trust
    ("masked_link_summons", None,
     "【法院传票】你的网贷纠纷一案已立案，案号(2026)XX民初611号，请今日内点击查看电子传票 http://fy***.top/cp ，"
     "逾期视为拒不到庭。"),
    # a court's anti-fraud line to no one about no case
    ("court_bulletin", "not_collection",
     "【XX市XX区人民法院】反诈提醒：本院不会通过短信要求当事人向个人账户转账，也不会收取“撤案费”“解冻费”，"
     "收到此类信息请拨打12368核实或报警。"),
    ("own_feedback", "not_collection", "【12368】您提交的诉讼服务评价已收到，我们会认真改进，谢谢！"),
    ("open_day", "not_collection",
     "【XX市中级人民法院】您报名的法院开放日活动已确认，请于12月20日上午9点携带身份证到本院北门集合，咨询请拨打12368。"),
]


@pytest.mark.parametrize(("name", "text"), NOTICES, ids=[n for n, _ in NOTICES])
def test_court_notices_read_as_legal_notice(analyzer, name, text):
    r = analyzer.analyze(text)
    assert r.verdict.label == "legal_notice", (name, r.verdict.legal_check)


@pytest.mark.parametrize(("name", "label", "text"), NOT_NOTICES, ids=[n for n, _, _ in NOT_NOTICES])
def test_near_misses_are_not_legal_notice(analyzer, name, label, text):
    r = analyzer.analyze(text)
    assert r.verdict.label != "legal_notice", name
    if label:
        assert r.verdict.label == label, (name, r.verdict.label)


def test_masked_link_is_a_marker(analyzer):
    r = analyzer.analyze(NOT_NOTICES[1][2])
    assert "unofficial_link" in r.verdict.legal_check["scam_markers"]


def test_masked_court_number_is_a_detail(analyzer):
    legal = analyzer.analyze(NOTICES[0][1]).verdict.legal_check
    assert "case_number" in legal["details"] and legal["verifiable"]


def test_over_http(client):
    """One case through the app's API, as the web page sends it."""
    r = client.post("/api/v1/analyze", json={"text": NOTICES[1][1]})
    assert r.status_code == 200
    body = r.get_json()
    assert body["verdict"]["label"] == "legal_notice"
    assert body["verdict"]["legal_check"]["stage"] == "enforcement"
    r = client.post("/api/v1/analyze", json={"text": NOT_NOTICES[2][2]})
    assert r.status_code == 200
    assert r.get_json()["verdict"]["label"] == "not_collection"
