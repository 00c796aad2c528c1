"""Who a message names as lender (analyzer/detectors/lender.py, brand_names.py): the
signature, a claimed creditor, an institution-shaped name, and what is only a payee,
a payment channel, an authority or a sentence piece. Messages are our own phrasings
of each shape, not copies of the evaluation sets."""
from __future__ import annotations

import pytest

from analyzer.evaluation import lender_matches

NAMED = [
    # signature, start or end, 【】 or [], Traditional, spaces between characters
    ("signature-end", "您的借款今日到期，请保持卡内余额充足。【招联金融】", "zhaolian_cfc"),
    ("square-brackets", "[分期乐]您的账单已逾期，请尽快还款。", "lexin"),
    ("traditional", "【招聯金融】您的借款已逾期，請盡快還款。", "zhaolian_cfc"),
    ("spaced-out", "【招 联 金 融】您的借款已逾期", "zhaolian_cfc"),
    # products and claimed creditors
    ("product-in-body", "您在微眾銀行的微粒貸已逾期，請儘快處理。", "webank"),
    ("product-user", "尊敬的美团月付用户，您本期账单已逾期，请及时还款。", "meituan"),
    ("creditor-over-payee-bank", "您在招联金融的借款已逾期，请还款至招商银行账户6222********1234。", "zhaolian_cfc"),
    ("card-centre-signature", "【民生信用卡中心】您的账单已逾期，请尽快还款。", "cmbc"),
    ("short-signature-of-named-bank", "光大银行为您准备了专属分期优惠，详询客户经理。【光大】", "ceb"),
    ("collector-for-registry-creditor", "【信达资产】我司受安逸花委托，就您的欠款进行催收，请尽快联系。", "mashang_cfc"),
    ("registry-collector-for-creditor", "【和君纵达】您在招联金融的借款已逾期，受其委托请您尽快还款。", "zhaolian_cfc"),
    ("law-firm-signature-is-no-lender", "受招联金融委托，我所将对您的欠款提起诉讼。【某某律师事务所】", "zhaolian_cfc"),
    ("platform-own-microloan", "您在中融小贷的借款已逾期，请尽快还款。", "douyin_finance"),
    ("sender-over-alias-that-is-also-product", "【招商银行】您的美团月付账单已自动还款成功。", "cmb"),
    ("branch-signature", "【浦发银行长宁支行】您的贷款已逾期。", "spdb"),
    ("sender-header-over-its-product", "宁波银行提醒您：您的白领通贷款已逾期。", "ningbo_bank"),
    ("white-lenticular-brackets", "〖招联金融〗您的借款已逾期", "zhaolian_cfc"),
    ("bank-abbreviation-before-weinin", "工行为您提供的贷款已逾期，请尽快还款。", "icbc"),
]

