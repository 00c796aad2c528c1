"""Frames learnt from opening round 9 (tests/data/fresh/UNSEAL_r9.md), run through the real analyzer.

Round 9's misses were mostly said in person, on the phone or over LINE: "赖账狗", a shouted "滚！", telling a
student to jump off a bridge, sexual coercion ("还不上就让我们开心开心", "去夜场陪酒"), "我知道你的店铺地址 … 等着短信
轰炸", "别再躲了". knowledge/data/rules/zz_roles_r9.toml adds those frames; analyzer/debt_context.py learnt 欠我钱 /
欠老子, 利息还不上, a formal demand to return a loan, 赖账, Taiwan's 台端 and the 〇〇 masks of Taiwan judgments.

The lines below are paraphrases written for these tests, not round-9 sentences; round 9 is a tuned set now.
"""
from __future__ import annotations

import pytest
from inbox_support import fresh_rows, wrong_verdicts

from analyzer import analyze

THREATS = [
    ("你这个赖账狗，还钱", "insult"),
    ("你欠我的钱到底还不还，滚！", "insult"),
    ("钱还不上是吧，那你就从这楼上跳下去", "violence_threat"),
    ("这楼挺高吧？欠的钱还不上你自己看着办", "violence_threat"),
    ("利息还不起就陪哥几个玩玩", "insult"),
    ("没钱还？你这身材去会所坐台一晚就够了", "insult"),
    ("钱还不了就肉偿吧", "insult"),
    ("我知道你的店铺地址，不还钱你等着", "violence_threat"),
    ("已经查到你的公司了，欠的钱看着办吧", "violence_threat"),
]

PRESSURE = [
    ("不还钱，你手机号别想再用了", "night_or_frequency"),
    ("欠钱就知道躲，你能躲到什么时候", "urgency_pressure"),
    ("别再躲了，借的钱早晚要还", "urgency_pressure"),
]

DEBT = [
    "台端积欠本人借款新台币五万元，务请于七日内清偿债务",
    "〇〇欠我钱三年不还",
    "你欠我钱",
    "利息还不上就把本金先还了",
]

CALM = [
    "你的包裹已到驿站，请凭取件码领取",
    "周末一起去ktv陪客户唱歌",
    "别躲了，快出来吃饭",
    "今天给狗买了狗粮，钱已经转你了",
    "汤圆在锅里滚开了，钱我已经还你了",
    "钱的事慢慢来，千万别想不开去跳楼",
    "这座桥很高啊，风景不错，钱我明天还你",
    "警方扫黄抓获多名陪酒人员，其中有人欠下网贷",
    "我知道你的店铺地址了，明天寄样品过去，等着收货",
    "如遇短信轰炸，可开启拦截功能并向运营商举报",
    "【XX律师事务所】王女士您好，您诉赵某民间借贷纠纷一案已判决，法院支持对方偿还借款8万元及利息。",
]


@pytest.mark.parametrize("text,kind", THREATS)
def test_threat_frames(text, kind):
    report = analyze(text).to_dict()
    assert kind in {f["kind"] for f in report["findings"]}, report["findings"]
    assert report["verdict"]["label"] == "unlawful_threat"


@pytest.mark.parametrize("text,kind", PRESSURE)
def test_pressure_frames(text, kind):
    report = analyze(text).to_dict()
    assert kind in {f["kind"] for f in report["findings"]}, report["findings"]
    assert report["verdict"]["label"] == "aggressive"


@pytest.mark.parametrize("text", DEBT)
def test_private_debt_without_debt_words_is_a_debt(text):
    assert analyze(text).to_dict()["verdict"]["label"] != "not_collection"


@pytest.mark.parametrize("text", CALM)
def test_lawful_twins(text):
    report = analyze(text).to_dict()
    assert report["verdict"]["label"] not in {"scam", "unlawful_threat"}, report["findings"]
    assert not [f for f in report["findings"] if ".r9." in f["rule_id"]], report["findings"]


def test_plaintiffs_lawyer_is_not_a_debt_demand():
    # the reader is the lender who won; 对方偿还借款 is not a demand on the reader
    text = "【XX律师事务所】王女士您好，您诉赵某民间借贷纠纷一案已判决，法院支持对方偿还借款8万元及利息。"
    assert analyze(text).to_dict()["verdict"]["label"] in {"not_collection", "legal_notice"}


R9_KNOWN = {
    "B9008": "a fake collection call; only the caller's later demand for a transfer made it a scam",
    "B9013": "a court found no insult in a private lender's letter; 忘恩负义 / 耍无赖 still read as insults here",
    "B9014": "a taunt about the debtor's powerful relatives; no frame for mockery",
    "C9003": "a plain demand; the exposure was the loudspeaker, not the words",
    "C9004": "a banner's words; the exposure was the banner, not the words",
    "C9006": "only the title of a fake court notice is quoted",
    "C9008": "a fake subscription charge with no call-back number in the quote",
    "C9009": "an insurer's policy-ended notice for an unpaid premium; premiums are not counted as debts",
}


def test_round9_verdicts():
    rows = fresh_rows("r9_colB.jsonl", "r9_colC.jsonl", count=27)
    wrong = wrong_verdicts(rows)
    assert wrong <= set(R9_KNOWN), f"round-9 messages now wrong: {sorted(wrong - set(R9_KNOWN))}"
