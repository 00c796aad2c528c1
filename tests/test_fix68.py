"""fix68 (round 51, integrator's fix on messages written outside the sealed data): a ruling announced as already made
against the reader ("经仲裁已裁决您败诉", "你已经败诉了") together with the sender's own deadline in hours or "today" is
a false legal claim (knowledge/data/rules/zz_fix68.toml). fa68 rightly stopped reading "否则将申请强制执行" as a done
legal act; before it, such messages were threats only because those words happened to fire.

Messages are written for these tests (names, sums and courts made up); none comes from a data file.
"""
from __future__ import annotations

import pytest

from verdict_cases import check_api_labels, check_message, post_analyze

RULE = "fix68.fake_legal.done_ruling_hours_deadline"

NOW_THREAT = [
    "【某某法律服务有限公司】经仲裁已裁决您败诉，限您24小时内还清全部欠款，否则将申请强制执行。",
    "王先生，你已经败诉了，今天之内把钱还清，不然明天就执行你名下财产。",
    "经法院审理已作出判决，限你12小时内结清欠款8600元，逾期后果自负。",
]

UNCHANGED = [
    # a real court: the term is set by the judgment, a case number and 12368
    ("【某区人民法院】（2026）京0105民初1234号，本院已作出判决，请于判决生效之日起十日内履行，可拨打12368核实。",
     "legal_notice"),
    # a lawful future step with a same-day request
    ("【某某消费金融】您的借款已逾期，请于今天内还款，否则我司将申请仲裁，裁决下来后将申请强制执行。", None),
    # an anti-fraud warning quoting the scam
    ("【某某银行】谨防诈骗：自称已裁决您败诉、限您24小时内还清的短信都是骗子，请拨打官方客服核实。", None),
    # a friend talking about a lawsuit he lost
    ("我那个官司已经败诉了，今天之内得把诉讼费交了，烦死。", "not_collection"),
]


@pytest.mark.parametrize("text", NOW_THREAT, ids=[f"threat{i}" for i in range(len(NOW_THREAT))])
def test_done_ruling_with_hours_deadline_is_a_false_legal_claim(text: str) -> None:
    check_message(text, label="unlawful_threat", kinds_in=["fake_legal_process"], rules_in=[RULE])


@pytest.mark.parametrize(("text", "label"), UNCHANGED, ids=[f"kept{i}" for i in range(len(UNCHANGED))])
def test_lawful_messages_are_not_caught(text: str, label: str | None) -> None:
    report = check_message(text, rules_out=[RULE])
    assert report.verdict.label not in ("unlawful_threat", "scam"), text
    if label:
        assert report.verdict.label == label, text


def test_the_api_shows_the_words(live_server) -> None:
    check_api_labels(live_server.url, [(t, "unlawful_threat") for t in NOW_THREAT])
    report = post_analyze(live_server.url, NOW_THREAT[0])
    hits = [f for f in report["findings"] if f["kind"] == "fake_legal_process"]
    assert hits and any("败诉" in NOW_THREAT[0][f["start"]:f["end"]] for f in hits), hits
