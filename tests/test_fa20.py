"""fa20: ordinary messages that share collection's words are not alarms, by frame rather than by sentence.

Each harmless line stands for a class (a media item, a complaint, the statute that punishes collectors, a legal Q&A's
answer, a lesson listing a wrong's marks, a quote followed by 这类短信, fiction's lines, a parcel that arrived, the
sender's own notice posted to a group, a community told to be on guard, a household fee or a refund asked back, money
paid to the reader's firm, the number on the back of one's card, care for a parent, interest at the legal cap, the
name of a notarised enforceable deed, and lawful frames that are no reminder). Each alarm is the nearest wording that
must still alarm. None of these lines is in tests/data/probes/fa20_design.jsonl or any labelled set."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer import analyze

ALARMS = ("unlawful_threat", "scam")

NOT_ALARMS = {
    "media-passive-collector": "抖音热搜：小伙网贷逾期被催收员把照片发到同学群，平台回应称将严肃处理",
    "media-detained": "媒体曝光：某公司员工冒充律师群发催款短信，已被行政拘留",
    "complaint-to-regulator": "向银保监局投诉：某小贷公司把我的借款信息发到了我的家族群里",
    "statute-on-collectors": "刑法第二百九十三条之一规定，以暴力、胁迫手段催收非法债务，情节严重的，处三年以下有期徒刑",
    "legal-qa-answer": "网友提问：逾期会被抓吗？律师答：一般欠款不会坐牢，但骗取贷款可能构成犯罪。",
    "lesson-list": "教你识别暴力催收的三种手段：一是威胁上门；二是爆通讯录；三是要求转到个人账户。",
    "quote-then-anaphor": "“您已逾期，立即转账到指定账户，否则冻结您名下财产”——遇到这类信息请直接挂断并拨打96110。",
    "fiction-lines": "短剧剧情：债主踹门进来，反派：“你女儿在我手上，拿钱来换人。”这一集节奏太快了",
    "parcel-arrived": "【韵达】您的快递已到达小区驿站，请及时取件，逾期将退回",
    "own-notice-posted": "班费收支表格已发家长群，欠交的同学请本周内补上",
    "community-on-guard": "近期有人在小区门口发放高息贷款传单，请广大业主提高警惕，切勿上当",
    "shared-fee-to-me": "这个月的卫生费每户30，我先垫了，大家转给我就好",
    "fee-to-your-firm": "王律师，剩下的代理费我明天转到您所对公账户",
    "card-back-number": "【某银行】您的信用卡存在异常交易已暂停使用，请致电卡片背面客服热线核实",
    "care-for-grandma": "哥，奶奶的药钱你直接转给药店，别让她操心",
    "interest-at-cap": "法院判决借款人按照合同约定支付利息，超过法定上限的部分不予支持",
    "named-national-platform": "【某区医保局】您的医保待遇资格需要年度认证，请通过全国政务服务平台完成认证，逾期暂停报销",
    "notarised-deed": "【某公证处】您与某小贷公司的借款合同已办理赋强公证，现向您核实是否已还款，请于3日内回复",
    "counsel-to-client": "陈女士，您委托的追讨货款一事，本所已向对方单位寄出律师函，对方拖欠的款项我们会继续跟进",
    "paid-to-me-reported": "舅舅还你的那五千，昨天已经转给我了，周末我带回家给你",
    "news-collector-charged": "一男子替人讨债，深夜砸坏欠款人家的门窗，该男子涉嫌故意毁坏财物被带走",
    "spoken-if-then-report": "我打听过了，催收万一真上你家闹，你直接打110就行",
    "neighbour-on-your-side": "我是你楼下的李叔，刚才有两个人在你家门口转悠，问你去哪了，我没跟他们说，你注意点",
    "kin-among-themselves": "你哥又欠了人家五万块，债主都打电话到咱妈那了，你这个当妹妹的劝劝他",
}

NOT_COLLECTION = {
    "never-borrowed": "我从来没在你们平台借过钱，为什么一直给我发逾期短信？",
    "receipt-sent": "附上这个月的还款截图，请贵司查收到账",
    "owed-a-treat": "你欠我一顿烧烤，周末必须请",
    "club-dues": "【读书会】各位会员，2027年会费200元请于月底前缴纳，逾期未交视为自动退出",
    "recruitment": "招聘贷后专员：有催收经验者优先，底薪五千",
    "debited-fine": "【某银行】您的房贷本月已成功扣款3200元，感谢您按时还款",
    "pasted-lesson": "以案说法：借款人逾期后，催收公司不得向其亲友透露债务信息，否则要承担侵权责任。",
    "pasted-regulation": "《商业银行信用卡业务监督管理办法》规定，发卡银行不得向债务人以外的第三人透露持卡人的欠款信息。",
}

# A lesson's or a news header pasted before the reader's own debt keeps the debt (READER_DEBT): still collection.
HEADED_BUT_OWN_DEBT = {
    "lesson-header-own-loan": "普法：你的借款已逾期90天，请今天之内还款，否则后果自负。",
    "news-header-own-loan": "新闻：您在我司的借款已逾期，请尽快登录APP还款。",
}

# A clinic's unpaid fee said as 尚未结清: the bill gate (debt_context._BILL_TERMS, speed20's file this round) reads
# 违约金/滞纳金/拖欠/催缴/逾期 as a bill's terms but not 结清, so the demand stays a loan's. Left for that file's owner.
BILL_NOT_SETTLED = "【某口腔诊所】您上次治疗的检查费120元尚未结清，下次复诊时一并缴纳即可"

STILL_ALARMS = {
    "you-in-sentence": "你要是再不还钱，你被催收的事明天全村人都会知道",
    "arrived-at-your-place": "欠款今天必须处理，我们的人已到达你家楼下",
    "your-photo-posted": "欠款不还，你的名字和照片已经发到业主群了",
    "pay-to-me-personally": "逾期款请转到我的个人支付宝，转给我就行",
    "keep-it-from-wife": "先转五千到这张卡，千万别让你老婆知道",
    "interest-before-payout": "借款审批已通过，放款前需先支付首期利息800元",
    "criminal-law-at-you": "根据刑法第196条，你恶意透支已涉嫌犯罪，再不还款将移送公安",
    "complaint-is-useless": "投诉没用，我们公司会把你的欠款信息发给你通讯录所有人",
    "letter-to-your-employer": "你的欠款逾期不还，我们已向你单位发出催收函",
    "platform-then-link": "【人社局】您的社保资格认证即将失效，请登录全国社会保险公共服务平台 www.rs-renzheng.top 重新认证",
    "did-you-pay-me": "欠款转给我了吗？今天不转到我个人账户就上门",
    "you-charged-with": "你欠钱不还，已涉嫌诈骗，我们兄弟明天去你家门口坐着",
    "neighbour-who-is-not": "你邻居都告诉我们了，你天天在家，再不还钱，你出门最好小心点",
}


@pytest.mark.parametrize("text", list(NOT_ALARMS.values()), ids=list(NOT_ALARMS))
def test_ordinary_frame_is_no_alarm(text):
    report = analyze(text)
    assert report.verdict.label not in ALARMS, [f.rule_id for f in report.findings]


@pytest.mark.parametrize("text", list(NOT_COLLECTION.values()), ids=list(NOT_COLLECTION))
def test_lawful_frame_is_not_collection(text):
    assert analyze(text).verdict.label == "not_collection"


@pytest.mark.parametrize("text", list(HEADED_BUT_OWN_DEBT.values()), ids=list(HEADED_BUT_OWN_DEBT))
def test_header_before_own_debt_is_still_collection(text):
    assert analyze(text).verdict.label != "not_collection"


@pytest.mark.xfail(strict=True, reason="尚未结清 is not among debt_context._BILL_TERMS (not this helper's file)")
def test_clinic_fee_not_settled_is_not_collection():
    assert analyze(BILL_NOT_SETTLED).verdict.label == "not_collection"


@pytest.mark.parametrize("text", list(STILL_ALARMS.values()), ids=list(STILL_ALARMS))
def test_nearest_alarm_still_alarms(text):
    report = analyze(text)
    assert report.verdict.label in ALARMS, [f.rule_id for f in report.findings]


# fa35: a friend's advice that names 债务重组 as the topic the reader asked about (你上次问的那个债务重组…外面收费代办的
# 都别信), once left alone here, is now quiet: a warning not to trust such agencies, with no chat account, mobile or
# 联系我们 in the message ({fathirtyfive_relief_warned}, zz_fa35.toml), is advice, not an advert.
# Left alone: a friend offering to shame a third party who owes the reader (那个渣男欠你的钱再不还，我们就把他的聊天记录发到
# 他朋友圈): the menace is real, only its target is not the reader.
KNOWN_ALARMS = {"FA20-229"}


def test_design_battery_has_no_alarm_on_an_ordinary_line():
    """The battery's own figure: first run 17 of 163 ordinary lines (batch 1) 3 of 36 (batch 2) and 5 of 24 (batch 3) and 1 of 15 (batch 5)
    were called a threat or a scam; only the one known line is now (two until fa35)."""
    path = Path(__file__).parent / "data" / "probes" / "fa20_design.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 150
    alarms = {r["id"] for r in rows if r["category"] == "not_collection" and analyze(r["text"]).verdict.label in ALARMS}
    assert alarms == KNOWN_ALARMS
