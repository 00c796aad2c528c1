"""nod59: a demand or lawful pressure with no debt word (analyzer/debt_asked.py, knowledge/data/rules/zz_nod59.toml).

The label definition: a bill with an amount and a due date, or a person asking back money lent or advanced, is a
reminder; a consequence used as a lever on a near deadline (升级, 转诉讼, 最后一次通知, 上门拜访, 罚息在涨) is aggressive;
merely mentioning money, asking nothing, a receipt, a renewal offer, a group notice or a prepaid balance stays
not_collection. The messages here are written for these tests (masked), not taken from any data set."""
from __future__ import annotations

import json
import urllib.request

import pytest

from analyzer import analyze

REMINDERS = [
    ("school_fee", "【XX实验小学】家长您好，您孩子本学期课后托管费960元尚未缴纳，请于下周三前在学校缴费平台完成缴纳。"),
    ("phone_bill", "【XX电信】尊敬的客户，您2027年3月账单费用为96.50元，请于4月12日前缴清，以免影响使用。"),
    ("property_fee", "【锦绣物业】尊敬的8栋602业主：您2027年上半年物业服务费共计1,380.00元，请于3月31日前到物业服务中心缴纳。"),
    ("meal_money", "小周，昨晚那顿烧烤你那份76，转我一下就行。"),
    ("rent_late", "小陈你好，我是房东老吴，这个月房租2,600还没到账，麻烦这两天转到之前那张卡上，谢谢。"),
    ("repair_bill", "赵哥，您上个月那辆车补漆的钱一共1,240块，麻烦这周内结一下，微信转我也行。"),
    ("short_bill", "本期账单960元，15号前还。"),
]

AGGRESSIVE = [
    ("case_upgraded", "今天不处理，后天账户就升级处理。"),
    ("to_litigation", "本周内再不协商，案件将转入诉讼。"),
    ("last_notice", "这是最后一次通知，请今晚8点前回电处理。"),
    ("visit", "本周五我们会上门拜访，请您在家配合。"),
    ("penalty", "违约金每天都在涨，建议尽快结清。"),
    ("either_or", "你是打算先还一部分，还是等我们走法律程序？"),
]

QUIET = [
    ("receipt", "【微信支付】您于3月2日向“XX便利店”付款36.80元。如非本人操作，请立即冻结账户。"),
    ("renewal_offer", "亲爱的会员，您的游泳卡将于5月1日到期，提前续费享8折，详询前台。"),
    ("prepaid_low", "【XX移动】您的话费余额不足5元，请及时充值，以免影响使用。"),
    ("group_notice", "各位家长好，下周春游每人费用120元，自愿参加，请周五前在班级小程序报名缴费。"),
    ("fee_season_open", "【XX热力】2027-2028供暖季采暖费收缴工作已开始，请于11月15日前缴纳。"),
    ("paid_already", "王老师，孩子的书本费我们已经交了，收据在书包里。"),
    ("own_promise", "李老师，孩子的餐费我们这周五前一定交上，给您添麻烦了。"),
    ("allowance", "你爸说下个月给你打两千生活费，天冷了记得多穿点，有空转我几张照片就行。"),
    ("repairman_visit", "您好，维修师傅明天上午上门检修燃气灶，请您在家。"),
    ("work_today", "这个工单今天不处理明天就升级处理了，记得看一下。"),
    ("domain_renewal", "您好，您的域名将于30天后到期，请及时续费。"),
    ("teacher_visit", "您好，我是小林的班主任，下周三上门家访，请您在家。"),
]


@pytest.mark.parametrize("name,text", REMINDERS)
def test_a_sum_asked_with_no_debt_word_is_a_reminder(name, text):
    assert analyze(text).verdict.label == "reminder", name


@pytest.mark.parametrize("name,text", AGGRESSIVE)
def test_a_near_lever_with_no_debt_word_is_aggressive(name, text):
    report = analyze(text)
    assert report.verdict.label == "aggressive", name
    assert any(f.kind == "urgency_pressure" for f in report.findings)


@pytest.mark.parametrize("name,text", QUIET)
def test_nothing_owed_or_nothing_asked_stays_quiet(name, text):
    assert analyze(text).verdict.label == "not_collection", name


def test_the_api_reads_the_frame(live_server) -> None:
    for text, label in ((REMINDERS[0][1], "reminder"), (AGGRESSIVE[0][1], "aggressive"), (QUIET[0][1], "not_collection")):
        data = json.dumps({"text": text}).encode("utf-8")
        request = urllib.request.Request(live_server.url + "/api/v1/analyze", data=data,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as r:  # noqa: S310 - our own test server
            report = json.loads(r.read().decode("utf-8"))
        assert report["verdict"]["label"] == label
