"""What the message states, with spans: amounts, overdue days, deadlines,
account tails, case numbers, named organisations, and the legal steps it speaks of
(a debt sold or transferred, enforcement, arbitration and other routes to an
enforceable title), which call for the knowledge base's guides on them."""
from __future__ import annotations

import re

from analyzer.document import Document
from analyzer.prefilter import GateIndex, gates
from analyzer.report import Fact
from knowledge import derived_cache

_FACTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # (speed21: amount and deadline are written to open with one class of their first characters, each branch then
    # checking behind for what its own first character is: the same matches and spans, in the same order, as the
    # sources in _AS_READ (neither has a group), whose prefilter gates they keep. As alternations opening with groups
    # and look-behinds, re tried every branch at every position.)
    ("amount", derived_cache.compile(r"[¥￥\d](?:(?<=[¥￥])\s?\d[\d,]{0,15}(?:\.\d{1,4})?"
                          r"|(?<=\d)(?<![\d.]\d)[\d,]{0,15}(?:\.\d{1,4})?\s?(?:万元|万|元|块))")),
    ("overdue_days", derived_cache.compile(r"逾期(?:天数[:：]?)?\s?(\d{1,5}|[一二两三四五六七八九十百]{1,4})\s?(?:天|日|个月|月)")),
    ("deadline", derived_cache.compile(
        r"[\d一二两三四五六七八九十今明当本](?:"
        r"(?:(?<=\d)(?<!\d\d)\d{0,3}|(?<=[一二两三四五六七八九十]))\s?(?:个)?(?:小时|天|日|个工作日)(?:内|后)"
        r"|(?:(?<=今)天|(?<=今)日|(?<=明)天|(?<=当)天|(?<=本)周|(?<=本)月)(?:内|\d{1,2}[点时:：](?:\d{2})?(?:前|之前)?)?"
        r"|(?<=\d)\d?[点时](?:\d{1,2}分)?(?:前|之前)"
        r"|(?<=\d)\d?月\d{1,2}[日号](?:前|之前)?|(?<=\d)\d{3}年\d{1,2}月\d{1,2}日)")),
    ("account_tail", derived_cache.compile(r"(?:尾号|尾数|后四位|末四位|卡号后四位)[:：]?\s?([0-9xX*]{3,4})")),
    ("case_number", derived_cache.compile(r"(?:案号|合同号|编号)[:：]?\s?[\w()（）〔〕\-]{4,40}|[（(]\d{4}[）)][\u4e00-\u9fff]{1,6}\d{1,8}[\u4e00-\u9fff]{1,4}\d{1,8}号")),
    ("organisation", derived_cache.compile(
        r"[\u4e00-\u9fffa-z]{2,12}?(?:律师事务所|人民法院|法院|公安局|派出所|检察院|法务部|法务中心|调解中心|仲裁委员会|催收中心|资产管理公司)")),
    ("debt_transfer", derived_cache.compile(
        r"(?:债权|债务|欠款|借款|贷款)(?:已经?|已被)?(?:依法)?转让|已经?(?:依法)?转让|债权受让|受让方|受让人")),
    ("enforcement", derived_cache.compile(
        r"强制执行|申请执行|执行立案|被执行人|执行局|失信被执行|失信名单|纳入失信|列入失信|限制高消费|限制消费|限高|拒执")),
    ("legal_process", derived_cache.compile(
        r"仲裁|支付令|赋强公证|强制执行公证|强制执行效力的(?:债权文书|公证)|诉前调解|诉前委派调解|委派调解|司法确认")),
)


# amount and deadline as they read (the patterns above are written for speed): what they match, and what their gates
# are computed from (the gates of the rewritten forms, which open with a class holding \d, are wider).
_AS_READ = {
    "amount": r"(?:[¥￥]\s?\d[\d,]{0,15}(?:\.\d{1,4})?|(?<![\d.])\d[\d,]{0,15}(?:\.\d{1,4})?\s?(?:万元|万|元|块))",
    "deadline": r"(?:(?:(?<!\d)\d{1,4}|[一二两三四五六七八九十])\s?(?:个)?(?:小时|天|日|个工作日)(?:内|后)"
                r"|(?:今天|今日|明天|当天|本周|本月)(?:内|\d{1,2}[点时:：](?:\d{2})?(?:前|之前)?)?"
                r"|\d{1,2}[点时](?:\d{1,2}分)?(?:前|之前)|\d{1,2}月\d{1,2}[日号](?:前|之前)?|\d{4}年\d{1,2}月\d{1,2}日)",
}

# Per fact pattern: the keys it cannot match without (analyzer/prefilter.py).
_INDEX = GateIndex([gates(_AS_READ.get(kind, pattern.pattern)) for kind, pattern in _FACTS])
INDEX = _INDEX  # for the pipeline's prefilter.JointIndex

# An organisation's name starts after the last verb or particle: "即将移交北京市朝阳区人民法院" names
# 北京市朝阳区人民法院, and "即将移交法院" names none.
_NAME_CUT = frozenset("交至到向在被将由给的了和及请已从经对于是为与把让找报等或")
_LEAD_VERB = derived_cache.compile(r"(?:登录|登陆|访问|查看|查询|关注|拨打|致电|联系|前往|通过|使用|打开|下载|搜索|点击|进入|咨询|核实)+")
_GENERIC_SUFFIX = derived_cache.compile(r"(律师事务所|人民法院|法院|公安局|派出所|检察院|法务部|法务中心|调解中心|仲裁委员会|催收中心|资产管理公司)$")


def _organisation(text: str, start: int, end: int) -> tuple[int, int] | None:
    for i in range(end - 1, start - 1, -1):
        if text[i] in _NAME_CUT:
            start = i + 1
            break
    lead = _LEAD_VERB.match(text, start, end)  # 请登录人民法院在线服务: 登录 is an act, not part of a name
    if lead:
        start = lead.end()
    name = text[start:end]
    prefix = _GENERIC_SUFFIX.sub("", name)
    if len(prefix) < 2 or re.search(r"^(当地|相关|有关|我司|贵司|本司|该)", prefix):
        return None
    return start, end


def extract(doc: Document, items: list[int] | None = None) -> tuple[Fact, ...]:
    """`items`: INDEX.candidates(doc.keys) when the caller has them (pipeline: a prefilter.JointIndex)."""
    out: list[Fact] = []
    for i in _INDEX.candidates(doc.keys) if items is None else items:  # only the patterns that can match
        kind, pattern = _FACTS[i]
        for m in pattern.finditer(doc.f):
            if kind == "organisation":
                span = _organisation(doc.f, m.start(), m.end())
                if span is None:
                    continue
                out.append(Fact(kind=kind, value=doc.f[span[0]:span[1]], start=doc.span(*span)[0],
                                end=doc.span(*span)[1], text=doc.text[doc.span(*span)[0]:doc.span(*span)[1]]))
                continue
            s, e = doc.span(m.start(), m.end())
            value = (m.group(1) if m.groups() and m.group(1) else doc.f[m.start():m.end()]).strip()
            if kind == "overdue_days" and m.group(0).endswith("月"):
                value += "个月"  # 逾期三个月 is not 三 days: the unit goes with the number (a draft letter said 逾期三天)
            out.append(Fact(kind=kind, value=value, start=s, end=e, text=doc.text[s:e]))
    out.sort(key=lambda f: (f.start, f.kind))
    return tuple(out)
