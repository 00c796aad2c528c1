"""gate16: the reader's loan in a state that needs money from them (analyzer/debt_frame.py), through about_debt and
the real analyzer. A loan word, brand or product with an unpaid or late state or a repayment act, a deadline with a
general act, a deadline with a sum and a repayment act, or a delay followed by the lender's lever is about the
reader's debt; the same words about the writer's or someone else's loan, a loan's approval or payout, a coupon, a
card renewal, an offer, a deadline for homework or a report, are not. Examples are written for the class (other
lenders, other word orders), none is a message from a labelled set."""
from __future__ import annotations

import pytest

from analyzer.debt_context import about_debt
from analyzer.debt_frame import brands
from analyzer.document import parse

OWED = {
    # a loan (brand, product or loan word) with an unpaid or late state
    "brand-not-paid": "你花呗还没还呢，今天记得处理一下",
    "brand-days-past": "借呗那笔过了三天了，今晚能还上吗",
    "product-late": "你的白条晚了两天了，赶紧补上",
    "product-not-handed": "安逸花这个月的还没交，下午能处理吗",
    "brand-dragged-week": "分期乐拖了一个礼拜了，今天必须处理掉",
    "brand-past-term": "度小满的钱已经超期5天",
    "brand-short-sum": "李女士，您的有钱花还差300没还上，麻烦今天补一下",
    "brand-lapsed": "你借的美团生活费已经过期好几天了",
    "brand-deadline-passed": "月付已经过了最后期限，今天不处理就降额",
    "brand-not-paid-credit": "你的信用付本月没还，已经影响信用了",
    "word-due": "你在拍拍贷借的钱到期了，今天能还吗",
    "word-dragged-month": "兄弟你那个借呗都拖一个月了",
    "word-defaulted": "您的贷款账户已产生违约，请尽快联系我们",
    "word-mortgage-not-handed": "这个月的月供还没交，今天记得交一下",
    "word-long-dragged": "你的信用卡已经拖了很久了",
    "word-car-loan-debit": "您的车贷本期月供2100元将于20日扣款，请保证卡内余额充足",
    "word-broken-months": "你这个房贷都断了两个月了",
    "word-due-today": "【众和消费金融】您的借款今天是还款日，金额1200元。",
    "parent-brand-that-sum": "你美团那笔还没还呢，下午能弄好吗",
    "brand-not-debited": "不好意思打扰，您在招联金融的借款昨天没扣到款，今天方便存一下吗",
    "signature-brand": "【京东金融】你的京东白条已经晚了3天了",
    # a loan with a repayment act, or a deadline and a general act
    "brand-top-up-today": "美团月付那880今天能补上不",
    "brand-when": "你那个花呗啥时候还",
    "brand-paid-yet": "借呗这个月你还了没",
    "word-hand-in-today": "网贷的钱今天要交上",
    "word-deadline-top-up": "借的钱今晚十二点前补上",
    "brand-deadline-handle": "哥，微粒贷那个今天要处理掉哦，已经第5天了",
    "deadline-brand-handle": "今天把安逸花那边处理一下",
    # no loan named: a deadline, a sum and a repayment act
    "deadline-sum-repay": "今晚24点前把1860元还上",
    "deadline-repay-sum": "明天中午12点前还上3200，别让我们难做",
    "date-repay-sum": "3号前还2000块，别再拖了",
    # no loan named: a delay, then the lender's lever
    "delay-then-process": "你再拖下去，我们就直接起诉",
    "no-reply-then-legal": "你一直不回电话，我们只能移交法务了",
    "not-repaid-then-credit": "要是今天还不还，明天就报征信",
    "not-handled-then-visit": "如果仍不处理，将安排外访核实",
    "dragging-then-procedure": "你拖着不还，我们只能按流程办了",
    "bill-late-then-visit": "你的账单已经晚了快一个月，再不处理我们就上门了",
    "last-day": "哥们，花呗今天最后一天了啊",
    # the act before the loan, a relative asked to pass it on
    "relay-his-loan": "请转告你儿子张三尽快联系我们处理他的借款",
    "act-before-loan": "今天务必还上你的白条",
    # the money itself not paid back, or not sent by a deadline
    "money-not-repaid": "钱不还，电话也不接，你想怎么样",
    "money-not-sent-by-deadline": "今天不把钱打过来，明天就去你家",
    # the lender's collection department naming itself to the reader
    "post-loan-department": "我是安逸花贷后部门的，找你有点事，方便回个电话吗",
    "asset-preservation": "您好，这里是资产保全部，请您今天回电",
    # unpaid said with 支付/付款 (pay-later and card bills)
    "bill-past-agreed-time": "【美团】您的月付账单已超过约定付款时间，请尽快支付",
    "bill-not-paid-on-time": "【度小满】您的有钱花本期账单未按时支付",
    "loan-due-sum-today": "【拍拍贷】您的借款今日需支付1200元，请确保银行卡余额充足",
    "card-bill-unpaid": "您好，您的信用卡本期账单尚未支付，最后付款日为今天",
    "payment-delayed-days": "【某某金融】您好，您的合同款项已延迟支付5天",
    "bill-balance-unpaid": "您本期账单仍有235元未支付",
    # the collector owns the reader's account; money not seen by a deadline, then the lender's lever
    "collector-follows-account": "小王，你的网贷账我们这边一直跟着呢，今天给个准话",
    "loan-assigned-to-me": "您的借款已经分配到我这里了，方便的话回个电话",
    "no-money-then-court": "如果明天还看不到钱，公司会把材料递交法院",
    "no-reply-then-agency": "要是今天再不回复，我们就转交资产管理公司",
    "that-sum-not-a-cent": "你在某某贷的那笔钱到现在一分没还",
    # the promise at the payout
    "promise-at-payout": "下款的时候你可不是这么说的",
}

