"""Four frames fixed in round 7, each run through the real analyzer in both directions:

1. threat.third_party_contact.notify: telling someone's boss or family about an ordinary matter on their behalf
   (请假的事我帮你说了) is no threat; telling them about the debt, or as a threat, still is.
2. A failed automatic debit of a loan instalment (扣款未成功…请存入) is a debt context (reminder); a failed card
   purchase, top-up or bill debit is not.
3. A named arbitration body's notice of the reader's case (被申请人, 已受理) is a legal_notice; a masked or generic
   body, or one asking for money, is not.
4. The reader's account moved towards outside collection (已进入委外前审核) is a collection step, so the pressure
   beside it keeps its severity; outsourcing of other work (IT运维委外) is not.
"""
from __future__ import annotations

import pytest

NOTIFY = "threat.third_party_contact.notify"

ERRAND_RELAYED = {
    "leave-brief": "明天打电话给你们领导请假的事我帮你说了",
    "leave-done": "你们领导那边我打电话过去了，请假的事我已经帮你说好了",
    "leave-days": "我帮你打电话给你们领导请了三天假，安心养病",
    "promotion": "放心，我会打电话给你爸妈，把你升职的好消息告诉他们",
    "invitation": "婚礼请柬我已经帮你发给你同事了",
    "fever": "孩子发烧了，我已经通知你老公了，他马上过来",
    "checkup": "体检报告我替你发给你们人事了",
    "transfer": "今天下午我联系了你的领导，调岗的事基本定了",
}


@pytest.mark.parametrize("text", list(ERRAND_RELAYED.values()), ids=list(ERRAND_RELAYED))
def test_relaying_an_ordinary_matter_is_not_a_threat(analyzer, text):
    report = analyzer.analyze(text).to_dict()
    assert report["verdict"]["label"] == "not_collection", report["findings"]
    assert not any(f["kind"] == "third_party_contact" for f in report["findings"])


NOTIFY_THREATS = {
    "boss-bare": "要通知你单位领导",
    "boss-done": "已致电你公司领导",
    "leave-no-excuse": "请假也没用，再不还钱明天就打电话给你们领导",
    "birthday-debt": "你生日那天我们就打电话给你爸妈，说你欠钱不还",
    "hr-after-no-answer": "再不接电话，我们就联系你们人事，请假都没用",
    "sick-excuse": "别拿生病当借口，三天内不处理我们将联系你的家人和单位",
}


@pytest.mark.parametrize("text", list(NOTIFY_THREATS.values()), ids=list(NOTIFY_THREATS))
def test_telling_boss_or_family_as_a_threat_still_fires(analyzer, text):
    report = analyzer.analyze(text).to_dict()
    assert report["verdict"]["label"] == "unlawful_threat"
    assert NOTIFY in {r for f in report["findings"] for r in [f["rule_id"], *f["merged_rule_ids"]]}


FAILED_LOAN_DEBIT = {
    "duxiaoman": "【度小满】今日扣款未成功，原因：余额不足。请于今日24点前存入足额资金，系统将再次扣款。",
    "ccb-mortgage": "【建设银行】您的个人住房贷款本月扣款不成功，请于25日前在尾号3388账户内存足款项。",
    "abc-withhold": "【农业银行】您尾号4411账户于06月20日代扣贷款本息失败，余额不足，请及时存入。",
    "auto-repay-retry": "【360借条】您本期自动还款失败，原因为余额不足，请今日内存入足额款项，系统将再次划扣。",
    "consumer-loan": "【邮储银行】您尾号6612账户今日代扣消费贷款本息未成功，请及时存足。",
    "consumer-finance": "【招联消费金融】您今日扣款不成功，余额不足，请尽快存入。",
    "bill-retry": "【分期乐】您本期账单自动还款未能成功，请在今晚前往还款卡备足资金，我们将重新扣款",
}


@pytest.mark.parametrize("text", list(FAILED_LOAN_DEBIT.values()), ids=list(FAILED_LOAN_DEBIT))
def test_failed_loan_debit_is_a_repayment_reminder(analyzer, text):
    report = analyzer.analyze(text).to_dict()
    assert report["verdict"]["label"] == "reminder", report["findings"]