UNREGISTERED = [
    # a name the registry does not know is still reported, by name, with the kind its suffix declares
    ("unknown-bank-signature", "【浙商银行】您的信用卡已逾期，请尽快还款。", "浙商银行", "bank"),
    ("unknown-bank-in-body", "您在渤海银行的贷款已逾期30天，请尽快还款，否则将上报征信。", "渤海银行", "bank"),
    ("rural-bank-claimed", "尊敬的上海农商银行客户，您的信用卡已逾期。", "上海农商银行", "bank"),
    ("unknown-cfc", "您在苏商消费金融的借款已逾期，请尽快处理。", "苏商消费金融", "consumer_finance_company"),
    ("bank-over-provincial-union", "【广东农信】您尾号1111的卡入账100.00元。【某县农商银行】".replace("某县", "连平"),
     "连平农商银行", "bank"),
    ("app-claimed-over-frozen-wallet", "你在达飞云贷平台的借款已严重逾期，我们将冻结你的支付宝和微信账户。", "达飞云贷", "unknown"),
    ("app-without-de", "尊敬的客户，您乐乐分期的订单已逾期，请登陆乐乐分期APP还款。", "乐乐分期", "unknown"),
    ("templated-braces", "您的｛好运来｝借款已逾期3天，请尽快处理欠款。", "好运来", "unknown"),
    ("unknown-signature-over-payment-app", "【花薪钱包】您的借款已逾期3天，请登录支付宝还款。", "花薪钱包", "unknown"),
    ("notice-word-stripped", "【快易花通知】您的借款已逾期，请及时还款。", "快易花", "unknown"),
    ("bracketed-in-body", "你在[玖富万卡]的借款已逾期，请尽快还款。", "玖富万卡", "unknown"),
    ("unknown-microloan", "您在鑫达小贷的借款已逾期，请尽快还款。", "鑫达小贷", "microloan_company"),
    ("lending-brand-outside-debt-words", "您的快易贷账户存在异常，需缴纳解冻金2000元方可提现。", "快易贷", "unknown"),
    ("brand-ending-in-loan", "您在榕树贷款的借款已逾期，请尽快还款。", "榕树贷款", "unknown"),
    ("here-is-collector-of", "您好，这里是金牛分期贷后中心，您的借款已逾期，请尽快处理。", "金牛分期", "unknown"),
    ("date-then-platform", "用户您好，您于2023年5月在好借钱包平台的借款已逾期。", "好借钱包", "unknown"),
    ("claimed-over-repeated-payment-app", "您在快快贷的借款已逾期，请通过支付宝或微信还款，支付宝账号：135****1234。",
     "快快贷", "unknown"),
    ("claimed-over-plain-bank", "您在小鱼福卡的借款已逾期，放款机构为中国银行。", "小鱼福卡", "unknown"),
    ("creditor-over-app-to-pay-in", "您在快易借的借款已逾期，请登录支付宝还款。", "快易借", "unknown"),
    ("claimed-creditor-over-collector", "【信达资产】您在快易借的借款已逾期，请尽快处理。", "快易借", "unknown"),
    ("claimed-creditor-over-carrier-header", "北京移动温馨提示：您在快易借的借款已逾期。", "快易借", "unknown"),
    ("role-word-after-brand", "快易借客服提醒您：您的借款已逾期，请尽快还款。", "快易借", "unknown"),
    ("bank-opening-the-message", "江西银行提醒您：您在快易借的借款已逾期。", "江西银行", "bank"),
    # round-2 shapes: borrowed ON a platform, a loan kind between 办理的 and 贷款, the collector speaking for it,
    # an account to follow, 您的X， + a debt state, a card notice opening with its issuer
    ("borrowed-on-platform", "张某在好运借上借了2000元，已经逾期一个月了。", "好运借", "unknown"),
    ("handled-consumer-loan", "您在长安信托办理的个人消费贷款本月账单已逾期。", "长安信托", "unknown"),
    ("collector-here-for", "小王，我这里金牛花的，你的欠款今天必须处理。", "金牛花", "unknown"),
    ("follow-account", "您的借款已逾期3天，请关注“快易花”公众号还款。", "快易花", "unknown"),
    ("your-brand-then-state", "尊敬的客户，您的金牛贷，已逾期5天，请尽快还款。", "金牛贷", "unknown"),
    ("card-issuer-opening", "华南贵宾您好，末四码5678于今日刷卡消费100元。", "华南", "unknown"),
]

NOT_A_LENDER = [
    ("central-bank", "请尽快还款，否则我们将上报中国人民银行征信中心。"),
    ("anti-fraud-centre", "【国家反诈中心】提醒您：凡是要求转账的都是诈骗。"),
    ("court", "【某市中级人民法院】您有一份文书待签收，请登录人民法院在线服务查看。".replace("某市", "杭州市")),
    ("placeholder-bank", "【XX银行】您的借款已逾期，请尽快还款。"),
    ("time-word", "您本月的账单已逾期，请尽快还款。"),
    ("generic-holder", "您名下的借款已逾期，请尽快还款。"),
    ("kind-of-loan", "您在个人贷款的还款日已到，请尽快还款。"),
    ("zhonghang-in-jizhong-xingdong", "您的借款已逾期，我们将开展集中行动上门催收。"),
    ("gonghang-in-shigong-xingwei", "您的借款已逾期，员工行为不当请投诉。"),
    ("this-loan", "您本次借款已逾期，请尽快还款。"),
    ("loan-category", "你好，我是校园贷平台工作人员，你的校园贷账户涉嫌违规操作，请立即注销。"),
    ("public-service-account", "您的医保账户已失效，请点击链接更新。"),
    ("lawyer-letter-header", "律师函通知：您的借款已逾期，请尽快处理。"),
    ("bind-your-card", "您的借款明日到期，请保证绑定银行卡内余额充足。"),
    ("notice-topic-signature", "【流量提醒】您本月已使用流量1.2GB。"),
    ("sentence-signature", "晚上一起吃饭吗【此短信通过手机飞信发送】"),
    ("regulator", "【国家金融监督管理总局】提醒您谨防诈骗。"),
    ("government-bureau", "〖某省医保局〗您的医保账户已失效，请打开链接更新。".replace("某省", "福建省")),
    ("masked-name", "您在**金融的借款已逾期，请尽快还款。"),
    ("generic-microloan", "请勿相信非法网络小贷的宣传。"),
    ("state-is-no-name", "系统检测到您的ETC异常，逾期未处理将注销。"),
    ("template-placeholder", "{name}你好，我这里{platform}的，你的借款已逾期。"),
    ("card-notice-signature", "【信用卡消费通知】您尾号1234的卡消费100元。"),
    # round 18: a pasted message's channel label, a bare notice word, a count word, a kind of loan, a bank's channel
    ("paste-label-chat", "[微信] 上周借你的两千块，月底方便的话还我。"),
    ("paste-label-voice", "[語音轉文字 0:31] 喂 你那笔钱什么时候还 我这边等着用"),
    ("paste-label-numbered-sms", "[短信2] 你的欠款已逾期三十天，请今日处理。"),
    ("paste-label-group", '[群聊 "三班家长"] 下周的班费每人五十，记得转给班长。'),
    ("notice-word-signature", "【重要提醒】您的借款已逾期15天，请尽快还款。"),
    ("news-signature", "【快讯】多地法院集中审理一批网贷纠纷案件。"),
    ("department-signature", "【财务通知】本月报销单请于25日前提交。"),
    ("count-word-before-platform", "据查，该员工在好几个平台和多个平台借款未还。"),
    ("student-loan-kind", "您的生源地助学贷款本年度应还本息1,980元，还款日为12月20日。"),
    ("housing-loan-kind", "您的个人住房贷款本月扣款失败，请存入足额资金。"),
    ("bank-app-channel", "如需办理，请通过本行手机银行APP申请。"),
]


