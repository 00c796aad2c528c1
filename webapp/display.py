"""What the borrower pages show, derived from a report: the first three steps, the two help lines
that fit, lender contacts and evidence in plain Chinese, and the one-sentence answer on the loan page.

Pure functions over the report's dict (and the knowledge registry); templates stay simple and
nothing here changes what the analyzer decided.
"""
from __future__ import annotations

import re
from dataclasses import asdict
from typing import Any

from analyzer import debt_creditor
from analyzer.verdict_guides import RELAY_GUIDE
from knowledge import registry

# Steps used when the knowledge base has no verdict guide for a label (e.g. a label the analyzer
# added after this page was written). The verdict guide's own steps come first when they exist.
FALLBACK_STEPS: dict[str, list[str]] = {
    "scam": ["不要付款、不要点链接、不要回拨短信里的号码，也不要给任何人验证码。",
             "打开你借款的那个官方 App 核实：有没有欠款、欠多少。",
             "如果已经转账或给了验证码，马上拨打 110 报警，并联系你的银行。"],
    "unlawful_threat": ["先深呼吸：单纯还不上钱不会坐牢。但被起诉后不理会，可能被缺席判决；判决后有钱不还、藏财产，法院可以"
                        "罚款、拘留，严重的追究刑事责任。催收方不能抓人、曝光你，也不能向你的家人、同事透露欠款或向他们催收。",
                        "把短信截图保存好，这是投诉和报警的证据。",
                        "在官方 App 里核实欠款，然后向贷款机构和监管部门投诉（下面有写好的草稿）。"],
    "aggressive": ["短信在施压，但没发现明显违法的内容。先在官方 App 里核实欠款是否属实。",
                   "还不上可以主动联系机构协商分期或延期，要求书面确认。",
                   "保存短信截图；如果之后出现骚扰、威胁，可以投诉。"],
    "reminder": ["这看起来是普通的还款提醒。请在官方 App 里核实金额和还款日。",
                 "只通过官方 App 或合同上的渠道还款，不要转到个人账户。",
                 "还不上的话，尽早主动联系机构协商。"],
    "legal_notice": ["不要置之不理：真的法院文书有期限，错过了可能被缺席判决。",
                     "自己核实真假：拨打“当地区号+12368”法院诉讼服务热线，或登录“人民法院在线服务”查询案件；"
                     "也可以自己查到这家法院的电话打过去。不要用短信里的号码和链接。",
                     "核实是真的，就按要求应诉、答辩；没收到起诉状和证据，向法院要求送达这些材料。"],
    "not_collection": ["这条短信看起来与欠款无关。",
                       "如果它要你点链接、转账或给验证码，仍然要当心。"],
}
THIRD_PARTY_STEPS = ["不用向催收方提供借款人的任何信息（住址、单位、新号码）。",
                     "可以回复一次：“我不是借款人，请停止联系我。”然后保存短信截图。",
                     "骚扰不停，可以向 12321 举报这个号码，并向贷款机构投诉它联系无关的人。"]
# What to check a legal notice with: it has no lender App (a court's, an arbitration body's, a law firm's notice).
ASK_THE_ISSUER = "请自己查到发通知的法院、仲裁机构或律所的电话核实，不要用短信里的号码。"
# relay72: the 谁发的 box for a reader who is not the borrower: no debt of theirs to check in a lender's App
# (round 58: the page said 欠款不是你的 three times — the verdict line keeps it; the steps and this box no longer repeat it)
THIRD_PARTY_WHO = ("你不用替别人核实这笔欠款，也不要拨打短信里的号码；要投诉，找放贷机构官方网站上公布的客服，"
                   "或下面的求助渠道。")
THIRD_PARTY_NOTE = "这条短信是发给借款人以外的人的：欠款不是你的，你没有义务替别人还钱。"
# Labels the knowledge base may not know yet (kinds.toml [verdict.*] wins when it has them).
VERDICT_TITLES = {"legal_notice": "这可能是真实的法律文书通知"}


def verdict_titles() -> dict[str, str]:
    """Each verdict label's heading as the result page shows it; the type-ahead preview reads the same
    words from the form (polish20: it had its own copy and said 不像催收短信 where the result said 不是催收短信)."""
    return {**VERDICT_TITLES, **{label: v["title"] for label, v in registry.verdicts().items() if v.get("title")}}
