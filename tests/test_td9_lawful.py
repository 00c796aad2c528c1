"""td9 lawful frames, both directions through the real analyzer.

tests/data/probes/td9_lawful_draft.jsonl was written blind (before reading any rule): 177 hard lawful messages
(conditional lawful steps, anti-fraud warnings quoting scam words, reported speech and news, official channels,
court broadcasts, guarantor and contact notices, family jokes) and 60 unlawful twins with the same words.
Lawful lines must not be called scam or unlawful_threat; twins must be. KNOWN lists the lines still wrong, with why.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from inbox_support import known_param, read_jsonl

DRAFT = Path(__file__).resolve().parent / "data" / "probes" / "td9_lawful_draft.jsonl"
ROWS = read_jsonl(DRAFT)
UNLAWFUL = ("scam", "unlawful_threat")

KNOWN = {
    # lawful, still alarmed
    # (TDL075, advice "可以…向公安机关报案", is quiet since debt context is judged outside warnings and advice)
    # TDL103 back on this list at the round-18 merge: fa18 had read 据了解 and 张某因 as report markers, but collectors
    # say 据了解 too and a pasted shaming notice reads 张某因欠款不还 once masked (a sealed real threat was lost).
    "TDL103": "news without a reporting marker reported.py knows (据了解 is a collector's word too); third party 张某 reports to police",
    # twins, still missed (threat frames without the words the rules use; not lawful-frame work)
    "TDL187": "calling the guarantor and all relatives every day, phrased as '打电话' without notify/contact verbs",
    # (TDL191, 你女儿在XX小学几年级我们都清楚，你自己看着办, is caught since learn24: the retrained n-gram threat head)
    "TDL227": "'报警也没用，我们照样去你家'",
}


def _cases(unlawful: bool):
    for r in ROWS:
        if (r["category"] in UNLAWFUL) == unlawful:
            yield known_param(r["text"], r["id"], KNOWN, id=f'{r["id"]}-{r["notes"]}')


@pytest.mark.parametrize("text", list(_cases(unlawful=False)))
def test_lawful_frame_is_not_an_alarm(analyzer, text):
    assert analyzer.analyze(text).verdict.label not in UNLAWFUL


@pytest.mark.parametrize("text", list(_cases(unlawful=True)))
def test_unlawful_twin_still_alarms(analyzer, text):
    assert analyzer.analyze(text).verdict.label in UNLAWFUL


@pytest.mark.parametrize(("text", "lawful"), [
    ("如您继续逾期，我司将依法向人民法院提起诉讼，并按合同约定收取罚息。", True),
    ("一旦进入诉讼阶段，判决生效后您仍不履行的，我方将依法申请强制执行。", True),
    ("你已涉嫌贷款诈骗，公安已经立案，今天下午就上门抓你。", False),
    ("据报道，催收人员以“不还钱就曝光你”相威胁，构成侵犯公民个人信息罪。", True),
    ("不还钱就曝光你，把你的照片发到所有群里。", False),
    ("您作为借款人XXX的担保人，根据《保证合同》约定，请您督促借款人还款或履行保证责任。", True),
    ("您作为担保人，如果今天不替他还钱，我们就去您单位找您领导。", False),
    ("哈哈哈你再不还我那顿火锅钱，我就去你家门口蹲着，天天蹭饭！", True),
    ("开玩笑归开玩笑，你今天再不还钱，我真会把你的裸照发给你老婆。", False),
], ids=["conditional_suit", "conditional_enforcement", "criminal_done", "news_quote", "exposure", "guarantor",
        "guarantor_employer", "jest", "jest_void"])
def test_frame_pairs(analyzer, text, lawful):
    assert (analyzer.analyze(text).verdict.label not in UNLAWFUL) == lawful


@pytest.mark.parametrize(("text", "alarm"), [
    ("警惕“冒充客服退款”诈骗：客服称商品质量问题要给你双倍赔偿，要求你开通备用金，千万别信！", False),
    ("谨防冒充电商客服的退款骗局：对方称要给你双倍赔偿，要求你开通备用金领取。", False),
    # a bare "谨防诈骗：" names no kind of scam: the sender's own ask after it still counts
    ("谨防诈骗：您的商品有质量问题，我们将给你双倍赔偿，请开通备用金领取退款", True),
])
def test_a_warning_heading_that_names_a_scam_quotes_the_description_after_it(analyzer, text, alarm):
    assert (analyzer.analyze(text).verdict.label in UNLAWFUL) is alarm


@pytest.mark.parametrize(("text", "alarm"), [
    ("尊敬的客户，您的欠款已逾期90天，我司将向法院提起诉讼并申请冻结被执行财产。", False),
    ("您的借款已逾期，我方将依法向人民法院申请强制执行。", False),
    # the application as a blind for a threat, a claim already done, or the police: still a threat
    ("你涉嫌诈骗，我们将申请法院对你强制执行，明天就上门", True),
    ("你的欠款已逾期，法院已冻结你的账户，将申请强制执行", True),
    ("你的欠款已逾期，我们将申请公安对你刑事拘留并强制执行", True),
])
def test_a_creditors_future_application_to_a_court_is_pressure_not_a_fake_legal_claim(analyzer, text, alarm):
    assert (analyzer.analyze(text).verdict.label in UNLAWFUL) is alarm
