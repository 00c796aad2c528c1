"""fa38: a public item (news, legal education, an anti-fraud bulletin, a drama's plot) reports collection misconduct
and scams about others; its sentences that do not address the reader are no threat and no scam
(analyzer/detectors/public_item.py, knowledge/data/rules/zz_fa38.toml; the bulletin classes of zz_fa35.toml).
Messages written for this test, masked."""
from __future__ import annotations

import pytest

from analyzer import analyze

QUIET = [
    # a newspaper's item: the later sentences carry no news marker of their own
    "【XX晚报】本市法院近日审结一起非法催收案。法院查明，被告人多次到借款人家中泼油漆、砸门，还把借款人的照片发到其公司群里。",
    # legal education under its column name
    "普法时间：催收人员能不能去借款人单位？不能以到单位闹事、通知同事相要挟，借款人可保留录音向监管部门投诉。",
    # a drama's plot, told to a friend
    "那部剧太压抑了。催收的天天去女主家门口蹲着，还给她爸妈打电话说要让全村都知道。",
    # an official release of typical cases
    "转发：最高法发布典型案例，网贷平台委托的催收人员骚扰借款人亲友、散布借款人隐私的，将依法追究刑事责任。",
    # an anti-fraud bulletin: the real body never asks for a transfer, and 不需要转账 asks for none
    "【XX反诈中心】近期冒充网贷客服以注销校园贷账户为由实施诈骗的案件高发，骗子会让您下载会议软件并转到安全账户。"
    "正规平台注销账户不需要转账，也不会要求共享屏幕。",
]

STILL = [
    # the reader addressed in the sentence that threatens
    ("【XX晚报】张**你别以为换了号码就没事，明天我们就去你单位拉横幅。", "unlawful_threat"),
    # 上新闻 is the collector's threat, not a news header
    ("你想上新闻吗？明天就把张**的照片贴到小区门口，让邻居都看看。", "unlawful_threat"),
    ("你看看这个新闻，欠钱不还的都被曝光了。三天内不还款，你的照片就发到你公司群里。", "unlawful_threat"),
    # a fake anti-fraud centre that asks for a transfer through a 专员
    ("【反诈中心】您的账户涉嫌洗钱，请立即联系专员转账到安全账户核查，否则冻结您名下所有银行卡。", "scam"),
]


@pytest.mark.parametrize("text", QUIET)
def test_public_items_are_not_collection(text: str) -> None:
    report = analyze(text)
    assert report.verdict.label == "not_collection", [(f.rule_id, f.severity) for f in report.findings]
    assert not any(f.category in ("unlawful_threat", "scam") for f in report.findings)


@pytest.mark.parametrize("text,label", STILL)
def test_addressed_threats_and_fake_bulletins_keep_their_verdict(text: str, label: str) -> None:
    assert analyze(text).verdict.label == label


def test_public_item_over_http(client) -> None:
    r = client.post("/api/v1/analyze", json={"text": QUIET[0]})
    assert r.status_code == 200
    report = r.get_json()
    assert report["verdict"]["label"] == "not_collection"
    assert not any(f["category"] in ("unlawful_threat", "scam") for f in report["findings"])


# fa38: a repayment already done, said as the lender's record (a dated debit, a sum repaid, charges waived, the account
# restored; analyzer/debt_settled.py, zz_gate35/36/37.toml), is no reminder; what is still owed keeps the reminder.
PAID = [
    "【某某银行】您尾号1234的信用卡本期账单已于11月28日全额自动还款，还款金额3,108.50元，感谢您的使用。",
    "【某某借条】您已成功提前还款1,500.00元，剩余待还本金4,500.00元，下期账单将重新计算。",
    "【某消费金融】您申请的逾期罚息减免已审核通过，剩余欠款已扣款结清，账户已恢复正常。",
    "【某农商银行】您尾号5566的贷款本期已扣款成功，扣款金额1,980.00元，剩余未还本金86,400.00元。",
]

OWED = [
    "【某某借条】您的借款剩余未还金额1,500.00元已逾期3天，请尽快还款。",
    "【某消费金融】您申请的逾期罚息减免未通过，当前仍欠款2,300元，请于本周内还清。",
    "【某某银行】您的账单已于12月1日出账，本期应还2,300元，请于12月20日前还款。",
    "【某某白条】您的账单延期已审核通过，新的还款日为1月20日，届时请按时还款，当前仍有逾期未还金额300元。",
]


@pytest.mark.parametrize("text", PAID)
def test_a_repayment_done_is_not_a_reminder(text: str) -> None:
    assert analyze(text).verdict.label == "not_collection"


@pytest.mark.parametrize("text", OWED)
def test_what_is_still_owed_stays_a_reminder(text: str) -> None:
    assert analyze(text).verdict.label == "reminder"


# fa38: a bulletin or a news item that names the court and 12368 is no court notice to the reader
# (analyzer/detectors/legal_step.reader_is_party); a court's notice of the reader's own case stays a legal notice.
COURT_TALKED_OF = [
    "【XX市反诈中心】提醒：不法分子冒充法院发送传票短信，附带链接要求缴纳保证金。法院不会通过短信链接收费，核实案件请拨打12368。",
    "【XX日报】法官提醒：收到法院传票不要慌，真正的法院文书可通过12368核实。",
]


@pytest.mark.parametrize("text", COURT_TALKED_OF)
def test_a_bulletin_naming_the_court_is_not_collection(text: str) -> None:
    assert analyze(text).verdict.label == "not_collection"


def test_the_readers_own_case_stays_a_legal_notice() -> None:
    text = ("【某区人民法院】您好，您与某小额贷款公司借款合同纠纷一案（(2026)某0102民初1234号）定于12月20日上午9时开庭，"
            "法官提醒：请携带身份证按时到庭，可拨打12368核实。")
    assert analyze(text).verdict.label == "legal_notice"
