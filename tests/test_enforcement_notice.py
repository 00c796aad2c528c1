"""A court's notice of the enforcement stage (执行通知书, 报告财产令, 失信, 限高) gets enforcement guidance, not the
first-instance advice to answer a lawsuit; a summons keeps that advice. Through the analyzer, the JSON API served
over real HTTP, and the result page. Every legal point either notice cites names its law, article, source and
review date.
"""
from __future__ import annotations

import re
from datetime import date

import pytest
from borrower_messages import COURT, ENFORCEMENT

from webapp import display

ENFORCEMENT_GUIDE = "guide.verdict.legal_notice_enforcement"
TRIAL_GUIDE = "guide.verdict.legal_notice"
# Reported by 红网 (2018): a court's SMS to its 失信被执行人 (tests/data/fresh/r3_sealed.jsonl, B3025).
DISHONEST_REAL = "某某实名登记的机主,你已经被永州市冷水滩区人民法院公布为失信被执行人,请自觉履行生效法律文书确定的义务"
SUMMONS_WARNING = ("【某某区人民法院】李某某：原告某某银行诉你金融借款合同纠纷一案，案号（2026）京0105民初2345号，"
                   "定于6月3日9时在第十法庭开庭，请按时到庭应诉。判决生效后不履行的，对方可以申请强制执行。")
COLLECTOR_CLAIM = "【某某金融】你已逾期60天，我司将把你列入失信被执行人名单，限制高消费，让你坐不了高铁。"


@pytest.mark.parametrize(("text", "stage"), [
    (ENFORCEMENT, "enforcement"),
    (DISHONEST_REAL, "enforcement"),
    (COURT, None),
    (SUMMONS_WARNING, None),  # warns of enforcement after judgment: still a trial-stage notice
], ids=["enforcement-case", "dishonest-real", "summons", "summons-warning-of-enforcement"])
def test_stage_of_a_legal_notice(analyzer, text, stage):
    report = analyzer.analyze(text).to_dict()
    assert report["verdict"]["label"] == "legal_notice"
    assert report["verdict"]["legal_check"]["stage"] == stage


@pytest.mark.parametrize("text", [ENFORCEMENT, DISHONEST_REAL], ids=["enforcement-case", "dishonest-real"])
def test_enforcement_notice_gets_enforcement_guidance(analyzer, text):
    report = analyzer.analyze(text).to_dict()
    summary = report["verdict"]["summary"]
    assert "执行阶段" in summary and "执行法官" in summary and "报告财产" in summary
    assert "缺席判决" not in summary and "应诉" not in summary
    ids = [g["id"] for g in report["guidance"]]
    assert ids[0] == ENFORCEMENT_GUIDE
    # the trial-stage guides it stands in for are gone
    assert not {TRIAL_GUIDE, "guide.enforcement_risks", "guide.verify_court_case"} & set(ids)
    first, _ = display.steps(report)
    assert len(first) == 3 and "执行法官" in first[1] and "报告财产" in first[2]
    assert not any("答辩" in s or "应诉" in s for s in first)
    assert report["verdict"]["legal_check"]["how_to_verify"][-1].startswith("如果核实是真的，不要置之不理：尽快联系执行法官")


def test_summons_keeps_trial_guidance(analyzer):
    report = analyzer.analyze(COURT).to_dict()
    summary = report["verdict"]["summary"]
    assert "缺席判决" in summary and "执行法官" not in summary
    ids = [g["id"] for g in report["guidance"]]
    assert ids[0] == TRIAL_GUIDE and ENFORCEMENT_GUIDE not in ids
    first, more = display.steps(report)
    assert any("答辩" in s for s in first + more)
    assert not any("执行法官" in s for s in first)


def test_balanced_both_ways(analyzer):
    """Ignoring a real enforcement notice has consequences; a collector cannot put a borrower without a judgment on
    the list."""
    guide = analyzer.analyze(ENFORCEMENT).to_dict()["guidance"][0]
    text = guide["summary"] + "".join(guide["steps"])
    for words in ("不能不理", "罚款、拘留", "限制高消费", "失信被执行人名单", "拒不执行判决、裁定罪",  # serious
                  "催收方无权", "还没有判决", "执行和解", "删除", "书面异议", "生活必需"):          # and bounded
        assert words in text, words
    claim = analyzer.analyze(COLLECTOR_CLAIM).to_dict()
    assert claim["verdict"]["label"] != "legal_notice"
    assert ENFORCEMENT_GUIDE not in [g["id"] for g in claim["guidance"]]


