"""JSON Schemas (OpenAPI 3.1 = JSON Schema 2020-12) of what the API sends and accepts.

The report schema mirrors analyzer/report.py field by field and is strict
(no unknown fields), so a change to the report's shape fails tests/test_api*.py
until it is described here (and SCHEMA_VERSION raised). `guidance`, `actions`
and `replies` come from the knowledge base's data and are typed loosely.
Enumerations of finding kinds and verdicts are read from the data files.
"""
from __future__ import annotations

from typing import Any

from analyzer.limits import MAX_TEXT_CHARS
from knowledge import registry
from knowledge.models import LENDER_KINDS, SEVERITIES, STATUSES

MAX_BATCH = 1000
NUMBER_TYPES = ("enterprise_sms_port", "service_short_code", "enterprise_hotline", "mobile",
                "virtual_operator_mobile", "fixed_line", "foreign", "invalid")
EVIDENCE_SOURCES = ("signature", "name", "product", "number", "domain", "payee_account")
KNOWLEDGE_TYPES = ("guide", "law", "channel", "faq", "reply")

STR = {"type": "string"}
INT = {"type": "integer"}
BOOL = {"type": "boolean"}
OPT_STR = {"type": ["string", "null"]}
OPT_BOOL = {"type": ["boolean", "null"]}
OFFSET = {"type": "integer", "minimum": 0}
STRINGS = {"type": "array", "items": STR}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def obj(props: dict[str, Any], required: list[str] | None = None, strict: bool = True,
        description: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {"type": "object", "properties": props,
                           "required": list(props) if required is None else required}
    if strict:
        out["additionalProperties"] = False
    if description:
        out["description"] = description
    return out


def array(item: dict[str, Any], **kw: Any) -> dict[str, Any]:
    return {"type": "array", "items": item, **kw}


def nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"oneOf": [schema, {"type": "null"}]}


