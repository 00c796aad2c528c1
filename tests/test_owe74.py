"""owe74: a creditor-independent debt frame — someone asks the reader to pay money the reader owes, whoever the
creditor is (analyzer/debt_owe.py, lexicon classes in knowledge/data/rules/zz_owe74.toml). A calm one is a reminder,
and a threat in the same frame keeps its debt context. Receipts, statements, outages, a friend paying back, a request
to borrow, a shop's instalment advert and a worker's claim for wages (../shared/eval/README.md has no "Borderline
cases" paragraph making that a debt demand) stay as they were. Every message goes through the real app over HTTP.
Messages written for this test, not taken from any data set."""
from __future__ import annotations

import pytest

from tests.verdict_cases import check_api_labels, post_analyze

OWED = [
    ("class_fund", "王老师，上学期班费您还有50块没交哦，方便时转给班长就行~"),
    ("shop_tab", "李阿姨您好，我是楼下便利店的小周，您家孩子上周来拿了米和油，说记您账上，一共是236块。"
                 "不着急哈，您哪天下楼顺便带过来就行。"),
    ("split_bill", "室友们，这个季度的水电燃气一共是847块，我已经先交了，平摊每人211.75，大家方便的时候转我一下哈。"),
    ("class_fund_group", "各位家长好，本学期班费还没交的，麻烦本周五前在群接龙里交一下，每人200元，谢谢配合！"),
    ("class_fund_short", "同学，班费你还差50没交，周五前给我就行"),
]

THREAT_CONTEXT = [
    # the property fee frame gives the ultimatum its debt context (the exposure itself is the threat rules' matter)
    ("property_ultimatum", "物业费拖了两年，再不交就把你家门牌号和名字贴到小区电梯里。", "reminder"),
]

UNCHANGED = [
    ("receipt", "【锦苑物业】您2026年度物业费2,160元已缴清，感谢您的支持。", "not_collection"),
    ("auto_debit", "【国网供电】您户6月电费128.60元已代扣成功，谢谢。", "not_collection"),
    ("statement", "【国网供电】您户7月电费账单已出：用电306度，电费165.20元。", "not_collection"),
    ("meter", "【燃气公司】您户本月抄表读数为1203，用气22立方米。", "not_collection"),
    ("outage", "【供电局】因设备检修，7月3日9:00-16:00 阳光小区停电，给您带来不便敬请谅解。", "not_collection"),
    ("repair", "【物业】您报修的厨房下水道堵塞，师傅明天上午10点上门维修。", "not_collection"),
    ("payday", "各位同事，本月工资因账户问题推迟到20号发放，请大家谅解。", "not_collection"),
    ("friend_pays_back", "我把钱还你了，两千块，你看下到了没。", "not_collection"),
    ("marketing", "【某某电器】空调分期付款0首付，12期免息，欢迎到店选购。", "not_collection"),
    ("asks_to_borrow", "姐，我这个月房租差一点，能不能借我1,000块周转一下？", "not_collection"),
    ("sends_to_own_kin", "我把欠的房租800转给我妈了，她帮我交。", "not_collection"),
    ("loan_reminder", "【招联金融】您本期账单应还1,286.40元，还款日为6月18日，请确保绑定银行卡余额充足。", "reminder"),
    ("rent_reminder", "小刘，这个月的房租2800还没给我，麻烦这两天转一下。", "reminder"),
]


@pytest.mark.parametrize("name,text", OWED, ids=[c[0] for c in OWED])
def test_money_owed_and_asked_for_is_a_reminder(base_url: str, name: str, text: str) -> None:
    report = post_analyze(base_url, text)
    assert report["verdict"]["label"] == "reminder", name
    assert not report["findings"], name


@pytest.mark.parametrize("name,text,label", THREAT_CONTEXT, ids=[c[0] for c in THREAT_CONTEXT])
def test_an_ultimatum_over_a_bill_is_about_a_debt(base_url: str, name: str, text: str, label: str) -> None:
    assert post_analyze(base_url, text)["verdict"]["label"] != "not_collection", name


def test_what_must_not_change(base_url: str) -> None:
    reports = check_api_labels(base_url, [(text, label) for _, text, label in UNCHANGED])
    for _, text, label in UNCHANGED:
        if label == "not_collection":
            # (a low fragment such as a repair's "明天上午10点" may stay: it was there before and sets no label)
            assert not [f for f in reports[text]["findings"] if f["severity"] != "low"], text
