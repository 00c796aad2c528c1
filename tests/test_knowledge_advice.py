"""Advice for a report: guidance order, citations, channels by lender kind, replies, speed."""
from __future__ import annotations

import time

import pytest

from knowledge import registry
from knowledge.advice import Advisor


@pytest.fixture(scope="module")
def advisor() -> Advisor:
    return Advisor.load()


def test_scam_leads_with_do_not_pay(advisor):
    advice = advisor.advise(verdict="scam", kinds=["personal_account_payment", "suspicious_link"],
                            lender_kind="consumer_finance_company", facts=[])
    first = advice.guidance[0]
    assert first["id"] == "guide.verdict.scam"
    assert first["summary"].startswith("不要付款、不要点链接、不要拨打短信里的号码；到贷款机构自己的 App 或合同上核实")
    ids = [c["id"] for c in advice.actions["channels"]]
    assert "channel.96110" in ids and "channel.110" in ids and "channel.12378" not in ids
    assert advice.replies == ()


def test_threat_says_debt_may_be_real_and_threat_unlawful(advisor):
    advice = advisor.advise(verdict="unlawful_threat", kinds=["third_party_contact"], lender_kind="bank", facts=[])
    first = advice.guidance[0]
    assert first["id"] == "guide.verdict.unlawful_threat"
    assert "欠款可能是真的" in first["title"] and "违法" in first["title"]
    assert {r["id"] for r in advice.replies} >= {"reply.identify", "reply.stop_third_parties", "reply.repayment_plan"}


def test_guidance_order_scam_safety_rights_negotiation(advisor):
    rank = {"scam": 0, "safety": 1, "rights": 2, "negotiation": 3}
    for verdict in registry.verdicts():
        advice = advisor.advise(verdict=verdict, kinds=sorted(registry.kinds()), lender_kind=None, facts=[])
        ranks = [rank[g["priority"]] for g in advice.guidance]
        assert ranks == sorted(ranks), verdict


def test_every_guidance_item_has_the_contract_shape(advisor):
    advice = advisor.advise(verdict="unlawful_threat", kinds=sorted(registry.kinds()), lender_kind=None, facts=[])
    for g in advice.guidance:
        assert {"id", "title", "summary", "steps", "citations", "channels"} <= set(g)
        for c in g["citations"]:
            assert c["source"].startswith("http") and c["law"] and c["article"] and c["reviewed_on"]
    for ch in advice.actions["channels"]:
        assert {"id", "name", "number", "address", "handles", "not_handled", "when"} <= set(ch)
    ids = [c["id"] for c in advice.actions["channels"]]
    assert len(ids) == len(set(ids))
    checklist = advice.actions["evidence_checklist"]
    assert checklist and len(checklist) == len(set(checklist))


@pytest.mark.parametrize("lender_kind, wanted, unwanted", [
    ("bank", "channel.12378", "channel.local_regulator"),
    ("consumer_finance_company", "channel.12378", "channel.local_regulator"),
    ("microloan_company", "channel.local_regulator", "channel.12378"),
])
def test_complaint_channel_follows_lender_kind(advisor, lender_kind, wanted, unwanted):
    advice = advisor.advise(verdict="unlawful_threat", kinds=["insult"], lender_kind=lender_kind, facts=[])
    ids = [c["id"] for c in advice.actions["channels"]]
    assert wanted in ids and unwanted not in ids


@pytest.mark.parametrize("kind, channel", [
    ("violence_threat", "channel.110"), ("night_or_frequency", "channel.12321"),
    ("fake_legal_process", "channel.12368"), ("impersonation", "channel.12368"),
])
def test_channels_fit_the_findings(advisor, kind, channel):
    advice = advisor.advise(verdict="unlawful_threat", kinds=[kind], lender_kind=None, facts=[])
    assert channel in [c["id"] for c in advice.actions["channels"]]


