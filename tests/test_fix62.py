"""fix62 (PREREG_round62: the integrator's fix found on its own small-merchant phrasings, rules 1–2).

A borrower who runs a shop or a stall is surrounded by people the contact and audience lexicons did not name: the
supplier, the business partner, the shop's customers, the whole market. Telling them of the debt is third-party
contact (lexicon.contact: 供货商, 供应商, 合作伙伴, 合伙人…); "let your customers see" is exposure (lexicon.audience:
顾客, 整条街, 整个市场…). An ordinary platform or supplier notice that merely names them stays not_collection.

The messages are written for these tests (names, sums and places made up); none comes from a data file.
"""
from __future__ import annotations

import pytest

from analyzer import analyze

TOLD = [
    ("我们已经联系了你的供货商，他们都知道你在微业贷的借款逾期不还。", "third_party_contact"),
    ("再不还网商贷，我们就把你欠钱的事告诉你的合伙人和供应商。", "third_party_contact"),
    ("你的经营贷逾期三个月了，下周我们去你店里，让来往的顾客都看看。", "exposure_threat"),
    ("欠款再不处理，我们就在整个市场里宣传你欠钱不还。", "exposure_threat"),
]

NOT_TOLD = [
    "【拼多多】尊敬的商家，本周有3位顾客给您的店铺留下好评，继续加油。",
    "您好，贵公司的供应商资质审核已通过，请登录商家后台查看。",
    "老张，明天上午十点和合伙人一起去看新铺面，别迟到。",
]


@pytest.mark.parametrize(("text", "kind"), TOLD)
def test_business_people_told_of_the_debt(text, kind):
    report = analyze(text)
    # read by a rule that names the words, not only by the learned model's resemblance
    hits = [f for f in report.findings if f.kind == kind and f.rule_id != "threat.learned.resembles_threats"]
    assert hits, [(f.kind, f.rule_id) for f in report.findings]
    assert report.verdict.label == "unlawful_threat", report.verdict.label
    assert all(f.end > f.start for f in hits)


@pytest.mark.parametrize("text", NOT_TOLD)
def test_business_notices_that_only_name_them(text):
    report = analyze(text)
    assert report.verdict.label == "not_collection", (report.verdict.label, [(f.kind, f.rule_id) for f in report.findings])
    assert not report.findings