VERDICT_ICONS = {"scam": "⚠", "unlawful_threat": "✖", "aggressive": "▲", "reminder": "✓", "not_collection": "ℹ",
                 "legal_notice": "⚖"}
SAFETY_KINDS = {"violence_threat"}
# The facts' kinds (analyzer/detectors/facts.py) as a reader sees them: the result page's 短信里说的事 and the case
# CSV's 提取的信息 column, which showed the codes (deadline=今日；amount=2460元) to a volunteer in a spreadsheet.
FACT_NAMES = {"amount": "金额", "overdue_days": "逾期天数", "deadline": "期限", "account_tail": "账户尾号",
              "case_number": "编号", "organisation": "提到的机构", "date": "日期", "debt_transfer": "提到债权转让",
              "enforcement": "提到强制执行", "legal_process": "提到的法律程序",
              "own_question": "像是你自己的问题"}


def fact_name(kind: str) -> str:
    return FACT_NAMES.get(kind, "其他")
# A pasted text longer than this is echoed folded on the result page (a 10,000-character paste is 20 screens).
FOLD_TEXT_CHARS = 1500
# Lender kinds precise enough to choose a regulator by (an online platform's lender is in its contract).
_KNOWN_KINDS = {"bank", "consumer_finance_company", "microloan_company", "finance_leasing"}
FEATURED_CHANNELS = 2
LEGAL_NOTICE_CHANNELS = {"channel.12368": 20, "channel.12348": 10}
THIRD_PARTY_CHANNELS = {"channel.12321": 20}


# The page checked only a number or only a link (no message text): the headline speaks of what was checked.
_NUMBER_RISK = {"foreign": 2, "mobile": 1, "virtual_operator_mobile": 1, "invalid": 1}
_RISK_WORDS = ("低", "中", "高")
_RISK_METER = (10, 50, 85)
_RISK_CLASS = ("not_collection", "aggressive", "scam")
_LINK_TEXT = re.compile(r"\S*(?:https?://|www\.)\S*|[\s\W_]+", re.I)


def only_checked(report: dict[str, Any]) -> dict[str, Any] | None:
    """When no message text was given, only a sender number and/or links: the headline, summary and risk of
    what was checked (a foreign number is high risk, a short link is high risk), not a verdict about a message
    that was never entered. None when there is a message to judge, or the analyzer found something in it."""
    if report["verdict"]["label"] != "not_collection" or report.get("findings"):
        return None
    # The form invites "也可以只填号码或链接" in the message box: a number typed there, alone, is checked as a number.
    text, typed = report.get("text") or "", []
    for number in sorted(report.get("numbers") or [], key=lambda n: n.get("start") or 0, reverse=True):
        start, end = number.get("start"), number.get("end")
        if isinstance(start, int) and isinstance(end, int) and text[start:end] == number.get("raw"):
            text = text[:start] + " " + text[end:]
            typed.insert(0, number)
    if _LINK_TEXT.sub("", text):
        return None
    sender, links = report.get("sender"), report.get("links") or []
    phones = ([sender] if sender else []) + [n for n in typed if not sender or n.get("raw") != sender.get("raw")]
    if not phones and not links:
        return None
    parts, risks, said = [], [], []
    for phone in phones:
        risks.append(0 if phone.get("official_for") else _NUMBER_RISK.get(phone.get("type"), 0))
        said.append(phone.get("explanation") or "")
    if phones:
        parts.append("号码")
    for link in links:
        level = (0 if link.get("official_for") else
                 2 if link.get("short_link") or link.get("ip_host") or link.get("lookalike_of") else 1)
        risks.append(level)
        said.append(link.get("explanation") or "")
    if links:
        parts.append("链接")
    level = max(risks)
    what = "和".join(parts)
    if len(phones) == 1 and not links:
        kind = NUMBER_KINDS.get(phones[0].get("type"), "号码")
        title = f"只查了号码：{kind}，风险{_RISK_WORDS[level]}"
    elif links and not phones and len(links) == 1:
        link = links[0]
        kind = ("官方网址" if link.get("official_for") else "短链接" if link.get("short_link") else
                "仿冒网址" if link.get("lookalike_of") else "IP 地址链接" if link.get("ip_host") else "不认识的网址")
        title = f"只查了链接：{kind}，风险{_RISK_WORDS[level]}"
    else:
        title = f"只查了{what}：风险{_RISK_WORDS[level]}"
    summary = (f"没有短信正文，所以这里不判断是不是催收短信，只说这个{what}。"
               + "".join(s for s in said if s)
               + ("" if level else "这只说明它本身看不出问题，不能证明发信的人是谁。"))
    return {"title": title, "summary": summary, "risk": _RISK_METER[level], "risk_word": _RISK_WORDS[level],
            "label_class": _RISK_CLASS[level], "icon": "⚠" if level == 2 else "ℹ"}


