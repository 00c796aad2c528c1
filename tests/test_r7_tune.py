"""Round-7 fixes, exercised through the real analyzer on self-written paraphrases (not the dataset
sentences, not the rules' own examples), each frame in both directions.

1. A court's own 失信 notice (the court names itself as the one who listed the debtor, no number,
   link, lender or loan words), and its ringback prompt to people who phone the debtor, is a legal
   notice; the same listing claimed by a lender or collector, or by an unnamed or masked court, stays
   a fake legal process (unlawful_threat).
2. scams_r7.toml: a platform's 'staff' on cancelling or converting a product lest 征信 suffer; a
   tuition refund through a QQ group or a phone call; tuition to be paid into an account the message
   gives; loan funds 'frozen'.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from analyzer import analyze
from analyzer.evaluation import evaluate, load_jsonl

R7_TUNE = Path(__file__).resolve().parent / "data" / "fresh" / "r7_tune.jsonl"

COURT_NOTICES = {
    "short-name": "你已被佛山法院纳入失信被执行人名单，请于五日内履行生效判决确定的义务，否则将依法采取进一步措施。",
    "full-name-listed": "你已被杭州市西湖区人民法院列入失信被执行人名单，请自觉履行生效法律文书确定的义务。",
    "ringback": "您好，您拨打的用户已被成都市武侯区人民法院列为失信被执行人，请督促其尽快履行法律义务。",
    "ringback-short": "您拨打的机主已被顺德法院纳入失信被执行人名单，请敦促其履行生效法律文书确定的义务，谢谢配合。",
}

FAKE_COURT_CLAIMS = {
    "lender-voice": "您在XX平台的借款已逾期，现已被杭州市西湖区人民法院列为失信被执行人，请立即联系我司处理",
    "debt-words": "你已被杭州市西湖区人民法院纳入失信被执行人名单，请尽快还款",
    "generic-court": "你已被当地人民法院列入失信被执行人名单，坐不了高铁飞机",
    "domicile-court": "你已被户籍地法院列入失信被执行人名单",
    "masked-court": "您已被XX法院纳入失信被执行人名单，请督促其尽快履行还款义务",
    "callback": "你已经被西湖区人民法院列为失信被执行人，请立即联系13812345678处理",
    "ringback-with-debt": "您拨打的机主已被佛山市南海区人民法院列为失信被执行人，请您督促其尽快还清在平台的欠款",
}


@pytest.mark.parametrize("text", COURT_NOTICES.values(), ids=COURT_NOTICES.keys())
def test_a_court_telling_of_its_own_listing_is_a_legal_notice(text):
    report = analyze(text)
    assert report.verdict.label == "legal_notice", [(f.rule_id, f.excerpt) for f in report.findings]


@pytest.mark.parametrize("text", FAKE_COURT_CLAIMS.values(), ids=FAKE_COURT_CLAIMS.keys())
def test_the_same_listing_claimed_by_a_collector_stays_a_fake_legal_process(text):
    report = analyze(text)
    assert report.verdict.label == "unlawful_threat", [(f.rule_id, f.excerpt) for f in report.findings]
    assert any(f.kind == "fake_legal_process" for f in report.findings)


SCAMS = {
    "cancel-credit": ("我是抖音的客服，您之前开通过放心借功能，学生身份不注销的话会拉低个人征信",
                      "scam.r7.cancel_or_credit_hit"),
    "convert-account": ("你好这里是平台客服，您的微信还是学生账号，需要帮你升级成成人账号，否则会影响征信",
                        "scam.r7.cancel_or_credit_hit"),
    "refund-group": ("某某教育学员您好，之前报名的课程费现在可以全额退还，请进QQ群552233441申请", "scam.r7.fee_refund_via_contact"),
    "refund-phone": ("教育局通知：本学期部分学杂费予以返还，请家长致电0311-xxxxxxx办理", "scam.r7.fee_refund_via_contact"),
    "fee-account": ("各位家长，下学期的住宿费请汇入以下账户，户名李某，卡号6217000000000000", "scam.r7.school_fee_to_account"),
    "fee-teacher": ("我是孩子的班主任王老师，书本费300元请转到老师账号", "scam.r7.school_fee_to_account"),
    "funds-frozen": ("您好，您申请的贷款因身份信息填写有误，贷款资金已被系统冻结，需缴纳解冻金", "scam.r7.loan_funds_frozen"),
    "payout-frozen": ("您的放款出现异常，风控已冻结，请联系专员处理", "scam.r7.loan_funds_frozen"),
}

LAWFUL = {
    "overdue-credit": "【京东金融】您的白条账单已逾期2天，逾期会影响个人征信，请尽快在App内还款",
    "auto-renew": "【某视频】您开通的连续包月会员将于明日扣费15元，如需取消可在App设置中自行操作",
    "refund-original": "【某教育】您的课程退费申请已通过，1,280元将原路退回您的支付账户",
    "campus-card": "【某大学】多缴的住宿费已退回您的校园卡，请注意查收",
    "school-platform": "【某小学】家长您好，本学期学费请于9月5日前通过学校统一缴费平台缴纳",
    "own-card": "【某大学】请于8月30日前将学费存入本人缴费银行卡，学校统一代扣",
    "payout-failed": "【某消费金融】放款失败，请核对收款银行卡信息后在App内重新提交",
    "credit-line": "【某金融】您的借款额度已冻结，结清逾期后可申请恢复",
    "warning": "警惕：冒充客服称“学生账户不注销影响征信”的都是诈骗",
}


@pytest.mark.parametrize(("text", "rule_id"), SCAMS.values(), ids=SCAMS.keys())
def test_scam_frames_hold_for_paraphrases(text, rule_id):
    report = analyze(text)
    assert rule_id in {r for f in report.findings for r in f.rule_ids}, [(f.rule_id, f.excerpt) for f in report.findings]
    assert report.verdict.label == "scam"


@pytest.mark.parametrize("text", LAWFUL.values(), ids=LAWFUL.keys())
def test_lawful_messages_sharing_the_words_are_not_scams(text):
    report = analyze(text)
    assert report.verdict.label not in ("scam", "unlawful_threat"), [(f.rule_id, f.excerpt) for f in report.findings]
    assert not any(f.rule_id.startswith("scam.r7.") for f in report.findings)


def test_r7_tune_does_not_regress():
    # First run (FIRST_RUN_r7.md, code of a3d3294): 0.455. After the court and scams_r7 frames: 0.724;
    # W7011 and W7022 (no link, no pretext in the words) and U7003, V7001, V7006 remain (see RUNS_r7fix.md).
    scores = evaluate(load_jsonl(R7_TUNE))
    assert scores["verdict_balanced"] >= 0.70, scores["verdict_errors"]
