"""What opening round 14 (30 first-person accounts on overseas-Chinese, Taiwanese and Hong Kong pages, mostly scam
calls; 17 lenders' and a court's SMS templates from 2015-2019 source code; tests/data/fresh/UNSEAL_r14.md) showed,
by cause, run through the real analyzer. Every cause has a lawful twin that must stay quiet. The lines written here
are our own paraphrases, not round-14 sentences; round 14 is a tuned set now.
"""
from __future__ import annotations

import pytest
from inbox_support import fresh_rows, kinds_of, lender_of, verdict_of, wrong_lenders, wrong_verdicts

from analyzer.normalize import fold


# A. An impersonated institution's robocall: a claim about you + "press a key"; an embassy with a document for you.
@pytest.mark.parametrize("text", [
    "這裡是駐洛杉磯總領館，您有一份急件尚未簽收，查詢請按3",
    "您好，这里是区人民法院，你有一起案件需要处理，重听请按1，人工服务请按0",
    "社保局通知：您的社保卡存在违规使用，即将停用，详情请按9",
    "中国大使馆这边有一封您的公文要领取",
])
def test_institution_robocall_is_scam(text):
    assert verdict_of(text) == "scam"
    assert "impersonation" in kinds_of(text)


@pytest.mark.parametrize("text", [
    "【中国邮政】您的包裹已到达驿站，查询请拨11183",
    "【某某法院】您的案件已立案，请登录官方诉讼服务网查看，咨询12368",
    "总领馆提醒：护照换发请通过中国领事App预约，切勿轻信来电",
])
def test_institution_robocall_twins_stay_quiet(text):
    assert verdict_of(text) != "scam"


# B. The safe-account frame knows 证清白, and 只有 + a payment is the reader's condition, not a negation.
def test_pay_to_clear_yourself_is_scam():
    assert verdict_of("你名下的卡卷进一起洗钱案，只有把钱转到指定账户才能证清白") == "scam"
    assert verdict_of("只有法院才能判决强制执行，催收公司无权冻结你的账户") != "scam"


# C. A relative held or in trouble + money; maiming the reader's kin.
@pytest.mark.parametrize("text, kind", [
    ("你老婆在我们手里，马上准备十万，敢报警就撕票", "personal_account_payment"),
    ("妈，我出事了，快拿钱来救我", "impersonation"),
    ("我这边脱不开身，一会儿我同事的爸爸会跟你说怎么转账，他是银行的，你放心", "impersonation"),
])
def test_kin_in_trouble_is_scam(text, kind):
    assert verdict_of(text) == "scam"
    assert kind in kinds_of(text)


def test_maiming_kin_is_a_threat():
    assert "violence_threat" in kinds_of("你是想让我砍你女儿一只手吗")
    assert verdict_of("有人出钱雇我，要来断你一条腿") in ("scam", "unlawful_threat")


@pytest.mark.parametrize("text", [
    "你儿子在我这里写作业，晚饭后我送他回家",
    "你女儿的书包在我手上，明天带给她",
    "妈，我出门了，晚上不回来吃饭",
    "判断你的手机是否支持5G，请查看设置",
    "有人出钱想买你的二手车，你卖不卖",
    "等一下财务会跟你说怎么开发票",
    "绑匪收不到赎金撕票，警方通报已判处死刑",
])
def test_kin_twins_stay_quiet(text):
    assert verdict_of(text) not in ("scam", "unlawful_threat")


# D. A stranded friend asks you to wire money.
def test_stranded_friend_is_scam():
    assert verdict_of("我在火车站手机被偷了，身上一分钱都没有，能不能帮我转点钱") == "scam"
    assert verdict_of("我手机丢了，已经报警了，明天补卡") != "scam"


# E. The call's tactics: hanging up is "non-cooperation"; an ATM "procedure".
@pytest.mark.parametrize("text", [
    "你要是挂断，我们就当你拒不配合，直接通缉",
    "请马上去附近的取款机办理解除设定",
])
def test_call_tactics_are_scam(text):
    assert verdict_of(text) == "scam"


@pytest.mark.parametrize("text", [
    "如果通话中断，客服会再打给您",
    "取款时请到有监控的ATM操作，注意遮挡密码",
])
def test_call_tactic_twins_stay_quiet(text):
    assert verdict_of(text) != "scam"


# F. Police "found your details" in a case.
def test_police_found_your_data_is_scam():
    assert verdict_of("公安在一起电诈案件中查到了你的银行卡") == "scam"
    assert verdict_of("警方通报：在一起案件中查获大量公民信息，提醒市民提高警惕") != "scam"


