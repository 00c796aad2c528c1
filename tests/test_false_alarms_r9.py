"""Round-9 false alarms: lawful9_tune (bank, lender, government, police, platform, people, legal senders) must stay
under a ceiling of scam/threat calls, and each narrowed frame is tested both ways: the lawful paraphrase is quiet,
the scam or threat using the same words still fires."""
from __future__ import annotations

from pathlib import Path

import pytest
from inbox_support import read_jsonl

from analyzer import analyze

LAWFUL9 = Path(__file__).parent / "data" / "probes" / "lawful9_tune.jsonl"
ALARM = {"scam", "unlawful_threat"}
CEILING = 3  # 26 -> 3 at this commit (LN085 dressed signature, LN126 official link, LN229 joke)


def test_lawful9_tune_ceiling() -> None:
    rows = read_jsonl(LAWFUL9)
    called = [r["id"] for r in rows if analyze(r["text"]).verdict.label in ALARM]
    assert len(called) <= CEILING, called


QUIET = [
    ("in_person_freeze", "【某银行】您尾号9001的账户因有权机关协助执行已被冻结，请本人携带身份证到开户网点了解详情。"),
    ("in_person_police", "【某市公安局】您被骗案件中追回的资金已返还，请本人携带身份证、银行卡到分局刑侦大队办理手续。"),
    ("in_person_traffic", "【某市交警支队】您的交通事故已认定，请双方携带证件到事故处理中心领取认定书。"),
    ("reader_victim", "【某区检察院】您作为被害人的案件已进入审查起诉，可委托诉讼代理人。"),
    ("law_education", "【某市公安】提示：出借银行卡属于违法行为，涉嫌帮信罪将被追究刑事责任。"),
    ("own_request", "【某银行信用卡】您的信用卡已按您的申请办理销户，余额为0。"),
    ("in_app_path", "【某视频】您的账号存在异常登录，已限制部分功能，请在某视频App内完成身份验证以解除。"),
    ("soft_verdict", "【某二手平台】提醒：对方要您加微信私下交易或点外部链接付款，极可能是诈骗，请在平台内下单。"),
    ("disown", "【某二手平台】买家发来疑似\"保证金\"\"资金冻结\"类消息，平台不会要求卖家缴纳保证金才能收款。"),
    ("reject_after", "他说的那个\"注销校园贷\"的电话千万别信，我朋友就被骗了。"),
    ("reader_changes_number", "你姑姑被人冒充你哥借钱骗了钱，你要是换号了先给我打电话。"),
    ("third_party_account", "【某支付】你正在向陌生人转账2000元，对方账户存在风险提示，请确认。"),
    ("medical_account", "【某医保平台】您的门诊费已完成医保结算，个人账户支付50元。"),
    ("auto_expiry", "说能删逾期的都是骗子，逾期记录只能等五年后自动消除。"),
    ("jest", "欠我的咖啡再不请，我就把你的丑照发朋友圈曝光了哈哈哈"),
    ("neighbour", "我是楼上的邻居，我家水管漏到你家了，我现在在你家楼下，你方便回来吗？"),
    ("lawyer_same_side", "赵姐，您那个借款案子法院已经立案了，开庭前我们再碰一下证据。"),
    ("macau_police", "【澳門司法警察局】提醒：警方不會透過電話要求市民轉賬。"),
]

LOUD = [
    ("freeze_no_path", "你欠款逾期不还，你的银行卡已被冻结，立即联系专员处理", "unlawful_threat"),
    ("authority_accuses", "【某市公安局】你的银行卡涉嫌洗钱，请立即转账到安全账户配合调查", "scam"),
    ("service_loss_link", "您的社保卡已被冻结，请点击链接重新认证", "scam"),
    ("verify_by_link", "您的账号存在异常，请重新身份认证，否则将冻结，点击链接 http://x-verify.top", "scam"),
    ("new_number_borrow", "我换号了，这是我新号码，急用钱借我五千，转到这张卡", "scam"),
    ("personal_account", "还款请转至专员个人账户，今天之内结清", "scam"),
    ("credit_repair", "征信有逾期记录？找我们专员帮您修复征信，百分百成功", "scam"),
    ("exposure", "再不还钱就把你欠钱的事发朋友圈曝光，让所有人都知道", "unlawful_threat"),
    ("banner", "再不还钱我就去你公司门口拉横幅", "unlawful_threat"),
    ("at_door", "我现在在你家楼下，欠的钱今天不还别想走", "unlawful_threat"),
    ("case_filed", "你的借款已逾期，法院已经立案了，马上联系我们处理", "unlawful_threat"),
]


@pytest.mark.parametrize("text", [t for _, t in QUIET], ids=[i for i, _ in QUIET])
def test_lawful_frame_quiet(text: str) -> None:
    assert analyze(text).verdict.label not in ALARM


@pytest.mark.parametrize(("text", "label"), [(t, v) for _, t, v in LOUD], ids=[i for i, _, _ in LOUD])
def test_same_words_still_fire(text: str, label: str) -> None:
    assert analyze(text).verdict.label == label