@pytest.mark.parametrize(("text", "lid"), [c[1:] for c in NAMED], ids=[c[0] for c in NAMED])
def test_registry_lender_named(analyzer, text, lid):
    lender = analyzer.analyze(text).lender
    assert lender is not None and lender.id == lid, lender


@pytest.mark.parametrize(("text", "name", "kind"), [c[1:] for c in UNREGISTERED], ids=[c[0] for c in UNREGISTERED])
def test_unregistered_name_reported(analyzer, text, name, kind):
    lender = analyzer.analyze(text).lender
    assert lender is not None and lender.name == name and lender.kind == kind, lender
    assert lender.id is None and lender.in_registry is False and lender.licensed is None
    assert lender.note and all(text[e.start:e.end] == e.text for e in lender.evidence)


@pytest.mark.parametrize("text", [c[1] for c in NOT_A_LENDER], ids=[c[0] for c in NOT_A_LENDER])
def test_no_lender(analyzer, text):
    assert analyzer.analyze(text).lender is None


@pytest.mark.parametrize("text", [
    "系统通知：因您逾期未还，您名下所有银行卡及微信支付宝已于今日被冻结。",
    "你的微信、支付宝都将被限制使用，直到你还清为止。",
    "借款人逾期，担保人名下的银行卡、支付宝已被风控冻结。",
])
def test_payment_app_said_to_be_frozen_is_no_creditor(analyzer, text):
    """A payment app the message says is (being) frozen is the reader's account under threat, not the lender:
    its only evidence is payee_account and the card says it may not be the creditor, whatever the verdict."""
    report = analyzer.analyze(text)
    lender = report.lender
    assert lender is None or {e.source for e in lender.evidence} == {"payee_account"}, lender
    assert lender is None or "不一定是你的债权人" in lender.note


def test_payee_bank_alone_is_kept_apart(analyzer):
    lender = analyzer.analyze("请于今日将欠款5000元转入潍坊银行账户，否则后果自负。").lender
    assert lender.name == "潍坊银行" and {e.source for e in lender.evidence} == {"payee_account"}
    assert "不一定是你的债权人" in lender.note


def test_candidates_list_the_runner_up(analyzer):
    lender = analyzer.analyze("【花薪钱包】您的借款已逾期3天，请登录支付宝还款。").lender
    assert [c.name for c in lender.candidates][:2] == ["花薪钱包", "支付宝"]
    assert lender.candidates[0].id is None and lender.candidates[1].id == "alipay"


@pytest.mark.parametrize(("text", "written"), [
    ("【移动积分】您的积分已累计10800分，即日将清零，请登录链接兑换。", "移动积分"),
    ("北京移动温馨提示：您申请的流量包本月已生效。", "北京移动"),
    ("尊敬的联通客户，您的话费余额不足10元。", "联通"),
])
def test_carrier_named_by_its_short_form(analyzer, text, written):
    lender = analyzer.analyze(text).lender
    assert lender.name in ("中国移动", "中国联通") and written in lender.aliases
    assert lender_matches(written, lender) and lender_matches(lender.name, lender)


def test_label_in_traditional_matches_simplified_name(analyzer):
    lender = analyzer.analyze("您在汇丰银行的贷款已逾期，请尽快还款。").lender
    assert lender_matches("滙豐銀行", lender) and lender_matches("汇丰银行", lender)
    assert not lender_matches("恒生银行", lender)
