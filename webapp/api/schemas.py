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
    schemas = {
        "Report": obj({
            "schema_version": {**STR, "description": "报告结构一变就升级。"},
            "text": {**STR, "description": "发来的短信原文；所有 start/end 位置都指向它。"},
            "received_at": {**OPT_STR, "format": "date-time",
                            "description": "收到时间，ISO-8601，带时区（请求没带时区时按北京时间）。"},
            "verdict": ref("Verdict"),
            "reader": ref("Reader"),
            "lender": nullable(ref("LenderMatch")),
            "sender": nullable(ref("NumberInfo")),
            "numbers": array(ref("NumberInfo"), description="短信里的每个电话号码。"),
            "links": array(ref("LinkInfo"), description="短信里的每个网址。"),
            "facts": array(ref("Fact"), description="短信里说的事：金额、逾期天数、期限……"),
            "findings": array(ref("Finding"), description="短信里的问题，按位置、再按规则 id 排序。"),
            "guidance": array(ref("Guide"), description="怎么做：知识库里的指引，最紧急的在前。"),
            "actions": obj({"evidence_checklist": STRINGS, "channels": array(ref("Channel"))}, required=[], strict=False,
                           description="要保存的证据和可以求助的渠道（来自知识库）。"),
            "replies": array(obj({"id": STR, "title": STR, "text": STR}, required=["id", "text"], strict=False),
                             description="可以回复给催收方的短文本；诈骗短信没有。"),
            "loan_check": {"type": ["object", "null"], "additionalProperties": {"type": "string"},
                           "description": "短信里既写了借款金额又写了要还的金额时：借款成本核算用的查询参数 "
                                          "（received、payment、count；用于 POST /api/v1/loan-cost 或页面 "
                                          "/loan-cost）；否则为 null。"},
        }, description="一条短信的分析报告（analyzer.Report.to_dict()）。"),
        "Verdict": obj({
            "label": {"type": "string", "enum": list(registry.verdicts())},
            "summary": {**STR, "description": "一句通俗的中文。"},
            "risk": {"type": "integer", "minimum": 0, "maximum": 100,
                     "description": "照短信说的去做可能受到多大伤害（0–100）；legal_notice 固定为 40。"},
            "legal_check": {"type": ["object", "null"],
                            "description": "短信提到法院、仲裁机构或律师时：verifiable（能否核实，布尔值）、details、"
                                           "scam_markers、how_to_verify、stage（\"enforcement\"：执行阶段的通知；"
                                           "\"lawyer\"：没有法院、仲裁机构、案号或 12368 的律所函件；\"notary\"："
                                           "公证处出具执行证书之前的通知；\"arbitration\"：没写法院的仲裁机构通知；"
                                           "其他为 null）；否则为 null。"},
        }),
        "Reader": obj({
            "role": {"type": "string", "enum": ["borrower", "third_party", "unknown"]},
            "relation": {"type": ["string", "null"], "enum": ["contact", "relative", "employer", "guarantor", None]},
            "rule_id": OPT_STR,
            "start": {"type": ["integer", "null"], "minimum": 0},
            "end": {"type": ["integer", "null"], "minimum": 0},
            "excerpt": STR, "note": {**STR, "description": "收到短信的第三人（不是借款人）需要知道的话（中文）。"},
        }, description="短信是写给谁的。"),
        "LenderMatch": obj({
            "id": {**OPT_STR, "description": "名录里的 id；不在名录里的品牌为 null。"},
            "name": STR,
            "kind": {"type": "string", "enum": list(LENDER_KINDS)},
            "licensed": {**OPT_BOOL, "description": "不知道时为 null。"},
            "aliases": STRINGS, "products": STRINGS,
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
            "evidence": array(ref("Evidence")),
            "candidates": array(obj({"id": OPT_STR, "name": STR, "score": {"type": "number"}}),
                                description="有几家机构都符合时，按可能性排序。"),
            "in_registry": BOOL,
            "signature": {**OPT_STR, "description": "短信签名【…】里的文字（有签名时）。"},
            "note": STR,
            "official_contacts": array(contact, description="官方网页或可靠新闻核实过的联系方式。"),
            "secondary_contacts": array(contact, description="常见的联系方式：请在机构自己的 App 里确认，不算官方。"),
        }),
        "Evidence": obj({"source": {"type": "string", "enum": list(EVIDENCE_SOURCES)},
                         "start": OFFSET, "end": OFFSET, "text": STR}),
        "NumberInfo": obj({
            "raw": STR, "normalized": STR,
            "type": {"type": "string", "enum": list(NUMBER_TYPES)},
            "region": {**OPT_STR, "description": "号码归属地（中文，来自 phonenumbers）。"},
            "carrier": {**OPT_STR, "description": "号段原来的运营商；号码可能已经携号转网。"},
            "country": OPT_STR,
            "matches_lender_official": OPT_BOOL,
            "official_for": {**OPT_STR, "description": "这是哪家机构核实过的号码（机构 id）。"},
            "explanation": {**STR, "description": "这类号码能说明什么、不能说明什么。"},
            "start": {"type": ["integer", "null"], "minimum": 0, "description": "发信号码为 null（它不在短信正文里）。"},
            "end": {"type": ["integer", "null"], "minimum": 0},
        }),
        "LinkInfo": obj({
            "url": STR, "start": OFFSET, "end": OFFSET,
            "domain": OPT_STR, "registered_domain": OPT_STR,
            "official_for": {**OPT_STR, "description": "这是哪家机构核实过的域名（机构 id）。"},
            "short_link": BOOL, "ip_host": BOOL,
            "lookalike_of": {**OPT_STR, "description": "这个域名在模仿谁：机构核实过的域名；没有核实过的域名时是机构在名录里的名称；否则是短信署名的政府机关（它们的网站在 gov.cn 下）。"},
            "explanation": STR,
        }),
        "Fact": obj({
            "kind": {**STR, "description": "类型，如 amount（金额）、overdue_days（逾期天数；短信按月说的，值带“个月”，如“三个月”）、deadline（期限）、account_tail（账户尾号）、case_number（编号）、organisation（机构）、debt_transfer、enforcement、legal_process……"},
            "value": STR, "start": OFFSET, "end": OFFSET, "text": STR,
        }),
        "Finding": obj({
            "kind": {"type": "string", "enum": list(kinds), "description": "含义见 GET /api/v1/kinds。"},
            "rule_id": {**STR, "description": "规则 id，永久不变，比 kind 更细，如 threat.third_party_contact.employer。"},
            "category": {"type": "string", "enum": list(registry.CATEGORIES)},
            "severity": {"type": "string", "enum": list(SEVERITIES)},
            "start": OFFSET, "end": OFFSET,
            "excerpt": {**STR, "description": "等于 text[start:end]。"},
            "explanation": {**STR, "description": "一句通俗的中文解释。"},
            "kb_refs": {**STRINGS, "description": "知识库条目 id：用 GET /api/v1/knowledge/{id} 取。"},
            "merged_rule_ids": {**STRINGS, "description": "同一类型、位置与本条重叠或包含在内的其他规则："
                                "已并入这一条（保留最严重的，其次最长的）。"},
        }),
        "Guide": obj({"id": STR, "title": STR, "summary": STR, "steps": STRINGS,
                      "priority": STR, "citations": array(ref("Citation")), "channels": STRINGS},
                     required=["id", "title"], strict=False),
        "Citation": obj({
            "law_id": STR, "law": STR, "article": STR, "old_article": STR,
            "source": {**STR, "description": "核对条文所用的文本来源。"},
            "reviewed_on": STR, "status": {"type": "string", "enum": list(STATUSES)},
            "publication": {**STR, "description": "发布机关和文号（主席令第X号、法释〔2021〕12号……）。"},
            "official_url": {**OPT_STR, "description": "官方网站上的地址（找到时）；否则为 null。"},
            "caveat": {**OPT_STR, "description": "只和非官方来源核对过时为 \"未核对原文\"（请显示在引用旁边）；"
                                                 "否则为 null。"},
        }, required=["law", "article", "publication", "official_url", "caveat"], strict=False),
        "Channel": obj({"id": STR, "name": STR, "number": STR, "address": STR, "handles": STR,
                        "source": STR, "status": STR}, required=["id", "name"], strict=False),
    }
    # POST /api/v1/analyze/batch?detail=brief: the same report with its guidance as ids; the guides come once per
    # response (BatchResponse.guides)
    brief = {k: v for k, v in schemas["Report"]["properties"].items() if k != "guidance"}
    brief["guidance_ids"] = {**STRINGS, "description": "怎么做：指引的 id，最紧急的在前；指引本身在批量结果的 `guides` 里。"}
    brief["actions"] = obj({"evidence_checklist": STRINGS, "channel_ids": STRINGS}, required=[], strict=False,
                           description="要保存的证据，和可以求助的渠道的 id（渠道本身在批量结果的 `channels` 里）。")
    schemas["BriefReport"] = obj(brief, description="`?detail=brief` 的报告：和 Report 一样，只是 `guidance` 换成 "
                                                    "`guidance_ids`，`actions.channels` 换成 `actions.channel_ids`。")
    return schemas


