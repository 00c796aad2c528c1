"""fa23: lawful messages that share the words of threats and scams. Four frames decide, not the words: who acts
(the lender announcing its own filing, the reader advised to report), what the act is for (an emergency contact
asked only to have the reader call back), whose words they are (a message described, 你妈 as the subject of what she
said) and what a mask hides (the name of an App, not a link). Threats and scams that use the same words stay
flagged. Examples are written for the frame (other lenders, word orders, masks, Traditional characters), none is
from a labelled set."""
from __future__ import annotations

import pytest

from analyzer import analyze

HARMFUL = ("scam", "unlawful_threat")

LAWFUL = {
    # the creditor's own step announced as done: a party's right, said firmly
    "own-filing": "【某消费金融】您的借款已严重逾期，我司已向法院递交起诉材料，请今日内还清欠款。",
    "own-suit-started": "尊敬的用户，您在本平台的借款已逾期75天，平台已经启动诉讼程序，请尽快处理。",
    "own-payment-order": "【某银行】您的信用卡逾期已达90天，我行已向法院申请支付令，法院将依法送达，请注意查收。",
    "own-filing-masked": "***您好，我方现已向XX区人民法院提交立案申请，请于今日18点前联系我们。",
    "avoid-blacklist": "您的借款已逾期，请今日内还清欠款以免被列入失信被执行人。",
    # the reader advised to report
    "reader-may-report": "【某某区人民法院】普法提示：以暴力、威胁方式催收属于违法行为，可向公安机关报案。",
    "reader-may-report-trad": "網貸催收威脅要曝光你欠款？別怕，這屬於違法行為，可以向網警舉報。",
    # the emergency contact asked only to pass on a callback
    "contact-relay-only": "我们昨天联系了您的紧急联系人，只是请他转告您回电，没有透露任何欠款内容，请您尽快与我们联系。",
    "contact-ask-number": "因您手机长期关机，我们致电了您的紧急联系人，仅询问您的新号码，请您尽快回电处理欠款。",
    # 你妈 as the subject of what she said
    "mother-said": "你妈说你月底发工资就把欠的钱还我，我等着。",
    "mother-side": "欠款的事你别急，你妈那边我已经说过了，她说下个月帮你还一部分。",
    # a masked App name, a message described
    "masked-app": "【XX消费金融】您的借款今日到期，请登录XX消费金融App-我的-还款完成还款。我司不会以任何名义要求您向个人账户转账。",
    "message-described": "【某银行】防骗提示：医保卡不会过期停用，收到要求点链接认证的短信请直接删除。",
}

HARMFUL_KEPT = {
    "court-acted": "你的欠款已被法院立案，法院已冻结你名下所有银行卡，今天不还就上门抓人。",
    "we-report-police": "你的欠款再不还，我们可以向公安机关报案，让警察上门抓你。",
    "contact-then-tell": "我们已经联系了你的紧急联系人，把你欠钱不还的事都告诉他了，下一步通知你单位。",
    "relay-then-pay": "我们联系了你妈，只是让她转告你回电，她要是不管，就让她替你还。",
    "insult": "你妈的还不还钱？老赖！",
    "hidden-link": "您的借呗额度即将清零，请登录XX网址领取补贴。",
    "fake-court-fee": "【XX法院】您涉嫌借贷纠纷，名下账户即将冻结，请立即缴纳诉讼保全费至以下账户：6222 0210 0000 1234。",
}


@pytest.mark.parametrize("text", LAWFUL.values(), ids=LAWFUL.keys())
def test_lawful_frame_is_not_a_threat_or_scam(text: str) -> None:
    assert analyze(text).verdict.label not in HARMFUL


@pytest.mark.parametrize("text", HARMFUL_KEPT.values(), ids=HARMFUL_KEPT.keys())
def test_same_words_in_a_threat_or_scam_stay_flagged(text: str) -> None:
    assert analyze(text).verdict.label in HARMFUL


def test_own_filing_keeps_pressure_finding() -> None:
    # Not a threat, but not a plain reminder either: the lawful step is still pressure the reader should see.
    report = analyze(LAWFUL["own-filing"])
    assert report.verdict.label == "aggressive"