# G. 还清楚 ("more clearly") is no debt.
def test_more_clearly_is_no_debt():
    assert verdict_of("这件事我比你还清楚，别再解释了") == "not_collection"
    assert verdict_of("请在月底前把欠款还清") == "reminder"


# H. Cantonese and Hokkien folds; the HK lenders' dispatch and veiled-greeting threats.
@pytest.mark.parametrize("text, folded", [
    ("我哋", "我们"),
    ("系咪", "是否"),
    ("唔见数", "不还钱"),
    ("仲未", "还未"),
    ("仲裁", "仲裁"),
    ("出代誌", "出事"),
])
def test_regional_folds(text, folded):
    assert fold(text).text == folded


@pytest.mark.parametrize("text", [
    "听日之前唔还钱，否则即刻出队",
    "系咪想走数？我哋一定好好招呼你",
])
def test_hk_lender_threats(text):
    assert verdict_of(text) == "unlawful_threat"


@pytest.mark.parametrize("text", [
    "明早七点球队出队去比赛",
    "欢迎光临，我们会好好招呼你们",
])
def test_hk_twins_stay_quiet(text):
    assert verdict_of(text) not in ("scam", "unlawful_threat")


# J. Lender names: a signature with 你 in the brand; 您本次X贷款; 您在X的 + a date + 月还款额.
def test_lender_claims():
    assert lender_of("【有你花】您的账单已到期，请及时还款") == "有你花"
    assert lender_of("【请你还款】您的账单已到期") is None
    assert lender_of("很抱歉您本次快意汽车金融贷款扣款失败，请存入本期应还款") == "快意汽车金融"
    assert lender_of("您在快意融资的2020年5月的月还款额为3000元，已逾期") == "快意融资"


# K. Reporting to the credit bureau is no exposure; a company payee is no personal account.
def test_lawful_reports_and_company_payees_stay_quiet():
    assert "exposure_threat" not in kinds_of("您的借款已逾期，我行保留向人行征信通报您的逾期记录的权利")
    assert verdict_of("请于还款日前将本期款项划转至户名：某某小额贷款有限公司，账号：6222020200112233445") != "scam"
    assert "exposure_threat" in kinds_of("再不还钱，就把你的欠款通报到你们公司群里")
    assert verdict_of("请把钱转到这个账号：6222020200112233445，户名：李**") == "scam"


R14_KNOWN = {
    "P14001": "hired-harm extortion (有人给我钱要来买你的一双腿): the words are a threat to maim (unlawful_threat); that it "
              "is a scam shows only in the story (pay to have it called off)",
    "P14010": "fake phone-arrears robocall: the words are a carrier's arrears reminder; only the call and the amount show it",
    "P14011": "a new-number notice with no ask (换了手机卡，现在的号码是…): the same words as a real friend's",
    "P14020": "a veiled 如果事情发生; the explicit threat is reported, not quoted",
    "P14022": "断你儿子一条腿 in a fake-kidnapping call: the words are a threat to maim (unlawful_threat); the scam is the story",
    "P14025": "Cantonese gym-fee chase (你仲未畀4个月会费): 未给…会费 is no debt word the gate knows, and widening it would "
              "make carriers' and property fee notices reminders",
    "P14026": "继续向你追 with no money word",
    "Q14005": "bank's bad-debt notice labelled aggressive; with the credit-bureau report no longer an exposure it is a "
              "reminder (the collector notes the bank collects as the lenders' agent)",
    "Q14007": "court pre-mediation template: the court's name is a placeholder, so no court is named for legal_notice",
    "Q14009": "避免…严重的法律后果, labelled aggressive; the collector notes reminder is arguable",
    "Q14016": "to the referring dealer (贵司…请协助我司督促客户还款): third_party_contact under the eval's own definition, "
              "labelled reminder as a contract party (doubtful label)",
}
R14_LENDER_KNOWN = {
    "Q14002": "signed by the SMS vendor 银汉科技; the lender 易美达分期 is only in the body",
    "Q14016": "the lender's name is not in the text",
}


def _rows() -> list[dict]:
    return fresh_rows("r14_colP.jsonl", "r14_colQ.jsonl", count=47)


def test_round14_verdicts():
    wrong = wrong_verdicts(_rows())
    assert wrong <= set(R14_KNOWN), f"round-14 messages now wrong: {sorted(wrong - set(R14_KNOWN))}"


def test_round14_lenders():
    wrong = wrong_lenders(_rows())
    assert wrong <= set(R14_LENDER_KNOWN), f"round-14 lenders now wrong: {sorted(wrong - set(R14_LENDER_KNOWN))}"
