"""modal28: one legal, police or credit step read by its tense, modality, actor and checkability (issue 12 point 3).
The same step announced as already done on the reader with nothing checkable is a false legal or criminal claim; said
as a lawful future condition it is pressure; with a full case number or 12368 it is left to the legal-notice check;
negated, asked by the reader, dismissed as hearsay or quoted in a warning it is none of these. Real analyzer calls;
lines from tests/data/probes/modal28_own.jsonl and the rules' own examples in knowledge/data/rules/zz_modal28.toml."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer import analyze

HARM = ("unlawful_threat", "scam")

# (step, announced done with nothing checkable, lawful future condition, done with checkable court details, negated or
# asked or dismissed)
FAMILIES = [
    ("立案",
     "你已经被立案了，案号我们不方便透露。",
     "您的借款已逾期30天，如仍不处理，我司将依法起诉。",
     "【北京市朝阳区人民法院】张XX，XX小贷公司诉你借款合同纠纷一案（（2025）京0105民初12345号）已立案，请登录人民法院在线服务查看起诉状副本，咨询请拨12368。",
     "我网贷逾期三个月了，会被立案吗？会不会上失信名单？"),
    ("报案",
     "跟你说一声，你的事已经报案了，派出所那边已经有记录了，等着吧。",
     "你的借款已逾期，如仍不处理，我们将向公安机关报案。",
     None,
     "朋友圈看到说网贷逾期已经上传公安系统都是吓人的，别信，只要协商就行。"),
    ("刑事追诉",
     "本平台已对你启动刑事追诉程序，案件编号已生成。",
     None, None,
     "请问信用卡逾期半年会被公安立案吗？"),
    ("失信",
     "李XX，你的名字已经进了法院黑名单，全国限高。",
     "您在我司的贷款已逾期，请于3日内还款，否则将依法起诉，胜诉后将申请将您列入失信被执行人名单。",
     None,
     "你已经被立案调查的消息是谣言，公司从未起诉任何用户。"),
]


@pytest.mark.parametrize("family", FAMILIES, ids=[f[0] for f in FAMILIES])
def test_done_step_with_nothing_checkable_is_a_threat(family) -> None:
    assert analyze(family[1]).verdict.label == "unlawful_threat"


@pytest.mark.parametrize("family", [f for f in FAMILIES if f[2]], ids=[f[0] for f in FAMILIES if f[2]])
def test_future_conditional_step_is_pressure_not_threat(family) -> None:
    assert analyze(family[2]).verdict.label not in HARM


@pytest.mark.parametrize("family", [f for f in FAMILIES if f[3]], ids=[f[0] for f in FAMILIES if f[3]])
def test_checkable_notice_is_left_to_the_legal_check(family) -> None:
    assert analyze(family[3]).verdict.label == "legal_notice"


@pytest.mark.parametrize("family", FAMILIES, ids=[f[0] for f in FAMILIES])
def test_asked_dismissed_or_warned_step_is_no_threat(family) -> None:
    report = analyze(family[4])
    assert report.verdict.label not in HARM
    assert not any(f.category in HARM for f in report.findings)


@pytest.mark.parametrize("text", [
    "你的事已经报案了，别以为我们是吓唬你的。",
    "欠款再不还，我们可不是吓唬你的，你已经被立案了。",
], ids=["not_joking", "not_joking_2"])
def test_menace_intensifier_is_not_a_joke(text: str) -> None:
    assert analyze(text).verdict.label == "unlawful_threat"


def test_a_real_joke_still_clears() -> None:
    assert analyze("我是吓唬你的啦，欠的钱不急").verdict.label not in HARM


def test_own_battery_floor() -> None:
    """The battery after the change: every threat caught, no gold non-harm line called scam or threat."""
    path = Path(__file__).parent / "data" / "probes" / "modal28_own.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    threats = [r for r in rows if r["category"] == "unlawful_threat"]
    caught = sum(analyze(r["text"]).verdict.label == "unlawful_threat" for r in threats)
    assert caught == len(threats)
    nonharm = [r for r in rows if r["category"] in ("reminder", "aggressive", "legal_notice", "not_collection")]
    assert not [r["id"] for r in nonharm if analyze(r["text"]).verdict.label in HARM]
