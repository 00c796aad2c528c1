"""Round 22 (lender22): who sent it, on wording the earlier rounds did not see. Each case is our own phrasing of a
shape (a card centre's unbracketed header, a chat record's brand-and-person header, a channel label in square brackets,
a greeting before a sender header, a product of a lender the registry lacked), not a copy of an evaluation line."""
from __future__ import annotations

import pytest
from lender_support import lender_checks

from analyzer.detectors.lender_forms import short_forms

NAMED = [
    # a card centre writes its bank's brand before 信用卡, without brackets
    ("card-centre-header", "民生信用卡：您尾号5510的卡片账单已逾期，请尽快存入足额款项。", "cmbc"),
    ("card-centre-reminds", "兴业信用卡提醒您：您尾号1234的账单已逾期3天。", "cib"),
    # 国家开发银行 (国开行), the student-loan bank the registry lacked
    ("cdb-short-name", "国开行提醒：您的国家助学贷款本期已逾期，请尽快还款。", "cdb"),
    ("cdb-signature", "【国家开发银行】您的生源地信用助学贷款本息已到期，请按时还款。", "cdb"),
    # a greeting before the sender header, a student-loan desk between the name and 提醒您; the app to repay with is
    # how to pay, not who lent
    ("greeting-then-desk", "您好，国开行助学贷款提醒您：您的助学贷款已逾期，请登录支付宝-助学贷款还款。", "cdb"),
    # 微信分付, a product of 微信支付 (pay.weixin.qq.com)
    ("bare-product", "分付账单已逾期3天，请尽快还款，以免影响征信。", "wechat_pay"),
    ("product-under-signature", "【微信支付】您的分付本期账单已逾期，请前往钱包-分付还款。", "wechat_pay"),
    ("full-product-name", "微信分付：您本期账单1,024.00元已逾期，请尽快处理。", "wechat_pay"),
    # a registry lender's name in pinyin, as the whole signature or as the opening header
    ("pinyin-signature-upper", "【ZHAOLIAN】您的借款已逾期3天，请尽快还款。", "zhaolian_cfc"),
    ("pinyin-signature-spaced", "【zhao lian jin rong】您的借款已逾期，请尽快还款。", "zhaolian_cfc"),
    ("latin-alias-signature", "【ICBC】您尾号1234的信用卡已逾期，请尽快还款。", "icbc"),
    ("pinyin-header", "ANYIHUA：您的借款已逾期2天，请及时处理。", "mashang_cfc"),
]

UNREGISTERED = [
    # a chat record's or 企业微信 header: the brand, then the person or the desk (the fold drops the separator)
    ("header-brand-person", "【乐享分期-李专员】：你好，你的分期已经逾期12天了，今天下午5点前处理一下。", "乐享分期"),
    ("header-brand-desk", "【好借钱·贷后部】你的借款逾期了，今天请处理。", "好借钱"),
    ("header-brand-manager", "【好借钱｜王经理】您好，您的账单今天到期。", "好借钱"),
    # an App push or chat record opening with the brand (and its desk or person) and a colon
    ("colon-header", "乐享分期：您的账单已逾期3天，请及时还款。", "乐享分期"),
    ("colon-header-person", "乐享分期-李专员：你好，你的账单已经逾期12天了。", "乐享分期"),
    ("colon-header-desk", "好运贷客服：您好，您的借款今天到期。", "好运贷"),
    # a lending brand the lexicon knows (loan_brand) but the registry does not, with no frame around it
    ("lexicon-brand-bare", "信用飞逾期了，赶紧还，不然上征信。", "信用飞"),
    ("lexicon-brand-money", "玖富万卡的钱还不还了？", "玖富万卡"),
]