# Short names of number types for the only-a-number headline.
NUMBER_KINDS = {"enterprise_sms_port": "企业短信端口", "service_short_code": "客服短号码", "enterprise_hotline": "企业热线",
                "mobile": "个人手机号", "virtual_operator_mobile": "虚拟运营商手机号", "fixed_line": "固定电话",
                "foreign": "境外号码", "invalid": "无效号码"}


def summary_parts(report: dict[str, Any]) -> tuple[str, list[str]]:
    """(what the verdict box says at once, the verification steps to fold under it). A legal notice's summary ends
    with every step of legal_check.how_to_verify joined into one sentence (verdict.py): on a 390-px phone that was
    a 250-character block filling the first screen, and 现在该做什么 below repeated its first step. The box keeps what
    the notice is and folds the steps; a summary that does not end with them is shown whole."""
    summary = str(report["verdict"].get("summary") or "")
    steps = [s for s in ((report["verdict"].get("legal_check") or {}).get("how_to_verify") or []) if isinstance(s, str)]
    tail = "；".join(steps) + "。"
    if len(steps) < 2 or not summary.endswith(tail):
        return summary, []
    head = summary[:-len(tail)]
    cut = head.rfind("。") + 1
    lead = head[cut:].rstrip("：:，, ")
    # "…没有发现诈骗迹象。请先自己核实：" keeps its first sentences; any other lead-in ("短信提到法院…无法确定真假")
    # stays visible as a sentence of its own, since it says something the steps do not.
    head = head[:cut] + ("" if lead in ("", "请先自己核实", "先自己核实") else lead + "。")
    return (head, steps) if head else (summary, [])


def without_title(summary: str, title: str) -> str:
    """The verdict box's sentence without the heading it repeats: a legal notice read 这可能是真实的法律文书通知 in
    the heading and again as the first words below it, two lines of a frightened reader's first screen (review22)."""
    for mark in ("：", "。"):
        if title and summary.startswith(title + mark) and summary[len(title) + 1:].strip():
            return summary[len(title) + 1:].strip()
    return summary


# Bodies a notice signs with that are not lenders (the analyzer never makes a court the lender).
_LEGAL_BODY = re.compile(r"(?:法院|仲裁委员会|仲裁委|公证处|律师事务所)$")


def payee_only(lender: dict[str, Any] | None) -> bool:
    """The bank was named only as where the money goes (…缴纳执行费到工商银行6222…, 收款人王芳): it did not send the
    message, so the page must not say the message claims to be it (自称：中国工商银行（很可能是冒用）, round 21)."""
    evidence = (lender or {}).get("evidence") or []
    return bool(evidence) and all(e.get("source") == "payee_account" for e in evidence)


def signed_by(report: dict[str, Any]) -> str | None:
    """The court, arbitration body, notary or law firm whose name is the message's 【signature】, when no lender was
    named: 是谁发的 for a 12368 enforcement notice was 机构：没认出来 and 短信里没有能认出的贷款机构……请使用你借款 App,
    although the message is signed 【深圳市南山区人民法院】. Only a name set in 【】 counts (a name in a sentence,
    e.g. 请登录人民法院在线服务, is not who signed)."""
    if report.get("lender") and not payee_only(report.get("lender")):
        return None
    text = report.get("text") or ""
    for fact in report.get("facts") or []:
        start, end, value = fact.get("start"), fact.get("end"), str(fact.get("value") or "")
        if (fact.get("kind") == "organisation" and isinstance(start, int) and isinstance(end, int) and start > 0
                and text[start - 1:start] in "【[" and text[end:end + 1] in "】]" and _LEGAL_BODY.search(value)):
            return value
    return None


