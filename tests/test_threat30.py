"""Exposure of the reader's private data needs no debt word (round 30; knowledge/data/rules/zz_threat30.toml).

On main 968a603, 104 gold threats of the opened files were still called not_collection; 75 of them had a frame that
matched but a context gate (a debt word, @debt, @addressed, @pursued) that did not hold. One frame needs no such gate:
the writer publishes (or will publish) the reader's photo, ID card, address or papers to the internet, a platform, the
village, the estate or the workplace — unlawful whether or not a debt is named. It stands down where the reader uploads
their own papers (认证, 审核, 简历), where friends share a photo (好看, 拍得不错), for "不会公开", warnings and jokes.

Battery tests/data/probes/threat30_own.jsonl was written before the rule (first run on main: threats 23/30, look-alikes
25/30 not alarmed; the five alarms come from threat.third_party_contact.notify, which has no debt gate, and a doorstep
rule — not from this frame). It is tuned on now: the floor guards the frame, it says nothing about unseen messages.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from inbox_support import read_jsonl

PROBES = Path(__file__).resolve().parent / "data" / "probes"
RULE = "threat.t30.exposure.private_data_published"


def _rules(report) -> set[str]:
    return {r for f in report.findings for r in f.rule_ids}


def test_battery_floor(analyzer):
    rows = read_jsonl(PROBES / "threat30_own.jsonl")
    labels = {r["id"]: analyzer.analyze(r["text"]).verdict.label for r in rows}
    assert sum(labels[r["id"]] == "unlawful_threat" for r in rows if r["category"] == "unlawful_threat") >= 24
    assert sum(labels[r["id"]] not in ("unlawful_threat", "scam") for r in rows if r["category"] != "unlawful_threat") >= 25
    for r in rows:  # the frame itself never fires on a look-alike
        if r["category"] != "unlawful_threat":
            assert RULE not in _rules(analyzer.analyze(r["text"])), r["id"]


@pytest.mark.parametrize("text", [
    "你的身份证，本公司准备放到各大平台!",
    "我司已经把你挂到网上",
    "你的照片明天就貼到你們小區門口",  # Traditional
    "你的身*份*证，我们明天发到网上",  # inserted symbols
    "你的头像、身份证、住址我们已经整理好，今晚发到你们本地的微信公众号和论坛。",
], ids=["comma", "hang_you", "traditional", "symbols", "list"])
def test_exposure_without_debt_word_is_a_threat(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "unlawful_threat"
    assert any(f.category == "unlawful_threat" for f in report.findings)


@pytest.mark.parametrize("text", [
    "请将您的身份证照片上传到APP完成实名认证。",
    "您的照片已发布到班级相册，欢迎下载。",
    "我们不会公开您的个人信息，请放心。",
    "你的照片我发到朋友圈了，大家都说好看！",
    "王哥，你的照片我已经发到群里了，大家都说拍得不错。",
    "警方提醒：如有人威胁把你的照片发到网上，请立即报警。",
    "你的照片发到群里了，哈哈哈太搞笑了",
], ids=["upload", "album", "negated", "friends", "friends2", "warning", "jest"])
def test_lookalikes_stand_down(analyzer, text):
    report = analyzer.analyze(text)
    assert RULE not in _rules(report)
    assert report.verdict.label not in ("unlawful_threat", "scam")