NOT_A_LENDER = [
    ("bill-state-after-product", "备用金到期提醒：您借用的500元备用金今日到期，请及时归还。"),
    ("channel-label", "[小程序] 还款提醒：您的账单已逾期，请尽快处理。"),
    ("part-payment", "您已部分付款，剩余款项请于月底前付清。"),
    ("masked-brand-in-header", "【某某分期-李专员】你好，你的分期已经逾期，今天处理。"),
    ("person-only-header", "【王专员】你的借款已逾期，今天处理。"),
    # a brand the speaker disowns is not who sent it
    ("disowned-unrelated", "本机构与京东金融无任何关系，专业代理协商还款，停息挂账。"),
    ("person-colon-header", "张三：你欠我的钱什么时候还？"),
    ("kind-colon-header", "网贷平台：你的借款已逾期，请尽快处理。"),
    ("notice-colon-header", "还款提醒：您的分期账单已逾期。"),
    ("short-latin-header", "xyz: 你的借款逾期了，今天处理一下。"),
    ("lexicon-brands-in-a-list", "我们专业处理信用飞、羊小咩、安心借等网贷逾期，停息挂账。"),
    ("disowned-not-its-staff", "我们并非招联金融的工作人员，是专业债务规划团队，可帮您协商减免。"),
]

# A desk or a person after a name that lends nothing stays part of that signature (the role is split off a lending
# brand only): 【铁路客服】 is not 铁路, 【东莞刘经理】 is a person.
NOT_SPLIT = [
    ("railway-desk", "【铁路客服】订单号E123，您已购09月06日D33次04车05D号北京14:52开。", "铁路客服"),
    ("registry-office", "【杭州市不动产登记服务中心】您申请的不动产转移登记已办结，请到窗口领取。", "杭州市不动产登记服务中心"),
]

DISOWNED_BUT_CREDITOR_NAMED = [
    # the collector says whom it is not, then names the debt: the product is the creditor
    ("not-the-app-but-its-product", "我们不是支付宝官方，是受委托的第三方，你的借呗已经逾期了。", "ant_cfc"),
]


test_registry_lender_named, test_unregistered_name_reported, test_no_lender = lender_checks(
    NAMED, UNREGISTERED, NOT_A_LENDER)


def test_wechat_and_alipay_are_not_wechat_pay(analyzer):
    """微信支付宝已被冻结 names the two apps 微信 and 支付宝; 微信支付 read inside it would be a third."""
    lender = analyzer.analyze("你的微信支付宝都已被冻结，请联系客服解冻。").lender
    assert lender is None or lender.id != "wechat_pay", lender


def test_card_centre_forms_are_derived_for_banks_only():
    assert "民生信用卡" in short_forms("中国民生银行")
    assert "工商信用卡" in short_forms("中国工商银行")
    assert not any(f.endswith("信用卡") for f in short_forms("中国银行"))  # 中国信用卡 is no bank's card
    assert not any(f.endswith("信用卡") for f in short_forms("河南中原消费金融股份有限公司"))


@pytest.mark.parametrize(("text", "lid"), [c[1:] for c in DISOWNED_BUT_CREDITOR_NAMED],
                         ids=[c[0] for c in DISOWNED_BUT_CREDITOR_NAMED])
def test_disowned_brand_gives_way_to_the_debt_named(analyzer, text, lid):
    lender = analyzer.analyze(text).lender
    assert lender is not None and lender.id == lid, lender


def test_a_lender_signing_its_own_name_is_not_disowned(analyzer):
    lender = analyzer.analyze("【京东金融】您的白条已逾期，请尽快还款；京东金融与任何收取“解冻费”的个人无关。").lender
    assert lender is not None and lender.id == "jd_finance", lender


@pytest.mark.parametrize(("text", "name"), [c[1:] for c in NOT_SPLIT], ids=[c[0] for c in NOT_SPLIT])
def test_a_desk_of_no_lender_is_not_split_off(analyzer, text, name):
    lender = analyzer.analyze(text).lender
    assert lender is not None and lender.name == name, lender


@pytest.mark.parametrize("text", ["法院已经冻结了你的微信支付宝，赶紧还钱。", "申请法院冻结您的微信、支付宝和银行卡。"])
def test_alipay_after_wechat_is_still_read(analyzer, text):
    """微信支付宝: the scan meets 微信支付 first; 支付宝 after it is still the app named (as the account frozen)."""
    lender = analyzer.analyze(text).lender
    assert lender is not None and lender.id == "alipay", lender