# Several SMS pasted at once, blank lines between them, each opening with its own time, sender line or 【signature】
# (how a phone's message list is copied). The analyzer reads the paste as one message: its verdict is the worst
# problem in any of them and its lender may come from another one than the threat (a lender's reminder, then an
# anonymous threat, was shown as 违法威胁 · 机构：安心借 with nothing to say three messages were judged as one).
_MESSAGE_OPENING = re.compile(
    r"(?:发件人|发信人|来自|号码|短信|信息)\s*[:：|]|【[^】\n]{1,20}】|"
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日|"
    r"(?:昨天|今天|前天|星期.|周.)\s*(?:[上下]午)?\s*\d{1,2}[:：]\d{2}|\d{1,2}[:：]\d{2}(?:[:：]\d{2})?[ \t]*\r?(?:\n|$)")
_BLANK_LINE = re.compile(r"\r?\n[ \t\u3000\r]*\n")  # a browser posts a textarea's lines with CRLF


def pasted_messages(text: str) -> int:
    """How many messages a paste looks like (0 or 1 when it looks like one): blocks between blank lines whose first
    line opens a message."""
    blocks = [b.strip() for b in _BLANK_LINE.split(text or "") if len(b.strip()) >= 6]
    if len(blocks) < 2:
        return len(blocks)
    # a block that is only a date (a letter's closing line) is not a message
    return sum(1 for b in blocks if (m := _MESSAGE_OPENING.match(b)) and len(b[m.end():].strip()) >= 6)


def is_third_party(report: dict[str, Any]) -> bool:
    """The reader does not owe the debt (a contact, relative, colleague, employer, cadre, a number's new owner); a
    guarantor or co-borrower (reader.relation "guarantor") may owe it under their own contract: see is_guarantor."""
    reader = report.get("reader") or {}
    return isinstance(reader, dict) and reader.get("role") == "third_party" and reader.get("relation") != "guarantor"


def is_guarantor(report: dict[str, Any]) -> bool:
    """reader25: written to a guarantor or co-borrower: the page shows reader.note (check the guarantee you signed
    before paying), not 欠款不是你的, and no letter that opens 我是贵司借款人."""
    reader = report.get("reader") or {}
    return isinstance(reader, dict) and reader.get("role") == "third_party" and reader.get("relation") == "guarantor"


# Someone who is not the borrower (a relative, an emergency contact, a colleague) reads the same report: the
# analyzer's replies and its complaint to the lender speak as the borrower ("我目前有困难，但愿意协商",
# "我是贵司借款人，姓名……"), and copying them would claim the debt. Such a reader gets the one reply written
# for them, no letter that says "I am your borrower", and no guide on negotiating a repayment of their own.
BORROWER_ONLY_LETTERS = frozenset({"letter.lender"})
BORROWER_ONLY_GUIDES = frozenset({"guide.negotiate_repayment"})


def replies(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The reply templates to offer: the report's (the analyzer already chose them by reader: knowledge/advice.py gives a
    reader who is not the borrower only reply.not_the_borrower, so the page and the API agree)."""
    return list(report.get("replies") or [])


# pcg55: a friend, a relative or a landlord has no complaints department and no regulator: the page offers no
# complaint "给贷款机构" (我是贵司借款人) or "给监管部门" for their message; the 12321 report and the police draft stay.
LENDER_LETTERS = frozenset({"letter.lender", "letter.regulator"})


def letters_for(report: dict[str, Any], drafts: list[Any]) -> list[Any]:
    """The drafts this reader can send as themselves."""
    if creditor(report):
        drafts = [d for d in drafts if d.id not in LENDER_LETTERS]
    if not (is_third_party(report) or is_guarantor(report)):
        return drafts
    return [d for d in drafts if d.id not in BORROWER_ONLY_LETTERS]


def guides(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The guides to list under 你的权利和法律依据."""
    found = list(report.get("guidance") or [])
    if not is_third_party(report):
        return found
    return [g for g in found if g.get("id") not in BORROWER_ONLY_GUIDES]


