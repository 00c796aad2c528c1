"""lawful17: ordinary messages that carry debt words are not about the reader's debt (analyzer/debt_lawful.py, classes in
knowledge/data/rules/lawful_r17.toml, read by debt_context.about_debt): the collector talked about in the third
person, a borrower's own complaint, a friend's joke or "no rush", a plan just set up, a dated paid state, a utility's
bill, a third person who borrowed from the reader. The nearest collection wording (the collector speaking, a transcript
turn, a signed notice, the reader's own debt named) stays a debt. Examples are written for the class; none is a
message from a labelled set."""
from __future__ import annotations

import pytest

from analyzer.debt_context import about_debt
from analyzer.document import parse

NOT_DEBT = {
    # the collector talked about, not speaking
    "collector-called-again": "催收短信天天发到我手机上，烦死了，明天去换个号",
    "collector-said-visit": "哥，催收说下周要去你单位，你赶紧找个律师问问",
    "collector-firm-news": "某地一家催收公司员工因非法拘禁被刑拘",
    "collector-job-ad": "招聘：催收专员若干名，要求普通话标准，月薪6000起",
    "collector-practice-talk": "暴力催收是违法的，遇到了可以打12378",
    "collector-wrong-number": "这几天总有催收电话找一个姓刘的，我说打错了他们还不信",
    # the borrower's own complaint or plea
    "complaint-header": "举报内容：本人在某分期平台借款后，对方每天打电话给我亲戚，请依法查处",
    "complaint-regulator": "我在某平台借了5000，逾期两周，现在天天被骚扰，请求有关部门调查处理",
    "complaint-accompany": "别怕，那些人再打电话你就录音，周末我带你去12378投诉",
    # a friend's joke, a friend saying there is no rush
    "joke-hotpot": "你欠我一杯奶茶啥时候还，再不还我就天天念叨你哈哈哈",
    "joke-emoji": "那二十块钱再不给我就去你家蹭饭😂",
    "no-rush-friend": "上回那三千不用急着还，你先把房子找好",
    "no-rush-later": "钱的事以后再说，你先养好身体",
    # a plan just set up, a dated paid state, nothing due
    "plan-approved": "【某银行】您申请的账单分期已审批通过，分12期，每期830.50元，首期还款日为下月10日。",
    "plan-effective": "【某消费金融】您的延期还款申请已生效，新的还款日为2027年3月5日。",
    "paid-dated": "【某银行】您的信用卡分期已于12月1日结清，感谢使用。",
    "paid-on-time": "【某金融】您本期借款已按时还款，感谢您的信任。",
    "nothing-due": "【某银行】您本月信用卡账单已出，本期无需还款。",
    # a utility's or a public body's bill, a third person who borrowed from the reader, a legal-aid booking
    # rnc52: utility-late-fee moved to tests/test_rnc52.py RELABELLED (a fee bill due is a reminder: fresh/README.md "Borderline cases")
    # rnc52: heating-arrears moved to tests/test_rnc52.py RELABELLED (a fee bill due is a reminder: fresh/README.md "Borderline cases")
    "relative-borrowed-from-you": "爸说他借你的那两万年底就还，你别老催了",
    "legal-aid-booking": "【某法律援助中心】您预约的借贷纠纷法律咨询在周三上午，请带身份证。",
    "news-header": "新闻：两名讨债人员因非法侵入住宅被判处有期徒刑一年",
    "collector-trade": "我表哥以前干催收的，他说这行现在不好做",
    "library-overdue": "【区图书馆】您借阅的2册图书已逾期3天，请尽快归还。",
    # rnc52: toll-arrears moved to tests/test_rnc52.py RELABELLED (a fee bill due is a reminder: fresh/README.md "Borderline cases")
    "writer-repays-tomorrow": "上次你借我的800块，我下周转给你哈",
    "coupon-expiry": "【某借钱App】送您一张3天免息券，借款后逾期将作废，快来使用吧。",
    "card-feature": "【某银行】您已成功关闭信用卡最低还款服务。",
    "paid-early": "【某农商行】您的经营贷已提前结清，请到网点办理抵押注销。",
    "collection-topic": "有没有人科普一下网贷催收到底能做什么不能做什么",
    "pasted-form": "借款协议（范本）第八条：借款人未按期还款的，出借人有权收取逾期利息。",
    "regulator-notice": "【某市金融监管局】提示：催收人员不得骚扰借款人的亲友和同事，遇到违规催收可拨打12378。",
    "community-lecture": "【某街道】本周五下午举办识别非法催收专题讲座，欢迎居民参加。",
    "writer-own-sentence": "姐我这个月工资没发，花呗都逾期了，能先借我一千吗",
    "marketing-on-time": "【某分期App】按期还款有助提升额度，本月新客借款利率低至6折，回T退订。",
    "marketing-no-fee": "【某银行】随借随还，提前还款免违约金，欢迎申请。",
}