@pytest.mark.parametrize("text", [ENFORCEMENT, COURT], ids=["enforcement", "summons"])
def test_every_legal_point_cites_law_article_source_and_review_date(analyzer, text):
    report = analyzer.analyze(text).to_dict()
    assert report["guidance"][0]["citations"], "the notice's own guide cites its law"
    for guide in report["guidance"]:
        for c in guide["citations"]:
            assert c["law"] and c["article"].startswith("第"), c
            assert c["source"].startswith("https://") or c["source"].startswith("http://"), c
            assert date.fromisoformat(c["reviewed_on"]) <= date(2026, 12, 31), c
            assert (c["caveat"] is None) == (c["status"] == "verified"), c  # second-hand text says so


def test_enforcement_guide_cites_the_enforcement_articles(analyzer):
    guide = analyzer.analyze(ENFORCEMENT).to_dict()["guidance"][0]
    cited = {(c["law_id"], c["article"]) for c in guide["citations"]}
    assert ("law.civil_procedure.252", "第252条、第255条、第264条") in cited  # property report, seizure, late interest
    assert ("law.civil_procedure.236", "第236条、第242条") in cited  # objection to enforcement, stay on guarantee
    assert ("law.civil_procedure.253", "第241条、第247条、第251条、第253条、第254条") in cited
    deletion = next(c for c in guide["citations"] if c["law_id"] == "law.dishonest_list.10")
    assert deletion["status"] == "secondary" and deletion["caveat"] == "未核对原文"


def test_no_unverified_address_for_the_enforcement_lookup(analyzer):
    """The address of 中国执行信息公开网 was not found on an official page: no domain is printed for it."""
    report = analyzer.analyze(ENFORCEMENT).to_dict()
    zxgk = next(c for c in report["actions"]["channels"] if c["id"] == "channel.zxgk")
    assert "court.gov.cn" not in zxgk["address"] and "zxgk" not in zxgk["address"]


# -- through the app ---------------------------------------------------------------------------------------------
def test_api_gives_the_two_notices_different_guidance(api):
    got = {}
    for name, text in (("enforcement", ENFORCEMENT), ("summons", COURT)):
        r = api.post("/api/v1/analyze", {"text": text})
        assert r.status == 200
        got[name] = r.json
    enforcement, summons = got["enforcement"], got["summons"]
    assert enforcement["verdict"]["label"] == summons["verdict"]["label"] == "legal_notice"
    assert enforcement["verdict"]["legal_check"]["stage"] == "enforcement"
    assert summons["verdict"]["legal_check"]["stage"] is None
    assert enforcement["guidance"][0]["id"] == ENFORCEMENT_GUIDE and summons["guidance"][0]["id"] == TRIAL_GUIDE
    assert "执行法官" in enforcement["verdict"]["summary"] and "缺席判决" in summons["verdict"]["summary"]
    for report in (enforcement, summons):
        for guide in report["guidance"]:
            for c in guide["citations"]:
                assert c["law"] and c["article"] and c["reviewed_on"] and c["source"], c


def _next_steps(page: str) -> str:
    m = re.search(r'<section class="card next-steps".*?</ol>', page, re.S)
    assert m, "no next steps"
    return m.group(0)


def test_result_page_shows_enforcement_steps_and_dated_citations(client):
    page = client.post("/check", data={"text": ENFORCEMENT}).get_data(as_text=True)
    steps = _next_steps(page)
    assert "执行法官" in steps and "报告财产" in steps and "应诉" not in steps
    assert "这像是法院执行阶段的通知" in page
    # the law behind it, folded: law, article and the date it was checked
    assert re.search(r"《中华人民共和国民事诉讼法》第252条、第255条、第264条</a> <span class=\"muted\">（\d{4}-\d{2}-\d{2} 核对）", page)
    assert "zxgk.court.gov.cn" not in page


def test_result_page_keeps_trial_steps_for_a_summons(client):
    page = client.post("/check", data={"text": COURT}).get_data(as_text=True)
    steps = _next_steps(page)
    assert "执行法官" not in steps and "12368" in steps
    assert "缺席判决" in page
    assert re.search(r"《中华人民共和国民事诉讼法》第128条、第130条、第147条</a> <span class=\"muted\">（\d{4}-\d{2}-\d{2} 核对）",
                     page)