# pcg54: a reminder whose creditor is a person asking back their own money, or a payee's bill, gets the guide written
# for it in place of guide.verdict.reminder (knowledge/data/guides/verdicts.toml, chosen by debt_context.debt_kind):
# the page's own lines that send the reader to "官方 App" or "你借款 App" say where this creditor's debt is checked.
# pcg55: so do an aggressive and an unlawful_threat verdict's (guide.verdict.aggressive_private, …_fee).
CREDITOR_GUIDES = debt_creditor.CREDITOR_GUIDES
CREDITOR_LABELS = ("reminder", "aggressive", "unlawful_threat")
CREDITOR_WHO = {"private": "对方：个人（朋友、亲戚、室友、同事等）",
                "fee": "收费方：物业、供电供水燃气、电信、学校或房东等"}
CREDITOR_CHECK = {"private": "金额请对照你们的聊天记录和转账记录核实，直接和对方本人确认。",
                  "fee": "账单请在收费方自己的渠道（物业服务中心、营业厅、该单位的 App、学校通知、租房合同）核实。"}
CREDITOR_NO_LENDER = {
    "private": "这像是个人（朋友、亲戚、室友、同事等）发来的消息。欠多少、什么时候还，对照你们的聊天和转账记录，直接和对方本人"
               "确认；对方突然换了号码或收款账户，先打原来的电话或当面问清楚。",
    "fee": "这像是收费方（物业、供电供水燃气、电信、学校、房东等）发来的消息。核对账单，用你原来就知道的电话，或者去物业服务中心、"
           "营业厅、该单位自己的 App，对照租房合同，不要拨打短信里的号码、不要点短信里的链接。",
}


def creditor(report: dict[str, Any]) -> str | None:
    """"private" or "fee" when the verdict's guide is the one for that creditor (CREDITOR_GUIDES), else None."""
    if report.get("verdict", {}).get("label") not in CREDITOR_LABELS or is_third_party(report):
        return None
    return next((CREDITOR_GUIDES[g.get("id")] for g in report.get("guidance") or [] if g.get("id") in CREDITOR_GUIDES),
                None)


def safety_first(report: dict[str, Any]) -> bool:
    """A threat to the person: the page opens with 110."""
    return any(f.get("kind") in SAFETY_KINDS for f in report.get("findings", []))


def verdict_guide(report: dict[str, Any]) -> dict[str, Any] | None:
    """The verdict's own guide, or the guide the analyzer chose in its place (guide.verdict.scam_card for a card
    debt, guide.verdict.legal_notice_enforcement for a court's enforcement notice: its `replaces` names it)."""
    wanted = f"guide.verdict.{report['verdict']['label']}"
    guides = report.get("guidance", [])
    own = next((g for g in guides if g.get("id") == wanted), None)
    return own or next((g for g in guides if wanted in _replaced_by(str(g.get("id")))), None)


def _replaced_by(guide_id: str) -> tuple[str, ...]:
    from knowledge.entries import load_catalog

    guide = load_catalog().guides.get(guide_id)
    return guide.replaces if guide is not None else ()