NOT_OWED = {
    # the writer's own loan, or someone else's
    "own-loan": "我这个月花呗还没还，能先借我500吗",
    "own-loan-remaining": "我的白条还没还完，下个月再买吧",
    "own-loan-paid": "我刚还完借呗，下个月再说吧",
    "friend-loan": "朋友说他的借呗晚了两天，被打了好多电话",
    "third-person-loan": "他的借呗都拖了半年了，真不知道怎么想的",
    "friend-offers-to-lend": "你那个网贷赶紧还了吧，别拖着了，实在不行我先借你周转",
    "sender-repays": "今天给你转了500，还差的下周补上",
    # the loan's approval, payout, coupon, rate, card renewal, an offer
    "approval-slow": "贷款审批已经过了三天还没消息",
    "payout-late": "放款晚了两天才到账",
    "coupon-due": "花呗的免息券今天到期，记得用",
    "card-renewal": "您的信用卡即将到期，新卡已寄出，请注意查收",
    "credit-line-offer": "尊敬的客户，银行授予你的50000元备用金将于12月31日到期，可用于日常消费，申请回2",
    "rate-cut": "借呗的利率降了，划算",
    "platform-collapse": "网贷平台倒闭了，钱还没还就跑路了",
    "paid-off": "你的借呗已经还清，感谢使用",
    "line-raised": "你的白条额度提升了，可以去看看",
    "opened-when": "你那个花呗啥时候开通的",
    "bought-on-instalments": "你分期买的手机到了没",
    "card-unused": "信用卡已经超过6个月未使用",
    # a deadline for something that is no money, or no lender's lever
    "form-deadline": "今晚24点前把报名表交上",
    "report-words": "3号前交上2000字的读书报告",
    "class-fee": "今天下午前把班费50元交上",
    "homework": "作业今晚十二点前补上",
    "minutes": "明天中午12点前交报告",
    "bug-then-process": "再不处理这个漏洞，服务器就要走流程重启了",
    "no-reply-then-police": "你再不回我消息我就报警了",
    "homework-then-parents": "再不交作业就告诉你家长",
    "traffic-ticket": "如果不处理违章，会影响驾驶证",
    "book-not-returned": "你借我的书还没还呢",
    "power-bank": "你借我的充电宝什么时候还",
    "parcel": "你的快递到了，今天记得取一下",
    "takeaway-coupon": "美团外卖的红包还没用，今天到期",
    "promo-last-day": "花呗免息活动今天最后一天",
    "loan-application": "处理一下贷款申请吧",
    "split-dinner": "今天把钱转过来吧，AA的饭钱",
    "own-money": "我钱没还，你急什么",
    "his-money": "他钱不还，我也没办法",
    "department-newcomer": "我是贷后部门的新人，今天第一天上班",
    "job-advert": "我们公司贷后管理岗位招聘，欢迎投递简历",
    "joke": "你那花呗还没还啊哈哈哈，再不还我就去你家蹭饭😂",
    "utility-bill-debit": "本月电费账单已生成，金额86.5元，将于15日自动扣款",
    "carrier-bill": "【账单提醒】尊敬的用户，您6月份账单合计22.40元，实际应付22.40元，主要费用项包括月固定费22元。【中国联通】",
    # rnc52: broadband-unpaid moved to tests/test_rnc52.py RELABELLED (a fee bill due is a reminder: fresh/README.md "Borderline cases")
    "card-bill-nothing-due": "您尾号1122的信用卡12月账单已出，本期应付0元",
    "account-manager": "您好，您的账户由我负责维护，有问题随时联系我",
    "loan-officer": "您的贷款申请由我负责跟进，资料齐了就提交",
    "deposit-due": "那笔钱我已经帮你存进定期了，到期了提醒你",
    "order-unpaid": "你这笔交易未支付，订单将在15分钟后关闭",
    "platform-gone": "听说那个网贷平台暴雷了，借的钱没还的人都不用还了",
}


