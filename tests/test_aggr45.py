"""aggr45: lawful pressure said with no debt word (knowledge/data/rules/zz_aggr45.toml).

Four frames, each opens the debt and reads as pressure (aggressive), never as a threat or a scam:
- the writer's own legal step in motion (律师函寄出…请查收, 起诉材料在准备, 交给律师/仲裁委, 诉前评估, 统一转诉讼, 起诉名单);
- the end of the court route shown to the reader (起诉了你就是被执行人, 判下来工资卡会被冻结, 走到起诉那一步);
- a lawful visit announced (将于周六到您家中拜访, 对您进行实地走访, 外访人员将…);
- a contact asked only to have someone call back, when no lender is named (a named lender is reader.toml's).
Messages written for this test (masked), not taken from any data set; near-misses in both directions.
"""
from __future__ import annotations

import pytest

from analyzer import analyze

FIRES = [
    # step in motion
    ("aggr45.legal_route.step_in_motion", "律师函已于今天寄出，请留意查收，收到后按函里的时间联系。"),
    ("aggr45.legal_route.step_in_motion", "周某，你这边的起诉材料我们已经在准备了，这周还没动静就交给律所。"),
    ("aggr45.legal_route.step_in_motion", "你的案子已经排进公司下个月的起诉名单，最后还有三天时间。"),
    ("aggr45.legal_route.step_in_motion", "我们这边已经对您的案件做完诉前评估，下一步就是立案。"),
    # end shown
    ("aggr45.legal_route.end_shown", "你再躲下去，真等判决下来，名下银行卡都会被冻结，别说没提醒你。"),
    ("aggr45.legal_route.end_shown", "姐，真不想走到起诉那一步，你这两天拿个方案出来。"),
    # visit
    ("aggr45.visit.announced", "王先生，我司同事将于本周四下午到您单位附近与您本人面谈，不方便请改约。"),
    ("aggr45.visit.announced", "按流程，下周我们会对您进行实地走访，请保持电话畅通。"),
    # relay, no lender named
    ("aggr45.relay.call_back_only", "您好，我们一直联系不上您的同事赵某，麻烦转告他尽快回复我司电话，事情需要他本人处理。"),
]

QUIET = [
    # a court's or a lawyer's public item, an anti-fraud warning, the reader's own suit
    "【XX区人民法院】本院今日集中执行，一批拒不履行判决的被执行人名下银行卡已被冻结。",
    "律师普法：借款人被起诉、判决生效后仍不履行的，法院可以强制执行。",
    "提醒：冒充律所称律师函已寄出、要求转账到个人账户的都是诈骗。",
    "我起诉那个欠我钱的朋友，律师函已经寄给他了，等他回复。",
    "王律师，我起诉那个装修公司的材料已经交给律师了，下周立案。",
    # work talk, a teacher's visit, a community visit, a friend's relay
    "各位同事：周五开会讨论应收账款的起诉名单，请财务部准备材料。",
    "李老师将于周六上午到您家中家访，请家长在家。",
    "社区网格员将于本周六到您家中走访，登记常住人口信息。",
    "麻烦转告你哥，今晚聚会改到七点，让他回个电话。",
    # the writer promises not to sue
    "我们不会起诉你，也不会冻结你的卡，有困难可以申请分期。",
]


@pytest.mark.parametrize(("rule_id", "text"), FIRES)
def test_frame_reads_as_pressure(rule_id: str, text: str) -> None:
    r = analyze(text)
    fired = {rid for f in r.findings for rid in f.rule_ids}
    assert rule_id in fired, (text, sorted(fired))
    assert r.verdict.label == "aggressive", (text, r.verdict.label)


@pytest.mark.parametrize("text", QUIET)
def test_near_misses_stay_out(text: str) -> None:
    r = analyze(text)
    fired = {rid for f in r.findings for rid in f.rule_ids}
    assert not any(x.startswith("aggr45.") for x in fired), (text, sorted(fired))
    assert r.verdict.label not in ("aggressive", "unlawful_threat", "scam"), (text, r.verdict.label)


def test_named_lender_relay_is_left_to_reader_frames() -> None:
    text = "您好，这里是XX银行信用卡中心，我们联系不上陈某，麻烦您转告他回电，谢谢。"
    fired = {rid for f in analyze(text).findings for rid in f.rule_ids}
    assert "aggr45.relay.call_back_only" not in fired


def test_unlawful_element_still_decides() -> None:
    """A visit or a suit with relatives or neighbours told stays a threat."""
    text = "律师函已经寄出请查收，我们还会去你老家找你爸妈和邻居说说你欠钱不还的事。"
    assert analyze(text).verdict.label == "unlawful_threat"


def test_over_http(client) -> None:
    r = client.post("/api/v1/analyze", json={"text": FIRES[0][1]})
    assert r.status_code == 200
    assert r.get_json()["verdict"]["label"] == "aggressive"
    r = client.post("/api/v1/analyze", json={"text": QUIET[3]})
    assert r.status_code == 200
    assert r.get_json()["verdict"]["label"] not in ("aggressive", "unlawful_threat", "scam")
