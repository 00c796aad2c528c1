"""short22: a collector's pay-or-else frame with no debt word (analyzer/debt_deadline.py; word classes due_* in
knowledge/data/rules/zz_deadline22.toml), pay-later and rented-phone dues (analyzer/debt_demand.DEMAND), and the
threats the gate now lets run (threat.third_party_contact.call_workplace / call_contacts,
threat.exposure.copies_to_people). Examples are written for their class, not taken from a labelled set; the
near-misses share the surface words (不还, 今天, 后果自负, 处理, 打你单位电话) in a friend's, a family's, a shop's or a
workplace's voice."""
from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.debt_context import about_debt
from analyzer.document import parse

COLLECTION = {
    "refused-then-call-workplace": ("今晚不还明天打你单位电话", "unlawful_threat"),
    "traditional-refused-then-workplace": ("給你最後期限今晚12點，不還明天打你單位電話", "unlawful_threat"),
    "masked-refused-then-workplace": ("今晚***不还，明天打你单位电话", "unlawful_threat"),
    "last-notice-own-risk": ("最后一次通知明天不还后果自负", "aggressive"),
    "deadline-repay-or-law": ("明天上午之前回款，否则直接走法律程序", "aggressive"),
    "not-handled-next-step": ("最后一次通知，明天中午12点前不处理，我们将启动下一步流程", "aggressive"),
    "money-not-in-own-risk": ("给你最后一天时间，钱不到位后果你自己承担", "aggressive"),
    "not-settled-third-party": ("3天内不结清，全部资料移交第三方处理", "aggressive"),
    "refused-wait-sued": ("不还就等着被起诉吧", "aggressive"),
    "deadline-then-contacts": ("限你今天下午三点前还上，过时我们就打你通讯录", "unlawful_threat"),
    "cannot-pay-colleagues-copies": ("今天5点前还不上，你们公司同事人手一份你的资料", "unlawful_threat"),
    "pay-later-due": ("【某某商城】您有1笔先用后付订单已到期未付款，请尽快在App内完成支付", "reminder"),
    "rented-phone-rent": ("【优品租机】您的第3期租金应于今日支付，请及时在小程序内完成付款", "reminder"),
    "shop-instalment": ("【XX分期】您购买的商品本期分期款今日需支付，请保持账户余额充足", "reminder"),
    "money-not-seen-see-to-it": ("三天之内见不到钱，你自己看着办", "aggressive"),
    "no-money-lawsuit": ("不给钱就等着吃官司吧", "aggressive"),
    "last-deadline-passed-visit": ("最后期限今晚8点，过了就上门", "aggressive"),
    "cannot-handle-dont-blame-us": ("最后给你半天时间，处理不了别怪我们", "aggressive"),
    "payment-deadline-passed-traditional": ("已超過繳款期限，請儘速繳款；若已繳款，請忽略此訊息。", "reminder"),
}

ORDINARY = {
    "friend-book-no-matter": "借我的书你今天不还也没事，下周再说",
    "friend-car-fine": "你今天不还车也行，明天早上给我就好",
    # "friend-no-rush" (兄弟，你借我那钱不急，什么时候方便什么时候还) moved to tests/test_rnc53.py RELABELLED: a friend asking
    # back money the reader owes is a reminder, 不急 or not (round 41, the label definitions' borderline rule)
    "work-bug": "你今天不处理这个bug，明天上线就来不及了",
    "homework": "明天不交作业，老师说要请家长",
    "parent-warm-clothes": "天冷了多穿点，不听话感冒了后果自负哦",
    "courier-returned": "【XX快递】您的包裹今天不取明天将退回寄件人，请及时处理",
    "work-deadline-plan": "明天中午前把方案发过来，否则客户那边没法交代",
    "verification-code": "【XX银行】验证码123456，您正在进行还款操作，请勿泄露给他人",
    "shop-unhandled-no-shipping": "亲，今天不处理退款申请的话，我们就没法给您发货了",
    "friend-call-workplace": "你手机关机了，我明天打你单位电话找你",
    "writers-own": "我今晚再不还，明天他们就要打我单位电话了",
    "pay-later-opened": "【XX先用后付】您已成功开通先用后付服务，0元下单，确认收货后再付款",
    "anti-fraud": "【反诈中心】凡是自称催收要求您今天还款到个人账户的，都是诈骗，请勿转账",
    "friend-book-angry": "你再不还我那本书我就生气了",
    "child-no-money": "你不给钱我就不去了",
    "sign-up-deadline": "报名最后期限今晚8点，过了就不能报了",
    "order-lapsed": "您的订单已超过缴款期限，系统已自动取消",
    "clothes-back": "把衣服还一下吧",
    "work-boss-scolds": "今天的事情处理不好，明天领导肯定要骂人",
    "work-not-handled-boss": "今天不处理，明天领导肯定要骂人",
    "deposit-refunded": "押金已原路退还，3个工作日内到账，请注意查收",
    "anti-fraud-mostly-scam": "【公安反诈】自称网贷客服说不还款就上门的，多为诈骗，请勿转账",
    "writer-repays-meal": "兄弟，上次欠你的饭钱今天转你，别急哈",
    "colleague-contract-legal": "你这个合同今天不处理，法务那边会按流程走。",
    "borrowed-charger-police-joke": "谁借了我充电宝没还？再不还我就要报警了",
}


@pytest.mark.parametrize("text,label", COLLECTION.values(), ids=COLLECTION.keys())
def test_pay_or_else_without_debt_words_is_collection(text: str, label: str) -> None:
    assert about_debt(parse(text, None, None))
    assert analyze(text).verdict.label == label


@pytest.mark.parametrize("text", ORDINARY.values(), ids=ORDINARY.keys())
def test_the_same_words_in_ordinary_talk_are_not(text: str) -> None:
    assert analyze(text).verdict.label == "not_collection"


@pytest.mark.parametrize("text", [t for t, _ in COLLECTION.values()] + ["你的照片已经做好了明天贴到你们小区"])
def test_a_high_finding_is_never_not_collection_or_risk_zero(text: str) -> None:
    report = analyze(text)
    if any(f.severity == "high" for f in report.findings):
        assert report.verdict.label != "not_collection" and report.verdict.risk > 0