def report_schemas() -> dict[str, dict[str, Any]]:
    kinds = registry.kinds()
    contact = obj({"type": STR, "value": STR, "what": STR, "source": STR}, required=["type", "value"], strict=False)
    return {
        "Report": obj({
            "schema_version": {**STR, "description": "Raised whenever the shape of the report changes."},
            "text": {**STR, "description": "The message as sent; every start/end offset points into it."},
            "received_at": {**OPT_STR, "format": "date-time",
                            "description": "When the message arrived, ISO-8601 with offset (China Standard Time when none was given)."},
            "verdict": ref("Verdict"),
            "reader": ref("Reader"),
            "lender": nullable(ref("LenderMatch")),
            "sender": nullable(ref("NumberInfo")),
            "numbers": array(ref("NumberInfo"), description="Every phone number in the text."),
            "links": array(ref("LinkInfo"), description="Every URL in the text."),
            "facts": array(ref("Fact"), description="What the message states: amounts, overdue days, deadlines, ..."),
            "findings": array(ref("Finding"), description="What is wrong in the message, ordered by position then rule id."),
            "guidance": array(ref("Guide"), description="What to do: guides from the knowledge base, most urgent first."),
            "actions": obj({"evidence_checklist": STRINGS, "channels": array(ref("Channel"))}, required=[], strict=False,
                           description="Evidence to keep and where to turn (from the knowledge base)."),
            "replies": array(obj({"id": STR, "title": STR, "text": STR}, required=["id", "text"], strict=False),
                             description="Suggested replies; none for a scam."),
            "loan_check": {"type": ["object", "null"], "additionalProperties": {"type": "string"},
                           "description": "When the message states both the loan and the amount owed: query "
                                          "parameters (received, payment, count) for the loan-cost check "
                                          "(POST /api/v1/loan-cost, or the page /loan-cost); else null."},
        }, description="The analysis of one message (analyzer.Report.to_dict())."),
        "Verdict": obj({
            "label": {"type": "string", "enum": list(registry.verdicts())},
            "summary": {**STR, "description": "One plain-Chinese sentence."},
            "risk": {"type": "integer", "minimum": 0, "maximum": 100,
                     "description": "How much harm the message signals if acted on as written; legal_notice: 40."},
            "legal_check": {"type": ["object", "null"],
                            "description": "For messages that speak of a court, arbitration body or lawyer: "
                                           "verifiable (bool), details, scam_markers, how_to_verify, stage (\"enforcement\" for a "
                                           "notice of the enforcement stage, \"lawyer\" for a law firm's letter with no court, "
                                           "arbitration body, case number or 12368 in it, \"notary\" for a notary's notice "
                                           "before it issues an enforcement certificate, \"arbitration\" for an arbitration "
                                           "body's notice that names no court, else null); else null."},
        }),
        "Reader": obj({
            "role": {"type": "string", "enum": ["borrower", "third_party", "unknown"]},
            "relation": {"type": ["string", "null"], "enum": ["contact", "relative", "employer", "guarantor", None]},
            "rule_id": OPT_STR,
            "start": {"type": ["integer", "null"], "minimum": 0},
            "end": {"type": ["integer", "null"], "minimum": 0},
            "excerpt": STR, "note": {**STR, "description": "What a third-party reader should know (Chinese)."},
        }, description="Who the message is written to."),
        "LenderMatch": obj({
            "id": {**OPT_STR, "description": "Registry id; null for a brand that is not in the registry."},
            "name": STR,
            "kind": {"type": "string", "enum": list(LENDER_KINDS)},
            "licensed": {**OPT_BOOL, "description": "null when unknown."},
            "aliases": STRINGS, "products": STRINGS,
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
            "evidence": array(ref("Evidence")),
            "candidates": array(obj({"id": OPT_STR, "name": STR, "score": {"type": "number"}}),
                                description="When several lenders fit, in order."),
            "in_registry": BOOL,
            "signature": {**OPT_STR, "description": "The 【signature】 text, when the message has one."},
            "note": STR,
            "official_contacts": array(contact, description="Contacts an official page or reputable news verifies."),
            "secondary_contacts": array(contact, description="Commonly listed contacts: confirm in the lender's app, never official."),
        }),
        "Evidence": obj({"source": {"type": "string", "enum": list(EVIDENCE_SOURCES)},
                         "start": OFFSET, "end": OFFSET, "text": STR}),
        "NumberInfo": obj({
            "raw": STR, "normalized": STR,
            "type": {"type": "string", "enum": list(NUMBER_TYPES)},
            "region": {**OPT_STR, "description": "In Chinese, from phonenumbers."},
            "carrier": {**OPT_STR, "description": "The original carrier of the number range; numbers can be ported."},
            "country": OPT_STR,
            "matches_lender_official": OPT_BOOL,
            "official_for": {**OPT_STR, "description": "Lender id whose verified number this is."},
            "explanation": {**STR, "description": "What this kind of number proves and does not prove."},
            "start": {"type": ["integer", "null"], "minimum": 0, "description": "null for the sender number."},
            "end": {"type": ["integer", "null"], "minimum": 0},
        }),
        "LinkInfo": obj({
            "url": STR, "start": OFFSET, "end": OFFSET,
            "domain": OPT_STR, "registered_domain": OPT_STR,
            "official_for": {**OPT_STR, "description": "Lender id whose verified domain this is."},
            "short_link": BOOL, "ip_host": BOOL,
            "lookalike_of": {**OPT_STR, "description": "What this domain imitates: the lender's verified domain, else its registry name (no verified domain), else the government body the message signs as (its sites are on gov.cn)."},
            "explanation": STR,
        }),
        "Fact": obj({
            "kind": {**STR, "description": "amount, overdue_days, deadline, account_tail, case_number, organisation, debt_transfer, enforcement, legal_process, ..."},
            "value": STR, "start": OFFSET, "end": OFFSET, "text": STR,
        }),
        "Finding": obj({
            "kind": {"type": "string", "enum": list(kinds), "description": "See GET /api/v1/kinds."},
            "rule_id": {**STR, "description": "Permanent, finer than kind, e.g. threat.third_party_contact.employer."},
            "category": {"type": "string", "enum": list(registry.CATEGORIES)},
            "severity": {"type": "string", "enum": list(SEVERITIES)},
            "start": OFFSET, "end": OFFSET,
            "excerpt": {**STR, "description": "Equal to text[start:end]."},
            "explanation": {**STR, "description": "One plain-Chinese sentence."},
            "kb_refs": {**STRINGS, "description": "Knowledge-base ids: GET /api/v1/knowledge/{id}."},
            "merged_rule_ids": {**STRINGS, "description": "Rules of the same kind whose spans overlapped or nested "
                                "in this one's: merged into this finding (the most severe, then the widest, is kept)."},
        }),
        "Guide": obj({"id": STR, "title": STR, "summary": STR, "steps": STRINGS,
                      "priority": STR, "citations": array(ref("Citation")), "channels": STRINGS},
                     required=["id", "title"], strict=False),
        "Citation": obj({
            "law_id": STR, "law": STR, "article": STR, "old_article": STR,
            "source": {**STR, "description": "The copy the text was checked against."},
            "reviewed_on": STR, "status": {"type": "string", "enum": list(STATUSES)},
            "publication": {**STR, "description": "Issuing body and document number (主席令第X号, 法释〔2021〕12号 …)."},
            "official_url": {**OPT_STR, "description": "Address on an official site, when one was found; else null."},
            "caveat": {**OPT_STR, "description": "\"未核对原文\" when the text was checked only against a secondary "
                                                 "source (show it next to the citation); else null."},
        }, required=["law", "article", "publication", "official_url", "caveat"], strict=False),
        "Channel": obj({"id": STR, "name": STR, "number": STR, "address": STR, "handles": STR,
                        "source": STR, "status": STR}, required=["id", "name"], strict=False),
    }