@pytest.mark.parametrize("text", list(OWED.values()), ids=list(OWED))
def test_loan_owed_is_about_debt(analyzer, text):
    assert about_debt(parse(text))
    assert analyzer.analyze(text).verdict.label != "not_collection"


@pytest.mark.parametrize("text", list(NOT_OWED.values()), ids=list(NOT_OWED))
def test_nearest_harmless_wording_is_not(analyzer, text):
    assert not about_debt(parse(text))
    assert analyzer.analyze(text).verdict.label == "not_collection"


def test_brands_come_from_the_registry_without_parent_brands():
    words = set(brands())
    assert {"花呗", "安逸花", "分期乐", "有钱花", "微粒贷", "招联金融", "美团月付"} <= words
    # a shop, an app or an insurer first: a loan only with 那笔/借的 (lexicon.loan_debt)
    assert not words & {"美团", "支付宝", "众安", "京东商城"}
    assert not any(w.isascii() for w in words)


# The writer's own debt said with the old debt words (DEMAND): the last person named before every debt phrase in its
# clause is 我 (debt_frame.writers_own). 我司/我行/我们 are the lender; 欠我, 借我 put 我 as the object; 他/她 stay
# the reader's concern (a collector tells a relative 他欠我们的钱).
WRITERS_OWN = {
    "own-overdue-question": "我借呗逾期三天了，会不会上征信啊",
    "own-collector-called": "哥，我那张信用卡的催收员又打电话了，说可以分期，你觉得呢？",
    "own-threatened": "我被网贷催收天天打电话，说要起诉我，该怎么办",
}
STILL_THE_READERS = {
    "firm-we-si": "你在我司的贷款已经逾期30天，请在24小时内处理",
    "firm-we-hang": "王女士，您在我行的信用卡透支款已逾期，请尽快处理",
    "told-you": "我跟你说，你的欠款今天必须还",
    "owed-to-me": "欠我的钱什么时候还",
    "relative-told": "你弟弟欠我们公司三万块逾期半年了，让他赶紧还",
    "menu-name": "您的借款已逾期，可登录App“我的-借款”查看欠款明细",
}


@pytest.mark.parametrize("text", list(WRITERS_OWN.values()), ids=list(WRITERS_OWN))
def test_writers_own_debt_is_not_the_readers(text):
    assert not about_debt(parse(text))


@pytest.mark.parametrize("text", list(STILL_THE_READERS.values()), ids=list(STILL_THE_READERS))
def test_firm_object_and_third_person_stay_the_readers(text):
    assert about_debt(parse(text))



@pytest.mark.parametrize(("text", "debt"), [
    ("【某某银行】您尾号1234的信用卡12月账单已出，本期应还0元。", False),
    ("您本期应还0.00元，最低还款额0元", False),
    ("您本期应还1200元，最低还款额120元", True),
    ("您本期应还0元，上期逾期款项仍需归还300元", True),
], ids=["nothing-due", "nothing-due-minimum", "sum-due", "nothing-this-period-but-overdue"])
def test_statement_with_nothing_due_is_no_debt(text, debt):
    assert about_debt(parse(text)) is debt
