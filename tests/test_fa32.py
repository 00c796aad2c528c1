"""Round 31 (brief FA32): four more false-alarm causes removed at their frame. A contact asked only to pass on a
callback or to help find the borrower, told nothing of the debt, or addressed as a party to it (保证人, 抵押房产的共有人,
an employer withholding pay under the borrower's signed authorisation), is not told of the debt by a collector
(analyzer/debt_disclosed.py); 开庭 and 传票 said as a general truth or a supposition (传票你迟早要面对, 真到了开庭那一步), or a
hearing the writer will attend at the reader's side, claim no filing; a typed sender that the paste itself shows inside
the text is not surely the institution's sending number (analyzer/pasted.sender_quoted); the reader's own words around a
pasted message (同事在旁边都看见了, 我婆婆也收到了, 家里人还都不知道) and 同事都认识您 threaten no exposure. The texts
below are our own wordings; each real threat or scam that uses the same words keeps its verdict."""
from __future__ import annotations

import pytest

from analyzer import analyze

HARM = ("scam", "unlawful_threat")
DISCLOSED = "threat.third_party_contact.message_to_third_party"


@pytest.mark.parametrize("text", [
    # a callback relayed, no debt told (a brand name, a reassurance, "没说欠钱" are no disclosure)
    "您好，麻烦转告孙**给快易借回个电话，谢谢。",
    "你好，请问你是刘**的妹妹吗？我们是好借呗这边的，联系不上他，麻烦让他回个电话，我们不会让你还什么钱。",
    "我表哥收到的，原话是：“您好，吴**留了您的号码，我们联系不上他，麻烦您转告他回电。”没说欠钱，这正常吗？",
    # a party to the debt
    "连带保证人陈**您好：主债务人的车贷已逾期两期，请督促其尽快缴清，否则本公司将依约处置车辆。",
    "您好，您担保的刘某这个月的款项还没到账，麻烦提醒他一下。",
    "您好，您是该笔贷款抵押房屋的共有人，借款人已逾期两期，我行将依法申请实现抵押权，请您知悉。",
    "某某公司人事部：贵司员工钱**已签署工资代扣还款授权书，请贵司按授权书每月代扣800元至我司对公账户。",
], ids=lambda t: t[:14])
def test_third_party_not_told_of_debt_is_no_disclosure(text):
    report = analyze(text)
    assert DISCLOSED not in [f.rule_id for f in report.findings]
    assert report.verdict.label not in HARM, (report.verdict.label, [f.rule_id for f in report.findings])


def test_a_lender_naming_itself_tells_no_debt() -> None:
    """tpd59: a lender or collector that names itself and only asks the contact to pass on a callback has told them of
    no amount, no default and asked them for nothing: the labelled definition (../shared/eval/README.md) and the opened
    sets' writers (a 贷后服务, a 消费金融 客服 asking to pass on → aggressive) call it aggressive. Until round 45 this
    line stood among the disclosures above."""
    report = analyze("您好，我们这边是某某借贷服务平台，联系不上机主，请您转告他尽快回电，这个事情非常重要。")
    assert report.verdict.label == "aggressive"
    assert "third_party_contact" in {f.kind for f in report.findings}


@pytest.mark.parametrize("text", [
    "您好，您的朋友赵**在我平台的借款已逾期两个月，请转告他尽快还款。",
    "你是周**的哥哥吧？他欠我们三万块钱一直不还，你让他赶紧回电。",
    "${name}的账单应付金额为${amount}，已过期${day}天，请转告其尽快处理。",
], ids=lambda t: t[:14])
def test_debt_told_to_a_third_party_is_still_flagged(text):
    report = analyze(text)
    assert DISCLOSED in [f.rule_id for f in report.findings]
    assert report.verdict.label == "unlawful_threat"


@pytest.mark.parametrize("text", [
    "你可以不回我消息，但法院的传票你迟早要面对。",
    "别怕，律师说官司能赢，下个月开庭我陪你去。",
    "您的账单已逾期，请于三日内联系处理，避免进入诉讼程序。",
    "本周五前仍未还款，我司不再电话联系，直接进入法律程序。",
    "各位家长：周五开家长会，无故缺席的，班主任将另行安排家访。",
], ids=lambda t: t[:14])
def test_hearing_or_summons_not_claimed_is_no_fake_process(text):
    report = analyze(text)
    assert "threat.fake_legal.case_filed" not in [f.rule_id for f in report.findings]
    assert report.verdict.label not in HARM


@pytest.mark.parametrize(("text", "label"), [
    ("你的案子已经立案了，法院传票已经寄到你家，下周三开庭。", "unlawful_threat"),
    ("您的欠款已经直接进入诉讼程序，请尽快处理。", "unlawful_threat"),
    ("你的欠款纠纷法院已受理，不出庭就缺席判决。", "unlawful_threat"),
], ids=lambda t: t[:14] if isinstance(t, str) else t)
def test_claimed_filing_keeps_its_verdict(text, label):
    assert analyze(text).verdict.label == label


@pytest.mark.parametrize(("text", "sender"), [
    ("【某某银行】您的信用卡本期账单已出，应还2,310.00元，请于12月8日前还款。 ——139****2841 12/05 09:12", "139****2841"),
    ("186****7730 10:05｜【某某县人民法院】诉前调解（2026）X0101诉前调88号已受理，可拨12368核实。 [发件人 1069****2201]",
     "186****7730"),
], ids=["trailer", "named_sender"])
def test_sender_shown_inside_the_paste_is_not_sure(text, sender):
    report = analyze(text, sender=sender)
    assert "scam.impersonation.sender_personal" not in [f.rule_id for f in report.findings]
    assert report.verdict.label != "scam"


def test_typed_sender_not_in_the_text_is_still_the_sender():
    report = analyze("【某某银行】您的账户存在异常，请尽快处理。", sender="13912342841")
    assert "scam.impersonation.sender_personal" in [f.rule_id for f in report.findings]
    # ...and so is one on the paste's own opening sender line
    report = analyze("+86 171 2345 6789  12-26 21:20\n【某某银行】您的账户存在异常，请尽快处理。", sender="17123456789")
    assert "scam.impersonation.sender_personal" in [f.rule_id for f in report.findings]


@pytest.mark.parametrize("text", [
    "开会时收到的，手机放桌上，领导在旁边都看见了，好丢人：【某某借条】您本期账单还有2天到期，应还830.00元，请按时还款。",
    "【某某农商银行】您的贷款已逾期，请尽快到行办理还款。我老公在外地打工，我婆婆也收到一样的短信，这个怎么办？",
    "【某某金融】您的逾期信息已按规定报送征信，请尽快还款。家里人还都不知道，我怕他们打过去。",
    "您的分期已逾期两天，可以来门店还款，店里的同事都认识您。",
], ids=lambda t: t[:14])
def test_readers_own_words_threaten_no_exposure(text):
    report = analyze(text)
    assert "threat.scheme.exposure.crowd_will_see" not in [f.rule_id for f in report.findings]
    assert report.verdict.label not in HARM


@pytest.mark.parametrize("text", [
    "再不还钱，你单位同事很快就都会知道你欠钱不还。",
    "你家里人还不知道吧？欠款再不还，明天你全家都会收到我们的通知。",
    "欠钱不还，全村人都会看到你的照片。",
], ids=lambda t: t[:14])
def test_exposure_threat_keeps_its_verdict(text):
    assert analyze(text).verdict.label == "unlawful_threat"