def api_schemas() -> dict[str, dict[str, Any]]:
    kinds = registry.kinds()
    message_props = {
        "text": {"type": "string", "maxLength": MAX_TEXT_CHARS, "description": "The SMS text, at most 10,000 characters.",
                 "examples": ["【招联金融】您今天应还1352.29元扣款失败，请17点前补足招商银行3683卡余额。"]},
        "sender": {"type": ["string", "null"], "maxLength": 64,
                   "description": "The number the message came from, as the phone shows it.", "examples": ["1069095599"]},
        "received_at": {"type": ["string", "null"], "maxLength": 64,
                        "description": "ISO-8601; without an offset it is China Standard Time (UTC+8).",
                        "examples": ["2026-11-29T23:15", "2026-11-29T23:15:00+08:00"]},
    }
    lender = obj({
        "id": STR, "name": STR, "kind": {"type": "string", "enum": list(LENDER_KINDS)},
        "licensed": OPT_BOOL, "aliases": STRINGS, "products": STRINGS, "former_names": STRINGS,
        "note": STR, "city": STR,
        "contacts": array(obj({"type": {"type": "string", "enum": ["phone", "domain"]}, "value": STR,
                               "status": {"type": "string", "enum": ["official", "secondary"]},
                               "what": STR, "source": {**STR, "description": "Public URL that verifies it."}})),
        "sources": STRINGS, "verified": BOOL, "reviewed_on": STR,
    }, required=["id", "name", "kind", "licensed", "aliases", "products", "contacts", "sources"], strict=False)
    return {
        "Error": obj({"error": obj({
            "code": {**STR, "description": "Stable identifier to branch on, e.g. missing_field, text_too_long."},
            "message": {**STR, "description": "What was wrong and how to fix the call."},
        })}),
        "AnalyzeRequest": obj(message_props, required=["text"]),
        # Items are not checked against AnalyzeRequest here: the server answers an invalid item
        # with an error in its place (200), which is what the document must promise.
        "BatchRequest": obj({"messages": array(
            {"description": "A message as for POST /api/v1/analyze ({\"text\": ...}); anything else gets an "
                            "error object in its place in `results`."}, maxItems=MAX_BATCH)}),
        "BatchResponse": obj({"results": array({"oneOf": [ref("Report"), ref("Error")]},
                                              description="One per message, in order: a report, or an error for an invalid item.")}),
        "Lender": lender,
        "LenderList": obj({"query": STR, "count": INT, "lenders": array(ref("Lender"))}),
        "KnowledgeHit": obj({"id": STR, "type": {"type": "string", "enum": list(KNOWLEDGE_TYPES)},
                             "title": STR, "summary": STR, "score": {"type": "number"}}),
        "KnowledgeSearch": obj({"query": STR, "count": INT, "results": array(ref("KnowledgeHit"))}),
        "KnowledgeEntry": obj({"id": STR, "type": {"type": "string", "enum": list(KNOWLEDGE_TYPES)}},
                              strict=False, description=(
                                  "A knowledge-base entry. guide: title, summary, steps, citations (law, article, source), "
                                  "channels; law: name, article, summary, source, reviewed_on; channel: name, number, "
                                  "handles, when, source; faq: question, answer, guides, citations (law, article, reviewed_on), "
                                  "reviewed_on; reply: title, text.")),
        "KindList": obj({
            "categories": array(obj({"id": {"type": "string", "enum": list(registry.CATEGORIES)}, "meaning": STR})),
            "kinds": array(obj({"id": {"type": "string", "enum": list(kinds)},
                                "category": {"type": "string", "enum": list(registry.CATEGORIES)},
                                "title": STR, "meaning": STR})),
            "verdicts": array(obj({"id": {"type": "string", "enum": list(registry.verdicts())},
                                   "title": STR, "meaning": STR})),
        }),
        "Health": obj({
            "status": {"type": "string", "enum": ["ok"]},
            "schema_version": {**STR, "description": "The report's schema_version."},
            "knowledge": obj({"hash": {**STR, "description": "Hash of the knowledge data files."},
                              "built_at": {**STR, "format": "date-time"}}),
        }),
    }
