"""fix38 (integrator's fix, PREREG_round38; found on a message written outside the sealed data, round 37's left-alone
list): "再不还款就让你亲戚都看看你是什么人" got a doorstep-visit finding ("说要到你单位、你家找你……这是上门羞辱") and the
"上门催收" guidance, although nobody says they will come: `td9_spoken.threat.visit_to_shame` also held a pattern for
"让你的亲戚/同事/邻居都看看" alone. That pattern is now its own exposure rule (`td9_spoken.threat.show_to_circle`): the
finding explains shaming before the people around the reader, and the visit finding and guidance appear only when a
visit is said. Verdicts on every data set were unchanged by the move. Messages written for this test."""
from __future__ import annotations

import urllib.parse
import urllib.request

import pytest

from analyzer import analyze

NO_VISIT = [
    "再不还款就让你亲戚都看看你是什么人",
    "钱不还是吧，叫你同事都评评理",
    "逾期这么久，让你邻居都知道知道",
]
VISIT = [
    "明天我们去你单位找你，让你同事都看看",
    "下午到你家坐坐，叫你邻居都来看看",
]


@pytest.mark.parametrize("text", NO_VISIT)
def test_showing_to_the_circle_is_exposure_not_a_visit(text: str) -> None:
    report = analyze(text)
    kinds = {f.kind for f in report.findings}
    assert "doorstep_visit_threat" not in kinds, [(f.rule_id, f.excerpt) for f in report.findings]
    assert "exposure_threat" in kinds
    assert report.verdict.label == "unlawful_threat"
    assert not any("上门" in (f.explanation or "") for f in report.findings)


@pytest.mark.parametrize("text", VISIT)
def test_a_said_visit_keeps_the_visit_finding(text: str) -> None:
    report = analyze(text)
    assert "doorstep_visit_threat" in {f.kind for f in report.findings}


def test_page_has_no_visit_guidance_without_a_visit(live_server) -> None:
    data = urllib.parse.urlencode({"text": NO_VISIT[0]}).encode()
    with urllib.request.urlopen(live_server.url + "/check", data=data, timeout=30) as r:  # noqa: S310 - our own test server
        page = r.read().decode("utf-8")
    assert "违法威胁" in page
    assert "上门催收：他们能做什么" not in page
    assert "都看看" in page
