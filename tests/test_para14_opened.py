"""What opening half of the blind para14 / lawful14 probe sets showed (tests/data/fresh/UNSEAL_para14.md), by cause,
run through the real analyzer. Every cause has a lawful twin that must stay quiet. The lines written here are our own
paraphrases, not the writer's sentences; the opened halves (para14_open.jsonl, lawful14_open.jsonl) are tuned sets now,
the sealed halves are never read here.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from inbox_support import kinds_of, read_jsonl, rules_of, verdict_of, wrong_lenders, wrong_verdicts

from analyzer.normalize import fold

PROBES = Path(__file__).resolve().parent / "data" / "probes"


# A. An instalment still unpaid or short, the last repayment day, a collection notice by name: debt words.
@pytest.mark.parametrize("text", [
    "小刘，你的信用卡分期那期还没交，记得今天补上",
    "你的白条这期还差86块，别忘了",
    "您好，提醒您明天是借款的最后还款日，记得存钱",
])
def test_instalment_wording_is_a_reminder(text):
    assert verdict_of(text) == "reminder"


@pytest.mark.parametrize("text", [
    "这期节目还没播完，你先看上一期",
    "这期杂志还差两篇稿子",
])
def test_instalment_twins_are_not_collection(text):
    assert verdict_of(text) == "not_collection"


# B. A message written wholly in pinyin is read; English with a pinyin-like name is not.
def test_whole_pinyin_message_is_read():
    assert "逾期" in fold("ni de dai kuan yi jing yu qi, qing jin kuai huan kuan, fou ze yi fa qi su").text
    assert verdict_of("ni de dai kuan yi jing yu qi, qing jin kuai huan kuan, fou ze yi fa qi su") == "aggressive"


def test_english_with_pinyin_names_stays_english():
    assert fold("Li An and Fa Yuan went to the bank in Dan Wei").text == "li an and fa yuan went to the bank in dan wei"


# C. The collector's own lawsuit or legal-department step, said aloud, with no debt noun.
@pytest.mark.parametrize("text", [
    "周五中午前钱不到账，我就直接把材料递交诉讼",
    "你答应的钱呢？下午三点前不回复，我就把你的案子转交法务",
    "你借钱的时候说好的，现在人影都没有？该上征信上征信，该起诉起诉",
])
def test_spoken_lawsuit_step_is_aggressive(text):
    assert verdict_of(text) == "aggressive"


@pytest.mark.parametrize("text", [
    "如对方月底仍不还款，我们就为您递交诉讼材料",
    "该交的材料我已经交了，周五去法院拿回执",
])
def test_spoken_lawsuit_twins_are_not_threats(text):
    assert verdict_of(text) not in ("aggressive", "unlawful_threat", "scam")


# D. Kin's workplace, calls to a third party's employer, numbers held and called one by one, surveillance then a
# visit, outside-the-law talk, the debt posted under the reader's posts, a contact told they owe.
@pytest.mark.parametrize("text, kind", [
    ("你弟在修车铺干活吧，钱再不还我们就去他铺子…不，去他店里找他", "doorstep_visit_threat"),
    ("欠了这么久，你老公的公司我们下周就去", "doorstep_visit_threat"),
    ("你担保人是你姨夫吧，我们今天打电话到他单位", "third_party_contact"),
    ("你舅舅和你同学的号码我们手上都有，晚上挨个打", "third_party_contact"),
    ("你在开发区那个仓库上班，夜班，没错吧？明晚我去门口等你", "doorstep_visit_threat"),
    ("欠钱还有理了？别跟我们谈什么法律", "violence_threat"),
    ("再躲着不还，我天天去你抖音下面留言说你欠钱不还", "exposure_threat"),
    ("您作为他的紧急联系人，需承担连带还款责任，请今日代为处理", "third_party_contact"),
])
def test_third_party_and_veiled_threats(text, kind):
    assert verdict_of(text) == "unlawful_threat"
    assert kind in kinds_of(text)


@pytest.mark.parametrize("text", [
    "你老公的公司我们下周就去参观，听说环境很好",
    "你姨夫的单位我打电话问过了，他周五休息",
    "你舅舅和你同学的号码我手上都有，过年挨个打电话拜年",
    "你在开发区仓库上班对吧？明晚我去门口接你一起吃饭",
    "还款请按我们App里的流程办理",
    "我去你抖音下面留言夸你视频拍得好",
    "紧急联系人不承担还款责任，我们不会要求您代还",
    "您作为担保人，依据保证合同负有连带还款责任",
])
def test_threat_twins_stay_quiet(text):
    assert verdict_of(text) not in ("unlawful_threat", "scam")


# E. Scams with no debt word: benefits cash-out, a student record "loan anomaly", a product-harm refund, a full
# policy refund through someone's App; a payment to a "lawyer's personal account" across a grouped amount.
@pytest.mark.parametrize("text", [
    "【医保中心】您的医保账户结余可一次性提现，请添加工作人员微信",
    "同学你好，系统显示你学籍下有网贷记录未注销，会影响学位证，请联系专员处理",
    "您购买的面霜检出违规添加，为您办理理赔，请联系售后专员",
    "您的重疾险保单可全额退还保费，请下载XX理财App联系专员办理",
    "你的案子已经到法院了，把3,000元调解金打到法官个人账户就能撤案",
])
def test_no_debt_scams(text):
    assert verdict_of(text) == "scam"


@pytest.mark.parametrize("text", [
    "医保个人账户余额可用于家人门诊共济，请在国家医保服务平台App查询",
    "国家助学贷款提醒：毕业后请按时还款，以免影响个人征信",
    "您的订单商品存在质量问题，已为您发起退款，款项将原路退回",
    "犹豫期内退保可全额退还保费，请通过官方App或柜台办理",
    "律师费5,000元请转至我所对公账户，我所开具发票",
])
def test_no_debt_scam_twins(text):
    assert verdict_of(text) != "scam"


# F. A future lawsuit step and an application to a court for a freeze are lawful steps, not a fake process.
@pytest.mark.parametrize("text", [
    "您的欠款五日后将进入诉讼流程，请慎重考虑",
    "你的欠款我们评估后会向法院申请冻结你名下的账户，想避免就尽快还",
])
def test_future_or_applied_legal_step_is_no_fake_process(text):
    assert "fake_legal_process" not in kinds_of(text)
    assert verdict_of(text) in ("reminder", "aggressive")


def test_claimed_freeze_still_fake_process():
    assert "fake_legal_process" in kinds_of("你欠款不还，我们已冻结你名下所有账户")


# G. Growing costs and a device lock are pressure.
@pytest.mark.parametrize("text", [
    "您的借款已逾期，罚息每天都在累计，为避免费用进一步增加请尽快还款",
    "您的手机分期已逾期，我方将锁定该设备直至结清",
])
def test_costs_and_device_lock_are_aggressive(text):
    assert verdict_of(text) == "aggressive"


# J. Cost-shifting and a scam's deposit are no excessive fee; a collector's extra fee still is.
def test_cost_shifting_is_no_excessive_fee():
    assert "excessive_fees" not in kinds_of("如仍未还款，我司将依法起诉，诉讼费用由您承担")
    assert "excessive_fees" not in kinds_of("您的网贷逾期已上报，请缴纳配合调查的保证金")
    assert "excessive_fees" in kinds_of("您的借款已逾期，需另付上门费500元")


# K-O. Lawful messages that were called scam or threat.
@pytest.mark.parametrize("text", [
    "【某消费金融】您申请的停催已受理，我司已暂停电话提醒，协商方案请在App确认",
    "房东：这个月房租记得20号前转给我，燃气费下次一起算",
    "【某银行】您的账户已逾期，本行不委托任何机构“删除不良记录”，请在官方App还款",
    "投诉内容：本人网贷逾期，催收人员天天打电话给我同事，还说要上门，请求有关部门处理",
    "【某公安分局】您于3月5日报警的诈骗案件已立案，民警不会要求您转账",
])
def test_lawful_messages_stay_quiet(text):
    assert verdict_of(text) not in ("scam", "unlawful_threat")


def test_debt_relief_agent_still_scam():
    assert verdict_of("专业办理停催、停息挂账，网贷逾期协商还款，成功后收费") == "scam"


def test_landlord_twin_personal_account_still_scam():
    assert verdict_of("房东换了账户，房租请转到以下账户：6222 0000 1111 2222，户名王某") == "scam"


PARA14_OPEN_KNOWN = {
    # P14S092 (fake court SMS with a judge's mobile number, labelled unlawful_threat) reaches its label since threat36:
    # the claimed court only presses for the reader's loan debt, no money, link or code for a stranger
    "P14S100": "a menacing remark about the reader's daughter and her school, no harm, debt or visit word: the same words "
               "could be a relative's",
    "P14S168": "腿给你打折了 with no debt word: the harm frame fires but friends say it too, so it stays low without a debt",
    "P14S245": "lawyer's letter whose firm name is masked (北京市**律师事务所): no checkable firm, so not a legal_notice",
    "P14S280": "law firm's SMS with a masked firm name (广东**律师事务所): no checkable firm, so not a legal_notice",
}
PARA14_OPEN_LENDER_KNOWN = {
    "P14S248": "拼多多 is a shop, not a lender in the registry",
}
LAWFUL14_OPEN_KNOWN: dict[str, str] = {}


def _open(name: str, count: int) -> list[dict]:
    rows = read_jsonl(PROBES / name)
    assert len(rows) == count
    return rows


def test_para14_opened_verdicts():
    wrong = wrong_verdicts(_open("para14_open.jsonl", 155))
    assert wrong <= set(PARA14_OPEN_KNOWN), f"para14 opened messages now wrong: {sorted(wrong - set(PARA14_OPEN_KNOWN))}"


def test_para14_opened_lenders():
    wrong = wrong_lenders(_open("para14_open.jsonl", 155))
    assert wrong <= set(PARA14_OPEN_LENDER_KNOWN), f"now wrong: {sorted(wrong - set(PARA14_OPEN_LENDER_KNOWN))}"


def test_lawful14_opened_not_scam_or_threat():
    bad = {r["id"] for r in _open("lawful14_open.jsonl", 75) if verdict_of(r["text"]) in ("scam", "unlawful_threat")}
    assert bad <= set(LAWFUL14_OPEN_KNOWN), f"lawful14 opened lines called scam or threat: {sorted(bad)}"


def test_para14_opened_no_excessive_fee_false_alarm():
    rows = _open("para14_open.jsonl", 155)
    wrong = {r["id"] for r in rows if "excessive_fees" in kinds_of(r["text"]) and "excessive_fees" not in r["flags"]}
    assert not wrong, sorted(wrong)


def test_rules_helper_in_use():
    assert "pressure.p14.spoken_lawsuit_step" in rules_of("你周五前钱不到账，我就直接递交诉讼申请")