STILL_DEBT = {
    # a plan for the reader's debt asking for an instalment on a date (neg75, merged in round 57 by PREREG_round57's rules:
    # the blind writers label such plan confirmations reminder; "plan-approved" and "plan-effective" above ask for nothing)
    "plan-asks-to-pay": "【某消费金融】您的协商还款方案已生效，首期还款日为1月5日，请按时还款。",
    # the collector speaking: a self-introduction, a transcript turn, a signed notice
    "collector-self": "我是某某公司催收部门的，你的借款已经逾期20天了",
    "collector-we": "我们催收人员明天会联系你，欠款今天必须处理",
    "transcript-turn": "催收员：王先生，您这笔欠款已经拖了两个月，今天必须给个还款方案。",
    "signed-collection": "【某消费金融】您的借款已逾期5天，请尽快还款，催收人员将与您联系。",
    # the reader's own debt named next to a joke or a complaint word
    "joke-with-lender-word": "哈哈，你的网贷逾期了吧，赶紧还款",
    "friend-asks-back": "你上个月借我的两千，这周方便还我吗",
    # a plan that is broken, a utility named next to a loan
    "plan-broken": "【某银行】您的分期还款计划已生效，但本期仍逾期未还，请尽快还款。",
    "loan-and-utility": "【某金融】您的借款已逾期3天，请尽快还款，以免产生违约金。另：本月电费账单已出。",
    "rest-when": "这期你先还了一半，余下的什么时候还？",
    "bare-sum-back": "小李，借你的1500块，月底能还我吗",
    "collector-introduces-self": "我是小张，逾期五天了，今天下午必须处理",
    "signed-lender-talks-collection": "【某小贷】您的借款逾期已移交催收部门，请尽快处理。",
    "hands-on-to-collectors": "再不处理，下周将委托专业催收公司上门",
    "paid-if-condition": "【某银行】今天是您的信用卡还款日，请及时还款，如已全额还款请忽略。",
}

# Whole messages through the analyzer: a court's own ruling on the plaintiff's withdrawal and a tribunal formed are
# legal notices; a bank or a courier relaying a court's act, and news of a collector arrested, are not collection.
VERDICTS = {
    "withdrawal-ruled": ("【杭州市余杭区人民法院】李**，原告某小贷公司诉你的（2026）浙0110民初1234号案件已裁定准许原告撤诉。",
                         "legal_notice"),
    "tribunal-formed": ("【广州仲裁委员会】（2026）穗仲案字第4567号仲裁案已组庭，请于收到通知后7日内提交证据材料。",
                        "legal_notice"),
    "bank-freeze-relayed": ("【某商业银行】您尾号0021的账户因司法冻结，冻结金额3,000.00元，冻结机关：某区人民法院。",
                            "not_collection"),
    "courier-court-papers": ("【某快递】您好，您有一份由某市中级人民法院寄出的法律文书将于今日派送，请保持电话畅通。",
                             "not_collection"),
    "news-arrested": ("听说上周有个讨债的因为去人家门口泼油漆被抓了", "not_collection"),
}


@pytest.mark.parametrize("text,label", list(VERDICTS.values()), ids=list(VERDICTS))
def test_verdicts(analyzer, text: str, label: str) -> None:
    assert analyzer.analyze(text).verdict.label == label


@pytest.mark.parametrize("text", list(NOT_DEBT.values()), ids=list(NOT_DEBT))
def test_ordinary_debt_words_are_not_the_readers_debt(text: str) -> None:
    assert not about_debt(parse(text, None, None))


@pytest.mark.parametrize("text", list(STILL_DEBT.values()), ids=list(STILL_DEBT))
def test_collection_wording_stays_a_debt(text: str) -> None:
    assert about_debt(parse(text, None, None))
