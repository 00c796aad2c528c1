"""What opening collector H of round 12 (lenders' SMS templates, a lender's robot-call script, two issue-thread
pastes; tests/data/fresh/UNSEAL_r12a.md) showed, by cause, run through the real analyzer. Every cause has a lawful
twin that must stay quiet. The lines written here are our own paraphrases, not round-12 sentences; collector H's
part of round 12 is a tuned set now.
"""
from __future__ import annotations

import pytest
from inbox_support import fresh_rows, kinds_of, lender_of, verdict_of, wrong_lenders, wrong_verdicts


# A. 老赖名单 / 列入“老赖”黑名单 names the list of judgment defaulters: a consequence, not a name the reader is called.
@pytest.mark.parametrize("text", [
    "请尽快处理欠款，否则我司将依法追偿，判决后仍不履行可能被纳入“老赖”黑名单",
    "您的借款已逾期，拒不还款的，将来可能进入老赖名单，影响出行",
])
def test_defaulter_list_is_no_insult(text):
    assert "insult" not in kinds_of(text)


@pytest.mark.parametrize("text", [
    "你这个老赖，欠钱不还还有脸接电话",
    "老赖赶紧还钱，别躲了",
])
def test_calling_the_reader_a_defaulter_is_still_an_insult(text):
    assert "insult" in kinds_of(text)


# B. After an award or a judgment, "并/再向法院申请强制执行" is the creditor's next application, not enforcement done.
@pytest.mark.parametrize("text", [
    "请尽快还款，否则我司将申请仲裁，仲裁庭依法作出裁决后，再向法院申请强制执行。",
    "您的借款已逾期，如不处理，我方有权提起诉讼，法院判决生效后，并向法院申请强制执行",
])
def test_application_for_enforcement_after_award_is_lawful(text):
    assert "fake_legal_process" not in kinds_of(text)
    assert verdict_of(text) == "aggressive"


@pytest.mark.parametrize("text", [
    "我们已经向法院申请了强制执行，执行局的人这两天就去你家",
    "你的欠款逾期，法院马上上门强制执行",
])
def test_enforcement_claimed_done_is_still_fake(text):
    assert "fake_legal_process" in kinds_of(text)


# C. 贵公司 / 贵单位 in a letter is the addressee (the debtor), not a third party.
@pytest.mark.parametrize("text", [
    "本所受债权人委托，就贵单位拖欠借款一事，特向贵单位发出律师函，请于本月底前还款",
    "现正式向贵司寄送催款通知书，请贵司尽快偿还欠款",
])
def test_letter_to_the_addressee_firm_is_no_third_party_contact(text):
    assert "third_party_contact" not in kinds_of(text)


@pytest.mark.parametrize("text", [
    "你再不还款，我们就向你公司发出催收函",
    "逾期不还，律师函将寄到你单位",
])
def test_letter_to_the_readers_employer_is_still_third_party_contact(text):
    assert "third_party_contact" in kinds_of(text)


# D. A fee named with 滞纳金 / 罚息 / 违约金 is a charge on the debt being repaid: no advance fee, no extra charge.
@pytest.mark.parametrize("text", [
    "您的借款已逾期5天，请尽快回购借款，并支付对应的手续费及滞纳金",
    "您的分期已逾期，需结清欠款及相应服务费和罚息",
])
def test_fee_named_with_late_charges_is_disclosed(text):
    kinds = kinds_of(text)
    assert "excessive_fees" not in kinds and "personal_account_payment" not in kinds
    assert verdict_of(text) == "reminder"


@pytest.mark.parametrize("text", [
    "您的借款已逾期，除罚息外还需另付手续费及滞纳金800元",
    "您的贷款已审批，放款前需先支付手续费2000元",
])
def test_extra_or_advance_fee_still_flagged(text):
    kinds = kinds_of(text)
    assert "excessive_fees" in kinds or "personal_account_payment" in kinds


# E. A lending firm asking someone to have the holder contact it is collection talk to a third party.
def test_relay_to_holder_for_a_lending_firm_is_third_party_contact():
    text = "麻烦您转达一下本人，请他尽快联系某某贷款公司，或者告诉我们他的新号码"
    assert "third_party_contact" in kinds_of(text)


@pytest.mark.parametrize("text", [
    "请转告机主尽快联系某某物流公司领取包裹",
    "请您告诉他，周末同学聚会记得联系班长",
])
def test_relay_for_anyone_else_stays_quiet(text):
    assert verdict_of(text) == "not_collection"


# F. Lender names in the shapes of lenders' own templates and call bots (no registry entry: no source for them).
@pytest.mark.parametrize("text, name", [
    ("您好，我们这边是快来贷，请问是王先生本人吗", "快来贷"),
    ("麻烦今天24点前还清快来贷的欠款，有疑问请拨打客服电话", "快来贷"),
    ("验证码：1234。温馨提示：快来贷未授权任何机构代客户办理借款", "快来贷"),
    ("您本期应还500元扣款失败，请登录快来贷使用银行卡重新还款。", "快来贷"),
    ("您的借款已逾期3天，请及时还款。快来租赁公司400-123-4567", "快来租赁公司"),
])
def test_lender_named_in_template_shapes(text, name):
    assert lender_of(text) == name


@pytest.mark.parametrize("text", [
    "每月1至5号为系统出账期，缴费功能暂停。详询4001234567",
    "[租金借款]您的账户已开通",
])
def test_no_lender_from_a_hotline_prompt_or_a_loan_kind(text):
    assert lender_of(text) is None, lender_of(text)


def test_payment_app_with_its_account_written_out_is_a_payee():
    # the lender, not the Alipay account to pay into, is who the debt is owed to
    assert lender_of("本期扣款未成功，可登录快来贷App还款，也可添加支付宝<kuailai@163.com 张*>备注姓名还款") == "快来贷"


H_KNOWN = {
    "H12018": "a lender's own loan ad (不看征信！快速拿钱 + link): word for word what loan-ad scams say; the label rests on "
              "the source being the lender's code",
    "H12022": "冻结 + 请及时充值 with no debt word reads like a freeze scam; the debt gate is not widened for it",
    "H12024": "a lawyer's letter naming the firm but no licence number: by design not checkable (legal.verifiable), so "
              "aggressive rather than legal_notice",
    "H12010": "label doubtful (collector): 影响到您的个人名誉及信用 with a same-day deadline; reads as a reminder",
}


def _rows() -> list[dict]:
    return fresh_rows("r12_colH.jsonl", count=24)


def test_collector_h_verdicts():
    wrong = wrong_verdicts(_rows())
    assert wrong <= set(H_KNOWN), f"collector-H messages now wrong: {sorted(wrong - set(H_KNOWN))}"


def test_collector_h_lenders():
    wrong = wrong_lenders(_rows())
    assert not wrong, f"collector-H lenders now wrong: {sorted(wrong)}"


def test_claim_frames_keep_one_group_per_branch():
    from analyzer.detectors import brand_names
    assert brand_names.CLAIM_FRAMES.groups == len(brand_names._CLAIM_BRANCHES)
