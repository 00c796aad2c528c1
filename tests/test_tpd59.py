"""tpd59: a message to someone other than the borrower that only asks them to pass a message on, to have the borrower
call back or to say where he is, told nothing of the debt, is aggressive with third_party_contact (a low finding, not
a threat), also with no lender word; the same reader told of the debt, pressed or asked to pay stays an unlawful
threat (analyzer/detectors/pass_on.py, knowledge/data/rules/zz_tpd59.toml)."""
from __future__ import annotations

import json
import urllib.request

import pytest

from analyzer import analyze

PASS_ON = [
    # the writer "seeks your friend": the friend is the borrower sought, not a disclosure to the reader
    "【某某资产】您好，我们需要联系您的表弟周某办一件他本人的事情，他预留的电话一直停机。麻烦您转告他回电4008-xxx-125，"
    "本信息不涉及您本人任何责任，打扰了。",
    "您好，我们正在找您的同事韩**，有一件与他本人有关的事务需要尽快处理，他的手机近一周打不通。如果您和他有联系，"
    "麻烦转告他拨打我们的客服电话，或者告诉我们一个他现在能接通的号码。谢谢您。",
    # no lender word, the request to a relative of the reader
    "叔叔您好，麻烦您让您儿子给我们回个电话，他电话一直关机，有事需要他本人处理。",
    # help to find him
    "你是他登记的紧急联系人，请协助我们找到他本人，他的手机号已经停机半个月了。",
]

TOLD = [
    # told of the debt and asked to pay: message_to_third_party keeps the threat
    "您好，您的朋友邵**在我司借款八千元已逾期两个月，麻烦您转告他尽快回电，要不您先帮他还上一部分。",
    "林**你好，你的号码在你室友借款时被留作联系人，他欠我们一万五，你得帮忙找到他，不然我们天天打给你。",
]

QUIET = [
    # a friend's errand, nothing collection-like
    ("小周，你见到你表哥让他回我个电话，周六钓鱼的事。", "not_collection"),
    # a school's message to a parent
    ("家长您好，麻烦让您孩子明天把作业带来学校，有事联系我们班主任。", "not_collection"),
    # a bank's own advert to the reader ("您的客户经理" is no third person asked of)
    # (its verdict is another frame's: only that no pass-on reading comes in)
    ("【某某银行】尊敬的客户，现邀请您体验我行线上消费贷产品，详情请咨询您的客户经理或登录手机银行查看。", None),
    # the reader retells a collector's call and asks a question: not the collector's message
    ("我朋友借了网贷，催收打电话让我转告他回电，没说别的，请问我有义务帮他还吗？", "not_collection"),
]


def _kinds(report) -> set[str]:
    return {f.kind for f in report.findings}


@pytest.mark.parametrize("text", PASS_ON)
def test_pass_on_only_is_aggressive_not_a_threat(text: str) -> None:
    report = analyze(text)
    assert report.verdict.label == "aggressive", [(f.rule_id, f.severity) for f in report.findings]
    assert not any(f.category == "unlawful_threat" and f.severity in ("high", "medium") for f in report.findings)


def test_the_sought_friend_is_kept_as_a_low_third_party_finding() -> None:
    report = analyze(PASS_ON[0])
    low = [f for f in report.findings if f.rule_id == "tpd59.third_party.pass_on_only"]
    assert low and low[0].kind == "third_party_contact" and low[0].severity == "low"
    assert "third_party_contact" in _kinds(report)


@pytest.mark.parametrize("text", TOLD)
def test_told_or_pressed_stays_a_threat(text: str) -> None:
    report = analyze(text)
    assert report.verdict.label == "unlawful_threat", [(f.rule_id, f.severity) for f in report.findings]
    assert not any(f.rule_id == "tpd59.third_party.pass_on_only" for f in report.findings)


@pytest.mark.parametrize("text,label", QUIET)
def test_near_misses_keep_their_verdict(text: str, label: str | None) -> None:
    report = analyze(text)
    assert label is None or report.verdict.label == label, [(f.rule_id, f.severity) for f in report.findings]
    assert not any(f.rule_id.startswith("tpd59.") for f in report.findings)


def test_a_menace_after_the_request_is_not_settled() -> None:
    report = analyze("您好，我们需要联系您的朋友赵某，请您转告他回电，否则我们将通知他单位和家人。")
    assert not any(f.rule_id == "tpd59.third_party.pass_on_only" for f in report.findings)


def test_the_api_reads_a_pass_on_as_aggressive(live_server) -> None:
    data = json.dumps({"text": PASS_ON[0]}).encode("utf-8")
    request = urllib.request.Request(live_server.url + "/api/v1/analyze", data=data,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as r:  # noqa: S310 - our own test server
        report = json.loads(r.read().decode("utf-8"))
    assert report["verdict"]["label"] == "aggressive"
    assert any(f["kind"] == "third_party_contact" and f["severity"] == "low" for f in report["findings"])


# tpd59b (integrator, round 45): saying the person took a loan on "our platform" tells the reader of the debt
@pytest.mark.parametrize("text", [
    "我是XX金融的，你弟弟在我们平台贷了一笔款，现在联系不上，你让他回个电话",
    "您好，我们是XX消费金融，您儿子在我们平台借了一笔款，联系不上他，请转告他回电",
])
def test_telling_of_the_loan_is_no_pass_on_only(text):
    assert analyze(text).verdict.label == "unlawful_threat"