def api_schemas() -> dict[str, dict[str, Any]]:
    kinds = registry.kinds()
    message_props = {
        "text": {"type": "string", "maxLength": MAX_TEXT_CHARS, "description": "短信全文，最多 10,000 字。",
                 "examples": ["【招联金融】您今天应还1352.29元扣款失败，请17点前补足招商银行3683卡余额。"]},
        "sender": {"type": ["string", "null"], "maxLength": 64,
                   "description": "发信号码，照手机上显示的写。", "examples": ["1069095599"]},
        "received_at": {"type": ["string", "null"], "maxLength": 64,
                        "description": "收到时间，ISO-8601；不带时区按北京时间（UTC+8）。",
                        "examples": ["2026-11-29T23:15", "2026-11-29T23:15:00+08:00"]},
    }
    lender = obj({
        "id": STR, "name": STR, "kind": {"type": "string", "enum": list(LENDER_KINDS)},
        "licensed": OPT_BOOL, "aliases": STRINGS, "products": STRINGS, "former_names": STRINGS,
        "note": STR, "city": STR,
        "contacts": array(obj({"type": {"type": "string", "enum": ["phone", "domain"]}, "value": STR,
                               "status": {"type": "string", "enum": ["official", "secondary"]},
                               "what": STR, "source": {**STR, "description": "核实它的公开网址。"}})),
        "sources": STRINGS, "verified": BOOL, "reviewed_on": STR,
    }, required=["id", "name", "kind", "licensed", "aliases", "products", "contacts", "sources"], strict=False)
    return {
        "Error": obj({"error": obj({
            "code": {**STR, "description": "稳定的错误代码，程序按它分支，如 missing_field、text_too_long。"},
            "message": {**STR, "description": "哪里错了、怎么改（英文，给开发者看）。"},
        })}),
        "AnalyzeRequest": obj(message_props, required=["text"]),
        # Items are not checked against AnalyzeRequest here: the server answers an invalid item
        # with an error in its place (200), which is what the document must promise.
        "BatchRequest": obj({"messages": array(
            {"description": "一条短信，格式同 POST /api/v1/analyze（{\"text\": ...}）；格式不对的，"
                            "`results` 里它的位置上是一个错误对象。"}, maxItems=MAX_BATCH)}),
        "BatchResponse": obj({
            "results": array({"oneOf": [ref("Report"), ref("BriefReport"), ref("Error")]},
                             description="每条短信一个，顺序不变：报告，或（这一条有错时）错误对象。"
                                         "`?detail=brief` 时报告是 BriefReport。"),
            "guides": {"type": "object", "additionalProperties": ref("Guide"),
                       "description": "只在 `?detail=brief` 时有：这批报告用到的每条指引，各一次，按 id 取"
                                      "（报告的 `guidance_ids` 里的 id）。"},
            "channels": {"type": "object", "additionalProperties": ref("Channel"),
                         "description": "只在 `?detail=brief` 时有：这批报告用到的每个求助渠道，各一次，按 id 取"
                                        "（报告的 `actions.channel_ids` 里的 id）。"},
        }, required=["results"]),
        "Lender": lender,
        "LenderList": obj({"query": STR, "count": INT, "lenders": array(ref("Lender"))}),
        "KnowledgeHit": obj({"id": STR, "type": {"type": "string", "enum": list(KNOWLEDGE_TYPES)},
                             "title": STR, "summary": STR, "score": {"type": "number"}}),
        "KnowledgeSearch": obj({"query": STR, "count": INT, "results": array(ref("KnowledgeHit"))}),
        "KnowledgeEntry": obj({"id": STR, "type": {"type": "string", "enum": list(KNOWLEDGE_TYPES)}},
                              strict=False, description=(
                                  "知识库条目。guide（指引）：title、summary、steps、citations（law、article、source）、"
                                  "channels；law（法条）：name、article、summary、source、reviewed_on；channel（渠道）："
                                  "name、number、handles、when、source；faq（问答）：question、answer、guides、"
                                  "citations（law、article、reviewed_on）、reviewed_on；reply（回复模板）：title、text。")),
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
            "schema_version": {**STR, "description": "报告的 schema_version。"},
            "knowledge": obj({"hash": {**STR, "description": "知识库数据文件的哈希。"},
                              "built_at": {**STR, "format": "date-time"}}),
        }),
    }
