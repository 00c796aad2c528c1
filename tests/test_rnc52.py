"""rnc52: a payee's notice that a fee is due — a property, utility, phone, heating, parking, school, course, rent,
premium or goods bill named, with its unpaid or due state or a request to pay it in the same sentence — is a
reminder (analyzer/debt_feebill.py, lexicon classes in knowledge/data/rules/zz_rnc52.toml), as the "Borderline cases"
of tests/data/fresh/README.md label such bills ("utility, gym and rent" included). Messages written for this test
(masked), not taken from any data set."""
from __future__ import annotations

import pytest

import analyzer as analyzer_module

DUE = [
    ("property_unpaid", "【XX家园物业】尊敬的7栋1102业主，您2026年度物业费2,436元尚未缴纳，请于12月28日前到服务中心缴纳。"),
    ("power_arrears", "【XX供电】您户号尾号6617的电费已欠费94.20元，请及时缴纳。"),
    ("phone_arrears", "【XX联通】尊敬的客户，您的号码已欠费28.70元，为不影响使用请及时缴费。"),
    ("rent_short", "房租后天到期，记得转哦。"),
    ("school_fee", "【XX小学】家长您好，本学期午餐费和课后托管费合计1,460元，请于1月8日前在缴费平台缴纳。"),
    ("goods_invoice", "周经理您好，10月那批钢材货款52,300元按合同本月25号到期，麻烦您安排一下，谢谢！"),
    ("roommate_share", "这个月的燃气费一人64，你转我一下哈"),
]

QUIET = [
    ("fee_paid", "【XX家园物业】您2026年度物业费2,436元已缴纳，感谢您的支持。"),
    ("prepaid_low", "【XX移动】您的话费余额不足8元，为避免影响使用请及时充值。"),
    ("broadband_renewal", "【XX电信】您的宽带将于1月31日到期，续费请登录营业厅App。"),
    ("collection_opens", "【XX物业】2027年度物业费开始收缴，请于2月28日前缴纳，全年缴清可享9.5折。"),
    ("writers_own", "我的话费已欠费12元了，下午得去营业厅交一下。"),
    ("writer_will_pay", "刘老师您好，孩子的培训费我们下周一定交上，这几天家里有事耽误了。"),
    ("story", "我这车才停了半个月，物业说是没交停车费的那批。"),
    # fix41b: a notice to every household of a village, an estate or a class is a public notice, not one person's bill
    ("village_notice", "村委会通知：今年的新农合医保费每人380元，请各户在月底前到村委会缴纳，过期不补。"),
    ("estate_notice", "各位业主：本小区2026年物业费尚未缴纳的，请于月底前到物业中心缴纳。"),
    ("class_notice", "各位家长：下学期的书本费每人260元，请于周五前交给班主任。"),
]

# Earlier tests' quiet twins that are fee bills due: written when debt_billdue left utility bills out ("labels go both
# ways"); the label rule binding since round 24 (tests/data/fresh/README.md, "Borderline cases") makes them reminders,
# as para41+ and the blind training sets label them. Moved here from the tests named.
RELABELLED = [
    ("gate35_platform_rent", "【XX公寓】您的房租将于8月3日到期，请在App内按时缴纳。"),
    ("gate41_utility_bill", "【国网电力】您户号尾号1234电费已欠费86.30元，请及时缴费。"),
    ("gate42_utility_bill", "【XX燃气】您家燃气费已欠费58.20元，请及时缴纳。"),
    ("frame16_broadband_unpaid", "您的宽带账单仍有50元未支付，请及时缴费以免停机"),
    ("lawful17_utility_late_fee", "【某水务】您户号尾号0231的水费已欠费58元，请及时缴纳，以免产生滞纳金。"),
    ("lawful17_heating_arrears", "【某热力公司】您家本季暖气费尚未缴纳，逾期将收取违约金。"),
    ("lawful17_toll_arrears", "【某高速】您的ETC通行费欠费23元，请及时补缴。"),
]


@pytest.mark.parametrize(("name", "text"), RELABELLED, ids=[n for n, _ in RELABELLED])
def test_earlier_quiet_bills_are_reminders(name, text):
    assert analyzer_module.analyze(text).verdict.label == "reminder", name


@pytest.mark.parametrize(("name", "text"), DUE, ids=[n for n, _ in DUE])
def test_fee_due_is_a_reminder(name, text):
    assert analyzer_module.analyze(text).verdict.label == "reminder", name


@pytest.mark.parametrize(("name", "text"), QUIET, ids=[n for n, _ in QUIET])
def test_near_misses_stay_not_collection(name, text):
    assert analyzer_module.analyze(text).verdict.label == "not_collection", name


def test_the_bill_is_no_extra_fee():
    """A property or consulting service fee named as the bill itself is not a collector's extra charge."""
    r = analyzer_module.analyze("【XX物业服务中心】您家2026年度物业服务费1,980元尚未缴纳，请于月底前缴纳。")
    assert r.verdict.label == "reminder"
    assert not any(f.kind == "excessive_fees" for f in r.findings)


def test_over_http(client):
    """One case through the app's API, as the web page sends it."""
    r = client.post("/api/v1/analyze", json={"text": DUE[0][1]})
    assert r.status_code == 200 and r.get_json()["verdict"]["label"] == "reminder"
    r = client.post("/api/v1/analyze", json={"text": QUIET[0][1]})
    assert r.status_code == 200 and r.get_json()["verdict"]["label"] == "not_collection"
