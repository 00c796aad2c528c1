"""Round 19 (lender19): who a name is in its sentence, and the bank brand prefixes. Each case is our own
phrasing of a shape (a list of names, the speaker naming whom they speak for, the app to scan with, a shop a
refund scam claims, a tech firm signing for an app, words that only name a kind of firm), not a copy of an
evaluation line."""
from __future__ import annotations

import pytest
from lender_support import lender_checks

NAMED = [
    # the brand prefixes 中银/工银/交银, Simplified and Traditional
    ("boc-prefix-traditional", "中銀信用卡提提你：你嘅賬單已過咗到期日，請盡快還款。", "boc"),
    ("icbc-prefix-card", "您的工银信用卡已逾期3期，请尽快还款，以免影响征信。", "icbc"),
    ("icbc-prefix-service", "尊敬的客户，您的工银e支付将于今日失效，请前往网点处理。", "icbc"),
    ("bocom-prefix", "交银提醒：您的信用卡本期账单已逾期，请尽快还款。", "bocom"),
    ("cfc-not-its-parent", "您在中银消费的借款已逾期，请尽快还款。", "zhongyin_cfc"),
    # the speaker names whom they speak for; the app to scan with is how to pay
    ("self-intro-over-scan-app", "这边是分期乐的，你的欠款已逾期，现在打开微信扫我发你的码就能还。", "lexin"),
    ("self-intro-staff", "我是招联金融的工作人员，你的借款已逾期，用支付宝扫码还款就行。", "zhaolian_cfc"),
    ("creditor-over-scan-channel", "您的美团月付已逾期，请打开支付宝扫一扫付款。", "meituan"),
    # the list a name sits in is a mention; a name outside it still counts
    ("named-outside-a-list", "【招联金融】请勿相信声称能处理花呗、借呗、白条等逾期的中介。", "zhaolian_cfc"),
    # the platform applied through, over the funder the text also names
    ("applied-through-platform", "您通过分期乐申请的借款已逾期，该笔借款由湖北消费金融发放，请尽快还款。", "lexin"),
    # a collector, mediator or law firm signing for the creditor the text names
    ("mediator-signing-for-creditor", "【和平调解中心】招联金融已将您的欠款案件移交我中心调解，请于今日联系。", "zhaolian_cfc"),
    ("agency-signing-for-creditor", "【远方资产管理】美团已将您的月付欠款委托我司处理，请尽快还款。", "meituan"),
    # the debt owed to a name, under a collector's signature; a firm warning of its own impersonators
    ("owed-to-under-agency", "【远方信息】你欠招联金融的钱什么时候还？再拖就移交法务。", "zhaolian_cfc"),
    ("firm-warning-of-impersonators", "【京东金融】谨防不法分子冒充京东金融客服要求转账。", "jd_finance"),
    # brand names spelled in pinyin or initials inside a Chinese sentence
    ("pinyin-brand", "你在zhaolian的借款已经逾期了，今天必须还。", "zhaolian_cfc"),
    ("half-pinyin-brand", "你在mei团借的钱逾期三天了。", "meituan"),
    ("initials-brand", "你的wld已经逾期，再不还就上门。", "webank"),
    # a product name with one character swapped for a homophone or its initial
    ("homophone-product", "你的借贝逾期了，赶紧还。", "ant_cfc"),
    ("initial-in-product", "你的微粒d逾期了，今天处理。", "webank"),
]

UNREGISTERED = [
    ("dear-brand-user", "亲爱的榕树用户，您的借款已逾期3天，请尽快还款。", "榕树"),
    ("honoured-brand-customer", "尊贵的金牛分期客户，您本期账单已逾期，请尽快处理。", "金牛分期"),
    ("shop-a-refund-claims", "您好，您在得物购买的外套有质量问题，需要给您办理理赔。", "得物"),
    ("card-issuer-not-its-credit", "您的浙商信用卡已逾期，请尽快还款。", "浙商"),
    ("app-over-tech-signature", "【远航科技】尊敬的用户，您的账单将于明日到期，请通过好运花APP还款。", "好运花"),
    ("brand-over-tech-signature", "【星河信息】尊贵的好运分期客户，您本期已逾期，请尽快处理。", "好运分期"),
    ("desk-of-the-brand", "您的借款已逾期，如有疑问请咨询好运花官方客服。", "好运花"),
    ("bare-sign-off", "您本期借款已逾期3天，请尽快还款。\n——好运分期", "好运分期"),
    ("rural-bank-with-tong", "您在大同农商银行的贷款已逾期，请尽快还款。", "大同农商银行"),
    ("plaintiff-microloan", "原告广州市玖富小额贷款有限公司诉你借款合同纠纷一案，本院已受理。", "广州市玖富小额贷款"),
]

