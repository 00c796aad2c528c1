"""Lawful messages that quote scam or threat words, run through the real analyzer in both directions.

1. A warning quotes the scam it warns against (若对方…要求转入"安全账户"，一定是诈骗; 近期有不法分子冒充…以"…"恐吓;
   收到"…"的短信均为诈骗; 对方如果联系您的亲友，可以投诉): analyzer/detectors/warned.py blanks the quoted words
   before the rules run. The same words asked of the reader in the sender's own voice still fire, and so does a
   scam that adds a warning beside its own ask (tests/test_warning_appended.py runs that over every read set).
2. The reader as complainant or plaintiff (您报案的…, 您诉某某…一案), a notarial 赋予强制执行效力, an in-app menu
   path (微信-我-服务-钱包), a friend's new number with 不借钱, returning a borrowed thing at the door.
lawful8_tune's scam/threat calls are held at the figure reached here (0 of 155).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from inbox_support import read_jsonl

LAWFUL8_TUNE = Path(__file__).parent / "data" / "probes" / "lawful8_tune.jsonl"
LAWFUL8_TUNE_CEILING = 0  # scam or unlawful_threat calls; first run 10 (6.5%)
SERIOUS = ("scam", "unlawful_threat")

WARNINGS_QUIET = {
    "verdict-safe-account": "【某银行】提醒：凡是自称警察、要求您把存款转入\"安全账户\"配合调查的，一律是诈骗，请立即挂断。",
    "verdict-if-transfer": "【XX农商银行】温馨提示：如果有人说您的银行卡涉嫌洗钱，要求转账到指定账户核查资金，肯定是诈骗。",
    "verdict-received-link": "【XX市反诈中心】接到\"您的医保卡已冻结，点击链接解冻\"之类的短信，都是诈骗，请勿点击。",
    "verdict-refund": "【XX快递】提醒：自称快递员说包裹丢失、要加微信给您理赔退款的，均为诈骗。",
    "verdict-loan-fee": "【XX消费金融】凡是以\"解冻费\"\"保证金\"为由要求先交钱才能放款的，一律是骗子。",
    "verdict-jail": "【XX派出所】提示：任何人以\"不还钱就抓你坐牢\"\"明天上门拘留\"相威胁的，全部是诈骗或违法催收。",
    "party-collector": "【XX公安】近日有不法分子冒充贷款平台催收人员，以\"已立案将冻结银行卡\"为由恐吓，要求把钱转到私人账户。",
    "party-police": "【XX分局】最近有诈骗分子假冒公安机关，称您涉嫌洗钱，要求将资金转入\"安全账户\"。请广大群众提高警惕。",
    "party-relative": "【社区民警】发现有人冒充子女，谎称出车祸急需手术费，让老人往陌生账户汇款，大家一定留意。",
    "party-prize": "【XX反诈】常有犯罪分子以中奖为由，诱导先交手续费、保证金才能领奖，请广大市民注意。",
    "party-credit": "【XX银行】近期出现不法分子冒充银保监会工作人员，声称可以帮忙消除逾期记录、修复征信，收取服务费。",
    "party-threat": "【XX公安】近期有不法人员冒充催收，威胁要爆通讯录、把欠款信息发给您的亲友。催收不得骚扰第三人，遇到请报警。",
    "warn-object": "【XX银行】警惕冒充客服以退款为由要求提供验证码的电话。",
    "warn-believe": "【XX法院】不要相信自称法官要求把诉讼费转入个人账户的电话，本院不会以短信要求转账。",
    "if-met-report": "您好，如遇自称催收人员上门堵门、联系您单位和家人，请保存证据并拨打110报警。——XX律所",
    "if-other-complain": "李女士，对方如果再打电话骚扰您的父母和同事，您可以向银保监部门投诉，也可以报警。",
    "if-received-96110": "【XX派出所】如果接到自称公检法的电话说您涉嫌犯罪、要求转账，请立即挂断并拨打96110。",
    "ask-not-in-warning": "【XX银行】您尾号8823的账户今日有一笔转出交易。若有人以\"账户异常需验证\"为由要求您点击链接，都是诈骗，官方不会发送链接。",
}

SCAMS_STILL_FIRE = {
    "safe-account": "【公安局】您的银行卡涉嫌洗钱，请立即将资金转入安全账户配合调查，否则将冻结您的全部账户。",
    "party-then-asks": "近期有不法分子冒充我司，请您将欠款转入以下个人账户：6222 0000 1111 2222 张某，以免被骗。",
    "new-number-money": "我是小李，手机丢了，这是我新号码，急需用钱，先借我三千转到这个卡上，明天还你。",
    "refund-wechat": "您好，我是快递客服，您的包裹丢失了，请加微信 kd0099 给您理赔退款。",
    "credit-fix": "本人是银保监会工作人员，可以帮您消除逾期记录、修复征信，先交服务费500元。",
}

# A scam that adds 谨防诈骗 or 其他渠道都是骗子 beside its own ask: the rules' `unless = ['{anti_scam}']` now vetoes
# only a match in the warning's own clause (lexicon scopes "lead" and "clause"), no longer the whole message.
SCAMS_BESIDE_A_WARNING = {
    "warned-then-asks": "【XX银行】谨防诈骗！您的账户存在风险已被冻结，请点击 http://xx-bank.top 完成验证解冻。",
    "others-are-scam": "【信用卡中心】您的额度已冻结，请加微信 kf8899 办理解冻，其他渠道都是骗子。",
}

THREATS_STILL_FIRE = {
    "contact-relatives": "今天再不还钱，我们就联系你所有亲友，把你的欠款信息发给你单位。",
    "jail": "你已经涉嫌诈骗，不还钱明天就抓你坐牢。",
    "at-door": "我现在在你家门口，今天不还钱别想出门。",
}

OTHER_LAWFUL_QUIET = {
    "reader-reported": "【XX区公安分局】您报案的电信诈骗案已受理，办案民警会与您联系；后续自称能追回损失并收费的，均为诈骗。",
    "reader-sued": "【XX律师事务所】您诉孙某借款纠纷一案已判决，若对方不履行，我们可为您申请强制执行。",
    "notary": "【XX公证处】您申请的赋予强制执行效力债权文书公证已办结，请带身份证来领取公证书。",
    "in-app-path": "【支付宝】你的账户存在风险已被限制收款，请在支付宝-我的-客服-帮助中心按提示完成身份核验后解除。",
    "friend-new-number": "是我老周，手机掉水里了，这是我新号码，你存一下。不借钱哈，周末约球。",
    "return-borrowed": "王哥，上回借你家的电钻用完了，我在你家门口，按门铃没人，先放门口了。",
}


def _verdict(analyzer, text: str) -> str:
    return analyzer.analyze(text).verdict.label


@pytest.mark.parametrize("text", list(WARNINGS_QUIET.values()), ids=list(WARNINGS_QUIET))
def test_warning_quoting_scam_words_is_not_a_scam(analyzer, text):
    assert _verdict(analyzer, text) not in SERIOUS


@pytest.mark.parametrize("text", list(OTHER_LAWFUL_QUIET.values()), ids=list(OTHER_LAWFUL_QUIET))
def test_lawful_frames_stay_quiet(analyzer, text):
    assert _verdict(analyzer, text) not in SERIOUS


@pytest.mark.parametrize("text", list(SCAMS_STILL_FIRE.values()), ids=list(SCAMS_STILL_FIRE))
def test_scam_with_the_same_words_still_fires(analyzer, text):
    assert _verdict(analyzer, text) == "scam"


@pytest.mark.parametrize("text", list(SCAMS_BESIDE_A_WARNING.values()), ids=list(SCAMS_BESIDE_A_WARNING))
def test_scam_beside_a_warning_still_fires(analyzer, text):
    assert _verdict(analyzer, text) == "scam"


@pytest.mark.parametrize("text", list(THREATS_STILL_FIRE.values()), ids=list(THREATS_STILL_FIRE))
def test_threat_with_the_same_words_still_fires(analyzer, text):
    assert _verdict(analyzer, text) in SERIOUS


def test_lawful8_tune_ceiling(analyzer):
    rows = read_jsonl(LAWFUL8_TUNE)
    called = [r["id"] for r in rows if _verdict(analyzer, r["text"]) in SERIOUS]
    assert len(called) <= LAWFUL8_TUNE_CEILING, called