FAILED_OTHER_DEBIT = {
    "card-purchase": "【招商银行】您尾号2231的储蓄卡消费扣款失败，原因：余额不足，请存入后重试。",
    "merchant": "【工商银行】您尾号5520卡在某商户消费扣款不成功，余额不足，请存入资金。",
    "top-up": "【中国移动】您的话费自动充值扣款失败，余额不足，请及时存入资金。",
    "top-up-unicom": "【中国联通】您的话费充值扣款未成功，余额不足，请存入后重新充值。",
    "electricity": "【国家电网】您的电费代扣未成功，原因：余额不足，请存足款项以免停电。",
    "water": "【水务集团】您的水费代扣失败，余额不足，请及时存入以免影响用水。",
    "loan-debited": "【某银行】您的车贷本月代扣成功，请勿重复存入。",
}


@pytest.mark.parametrize("text", list(FAILED_OTHER_DEBIT.values()), ids=list(FAILED_OTHER_DEBIT))
def test_failed_purchase_top_up_or_bill_debit_is_not_collection(analyzer, text):
    report = analyzer.analyze(text).to_dict()
    assert report["verdict"]["label"] == "not_collection", report["findings"]


ARBITRATION = {
    "shenzhen-court-of-arbitration": "【深圳国际仲裁院】何**：您作为被申请人的网络借款合同纠纷案件已受理，仲裁通知及仲裁规则已送达至您登记的电子邮箱，请于答辩期内提交答辩意见。",
    "commission-in-text": "广州仲裁委员会通知：您作为被申请人的借款合同纠纷一案已于6月3日受理，仲裁通知已通过电子送达平台送达，请按期提交答辩书。",
    "commission-signed": "【北京仲裁委员会】您好，您作为被申请人的小额借款合同纠纷案已立案受理，相关仲裁文书已送达您的电子邮箱，请注意查收。",
}


@pytest.mark.parametrize("text", list(ARBITRATION.values()), ids=list(ARBITRATION))
def test_named_arbitration_body_on_readers_case_is_a_legal_notice(analyzer, text):
    report = analyzer.analyze(text).to_dict()
    assert report["verdict"]["label"] == "legal_notice", report["findings"]
    assert report["verdict"]["legal_check"]["verifiable"] is True


ARBITRATION_UNVERIFIABLE = {
    "masked-body": ("【XX仲裁委】您作为被申请人的借款纠纷案件已受理，请于三日内联系处理。", "reminder"),
    "generic-body": ("当地仲裁机构已受理您作为被申请人的借款合同纠纷，请尽快还款以免开庭。", "unlawful_threat"),
    "some-commission-mobile": ("某仲裁委员会已受理您作为被申请人的借款纠纷，请速联系13812345678处理。", "unlawful_threat"),
    "pay-to-drop": ("【深圳国际仲裁院】您作为被申请人的借款合同纠纷案件已受理，缴纳2000元可申请撤案，请转至王专员个人账户。", "scam"),
    "unofficial-link": ("【上海仲裁委员会】您作为被申请人的借款纠纷案件已受理，详情请点击 http://sh-zc.cc/a 查看。", "scam"),
}


@pytest.mark.parametrize(("text", "label"), list(ARBITRATION_UNVERIFIABLE.values()), ids=list(ARBITRATION_UNVERIFIABLE))
def test_masked_generic_or_scam_arbitration_is_not_verifiable(analyzer, text, label):
    report = analyzer.analyze(text).to_dict()
    assert report["verdict"]["label"] == label, report["findings"]
    legal = report["verdict"].get("legal_check")
    assert legal is None or legal["verifiable"] is False


OUTSOURCING_STEP = {
    "pre-review": "本账户已进入委外前审核，委外后沟通频率和方式将会升级",
    "month-end": "逾期账户月底统一委外，委外后原有减免方案不再适用",
    "listed": "你的借款账户已纳入委外名单，委外后催收方式会升级，请尽快联系我们",
}


@pytest.mark.parametrize("text", list(OUTSOURCING_STEP.values()), ids=list(OUTSOURCING_STEP))
def test_account_moved_to_outside_collection_keeps_pressure(analyzer, text):
    report = analyzer.analyze(text).to_dict()
    assert report["verdict"]["label"] == "aggressive"
    assert any(f["kind"] == "urgency_pressure" and f["severity"] == "medium" for f in report["findings"])


OTHER_OUTSOURCING = {
    "it-ops": "公司将IT运维工作委外处理，沟通频率将会升级，请各部门尽快提交需求",
    "project": "本项目已进入委外开发阶段，委外后沟通频率将会升级",
}


@pytest.mark.parametrize("text", list(OTHER_OUTSOURCING.values()), ids=list(OTHER_OUTSOURCING))
def test_outsourcing_other_work_is_not_collection(analyzer, text):
    report = analyzer.analyze(text).to_dict()
    assert report["verdict"]["label"] == "not_collection"
    assert all(f["severity"] == "low" for f in report["findings"])
