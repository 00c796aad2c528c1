"""Lender shapes added in round 7, each both ways: the form is found, and a word of the
same build that names no lender is not taken for one. Messages are our own phrasings."""
from __future__ import annotations

import pytest

from analyzer.detectors.lender_forms import short_forms

# Short forms derived from the registry's legal names (analyzer/detectors/lender_forms.py).
DERIVED = [
    ("province-stripped-cfc", "您在幸福消费金融的借款已逾期，请尽快还款。", "xingfu_cfc"),
    ("province-stripped-cfc-short", "【长银消金】您的借款已逾期3天。", "changyin_cfc"),
    ("province-with-sheng", "您在唯品富邦消费金融的分期已逾期。", "weipin_fubon_cfc"),
    ("city-stripped-bank", "您在前海微众银行的借款今日到期。", "webank"),
    ("city-stripped-bank-long", "您的浦东发展银行信用卡账单已逾期。", "spdb"),
]

NOT_DERIVED = [
    # a legal name that is a place and a kind keeps its place: 湖北消费金融 is not 消金, 云南农信 not 农信
    ("kind-word-alone", "消金行业的借款人请注意防范诈骗。"),
    ("credit-union-kind", "请到当地农村信用社办理。"),
    # the bare brand is an ordinary word, never a lender by itself
    ("bare-brand-word", "请马上还款，否则后果自负。"),
    ("bare-brand-signature", "【幸福】您的订单已发货。"),
]

# One unregistered brand, written two ways: the signature's form and the claimed form.
SAME_BRAND = [
    ("signature-and-claim", "【蜻蜓卡】您好，您在“蜻蜓白卡”的借款已逾期3天，请尽快还款。", "蜻蜓卡", "蜻蜓白卡"),
]
TWO_BRANDS = [
    # same first characters, but neither form read in order inside the other
    # round 41 (rnc52): carrier arrears are now a debt message, so the name given is the one the account is owed to
    # (您在中国联通的账户已欠费), not the signature; the two carriers are still two candidates, neither read inside the other
    ("two-carriers", "【中国移动】您在中国联通的账户已欠费。", "中国联通"),
]

# An account to follow, named up to its end, not cut after two characters.
FOLLOW_ACCOUNT = [
    ("account-at-end", "您有账单今天到期，请及时处理。APP下载请关注微信公共号：浙江金牛花。如已还清，请忽略。", "浙江金牛花"),
    ("account-then-verb", "您的借款已逾期，请搜索公众号快易花进行还款。", "快易花"),
]

# A card named with its last digits names its issuer, in any message.
CARD_ISSUER = [("card-tail", "【信用卡消费通知】您的Richart卡(末三码123)于01/30网上刷卡约3,019元。", "Richart")]
NOT_CARD_ISSUER = [
    ("bank-card-tail", "您的银行卡尾号1234收入100元。"),
    ("credit-card-tail", "您的信用卡末四码6773消费1,257元。"),
    ("social-insurance-card", "您的社保卡尾号1234已停用，请点击链接处理。"),
]

# A lending brand opening the message and addressing the reader.
OPENING = [("opening-brand", "金牛贷您好，您本期账单已逾期，请尽快还款。", "金牛贷")]
NOT_OPENING = [
    ("person-name", "王小宝您好，您的借款已逾期，请尽快还款。"),
    ("person-name-hua", "李桂花您好，您的借款已逾期，请尽快还款。"),
    ("verb-jie", "去年借你的15万，什么时候能还？"),
]

# Senders that are no lender: courts, traffic police, customs, public insurance, tolls, a person by
# title, a notice topic in a signature, a setting.
NO_LENDER = [
    ("intermediate-court", "【深圳中院】您有一份新的送达文书待查收，请登录人民法院在线服务网查看。"),
    ("traffic-police", "您的车辆有闯红灯记录，详情查询http://t.cn/abc【某市交警大队】".replace("某市", "柳州")),
    ("social-insurance", "尊敬的社保用户，您的社保状态异常，请及时登录官网进行认证。"),
    ("toll", "【高速ETC】尊敬的车主，您的ETC认证已失效，请点击链接完成办理。"),
    ("person-title", "推出信用贷款产品，先息后本，额度高。【俞经理】"),
    ("topic-signature", "【催款通知】尊敬的先生/女士，您曾向我们借款尚未归还，请尽快处理。"),
    ("warning-signature", "【警告】您可能涉及贷款恶意透支，请立即核实账户状况并偿还欠款。"),
    ("card-spend-topic", "【刷卡消费通知】您的信用卡末四码6773于03/28消费1,257元。"),
    ("setting", "同学您好，您的自动还款设置账户扣款未成功，请及时还款。"),
    ("app-then-word", "您本期账单今日已到期，您可登录app主动还款。"),
    ("verb-before-bank-card", "请务必通过官方渠道核实，切勿泄露银行卡号、支付密码。"),
]


@pytest.mark.parametrize(("text", "lid"), [c[1:] for c in DERIVED], ids=[c[0] for c in DERIVED])
def test_derived_short_form(analyzer, text, lid):
    lender = analyzer.analyze(text).lender
    assert lender is not None and lender.id == lid, lender


@pytest.mark.parametrize("text", [c[1] for c in NOT_DERIVED], ids=[c[0] for c in NOT_DERIVED])
def test_no_derived_lender(analyzer, text):
    lender = analyzer.analyze(text).lender
    assert lender is None or lender.id is None, lender


def test_short_forms_keep_place_names():
    assert short_forms("湖北消费金融股份有限公司") == {"湖北消费金融股份有限公司", "湖北消费金融"}
    assert short_forms("北京银行") == {"北京银行"}
    assert "农村信用社" not in short_forms("云南省农村信用社")
    assert "消金" not in short_forms("湖北消金")


@pytest.mark.parametrize(("text", "name", "other"), [c[1:] for c in SAME_BRAND], ids=[c[0] for c in SAME_BRAND])
def test_same_brand_written_two_ways(analyzer, text, name, other):
    lender = analyzer.analyze(text).lender
    assert lender.name == name and other in lender.aliases, lender
    assert [c.name for c in lender.candidates] == [name]


@pytest.mark.parametrize(("text", "name"), [c[1:] for c in TWO_BRANDS], ids=[c[0] for c in TWO_BRANDS])
def test_two_brands_stay_apart(analyzer, text, name):
    lender = analyzer.analyze(text).lender
    assert lender.name == name and len(lender.candidates) == 2, lender


@pytest.mark.parametrize(("text", "name"), [c[1:] for c in FOLLOW_ACCOUNT + CARD_ISSUER + OPENING],
                         ids=[c[0] for c in FOLLOW_ACCOUNT + CARD_ISSUER + OPENING])
def test_unregistered_brand_named(analyzer, text, name):
    lender = analyzer.analyze(text).lender
    assert lender is not None and lender.name == name, lender


@pytest.mark.parametrize("text", [c[1] for c in NOT_CARD_ISSUER + NOT_OPENING + NO_LENDER],
                         ids=[c[0] for c in NOT_CARD_ISSUER + NOT_OPENING + NO_LENDER])
def test_no_lender(analyzer, text):
    assert analyzer.analyze(text).lender is None
