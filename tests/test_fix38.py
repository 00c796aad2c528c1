"""fix38 (integrator's fix, PREREG_round38; found on a message written outside the sealed data, round 37's left-alone
list): "再不还款就让你亲戚都看看你是什么人" got a doorstep-visit finding ("说要到你单位、你家找你……这是上门羞辱") and the
"上门催收" guidance, although nobody says they will come: `td9_spoken.threat.visit_to_shame` also held a pattern for
"让你的亲戚/同事/邻居都看看" alone. That pattern is now its own exposure rule (`td9_spoken.threat.show_to_circle`): the
finding explains shaming before the people around the reader, and the visit finding and guidance appear only when a
visit is said. Verdicts on every data set were unchanged by the move. Messages written for this test."""
from __future__ import annotations

import pytest

from analyzer import analyze
from verdict_cases import check_message, post_check_page

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
    report = check_message(text, label="unlawful_threat", kinds_in=["exposure_threat"],
                           kinds_out=["doorstep_visit_threat"])
    assert not any("上门" in (f.explanation or "") for f in report.findings)


@pytest.mark.parametrize("text", VISIT)
def test_a_said_visit_keeps_the_visit_finding(text: str) -> None:
    check_message(text, kinds_in=["doorstep_visit_threat"])


def test_page_has_no_visit_guidance_without_a_visit(live_server) -> None:
    page = post_check_page(live_server.url, NO_VISIT[0])
    assert "违法威胁" in page
    assert "上门催收：他们能做什么" not in page
    assert "都看看" in page


# fix38b (integrator's fix after merging fa38, whose helper named the risk): a public item's sentences that do not speak
# to the reader lose their findings — but a collector that dresses its exposure as 【新闻】 speaks as the actor (我们已把…),
# and a news report does not. Messages written for this test.
DRESSED_AS_NEWS = [
    "【新闻】老赖王某欠款不还，我们已把他的照片发到他单位群",
    "【普法】赵**欠我司借款逾期半年，本公司将把他的欠款信息发到他老家村群",
]
REAL_NEWS = [
    "【新闻快讯】某公司催收员张某因在借款人单位拉横幅、爆通讯录被拘留。",
    "【XX日报】检察院起诉一批非法催收人员。他们曾在借款人家门口蹲守、在单位拉横幅。",
]


@pytest.mark.parametrize("text", DRESSED_AS_NEWS)
def test_exposure_dressed_as_news_keeps_its_threat(text: str) -> None:
    check_message(text, label="unlawful_threat")


@pytest.mark.parametrize("text", REAL_NEWS)
def test_news_about_others_stays_quiet(text: str) -> None:
    check_message(text, label="not_collection")


# fix38d (integrator's fix, found by fa39's helper): a building notice "请各位居民将堆放在楼道的杂物自行搬离，逾期将统一清理"
# was an unlawful threat (exposure "放在楼道") — things stored in a stairwell are not a debt posted there.
def test_things_stored_in_the_stairwell_are_not_exposure() -> None:
    report = analyze("请各位居民将堆放在楼道的杂物自行搬离，逾期将统一清理")
    assert report.verdict.label == "not_collection", [(f.rule_id, f.excerpt) for f in report.findings]
    threat = analyze("你欠钱不还，我就把你的照片放到你们小区楼道里")
    assert "exposure_threat" in {f.kind for f in threat.findings}
