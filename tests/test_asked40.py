"""asked40: who is speaking in what the reader pasted (analyzer/speaker.py, knowledge/data/rules/zz_asked40.toml).

The reader's own question ("请问网贷不还真的会被起诉吗？") is no message received: no finding, not collection, and the
report says it reads as their own question. A retelling ("催收说再不还就要去我单位闹") is judged as the collector's
words, and its findings say they were retold. Messages written to the reader keep their verdicts."""
from __future__ import annotations

import urllib.parse
import urllib.request

import pytest

from analyzer import analyze
from analyzer.speaker import OWN_QUESTION_NOTE, RETOLD_NOTE

OWN_QUESTIONS = [
    "请问网贷不还真的会被起诉吗？法院会强制执行吗？",
    "请问网贷不还真的会被起诉吗",
    "我信用卡逾期三个月了，会不会被抓去坐牢？",
    "花呗不还会被爆通讯录吗",
    "借呗逾期了，催收会不会上门找我爸妈？我该怎么办",
    "請問信用卡欠款不還，銀行真的會起訴我嗎？",
    "请问 网贷 逾期 会 上门 吗",
    "网贷还不上了 会不会联系我单位",
    "我欠了白条两万，现在还不上，会影响我孩子考公吗？",
    "律师您好，我网贷逾期半年了，真的会被判刑吗？",
]


@pytest.mark.parametrize("text", OWN_QUESTIONS, ids=range(len(OWN_QUESTIONS)))
def test_own_question_is_no_message(text: str) -> None:
    report = analyze(text)
    assert report.verdict.label == "not_collection", (report.verdict, report.findings)
    assert not [f for f in report.findings if f.category in ("unlawful_threat", "scam")]
    assert report.verdict.summary.startswith(OWN_QUESTION_NOTE)
    assert [f.kind for f in report.facts][:1] == ["own_question"]


RETOLD = [
    ("催收说再不还就要去我单位闹，我该怎么办", "unlawful_threat"),
    ("催收给我发消息说明天带人来我家堵门，还说要让整栋楼的人都知道，我该报警吗？", "unlawful_threat"),
    ("那个催收打电话说要把我欠钱的事发到我家族群里，这合法吗", "unlawful_threat"),
    ("他们说再不还就爆我通讯录", "unlawful_threat"),
    ("催收打电话说我再不还就走诉讼，还说会影响征信。这算违法吗？", "aggressive"),
]


@pytest.mark.parametrize(("text", "label"), RETOLD, ids=range(len(RETOLD)))
def test_retold_act_is_judged_as_the_collectors(text: str, label: str) -> None:
    report = analyze(text)
    assert report.verdict.label == label, (report.verdict, report.findings)
    assert any(RETOLD_NOTE in f.explanation for f in report.findings)
    assert "own_question" not in [f.kind for f in report.facts]


# Quiet twins: written to the reader (a collector's rhetorical question, a menace), a pasted message with the
# reader's question after it, a retelling that is news or advice, everyday questions.
@pytest.mark.parametrize(("text", "labels"), [
    ("你想坐牢吗？再不还就等着法院传票吧", {"unlawful_threat", "aggressive"}),
    ("你是不想要征信了吗？今天不还明天就起诉你", {"aggressive", "unlawful_threat"}),
    ("还不还？不还的话我们明天就去你单位找你领导", {"unlawful_threat"}),
    ("收到这条短信：【XX金融】您已逾期，再不还款我们将联系你的家人和单位，是真的吗？", {"unlawful_threat"}),
    ("征信花了？内部渠道一键洗白，私我", {"scam", "not_collection", "aggressive"}),
    ("不还是吧？行，那就法院见，我们不着急", {"aggressive"}),
], ids=["rhetorical-jail", "rhetorical-credit", "menace", "pasted", "ad", "taunt"])
def test_written_to_the_reader_keeps_its_verdict(text: str, labels: set[str]) -> None:
    report = analyze(text)
    assert report.verdict.label in labels, (report.verdict, report.findings)
    assert "own_question" not in [f.kind for f in report.facts]
    assert OWN_QUESTION_NOTE not in report.verdict.summary


@pytest.mark.parametrize("text", [
    "明天几点开会？我该带什么材料",
    "请问这家店周末营业吗？",
    "【XX晚报】近日，市民李女士说催收员威胁要上门抓她，律师表示逾期属民事纠纷。",
    "要是他们说要上门闹事，你直接报警就行。",
    "我妈说我再不回家吃饭就不给我留菜了",
])
def test_everyday_and_reported_stay_quiet(text: str) -> None:
    report = analyze(text)
    assert report.verdict.label not in ("unlawful_threat", "scam"), (report.verdict, report.findings)
    assert not any(RETOLD_NOTE in f.explanation for f in report.findings)


def test_page_tells_the_reader_to_paste_the_message(live_server) -> None:
    data = urllib.parse.urlencode({"text": "请问网贷不还真的会被起诉吗？法院会强制执行吗？"}).encode()
    with urllib.request.urlopen(live_server.url + "/check", data=data, timeout=30) as r:  # noqa: S310 - our own test server
        page = r.read().decode("utf-8")
    assert "你输入的像是你自己的问题，而不是收到的短信；请把收到的短信原文粘贴进来" in page
    assert "违法的恐吓" not in page
    # the heading says what it is, not 不是催收短信 (a frightened reader reads the heading first)
    heading = page.split('id="verdict-title"', 1)[1].split("</h1>", 1)[0]
    assert "像是你自己的问题" in heading and "不是催收短信" not in heading
