"""Round 15 legal audit (LAWREV15) and review item 17: every corrected statement stays corrected where a
borrower reads it, through the real app (knowledge pages, the result page and its drafts)."""
from __future__ import annotations

import html as htmllib
import re

import pytest

from analyzer import letters
from knowledge.entries import load_catalog

TODAY = "2026-12-04"


def page(client, url: str) -> str:
    r = client.get(url)
    assert r.status_code == 200, url
    return htmllib.unescape(re.sub(r"<[^>]+>", " ", r.get_data(as_text=True)))


@pytest.fixture(scope="module")
def kb():
    return load_catalog()


# -- item 1: 12363 rests on a 2014 notice; credit-report errors go to the objection procedure first ----------
def test_12363_is_not_presented_as_checked_and_the_objection_comes_first(client, kb):
    ch = kb.channels["channel.12363"]
    assert ch.status == "secondary" and ch.reviewed_on == TODAY
    text = page(client, "/knowledge/channel.12363")
    assert "未核对原文" in text
    assert text.index("第25条") < text.index("可以打 12363")
    for gid in ("guide.false_consequence", "guide.credit_report"):
        steps = " ".join(kb.guides[gid].steps)
        assert "异议" in steps and steps.index("异议") < steps.index("12363"), gid


# -- item 2: the 3-7 year tier of 第313条 came with Amendment IX -------------------------------------------------
def test_refusal_to_execute_dates_its_seven_years_to_amendment_nine(client):
    text = page(client, "/knowledge/law.criminal.313")
    assert "修正案（九）" in text and "2015-11-01" in text
    assert "是刑法修正案（十一）" not in text


# -- item 3: the credit-card rule bans collecting from third parties; the night window is the standard's ---
def test_third_party_guide_does_not_attribute_the_night_window_to_the_credit_card_rule(client):
    text = page(client, "/knowledge/guide.third_party_contact")
    assert "银行信用卡规章、推荐性国家标准和中国银行业协会的自律指引都这样要求" not in text
    assert "银行信用卡规章也规定不得向与债务无关的第三人催收" in text
    assert "这几条来自推荐性国家标准和中国银行业协会的自律指引" in text


# -- item 4: overdue does not touch children's schooling, but an employer may see your report with consent --
def test_false_consequence_does_not_promise_your_job_is_safe(client, kb):
    text = page(client, "/knowledge/guide.false_consequence")
    assert "不会影响子女上学、工作" not in text
    assert "书面同意" in kb.guides["guide.false_consequence"].title


# -- item 7 + review 17: no confusing 12381 merger claim on the 12321 card -----------------------------------
def test_12321_card_makes_no_unsourced_12381_claim(client):
    text = page(client, "/knowledge/channel.12321")
    assert "12381" not in text and "并入" not in text
    assert "没有在工业和信息化部网站核实" in text


# -- item 8: one owner for credit-report disputes ------------------------------------------------------------
def test_12378_no_longer_claims_credit_report_disputes(kb):
    assert "征信" not in kb.channels["channel.12378"].handles
    assert "征信" in kb.channels["channel.12363"].handles


# -- item 9: every step that sends the reader to 中国执行信息公开网 says how to get its address safely --------
def test_every_zxgk_step_carries_the_address_caveat(client, kb):
    steps = [(g.id, s) for g in kb.guides.values() for s in g.steps if "中国执行信息公开网" in s]
    assert len(steps) >= 4
    for gid, step in steps:
        assert "12368 问清" in step, gid
    assert "12368 问清" in page(client, "/knowledge/guide.verdict.legal_notice")


# -- item 10: one rule for checking with the police --------------------------------------------------------
def test_impersonation_guide_does_not_send_people_to_110_to_check(client):
    text = page(client, "/knowledge/guide.impersonation")
    assert "拨打 110 核实" not in text
    assert "派出所当面询问" in text and "96110" in text