def test_plain_reminder_gets_no_complaint_channel(advisor):
    advice = advisor.advise(verdict="reminder", kinds=[], lender_kind="bank", facts=[])
    ids = [c["id"] for c in advice.actions["channels"]]
    assert "channel.12378" not in ids and "channel.110" not in ids


def test_case_number_fact_adds_court_check(advisor):
    advice = advisor.advise(verdict="aggressive", kinds=[], lender_kind=None,
                            facts=[{"kind": "case_number", "value": "(2026)粤0305民初1号"}])
    assert "guide.verify_court_case" in [g["id"] for g in advice.guidance]


def test_advise_is_fast(advisor):
    kinds = ["third_party_contact", "doorstep_visit_threat", "urgency_pressure"]
    facts = [{"kind": "amount", "value": "1352.29"}]
    advisor.advise(verdict="unlawful_threat", kinds=kinds, lender_kind="bank", facts=facts)
    n = 2000
    start = time.perf_counter()
    for _ in range(n):
        advisor.advise(verdict="unlawful_threat", kinds=kinds, lender_kind="bank", facts=facts)
    assert (time.perf_counter() - start) / n < 0.05e-3


# -- citations say where to read the law and whether we checked the original ----------------------------
def test_citation_carries_publication_official_url_and_caveat(advisor):
    from knowledge.advice import citation
    from knowledge.entries import load_catalog
    from knowledge.sources import needs_caveat

    laws = load_catalog().laws
    secondary = laws["law.financial_trial_opinion.2"]
    assert secondary.status == "secondary"
    c = citation(secondary)
    assert c["caveat"] == "未核对原文" and c["publication"] == secondary.publication and c["official_url"] is None
    with_official = next(law for law in laws.values() if law.official_url)
    assert citation(with_official)["official_url"] == with_official.official_url
    for law in laws.values():
        c = citation(law)
        assert c["publication"], law.id
        assert (c["caveat"] == "未核对原文") is needs_caveat(law) and (c["caveat"] is None) is (law.status == "verified")


def test_guidance_citations_flag_secondary_laws(advisor):
    advice = advisor.advise(verdict="unlawful_threat", kinds=["excessive_fees"], lender_kind="bank", facts=[])
    cites = {c["law_id"]: c for g in advice.guidance for c in g["citations"]}
    assert cites["law.financial_trial_opinion.2"]["caveat"] == "未核对原文"
    assert cites["law.civil_code.670"]["caveat"] is None


# -- issue 13's new guides are reachable --------------------------------------------------------------------
NEW_GUIDES = ("guide.debt_assignment", "guide.enforcement_risks", "guide.legal_process_types",
              "guide.unlicensed_lender", "guide.negotiate_repayment")


@pytest.mark.parametrize("fact, guide", [("debt_transfer", "guide.debt_assignment"),
                                         ("enforcement", "guide.enforcement_risks"),
                                         ("legal_process", "guide.legal_process_types")])
@pytest.mark.parametrize("verdict", ["reminder", "aggressive", "unlawful_threat", "scam", "not_collection"])
def test_legal_step_facts_attach_their_guide(advisor, fact, guide, verdict):
    without = advisor.advise(verdict=verdict, kinds=[], lender_kind=None, facts=[])
    assert guide not in [g["id"] for g in without.guidance]
    advice = advisor.advise(verdict=verdict, kinds=[], lender_kind=None, facts=[{"kind": fact, "value": "x"}])
    assert guide in [g["id"] for g in advice.guidance]


def test_negotiation_guide_comes_with_every_collection_verdict(advisor):
    for verdict in ("reminder", "aggressive", "unlawful_threat"):
        ids = [g["id"] for g in advisor.advise(verdict=verdict, kinds=[], lender_kind=None, facts=[]).guidance]
        assert "guide.negotiate_repayment" in ids, verdict


@pytest.mark.parametrize("guide", NEW_GUIDES)
def test_new_guides_are_linked_from_a_faq(guide):
    from knowledge.entries import load_catalog

    assert any(guide in faq.guides for faq in load_catalog().faqs.values())
