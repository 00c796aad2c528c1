"""Round 17 (brief SCAM17): legal notices read as what they are, and scam frames missed before. The texts are our own
wordings of each class (other lenders, courts and word orders than the probe lines they were designed from)."""
from __future__ import annotations

import pytest

from analyzer import analyze


@pytest.mark.parametrize("text", [
    # a lawyer's letter that sends the reader to the creditor who instructed the firm (firm name masked when pasted)
    "律师函\n致：周**先生\n本所受中信银行股份有限公司信用卡中心委托，就您信用卡透支欠款事宜函告如下：请您于收到本函后十日内"
    "与委托人联系处理。\n上海**律师事务所 律师：韩**",
    "湖南**律师事务所律师函：受某消费金融有限公司委托，就您借款逾期事宜，请于收函后五日内联系委托方官方客服协商。",
    # a signed court or arbitration notice of a step in the reader's case, names masked
    "【XX市中级人民法院】您与某银行信用卡纠纷一案定于12月9日上午9时在本院第五法庭开庭，请准时到庭。",
    "【XX仲裁委员会】您作为被申请人的（2026）X仲字第1***号借款合同纠纷案已组庭，请于五日内提交答辩意见。",
    # a court closing the reader's case or lifting a measure
    "【成都市武侯区人民法院】（2026）川0107执3***号案件已终结本次执行，对您的限制消费措施已依法解除。",
    # a court introducing itself instead of signing, with a way to check it or a step in the reader's case
    "您好，这里是XX区人民法院诉调对接中心，某银行诉您信用卡纠纷一案已转入诉前调解，您可拨打12368核实。",
    "XX县人民法院公告：王**：本院受理原告某小额贷款公司诉你借款合同纠纷一案，现依法向你公告送达起诉状副本。",
    # a payment order the court says it issued, on a date
    "【长沙市岳麓区人民法院】周**：申请人某银行股份有限公司向本院申请支付令，本院已于11月28日发出支付令，请于收到之日起十五日内"
    "清偿债务或向本院提出书面异议。",
    # arbitration, the reader named after the role
    "【某某仲裁委员会】申请人某银行与被申请人您的信用卡纠纷一案，本会已受理，仲裁通知书已电子送达，请登录本会网上仲裁平台查阅。",
    # a Taiwan court's case number (Minguo year), and a letter that names the firm's address to check it
    "【臺中地方法院】林XX您好，本院受理XX銀行與台端清償借款事件，案號115年度中簡字第987號，訂於1月8日上午9時言詞辯論。",
    "【福建XX律师事务所】律师提示函：受某消费金融公司委托，就你方逾期借款事宜特函告知，如有异议请书面回复本所。本所地址：福州市XX路1号。",
], ids=["letter-to-principal", "letter-title", "hearing-masked", "arbitration-masked", "case-closed", "court-self-12368",
        "court-self-announcement", "payment-order", "arbitration-role-first", "taiwan-case-number",
        "letter-with-firm-address"])
def test_legal_notices(text):
    assert analyze(text).verdict.label == "legal_notice"


@pytest.mark.parametrize("text", [
    "【某某律师事务所】律师函：本所受委托，就您拖欠借款一事致函，请于三日内还款，逾期将依法起诉。",
    "律师函 致：张先生，本所受某公司委托就您欠款致函，请与委托人联系，并扫码缴纳律师费300元",
], ids=["only-demands-payment", "asks-to-pay-the-firm"])
def test_a_letter_with_nothing_to_check_or_asking_payment_is_not_a_legal_notice(text):
    assert analyze(text).verdict.label != "legal_notice"


def test_a_court_announcing_others_case_is_not_a_notice_to_the_reader():
    text = "法院公告：本院已受理赵某诉钱某房屋租赁合同纠纷一案，案号（2026）沪0104民初2345号。"
    assert analyze(text).verdict.label != "legal_notice"


def test_a_self_introduced_court_with_a_threat_is_not_taken_as_real():
    text = "这里是XX市人民法院，你的借款纠纷已进入执行，今天不还清就上门拘留，可拨打12368核实。"
    assert analyze(text).verdict.label in ("scam", "unlawful_threat")


@pytest.mark.parametrize("text", [
    "【中国联通】您的号码实名认证信息待完善，请登录 10010.com 办理",
    "您的会员将于明日自动续费15元，如需取消可在App“我的-自动续费”中自行关闭",
    "老公，我在开会，下午给你转钱，先别打电话",
    "【中国电信】尊敬的客户，您的账户已欠费1260元，请及时缴费",
], ids=["carrier-own-domain", "cancel-in-app", "paying-the-reader", "carrier-signed-arrears"])
def test_nearest_harmless_wordings_are_not_scam(text):
    assert analyze(text).verdict.label != "scam"


def test_a_court_warning_about_scams_is_no_impersonation():
    text = "【人民法院】提醒：有人冒充法官以“撤诉”为名索要费用，法院不会通过个人账户收取任何费用。"
    assert analyze(text).verdict.label != "scam"


@pytest.mark.parametrize("text", [
    "【12368】您有一份电子传票待签收，请点击 fy-12368.top 查看",
    "您好我是拼多多客服，您开通的先用后付会员下个月开始每月扣费，要关掉的话需要您配合我们操作一下",
    "【中国联通】您的号码实名认证异常，将于今日停机，请点击 unicom-rz.top 重新认证",
    "我是村委的，现在统计医保补贴，把你身份证和银行卡号发给我",
    "您好，您名下的固定电话目前欠费3580元，即将停机，如有疑问请按9转人工",
    "小刘，张总让你先往这个账户汇五万，他在开会，别给他打电话",
    "您好，您的运费险理赔款需要您打开支付宝备用金，按我说的操作领取",
    "您的网贷逾期记录我们可以全部清除，先付一半定金",
    "这里是XX人民法院诉前调解中心，某公司诉您借款纠纷一案已转入调解，调解需预交费用500元，可拨打12368核实。",
], ids=["fake-12368-domain", "cancel-guided", "carrier-problem-link", "id-and-card", "phone-bill-thousands",
        "boss-secret-transfer", "payout-guided", "record-wipe",
        "mediation-fee"])
def test_scam_frames(text):
    assert analyze(text).verdict.label == "scam"