# -- items 11-13 -----------------------------------------------------------------------------------------------
def test_dishonest_list_no_longer_says_two_years_for_every_listing(client, kb):
    law = kb.laws["law.dishonest_list.1"]
    assert "一般二年" not in law.summary and "履行完义务后应当删除" in law.summary
    text = page(client, "/knowledge/law.dishonest_list.1")
    assert "没有固定期限" in text and "没有在官方页面核对" in text


def test_forged_document_fine_is_discretionary(client):
    text = page(client, "/knowledge/law.public_security.63")
    assert "可以并处罚款" in text and "拘留，并处罚款" not in text


def test_limitation_entry_cites_every_article_its_summary_uses(kb):
    law = kb.laws["law.civil_code.188"]
    for n in ("第189条", "第193条"):
        assert n in law.summary and n in law.article


# -- item 14: the order number of the 2025 public-security law is not asserted without a source ------------
def test_public_security_order_number_is_marked_unchecked(kb):
    for law in kb.laws.values():
        if "治安管理处罚法" in law.name:
            assert "第四十九号" not in law.publication and "文号未核实" in law.publication, law.id


# -- item 16: 12356 is not a 24-hour line ----------------------------------------------------------------------
def test_mental_health_advice_says_what_to_do_when_12356_does_not_answer(client, kb):
    text = page(client, "/knowledge/guide.mental_health")
    assert "18小时" in text and "打不通" in text and "110" in text
    assert "18 小时" in kb.channels["channel.12356"].when
    assert "打不通" in kb.faqs["faq.mental_health"].answer


# -- review 17: weak sources replaced or explained --------------------------------------------------------------
def test_weak_sources_are_gone_from_the_entries_the_review_named(kb):
    assert "yaliqi.com" not in kb.laws["law.gbt_45251.collection"].source
    assert "fzxbls.com" not in kb.laws["law.criminal.225"].source
    assert kb.laws["law.criminal.225"].status == "secondary"
    assert "cug.edu.cn" not in kb.channels["channel.96110"].source
    for lid in ("law.gbt_45251.collection", "law.criminal.225", "law.criminal.313"):
        assert kb.laws[lid].reviewed_on == TODAY, lid


WEILIDAI = "【微粒贷】您的账户存在异常，请把刚收到的6位验证码告诉客服，否则将冻结您的全部银行卡。"


def _report(label: str, kinds: list[str]) -> dict:
    return {"verdict": {"label": label}, "text": "原文", "facts": [],
            "findings": [{"kind": k, "excerpt": "原文"} for k in kinds],
            "lender": {"name": "某机构", "kind": None}, "sender": {"raw": "10690000"}}


def test_scam_police_draft_cites_no_civil_procedure_and_no_official_impersonation_crime() -> None:
    drafts = {x.id: x for x in letters.drafts(
        _report("scam", ["verification_code_request", "fake_legal_process", "impersonation"]), {})}
    police = drafts["letter.police"]
    assert "民事诉讼法" not in police.body and "第279条" not in police.body
    assert "law.civil_procedure.103" not in police.laws and "law.criminal.279" not in police.laws
    assert "law.anti_fraud.2" in police.laws
    spam = drafts["letter.12321"]
    assert "催收短信" not in spam.body and "诈骗" in spam.body


def test_threat_12321_draft_keeps_the_harassment_reason() -> None:
    spam = next(x for x in letters.drafts(_report("unlawful_threat", ["insult"]), {}) if x.id == "letter.12321")
    assert "举报理由：骚扰、威胁性催收短信。" in spam.body


def test_result_page_drafts_for_a_verification_code_scam(client):
    r = client.post("/check", data={"text": WEILIDAI, "sender": "10690000111"})
    body = htmllib.unescape(r.get_data(as_text=True))
    assert r.status_code == 200
    start = body.index('class="fold letters"')
    text = body[start:body.index("</details>", start)]
    assert "letter.police" in text and "letter.12321" in text
    assert "民事诉讼法》第103条" not in text and "刑法》第279条" not in text
    assert "骚扰、威胁性催收短信" not in text and "疑似诈骗短信" in text
    assert "相关规定：《中华人民共和国治安管理处罚法》第62条" in text