NOT_A_LENDER = [
    ("list-of-platforms", "我们专业处理借呗、微粒贷、分期乐、美团等网贷逾期，停息挂账，先办事后收费。"),
    ("two-names-closed-by-deng", "本店支持花呗/借呗等多种付款方式，欢迎选购。"),
    ("payment-list", "话费可在官网充值，支持网银、支付宝、财付通等。"),
    ("staff-bank-card", "员工银行卡信息请于周五前交到财务。"),
    ("submit-bank-card", "请提交银行卡正反面照片。"),
    ("other-clause-bank-card", "其中银行卡尾号1234的账户余额不足。"),
    ("kind-words-signature", "【金融服务中心】您的借款已逾期，请尽快处理。"),
    ("kind-words-signature-2", "【网贷平台】您的欠款已逾期多次，请尽快处理。"),
    ("shop-by-role", "您好，您在本店购买的商品已发货，请注意查收。"),
    ("still-owed-is-no-name", "您本月还有两笔待还账单，请合并查看。"),
    ("state-signature", "【已分期】您本期账单已分6期，每期100元。"),
    ("sentence-before-card", "欠款两千今天不处理，你的行为已构成信用卡诈骗。"),
    # masked or placeholder names: circles, boxes, one letter for the firm
    ("circle-mask", "您在〇〇消费金融的借款已逾期，请尽快还款。"),
    ("box-mask", "【□□银行】您的信用卡已逾期，请尽快还款。"),
    ("letter-placeholder", "您在A银行的贷款已逾期，请尽快处理。"),
    # a desk by its kind, a loan advert's kind of loan
    ("desk-by-kind", "您的借款已逾期，请联系人工客服处理。"),
    ("microloan-kind", "我们公司新推出小额贷款产品，利息低，欢迎咨询。"),
    ("pinyin-place-not-debt", "今天天气不错，我们去huabei玩吧。"),
    ("company-with-bank", "我们公司同银行有内部合作，可以帮你消除逾期记录。"),
    ("closing-words-are-no-sign-off", "您的借款已逾期，请尽快还款。谢谢合作"),
    ("loan-kind-at-the-end", "您的借款已逾期，请尽快还款。个人贷款"),
    ("letter-then-more-letters", "我在花b站看视频，借b2000块钱还不还？"),
    # bodies that lend nothing: credit repair, mediators, debt-relief groups, tax apps, court desks
    ("credit-repair-signature", "【征信修复中心】您的逾期记录可以消除，详询专员。"),
    ("mediator-signature", "【全国网贷调解中心】您的借款纠纷已受理，请缴纳调解费。"),
    ("debt-relief-group", "【上岸互助群】教你停息挂账，入群费299元。"),
    ("tax-app", "【个税APP】您有一笔退税待领取，请填写银行卡信息。"),
    # words where a name would stand in the sentence
    ("last-notice", "最后一次通知：你欠的钱明天之前必须还清。"),
    ("this-month", "你这个月的欠款再不还，就按流程移交法务。"),
    ("all-platforms", "你的欠款不还，头像就挂到各大平台上。"),
    ("this-company", "您在本公司的分期款项已逾期七日，请尽快缴纳。"),
    ("client-of-law-firm", "您在委托人处的借款已逾期，请在本函送达后五日内联系。"),
    ("guaranteed-loan", "您所担保的借款已逾期30天，请履行担保责任。"),
    ("co-borrower", "尊敬的共同借款人，您的房贷已逾期两期。"),
    ("good-credit", "为维护您良好的借款信用记录，请按时还款。"),
    ("salary-card", "法院已查封你的工资卡，赶紧处理。"),
    ("download-new-app", "您的额度已提升，请下载新版APP提现。"),
    ("web-address", "你的网贷逾期了，请登录网址处理。"),
    ("court-online-desk", "您的案件已立案，请通过人民法院在线服务平台缴纳诉讼费。"),
    ("bank-with-warm-tip", "银行温馨提醒您：本行将于今日扣除年费。"),
    ("impersonating-a-bank", "不法分子冒充银行客服以征信修复为名行骗，请提高警惕。"),
    ("impersonated-brand-in-warning", "警方提醒：近期有人冒充美团客服以关闭月付为由行骗。"),
]

# 工银瑞信, 中银香港, 中银国际: firms of the bank's group with their own licence and domain are not the bank.
GROUP_FIRMS = [
    ("fund-firm", "【工银瑞信】您申购的基金已确认，详见官网。", "icbc"),
    ("hk-bank", "【中銀香港】閣下信用卡賬單已出，最低還款額HKD300。", "boc"),
    ("securities", "中银国际证券提醒您：您的账户资料即将到期。", "boc"),
    ("fund-jv", "交银施罗德基金：您申购的基金份额已确认。", "bocom"),
    # the firm named once, its products then carry the bare prefix (工银添益快线, 中银稳健增利)
    ("fund-product", "工银瑞信基金提醒：您申购的工银添益快线1000.00元已确认份额。", "icbc"),
    ("fund-product-boc", "中银国际提醒您：中银稳健增利本期收益已发放至您的账户。", "boc"),
]


test_registry_lender_named, test_unregistered_name_reported, test_no_lender = lender_checks(
    NAMED, UNREGISTERED, NOT_A_LENDER)


@pytest.mark.parametrize(("text", "lid"), [c[1:] for c in GROUP_FIRMS], ids=[c[0] for c in GROUP_FIRMS])
def test_group_firm_is_not_the_bank(analyzer, text, lid):
    lender = analyzer.analyze(text).lender
    assert lender is None or lender.id != lid, lender


def test_typed_official_sender_names_the_lender(analyzer):
    """A sender number typed beside the message counts as that number written in it (a pasted 发件人：95588 line
    already did): the bank that says only 我行 is named, once, with no span in the text."""
    text = "尊敬的客户，您的信用卡本期账单已逾期，请尽快还款。"
    lender = analyzer.analyze(text, sender="95588").lender
    assert lender is not None and lender.id == "icbc", lender
    assert all(text[e.start:e.end] == e.text for e in lender.evidence)
    assert analyzer.analyze(text).lender is None
    written = analyzer.analyze(text + "客服95588", sender="95588").lender
    assert written.id == "icbc" and len(written.evidence) == 1
