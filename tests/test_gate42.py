"""gate42: a friend, a landlord, a shopkeeper or a relative asks for money the reader owes them, in the everyday
wordings gate41 did not read — a sum pointed back in time (上次的三百块), money the reader borrowed, lost at cards or
bought on credit (借我的900, 输我的两百, 赊的饲料钱640块), a rent or a balance with its sum (房租1900, 尾款2600), a
repayment promised (说好的月底还), asked for without 我 (什么时候方便还一下, 这个月能先还一半不) — and is a reminder
(knowledge/data/rules/zz_gate42.toml, read by analyzer/debt_lawful.owed_reminded: border29's frame of an owed sum,
an unpaid state or money going back to the writer, and a request or a time to pay).

"啥时候方便还一下" asks for the money; only "方便什么时候还" / "方便再还" says there is no rush (lawful_r17 no_rush,
narrowed). The reader as the lender (同事问你借的, 借你的…还你), a group notice, the writer repaying, a utility's own
bill and a mortgage chat stay not_collection.

Messages written for this test (not copied from a data file); every positive case was not_collection on main
(1e66b6b6).
"""
from __future__ import annotations

import pytest

OWED_BACK = [
    ("pointed_back_in_time", "阿芳，上次的三百块记得还我哦，谢啦"),
    ("borrowed_asked_when", "老弟，上个月借的900啥时候方便还一下？"),
    ("lost_at_cards", "（微信）上周打麻将你输我的两百，记得转哈"),
    ("bought_on_credit", "老孙，开春你在我店里赊的饲料钱640块，卖了猪记得来结一下。"),
    ("promised_repayment", "小胡，之前说好的月底还三千，今天都2号了，提醒你一下。"),
    ("rent_late", "小吴，房租这个月晚了四天了，方便的时候转给我就行，1900。"),
    ("borrowed_half_now", "哥，你去年借我那一万，这个月能先还一半不？我这边孩子交学费要用。"),
]

QUIET = [
    ("reader_lent_colleague", "同事小罗问你借的三百块他说周五还，让我跟你说一声"),
    ("writer_repays", "上次借你的五百我下周发工资就还你，别着急"),
    ("group_notice", "各位室友，这个月电费一共240，每人60，大家周五前转我"),
    ("no_rush_echo", "兄弟，那钱不急，你什么时候方便什么时候还"),
    ("mortgage_chat", "我今天问了银行，房贷提前还一部分要预约，你下周哪天方便？我们一起去办。"),
    ("shopping_talk", "上次那家店的鞋才两百多，你有空去看看"),
    # rnc52: utility_bill (燃气费已欠费58.20元) moved to tests/test_rnc52.py RELABELLED (a fee bill due is a reminder: fresh/README.md "Borderline cases")
    ("paid_already", "上次借的八百我昨天已经转你了，查收一下哈"),
]


@pytest.mark.parametrize(("name", "text"), OWED_BACK, ids=[n for n, _ in OWED_BACK])
def test_money_owed_asked_back_is_a_reminder(analyzer, name, text):
    assert analyzer.analyze(text).verdict.label == "reminder", name


@pytest.mark.parametrize(("name", "text"), QUIET, ids=[n for n, _ in QUIET])
def test_near_misses_stay_not_collection(analyzer, name, text):
    assert analyzer.analyze(text).verdict.label == "not_collection", name


def test_threat_keeps_its_verdict(analyzer):
    text = "上个月借的900再不还我，我就去你公司找你领导，让你同事都知道你欠钱不还"
    assert analyzer.analyze(text).verdict.label == "unlawful_threat"


def test_over_http(client):
    """One case through the app's API, as the web page sends it."""
    r = client.post("/api/v1/analyze", json={"text": OWED_BACK[1][1]})
    assert r.status_code == 200
    assert r.get_json()["verdict"]["label"] == "reminder"
    r = client.post("/api/v1/analyze", json={"text": QUIET[0][1]})
    assert r.status_code == 200
    assert r.get_json()["verdict"]["label"] == "not_collection"