def steps(report: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(the first three steps, the rest): the reader's own when they are not the borrower,
    else the verdict guide's, else this page's fallback for the label."""
    if is_third_party(report):
        # relay72: a reader only asked to pass a call-back on gets that guide's steps (guide.relay_reader)
        relay = next((g for g in report.get("guidance") or [] if g.get("id") == RELAY_GUIDE), {})
        own = [s for s in (report["reader"].get("steps") or relay.get("steps") or []) if isinstance(s, str)]
        return (own or THIRD_PARTY_STEPS)[:3], own[3:]
    guide = verdict_guide(report)
    if guide and guide.get("steps"):
        return list(guide["steps"][:3]), list(guide["steps"][3:])
    label = report["verdict"]["label"]
    return FALLBACK_STEPS.get(label, FALLBACK_STEPS["not_collection"]), []


def _catalog_channel(channel_id: str) -> dict[str, Any] | None:
    from knowledge.entries import load_catalog

    channel = load_catalog().channels.get(channel_id)
    return asdict(channel) if channel is not None else None


def channels(report: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(the two help lines that fit this message best, the others).

    A line fits by what the knowledge base says it is for: each finding kind of this message in
    its for_kinds counts two, the verdict in its for_verdicts one. Ties keep the guidance's order
    (the verdict guide's list first); a line with no reason to be here and not on the verdict
    guide's list is never featured (a plain reminder gets no complaint line). A regulator that does not supervise the recognised lender
    is not featured, nor 110 when the page already opens with it."""
    given = {c["id"]: c for c in (report.get("actions") or {}).get("channels", [])}
    order: list[str] = []
    guide = verdict_guide(report)
    sources = ([guide] if guide else []) + [g for g in report.get("guidance", []) if g is not guide]
    for g in sources:
        order.extend(c for c in g.get("channels", []) if c not in order)
    order.extend(c for c in given if c not in order)
    label = report["verdict"]["label"]
    # The reader's own remedies come first: a court notice is checked through the court (12368)
    # with free legal advice (12348); someone who is not the borrower reports the harassment.
    boost = dict(LEGAL_NOTICE_CHANNELS) if label == "legal_notice" else {}
    if is_third_party(report):
        boost.update(THIRD_PARTY_CHANNELS)
    order = [c for c in boost if c not in order] + order
    catalog = {c: _catalog_channel(c) or {} for c in order}
    kinds = {f.get("kind") for f in report.get("findings", [])}

    def score(cid: str) -> int:
        meta = catalog[cid]
        hits = 2 * len(kinds & set(meta.get("for_kinds") or ())) + (label in (meta.get("for_verdicts") or ()))
        return hits + boost.get(cid, 0)

    ranked = sorted(order, key=lambda c: -score(c))  # stable: ties keep the guidance order
    found = [given.get(c) or catalog[c] for c in ranked]
    found = [c for c in found if c]
    lender_kind = (report.get("lender") or {}).get("kind")

    person = creditor(report)
    if person:  # pcg55: a lender's regulator (12378, 地方金融管理局) has nothing to do with a friend's or a landlord's debt
        found = [c for c in found if not (catalog.get(c["id"]) or {}).get("for_lender_kinds")]

    def fits(c: dict[str, Any]) -> bool:
        lender_kinds = (catalog.get(c["id"]) or {}).get("for_lender_kinds") or ()
        if c["id"] == "channel.110" and safety_first(report):
            return False
        return not (lender_kinds and lender_kind in _KNOWN_KINDS and lender_kind not in lender_kinds)

    listed = set(guide.get("channels", [])) if guide else set()
    featured = [c for c in found if fits(c) and (score(c["id"]) or c["id"] in listed)][:FEATURED_CHANNELS]
    return featured, [c for c in found if c not in featured]


# -- lenders and numbers -------------------------------------------------------------------------
# The registry's contact notes are research notes in English; borrowers read these. Keyed by the
# number itself, so a reworded note keeps its label; anything else gets a plain generic label.
CONTACT_PURPOSE = {
    "95188": "支付宝客服热线，花呗、借呗在支付宝内服务",
    "95588": "客服和电话银行，含信用卡",
    "4006695588": "贵宾电话银行专线",
    "95566": "客服和投诉电话",
    "4006695566": "信用卡客服和投诉电话",
    "4008200588": "信用卡中心",
    "4008895580": "信用卡客服",
    "95555": "电话银行，官方页面说明它可能来电催收贷款本息",
    "4008205555": "信用卡 24 小时客服",
    "95561": "客服电话，信用卡在语音菜单里选择",
    "95511": "客服电话，信用卡在语音菜单里选择",
    "95508": "客服和信用卡电话",
}
_SOURCE_WORDS = [("mirror", "官方网页的存档"), ("official page", "官方网页"), ("reputable", "可信新闻报道"),
                 ("news", "新闻报道"), ("third-party", "第三方名录"), ("secondary", "第三方资料")]
LATIN = re.compile(r"[A-Za-z]")


def _get(obj: Any, key: str) -> Any:
    """A field of a report dict or of a registry dataclass."""
    return obj.get(key) if isinstance(obj, dict) else getattr(obj, key, None)


def contact_label(contact: Any) -> str:
    """'客服电话，来源：官方网页' for a registry contact, never in English."""
    value = str(_get(contact, "value") or "")
    purpose = CONTACT_PURPOSE.get(value) or ("网站" if _get(contact, "type") == "domain" else "客服电话")
    what = str(_get(contact, "what") or "").lower()
    source = next((zh for en, zh in _SOURCE_WORDS if en in what), "")
    return f"{purpose}，来源：{source}" if source else purpose


def split_contacts(contacts: list[Any] | None) -> tuple[list[Any], list[Any]]:
    """(phone numbers, web addresses): shown apart, so a domain is never read as a number to call."""
    contacts = list(contacts or [])
    sites = [c for c in contacts if _get(c, "type") == "domain" or "." in str(_get(c, "value") or "")]
    return [c for c in contacts if c not in sites], sites


def is_masked(number: dict[str, Any]) -> bool:
    """156******** or 138****5678: a number the sender hid cannot be checked."""
    return bool(re.search(r"[*＊xX×]{3,}", str(number.get("raw", ""))))


_EVIDENCE_SOURCE = {"signature": "短信签名", "name": "名称", "product": "产品名", "number": "号码", "domain": "网址"}


def evidence(items: list[dict[str, Any]] | None) -> list[str]:
    """Each piece of evidence once: ['短信签名“工商银行”', '号码“95588”']."""
    out: list[str] = []
    seen: set[str] = set()
    for e in items or []:
        text = str(e.get("text", "")).strip()
        if not text or text in seen:
            continue
        seen.add(text)
        out.append(f"{_EVIDENCE_SOURCE.get(e.get('source'), '')}“{text}”")
    return out


def known_number(value: str) -> str:
    """What the registry knows about a number, e.g. '中国农业银行的客服电话（第三方资料，未在官方网页核实）'."""
    digits = re.sub(r"\D", "", value or "")
    if not digits:
        return ""
    for lender in registry.lenders():
        for c in lender.contacts:
            if c.type == "phone" and re.sub(r"\D", "", c.value) == digits:
                label = CONTACT_PURPOSE.get(c.value, "客服电话")
                sure = "已在官方网页核实" if c.status == "official" else "来自第三方资料，未在官方网页核实"
                return f"这是{lender.name}的{label}（{sure}）。"
    from analyzer.detectors.numbers import service_line

    line = service_line(digits)
    if line:  # 110, 12368, 96110: a public service number the help channels source
        return f"{line[1]}的{line[0]}"
    return ""


def display_aliases(aliases: list[str]) -> list[str]:
    """Other names people use, without English abbreviations (ICBC, BOCOM): still searchable, not shown."""
    return [a for a in aliases if not re.fullmatch(r"[A-Za-z .&-]+", a)]


def display_city(city: str) -> str:
    """The city without the registry's English research notes: '北京 (lender in 重庆)' -> '北京（放款机构在重庆）'."""
    city = re.sub(r"\(\s*lender (?:in )?([^)A-Za-z]+)\)", r"（放款机构：\1）", city or "")
    city = re.sub(r"\s*-\s*NOT [A-Za-z ]+$", "", city)
    city = re.sub(r"\s*\([^)]*[A-Za-z][^)]*\)", "", city)
    return city.replace("(", "（").replace(")", "）").strip()


# -- loan ---------------------------------------------------------------------------------------
def _pct(x: float) -> str:
    return f"{x * 100:.1f}%".replace(".0%", "%")


def loan_headline(result: Any) -> str:
    """One plain sentence: '年化 41.3%，超过 24%，超出部分可以要求调减。'"""
    rate = f"年化 {_pct(result.annual_rate_nominal)}"
    lines = [line for line in result.lines if line.applies and line.value is not None]
    by_reading: dict[str, list[Any]] = {}
    for line in lines:
        by_reading.setdefault(line.reading, []).append(line)
    parts = []
    for reading, group in by_reading.items():
        line = next((x for x in group if x.exceeded), None) or min(group, key=lambda x: x.value)
        limit = _pct(line.value)
        if line.exceeded is None:
            said = f"无法判断是否超过 {limit}"
        elif not line.exceeded:
            said = f"没有超过 {limit}"
        elif line.id == "financial_institution_24":
            said = f"超过 {limit}，超出部分可以要求调减"
        elif line.id == "unlicensed_lending_36":
            said = f"超过 {limit}，放贷人可能涉嫌非法放贷"
        else:
            said = f"超过 {limit}，超出部分法院不支持"
        prefix = {"financial_institution": "若是持牌机构放的贷，", "private_lending": "若是个人或无牌机构放的贷，"}
        parts.append((prefix.get(reading, "") if len(by_reading) > 1 else "") + said)
    return rate + ("；" if len(parts) > 1 else "，") + "；".join(parts) + "。" if parts else rate + "。"
