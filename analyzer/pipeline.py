"""Runs the detectors, merges and orders findings, and decides the verdict.

No detector is written here: rules run in analyzer/rules.py, code detectors
live in analyzer/detectors/; the contexts rules may require are in analyzer/rule_contexts.py,
findings are merged in analyzer/merge.py and received_at is read in analyzer/received_at.py. Round 38 (move46) moved
out, unchanged: the caller's input (analyzer/caller_input.py), whether a legal notice is to the reader
(analyzer/legal_reader.py), the n-gram second opinion (analyzer/second_opinion.py), the only-a-number summary
(verdict.only_checked) and the own-question summary (speaker.own_question_told); scam findings that yield to a
collector's threats are one frame (analyzer/scam_yields.py). Every message goes through every rule; whether it is
about a debt only chooses between reminder and not_collection.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from analyzer import caller_input, debt_disclosed, debt_due, debt_overdue, legal_reader, scam_yields, second_opinion
from analyzer import rules as rule_engine
from analyzer.detectors import brand_names
from analyzer.detectors import facts as facts_detector
from analyzer.detectors import legal as legal_detector
from analyzer.detectors import lawful_frame as lawful_detector
from analyzer.detectors import lender as lender_detector
from analyzer.detectors import lender_card
from analyzer.detectors.lender_index import LenderIndex
from analyzer.detectors import links as links_detector
from analyzer.detectors import reader as reader_detector
from analyzer.detectors import relay as relay_detector
from analyzer.detectors import reported as reported_detector
from analyzer.detectors import warned as warned_detector
from analyzer.detectors import sender as sender_detector
from analyzer.detectors.numbers import classify, load_geodata
from analyzer.addressed import addressed
from analyzer.debt_context import debt_kind, names_debt, relayed_debt, tells_debt
from analyzer.debt_retold import retold_reminder
from analyzer.debt_pleaded import pleaded_debt
from analyzer.document import parse
from analyzer.learned import load as load_learned
from analyzer.lexicon import load as load_lexicon
from analyzer.loan.hint import loan_hint
from analyzer.merge import dedupe, without_collection_frame
from analyzer.modality import Modality
from analyzer.normalize import fold
from analyzer.prefilter import JointIndex
from analyzer.pasted import each_message, sender_quoted
from analyzer.received_at import parse_time  # (callers may import it from here)
from analyzer.report import Report
from analyzer.rule_contexts import INSTITUTION, callback_unofficial, own_links_only
from analyzer.spans import tidy as whole_spans
from analyzer import speaker
from analyzer import verdict as verdict_rules
from analyzer import verdict_guides
from analyzer.verdict_guides import LEGAL_NOTICE_GUIDE  # noqa: F401  (tests and callers import it from here)
from analyzer.verdict import decide, for_reader
from analyzer.debt_creditor import THREAT_SUMMARY
from knowledge import derived_cache, registry
from knowledge.advice import Advisor


class Analyzer:
    """Holds everything built once per process: registry indexes and compiled rules."""

    def __init__(self) -> None:
        records = registry.lenders()
        self.kinds = registry.kinds()
        self.category_of = {k: v["category"] for k, v in self.kinds.items()}
        lexicon = self.lexicon = load_lexicon()
        self.rules = rule_engine.compile_rules(registry.rules(), lexicon)
        # speed22: the four prefilter indexes asked about doc.keys, looked up together (analyzer/prefilter.JointIndex)
        self.joint = JointIndex((self.rules.index, warned_detector.FRAME_INDEX, reader_detector.frame_index(),
                                 facts_detector.INDEX))
        self.without_debt = {r.id: r.severity_without_debt for r in registry.rules() if r.severity_without_debt}
        self.openers = frozenset(r.id for r in registry.rules() if r.opens_debt)  # aggr34
        self.modality = Modality(lexicon)
        self.index = LenderIndex.build(records, lambda s: fold(s).text)
        self.official_phone = {c.value: r.id for r in records for c in r.contacts if c.type == "phone" and c.status == "official"}
        self.official_domain = {c.value: r.id for r in records for c in r.contacts if c.type == "domain" and c.status == "official"}
        self.known_domain = {c.value: r.id for r in records for c in r.contacts if c.type == "domain"}
        self.advisor = Advisor.load()
        # Guides a verdict names in kinds.toml (used beside, or until there is, guide.verdict.<label>).
        self.verdict_guides = {k: tuple(v.get("guides", ())) for k, v in registry.verdicts().items()}
        self.learned = load_learned()  # the n-gram second opinion on threats (analyzer/learned.py)
        # nodebt27: the reader is chased (装死, 拉黑, 不接电话, 再不出面, 给你三个小时) — stands in for the debt anchor of
        # the menace frames that require "@chased" (knowledge/data/rules/lexicon.toml, nodebt_chase)
        self.chase = re.compile(lexicon.expand("{nodebt_chase}"))
        # threat29: the reader is pursued — chased as above, or told of money owed or a last deadline (钱的事, 最后一天,
        # 今晚十二点前没消息) — the context of the displayed-knowledge menace frames (zz_threat29.toml, "@pursued")
        self.pursuit = re.compile(lexicon.expand("{tnine_pursuit}"))

    def warm(self) -> None:
        """Compile now what the CLI leaves to the first message that needs it: every rule pattern
        (a bad one fails here), the lender claim frames and phonenumbers' region data. Servers and
        batch workers call it at start-up so that no request pays for it."""
        self.rules.warm()
        brand_names.CLAIM_FRAMES.compiled()
        debt_overdue.warm()  # (the night-time frame: ~80 ms to compile, paid by the first debt message at night)
        debt_due.warm()
        load_geodata()
        derived_cache.save()  # what warming compiled, for the next server or worker (knowledge/derived_cache.py)

    def analyze(self, text: object, sender: str | None = None, received_at: str | datetime | None = None) -> Report:
        # the text and sender checked, received_at read, a pasted sender line (发件人：95588) read (caller_input.py)
        sender, when, pasted, header, header_end = caller_input.read(text, sender, received_at)
        doc = parse(text, sender, when)
        # asked40: the reader's own question is not read by the rules; what they retell a collector said is read as
        # the collector's, 我 as 你 (analyzer/speaker.py)
        who = speaker.read(doc.f)
        doc = speaker.recast_doc(doc, who)

        link_domains = links_detector.link_domains(doc)
        # What a warning quotes (谨防…, 不法分子以…为由, …均为诈骗) is blanked for the rules: not asked of the reader.
        rule_items, warning_items, reader_items, fact_items = self.joint.candidates(doc.keys)
        spans = warned_detector.quoted(doc.f, doc.keys, warning_items)
        # ...and so are the reader's own lines of a pasted chat (我：我要投诉): not the sender's words.
        own = warned_detector.own_replies(doc)
        if own:
            spans = sorted(spans + own)
        if who.own_question or who.retold:
            spans = speaker.masking(spans, doc, who)
        sender_doc = doc.blanked(own) if own else doc  # the text as written, less the reader's own chat lines
        if who.reaction:  # (asked40: and less the reader's reaction to what they retell: 我该报警吗)
            sender_doc = sender_doc.blanked(list(who.reaction))
        rule_doc = warned_detector.masked(doc, spans) if spans else doc
        # fa30: the rules' message-wide exceptions are also read with the quotations put back (warned.unquoted)
        kept = warned_detector.unquoted(doc.f, spans) if spans else []
        written = None if len(kept) == len(spans) else warned_detector.masked(doc, kept).f if kept else doc.f
        # Debt words that only a warning quotes (任何声称"删除逾期记录"的都是诈骗; 如果你被网贷催收人员爆通讯录，可以报案)
        # name no debt of the reader's: an anti-fraud notice is no reminder.
        # (about_debt itself sets aside sentences that warn about scams or report someone else's case.)
        # (gate39: a reminder told on keeps its told part, which the masking blanks as a quote: debt_retold)
        told = names_debt(doc) and (rule_doc is doc or names_debt(rule_doc) or retold_reminder(doc.f))
        # aggr18: a lender's request to a third party for the borrower's callback is collection, but tells of no debt
        # gate26: a pasted chat in which the reader's own lines plead for time over money the other side presses for
        is_debt = (told or relayed_debt(doc) or pleaded_debt(doc, own)) and not who.own_question
        lender, dressed = lender_detector.detect(doc, self.index, self.official_phone, self.official_domain,
                                                 link_domains, about_debt=is_debt,
                                                 sender=None if pasted else sender)  # lender19: a typed 95588
        lender_phones = None
        if lender and lender.id:
            lender_phones = tuple(c["value"] for c in lender.official_contacts if c["type"] == "phone") or None
        numbers = tuple(classify(n.text, self.official_phone, lender_phones, n.start, n.end) for n in doc.numbers)
        sender_info = classify(sender, self.official_phone, lender_phones,
                               *(pasted[1:] if pasted else ())) if sender else None
        # (no link, no LinkInfo: analyse would still read the signatures for an authority and the text for a court case)
        links = links_detector.analyse(doc, self.official_domain, self.known_domain,
                                       lender.id if lender else None) if doc.links else ()

        contexts = {
            "@debt": lambda _d: is_debt,
            "@addressed": lambda d: is_debt or addressed(d.f),
            # nodebt27: a menace frame said to someone who is chased needs no debt word (issue 12 point 1)
            "@chased": lambda d: is_debt or (addressed(d.f) and bool(self.chase.search(d.f))),
            # threat29: 装死, 拉黑, 不接电话 say someone is chased without a 你; owed money and deadlines need one
            "@pursued": lambda d: is_debt or bool(self.chase.search(d.f))
                                  or (addressed(d.f) and bool(self.pursuit.search(d.f))),
            "@institution": lambda d: bool(INSTITUTION.search(d.f)),
            "@callback_unofficial": lambda d: callback_unofficial(d, numbers, header_end),
            # fa32: not a typed sender the paste itself shows inside it (analyzer/pasted.sender_quoted)
            "@sender_personal": lambda _d: (sender_info is not None and sender_info.type in sender_detector.PERSONAL_SENDER
                                            and (pasted is not None or not sender_quoted(text, sender, header))),
            "@link_unverified": lambda d: not own_links_only(d, links, lender),
        }
        clauses = self.modality.clauses(doc.f)  # clause ends and modality markers, found once per message
        findings = rule_engine.run(rule_doc, self.rules, contexts, self.category_of, self.modality,
                                   clauses if rule_doc is doc else None, rule_items if rule_doc is doc else None,
                                   written)
        # paste24: several messages pasted together: each is also read alone, so that one message's exception (我司不会
        # 上门催收) does not cancel what another says; the worst decides.
        findings = each_message(text, rule_doc, findings,
                                 lambda part: rule_engine.run(part, self.rules, contexts, self.category_of, self.modality))
        # "…属于违法行为", "…被判处": not a threat; judged on rule_doc, so a quoted "你" is not the reader
        findings = reported_detector.drop_reported(rule_doc, findings)
        if rule_doc is not doc:
            # …and on the text as written: the masking blanks a news item's quote (催收员称“知道你孩子在哪上学”，已被
            # 拘留) into stops, which cut the report (警方通报) off from the act; reported() sets the quote's 你 aside itself.
            findings = reported_detector.drop_reported(sender_doc, findings)
        # Any scam finding makes the message's links risky (not only those of some rule files).
        phishing = any(f.category == "scam" for f in findings)
        findings += links_detector.findings(doc, links, lender, is_debt or phishing, phishing)
        # polish23: the hour counts only for a debt overdue or in collection (a card statement at 22:29 is a bill)
        findings += sender_detector.findings(doc, dressed, sender_info, when, is_debt,
                                             lambda: debt_overdue.collection(doc, clauses, findings, relayed=not told))
        # Who reads the message is decided once: the finding that the reader is not the borrower comes only from here.
        reader = reader_detector.detect(doc, clauses, is_debt, reader_items)
        told_debt = told and tells_debt(doc)  # (read twice below; pure: speed28)
        third_party = reader_detector.findings(doc, reader, told_debt, clauses)
        findings += third_party
        # aggr33: a third party only asked to relay, told nothing of the debt: pressure, and a collection message
        relay = relay_detector.finding(doc, reader, told_debt or any(f.kind == "third_party_contact" for f in findings), lender)
        if relay is not None:
            findings, is_debt = findings + [relay], True
        # 如您继续逾期…将依法起诉, 本院定于…开庭, 您作为担保人, 哈哈哈开玩笑的: lawful frames, not threats
        # (judged without the reader's own chat lines: 我：我要投诉 does not make the sender's threat a complaint)
        findings = lawful_detector.drop_lawful(sender_doc, findings, self.lexicon)
        findings = debt_due.lower_bill_pressure(doc, clauses, findings)  # aggr40: a bill's stock line is no pressure
        legal = legal_detector.assess(doc, findings, numbers, links, sender_info)
        if legal.verifiable:
            # Checkable court details and no scam marker: the claim of a court process is not fake.
            findings = [f for f in findings if f.kind not in ("fake_legal_process", "impersonation")]
        elif legal.served_unsure:
            # A court's e-delivery notice (court name, official case number) whose only doubt is its link: the
            # verdict is an unsure legal notice to check through 12368, not a fake process.
            findings = [f for f in findings if f.kind != "fake_legal_process"]
        # aggr34: a collection step aimed at the reader (an opens_debt rule) makes a collection message, as pressure only:
        # the "@debt" rules ran without it, and its finding frames no fragment as a threat (without_collection_frame)
        opened = not is_debt and not legal.source and any(f.rule_id in self.openers for f in findings)
        if not is_debt and not legal.source:
            # Debt context only sets severity: "立即登录" or "最后机会" in an advert is not collection pressure.
            findings = [replace(f, severity="low") if f.kind == "urgency_pressure" and not (opened and f.rule_id in self.openers)
                        else f for f in findings]
        # A court or arbitration notice addressed to the reader is about them even without debt words (legal_reader.py).
        legal_to_reader = legal_reader.legal_to_reader(doc, legal)
        if not (is_debt or legal_to_reader):
            findings = without_collection_frame(findings, self.without_debt, self.openers)
        is_debt = is_debt or opened
        findings = speaker.noted(verdict_rules.fit_explanations(dedupe(findings), legal, sender_info), doc, who)
        if findings:  # (tidy finds the signatures first, also for no finding)
            findings = whole_spans(doc, findings)  # excerpts on whole words, never cut into a 【signature】
        debt = debt_kind(doc)
        # (read only for a scam verdict, the one decide() uses it for: most messages have no serious scam finding)
        authority = (verdict_rules.impersonated([s.text for s in doc.signatures], doc.f, findings)
                     if verdict_rules.serious_scam(findings) else None)
        # threat36, money45, scamthr47: scam findings that only say who speaks or where the money goes, in a collector's
        # own demand for the reader's debt, yield to its threats (analyzer/scam_yields.py, zz_scam_yields.toml)
        yielded = scam_yields.which(rule_doc.f, findings, is_debt or legal_to_reader, legal, lender)
        verdict = decide(findings, is_debt or legal_to_reader, lender, sender_info, legal, debt,
                         authority=authority, received_at=when, yielded=yielded)
        # learn23: the rules abstained; a threat the n-gram model is sure of (out-of-file precision >= 0.9) is
        # a finding on the words that weighed most — unless it is reported, quoted or a lawful frame (second_opinion.py)
        heard = second_opinion.heard(verdict.label, legal.source, findings, rule_doc, sender_doc, self.learned,
                                     self.lexicon)
        if heard:
            findings = sorted(findings + heard, key=lambda f: (f.start, f.end, f.rule_id))
            verdict = decide(findings, is_debt or legal_to_reader, lender, sender_info, legal, debt,
                             authority=authority, received_at=when, yielded=yielded)
        reader = reader_detector.for_relay(doc, reader, findings, verdict.label)  # relay72: asked only to pass it on
        # fa32: told = the debt disclosed to the third party (no finding: a callback relayed, or a party to the debt)
        if not (reader.role == "third_party" and debt_disclosed.legal_party(doc)):  # (a party keeps the usual opening)
            verdict = for_reader(verdict, reader.role, reader.relation,
                                 reader_detector.RELATION_NAMES.get(reader.relation or "", ""),
                                 told=bool(third_party) or any(f.kind == "third_party_contact" for f in findings))
        lender = lender_card.for_verdict(lender, verdict.label)  # claimed on a scam, a sender on no debt
        verdict = verdict_rules.only_checked(verdict, findings, bool(sender_info or links), doc)
        verdict, facts = speaker.own_question_told(verdict, findings, facts_detector.extract(doc, fact_items), text, who)
        fact_dicts = [f.to_dict() for f in facts]
        # (a friend's or a payee's debt told in words the debt gate does not read — 再不交房租 — is no "no debt" page)
        not_owing, extra = verdict_guides.extra_guides(verdict, findings, reader,
                                                       is_debt or debt in THREAT_SUMMARY, legal,
                                                       self.verdict_guides, doc)
        advice = self.advisor.advise(
            verdict=verdict.label, kinds=sorted({f.kind for f in findings}),
            lender_kind=lender.kind if lender else None, facts=fact_dicts, extra_guides=extra,
            debt=debt, third_party=not_owing, legal_stage=legal.stage or "")
        return Report(text=text, received_at=when.isoformat() if when else None, lender=lender,
                      sender=sender_info, numbers=numbers, links=links, facts=facts,
                      findings=tuple(findings), verdict=verdict, guidance=advice.guidance,
                      actions=advice.actions, replies=advice.replies,
                      loan_check=loan_hint(fact_dicts, text) if len(facts) > 1 else None, reader=reader)
