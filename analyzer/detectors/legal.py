"""Is this a notice from a court, arbitration body or lawyer, and can it be checked?

Courts serve papers electronically and send SMS (often from 12368) with a full
case number and a way to read the papers. Such a message is told apart from a
fake one by what can be verified (a named court, a case number in the official
format, 12368 or a court sender, a gov.cn address) and by scam markers (payment
to a person, 撤案/解除 for money, a personal number, an unofficial link).

assess() gathers the checkable details and scam markers into a LegalCheck. Its parts live beside it: named courts,
arbitration bodies, law firms and notaries (legal_names.py), a notice in its sender's own voice (legal_voice.py), the
issuer's step in the reader's case and whether the reader is a party (legal_step.py), and the notice's stage and how
to check it (legal_stage.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from analyzer.detectors import legal_mediation, legal_parts, legal_stage, legal_step
from analyzer.detectors.legal_names import MASK, court_named, court_names
from analyzer.detectors.legal_voice import (CLAIMANT, COLLECTOR_VOICE, COURT_SELF, GRANTED_WITHDRAWAL,
                                           own_voice_details)
from analyzer.detectors.links import court_service, government, senders_own
from analyzer.document import Document
from analyzer.report import Finding, LinkInfo, NumberInfo
from knowledge import derived_cache

# （2026）京0105民初12345号, (2025)沪74民终88号, 〔2026〕京仲案字第123号: year, court code, case type, serial.
# lawful8 (tests/data/probes/UNSEAL_lawful8.md, cause I): the Hong Kong Judiciary's form, a court's prefix, a serial and
# the year (HCA 1234/2024 High Court action, DCCJ District Court, SCTC Small Claims Tribunal, LBTC Labour Tribunal),
# folded to lower case.
# legal24: the same number as people paste or type it: spaces between its parts (（2025） 京 0105 民初 12345 号), 【】 for
# brackets, no 号 after a serial (when the court's code digits are there: （2025）京0105民初12345), no brackets at all
# (2025京0105民初12345号; not 2025年12月3号), and an arbitration commission's own form, its short name before the year
# (锡仲案字（2025）第789号, 京仲案字[2025]第12号).
CASE_NUMBER = derived_cache.compile(
    r"[(〔\[【]\s?(?:19|20)\d{2}\s?[)〕\]】]\s?[\u4e00-\u9fff]{1,2}\s?\d{0,6}\s?[\u4e00-\u9fff]{1,5}\s?第?\s?\d{1,7}\s?号"
    r"|[(〔\[【]\s?(?:19|20)\d{2}\s?[)〕\]】]\s?[\u4e00-\u9fff]{1,2}\s?\d{2,6}\s?[\u4e00-\u9fff]{1,5}\s?第?\s?\d{1,7}(?!\d)"
    r"|(?<![\da-z])(?:19|20)\d{2}(?!年)[\u4e00-\u9fff]{1,2}\d{2,6}[民刑行执赔破][\u4e00-\u9fff]{0,4}第?\d{1,7}号"
    r"|[\u4e00-\u9fff]{1,2}仲[\u4e00-\u9fff]{0,3}\s?[(〔\[【]\s?(?:19|20)\d{2}\s?[)〕\]】]\s?第?\s?\d{1,7}\s?号"
    r"|(?<![a-z])(?:hca|hcmp|hcb|dccj|dcmp|sctc|lbtc|cacv|facv)\s?\d{1,6}/(?:19|20)\d{2}(?!\d)"
    # scam17: a Taiwan court's form, the Minguo year (115年度北简字第1234号), folded to simplified characters.
    r"|(?<!\d)1[01]\d年度[\u4e00-\u9fff]{1,4}字第\d{1,7}号")
# legal21: a case number whose serial alone is masked (pasted or redacted), its year, court code and type intact.
MASKED_SERIAL = derived_cache.compile(r"[(〔\[]\s?(?:19|20)\d{2}\s?[)〕\]]\s?[\u4e00-\u9fff]{1,2}\d{2,6}[\u4e00-\u9fff]{1,5}第?\d{0,6}[*×x]{1,8}\d{0,4}号")
# legal19: a notary's enforcement certificate (its one step in a debt case) and Hong Kong's tribunals (审裁处).
SOURCE = derived_cache.compile(r"法院|法庭|仲裁委|仲裁院|律师事务所|律所|律师|本院|承办法官|书记员|人民法院在线服务|court\.gov\.cn"
                    r"|执行证书|审裁处")
# scam18: 一案 and 出庭 name a case too (就…纠纷一案，本所律师将代理出庭).
LEGAL_TALK = derived_cache.compile(r"案号|案件|一案|受理|起诉|诉讼|传票|开庭|出庭|应诉|送达|文书|判决|裁定|仲裁|执行|律师函|立案|失信|冻结|支付令|函告"
                        r"|致函|庭审|举证|调解|court\.gov\.cn"
                        # legal19: seizure, hearings (听证; Taiwan's 言詞辯論, Hong Kong's 聆訊/提訊), 执行证书
                        r"|查封|扣划|听证|辩论|聆讯|提讯|到庭|执行证书"
                        # legal20: measures only a debtor gets, named alone (已被本院采取限制消费措施, 司法拘留, 限制出境)
                        r"|限制消费|限制高消费|限高令|司法拘留|限制出境"
                        # legal20: a lawyer's letter naming itself (发出此函, 收函后); counted only beside SOURCE
                        r"|本函|此函|收函"
                        # legal21: a lawyer's demand letter by its kind (催告函, 律师告知函); counted only beside SOURCE
                        r"|催告函|告知函")
# A court signing the SMS as 【XX人民法院】 or by its usual short name 【深圳中院】, 【XX法院】.
COURT_SIGNATURE = derived_cache.compile(r"法院|中院|高院|法庭|仲裁|审裁处")
# What a genuine court SMS is about: serving papers, hearings, evidence, enforcement, mediation.
# scam17: an arbitration body's steps (组庭, 答辩, 裁决, 仲裁通知) are its service talk too.
SERVICE_TALK = derived_cache.compile(r"送达|文书|传票|开庭|庭审|应诉|举证|判决书|裁定书|调解书|执行|立案|受理|调解|查收|查阅|组庭|答辩|裁决|仲裁通知|支付令"
                          r"|查封|冻结|扣划|听证|辩论|聆讯|提讯|执行证书")  # legal19
# A named people's court as the actor of its own act (…人民法院公布为失信被执行人, …人民法院依法决定):
# the court speaks in its own voice.
# Also the short name courts sign with (汕头法院, 灌云县法院: see legal_names.SHORT_COURT).
# A court that opens the message in its own voice (…人民法院提醒您：您拨打的用户已被我院纳入/已被列入失信被执行人) is the
# actor too: the ringback a listed debtor's callers hear names the court first and the act after (我院, or no agent).
# ... or a document the court issues under its own name (永福县人民法院强制执行风险提示书, 诉讼风险告知书).
# scam17: ... or a dated act of its own (本院已于12月1日发出支付令, 本院已于…签发).
COURT_ACT = derived_cache.compile(r"(?:法院|中院|我院|本院)(?:已|已经|依法|正式)?(?:公布|决定|作出|发布|认定|纳入|列入|列为|悬赏|通知)"
                       r"|(?:我院|本院)(?:已|已经)?(?:依法)?于[^,。!?;\n]{1,10}(?:发出|签发|作出|送达)"
                       r"|(?:法院|中院)(?:提醒|告知|通知)(?:您|你)[^。!?\n]{0,24}已(?:经)?被(?:我院|本院)?(?:依法)?(?:纳入|列入|列为|公布为)失信"
                       r"|(?:法院|中院)[\u4e00-\u9fff]{0,8}(?:风险提示书|风险告知书|告知书|须知)")
# A court's act told by a lender or collector (COLLECTOR_VOICE, legal_voice.py) is that party's claim, not the court
# speaking.
# Court staff named as the contact (承办法官, 书记员): part of the 12368 notice format.
COURT_STAFF = derived_cache.compile(r"承办法官|书记员|审判员|法官助理|承办人")
# A hearing set for a given day in a named courtroom: 定于6月3日9时在第十法庭.
HEARING = derived_cache.compile(r"(定于|于)[^,。!?;\n]{0,10}(\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})[^。!?;\n]{0,14}(在|到)[^,。!?;\n]{0,8}"
                     r"(第[\d一二三四五六七八九十]+(法庭|审判庭)|审判庭|法庭)")
# The Supreme People's Court's own service platform, named in the text.
# scam18: and the courts' other named platforms (浙江移动微法院, 全国法院统一送达平台, 人民法院调解平台, 北京法院电子诉讼平台,
# 中国执行信息公开网, 中国裁判文书网, 人民法院诉讼服务网): a reader can find each without the message's link.
OFFICIAL_PLATFORM = derived_cache.compile(r"人民法院在线服务|人民法院送达平台|诉讼服务平台|移动微法院|法院统一送达平台|人民法院调解平台"
                               r"|法院电子诉讼平台|中国执行信息公开网|中国裁判文书网|诉讼服务网")
# 撤诉 as court procedure (按撤诉处理 for an unpaid filing fee, 原告申请撤诉, 准许撤诉) is no offer to drop a case.
OFFER_TO_DROP = derived_cache.compile(r"撤案|(?<!按)(?<!视为)(?<!申请)(?<!准许)(?<!自动)(?<!原告)撤诉|销案|私了|庭外和解|解除(冻结|执行|限高|失信|强制)|撤销(案件|立案|执行|起诉)|保证金|解冻金|解冻费")
# legal24: a court's own anti-fraud line names the scammer's offers only to deny them (本院不会要求缴纳保证金或解冻费,
# 法院不会通过短信要求撤案、私了, 请勿相信任何声称可花钱解除冻结的信息): the clause from the denial to the offer, with the
# rest of that clause (撤案、私了或…), is left out before OFFER_TO_DROP is read. A clause that hurries the reader on
# (不要拖延缴纳保证金) is an ask, not a denial; an offer in the next clause (法院不会主动联系，如需撤案请缴纳保证金) still counts.
# (如接到自称法官要求转账撤诉的电话 names a fake's offer as a case to watch for, the same way.)
DENIAL_LEAD = (r"(?:不会|不得|不可能|切勿|请勿|勿信|不要|谨防|警惕|提防|从不|绝不|一律不|不存在|无需|无须"
               r"|(?:如|若|如果|一旦|如有|倘若)(?:收到|接到|遇到|遇)[^,。!?;\n]{0,6}(?:自称|冒充|假冒|谎称))")
HURRY_ON = derived_cache.compile(r"拖延|犹豫|错过|耽误|延误|立即|马上|尽快|今天|今日|请将|请于|转入|转至|汇入")


def _denied(ask: str) -> re.Pattern[str]:
    """A clause from a denial (DENIAL_LEAD) to `ask` and on to the clause's end."""
    return derived_cache.compile(DENIAL_LEAD + r"[^,。!?;\n]{0,24}?(?:" + ask + r")[^,。!?;\n]{0,20}")


def _denials_out(text: str, denied: re.Pattern[str]) -> str:
    return denied.sub(lambda m: m.group(0) if HURRY_ON.search(m.group(0)) else " ", text)


DENIED_OFFER = _denied(OFFER_TO_DROP.pattern)


# legal21: a menu of replies (回复1确认签收，回复2申请延期): courts serve papers through their platforms and 12368, and
# no court SMS asks the reader to answer with a digit; the reply is how a fake learns the number is live.
REPLY_MENU = derived_cache.compile(r"回复\s?\d(?!\d)")
# legal21: an app to download or install (下载“法院通”APP, 安装客户端): courts serve through 人民法院在线服务 and their named
# platforms (OFFICIAL_PLATFORM), which the reader finds without the message; an app named by the message is a scammer's.
APP_DOWNLOAD = derived_cache.compile(r"(?:下载|安装)[^,。!?;\n]{0,12}(?:app|客户端|软件|apk)")
# legal24: ... and not one a court names to deny it (本院不会要求您下载任何APP).
DENIED_APP = _denied(APP_DOWNLOAD.pattern)
# Findings that make a message more than a plain service notice (a threat, pressure or a scam sign).
NOT_PLAIN = frozenset({"scam", "unlawful_threat", "pressure"})
SCAM_KINDS = frozenset({"personal_account_payment", "verification_code_request", "app_download",
                        "credit_repair_scam", "debt_relief_service", "account_cancellation_scam",
                        "fraud_lure"})
PERSONAL = frozenset({"mobile", "virtual_operator_mobile", "foreign"})
# A lawyer's licence number (律师执业证号): 17 digits. With the firm's full name it is what a real lawyer's letter carries
# and what a reader can check; a masked or missing number proves nothing.
LAWYER_LICENCE = derived_cache.compile(r"执业证(?:号|书号|编号|号码)?[:：]?\s?\d{17}(?!\d)")


@dataclass(frozen=True)
class LegalCheck:
    source: bool  # speaks as or of a court, arbitration body or lawyer about a case
    details: tuple[str, ...]  # court_name | case_number | hotline_12368 | court_sender | official_domain
    # | court_signature | official_platform | court_staff | hearing_time | court_act | arbitration_case | counsel_case
    # | firm_case | service_only | notary_name | own_step (legal19, legal_step.py) | mediation_step (court27)
    markers: tuple[str, ...]  # payment_request | offer_to_drop | personal_number | unofficial_link | reply_request
    # | app_download
    # Nothing in the message but court service: no threat, pressure or scam finding.
    plain: bool = False
    # Talks of serving papers, hearings or enforcement (SERVICE_TALK).
    service: bool = False
    # plain, except for fake_legal_process findings: those say "no checkable detail", which a case number in the
    # official format and a court's name contradict (see served_unsure).
    plain_but_legal: bool = False
    # "enforcement" when the notice is about enforcing a judgment or other title (legal_stage.py); "lawyer" for a
    # law firm's letter with no court, arbitration body, case number or 12368 in it; "notary" for a notary's notice
    # (legal_step.NOTARY) with no court, arbitration body or 12368 in it; else "".
    stage: str = ""
    # False when the reader is called only as a witness or juror (legal_step.NON_PARTY) and nothing names them a
    # party.
    party: bool = True

    @property
    def verifiable(self) -> bool:
        """Two independent checkable details, at least one beyond a court's name or signature (both can be
        typed by anyone), and no scam marker. A court's full name in the signature of a plain service
        message (请查收裁定书, 您有一份法律文书) also counts: it claims nothing, threatens nothing and asks
        for nothing, so treating it as a real notice to verify costs the reader nothing."""
        if not self.source or self.markers:
            return False
        details = set(self.details)
        strong = details - {"court_name", "court_signature", "law_firm", "court_self"}
        return ((len(details) >= 2 and bool(strong)) or (self.plain and {"court_name", "court_signature"} <= details)
                # scam17: a signed court notice of a step in the reader's case, even with the name masked when pasted
                or (self.plain and bool({"court_signature", "court_self"} & details) and "case_step" in details)
                or ("letter_act" in details and self.stage == "lawyer")
                or {"court_name", "court_act"} <= details or {"court_name", "arbitration_case"} <= details
                or {"court_name", "case_step"} <= details
                or {"court_signature", "service_only"} <= details
                or "own_step" in details or "mediation_step" in details)

    @property
    def served_unsure(self) -> bool:
        """Shaped like a court's e-delivery SMS (a court signature, sender or full court name, a case number in
        the official format, talk of serving papers) with nothing but service in it, whose only doubt is a link that is not
        a known official address: a legal notice to verify, not a reminder. No domain is taken as official
        here; the reader is told to check it through 12368 and not to open the link."""
        if not self.source or not self.plain_but_legal or not self.service or set(self.markers) != {"unofficial_link"}:
            return False
        details = set(self.details)
        return "case_number" in details and bool(details & {"court_signature", "court_sender", "court_name"})

    @property
    def verify_steps(self) -> tuple[str, ...]:
        return legal_stage.how_to_verify(self.stage)

    def to_dict(self) -> dict[str, object]:
        return {"verifiable": self.verifiable, "details": list(self.details), "scam_markers": list(self.markers),
                "how_to_verify": list(self.verify_steps), "stage": self.stage or None}



def _without(text: str, parts: list[str]) -> str:
    for part in parts:
        text = text.replace(part, " ")
    return text


def assess(doc: Document, findings: list[Finding], numbers: tuple[NumberInfo, ...],
           links: tuple[LinkInfo, ...], sender: NumberInfo | None) -> LegalCheck:
    """The legal check of the message; for a pasted thread or a screenshot's broken lines (legal_parts.py), of the one
    message in it that is a notice to verify, when nothing in the whole text is a scam marker."""
    check = _assess(doc, findings, numbers, links, sender)
    if check.verifiable or (check.source and check.markers):
        return check
    whole_markers = None
    for part, start, end in legal_parts.readings(doc):
        # another part's threat (a collector's 已移交法院…明天来抓人 pasted under a court's notice) keeps the whole reading
        if any(f.category == "unlawful_threat" and f.severity != "low" and not start <= f.start < end for f in findings):
            continue
        alt = _assess(part, [f for f in findings if start <= f.start < end],
                      tuple(n for n in numbers if n.start is None or start <= n.start < end),
                      tuple(link for link in links if start <= link.start < end), sender)
        if alt.verifiable and alt.party:
            if whole_markers is None:
                whole_markers = _markers(doc, findings, numbers, links, sender)
            return alt if not whole_markers else check
    return check


def _markers(doc: Document, findings: list[Finding], numbers: tuple[NumberInfo, ...], links: tuple[LinkInfo, ...],
             sender: NumberInfo | None) -> list[str]:
    """The scam markers: a scam finding, an offer to drop the case, a menu of replies, a personal number, a link that
    is not the court's own."""
    text = doc.f
    markers = []
    if any(f.kind in SCAM_KINDS and f.severity != "low" for f in findings):
        markers.append("payment_request")
    if OFFER_TO_DROP.search(_denials_out(GRANTED_WITHDRAWAL.sub("", text), DENIED_OFFER)):
        markers.append("offer_to_drop")
    if REPLY_MENU.search(text):
        markers.append("reply_request")
    if any(not OFFICIAL_PLATFORM.search(m.group(0)) for m in APP_DOWNLOAD.finditer(_denials_out(text, DENIED_APP))):
        markers.append("app_download")
    if any(n.type in PERSONAL for n in numbers) or (sender is not None and sender.type in PERSONAL | {"fixed_line"}):
        markers.append("personal_number")
    # A gov.cn address, or the raw IP a court's SMS platform links from a notice with its case number, is the
    # court's own; any other link is not.
    court = court_service(doc)
    if any(not senders_own(link, None, court) for link in links):
        markers.append("unofficial_link")
    return markers


# speed28: the answer for a message that talks of no legal process, built once (a frozen dataclass of immutable
# fields, never changed or compared by identity: the same value as building it anew, ~1.5 µs a message saved)
_NO_LEGAL_TALK = LegalCheck(False, (), ())


def _assess(doc: Document, findings: list[Finding], numbers: tuple[NumberInfo, ...],
            links: tuple[LinkInfo, ...], sender: NumberInfo | None) -> LegalCheck:
    text = doc.f
    if not LEGAL_TALK.search(text):  # (first: most messages talk of no legal process, and nothing below is needed)
        return _NO_LEGAL_TALK
    sig_text = " ".join(s.text for s in doc.signatures)
    # legal19: a notary signs for its notice before it issues an enforcement certificate (legal_step.py)
    court_signature = "12368" in sig_text or bool(COURT_SIGNATURE.search(sig_text)) or (
        "公证处" in sig_text and "执行证书" in text)
    sender_digits = re.sub(r"\D", "", doc.sender) if doc.sender else ""
    from_12368 = sender_digits.endswith("12368")
    case_numbers = [m.group(0) for m in CASE_NUMBER.finditer(text) if not MASK.search(m.group(0))]
    # court27: a named people's mediation committee speaking as itself (legal_mediation.py) is an issuer too
    mediator = legal_mediation.speaks_as_mediator(text, sig_text, masked=True)
    source = bool(SOURCE.search(text)) or court_signature or from_12368 or bool(case_numbers) or mediator
    details: list[str] = []
    markers: list[str] = []
    if not source:
        return _NO_LEGAL_TALK
    # plain: no threat, pressure or scam finding; plain_but_legal: none but fake_legal_process.
    plain = not any(f.category in NOT_PLAIN and f.severity != "low" for f in findings)
    plain_but_legal = not any(f.category in NOT_PLAIN and f.severity != "low" and f.kind != "fake_legal_process"
                              for f in findings)
    names = court_names(text)
    if court_named(text, names):
        details.append("court_name")
    if any(n.endswith("律师事务所") for _, _, n in names):
        details.append("law_firm")
    if any(n.endswith("公证处") for _, _, n in names):
        details.append("notary_name")
    if LAWYER_LICENCE.search(text):
        details.append("lawyer_licence")
    # legal21: a case number pasted with its serial masked (（2025）粤0305民初8***号) still names the year, the court's code
    # and the case type, in the courts' own format: the reader checks it with their own copy through 12368.
    if case_numbers or MASKED_SERIAL.search(text):
        details.append("case_number")
    if "12368" in text:
        details.append("hotline_12368")
    if sender_digits.endswith("12368") or "12368" in sig_text or (
            SOURCE.search(sig_text) and sender is not None and sender.type in ("enterprise_sms_port", "service_short_code")):
        details.append("court_sender")
    if any(link.registered_domain and government(link.registered_domain) for link in links):
        details.append("official_domain")
    # A court signature counts as a checkable detail only on a message shaped like court service.
    if court_signature and "12368" not in sig_text and SERVICE_TALK.search(text):
        details.append("court_signature")
    # legal21: a platform named only as the signature (【人民法院在线服务】) is the sender's claim, already read as
    # court_signature; it counts as a second detail only where the text sends the reader to it.
    if OFFICIAL_PLATFORM.search(_without(text, [s.text for s in doc.signatures])):
        details.append("official_platform")
    if any("仲裁" in n for _, _, n in names) and legal_step.ARBITRATION_CASE.search(text):
        details.append("arbitration_case")
    if ("本院" in text or case_numbers) and COURT_STAFF.search(text):
        details.append("court_staff")
    if HEARING.search(text):
        details.append("hearing_time")
    # A court announcing its own act and giving no channel at all (no number, no link): nothing to call,
    # click or pay, so nothing a scammer gains; the reader is best served by checking it with the court.
    if ("court_name" in details and not numbers and not links and COURT_ACT.search(text)
            and not COLLECTOR_VOICE.search(text)):
        details.append("court_act")
    # fa18 firm_case and service_only, the lawyer's letter (letter_act) and scam18 counsel_case: a law firm or court
    # writing in its own voice about a numbered case, or asking nothing but to attend.
    firm_signed = bool(re.search(r"律师事务所|律所", sig_text))
    party_named = bool(legal_step.CASE_PARTY.search(text))
    claimant = bool(CLAIMANT.search(text))
    details += own_voice_details(text, firm_signed=firm_signed, court_signature=court_signature,
                                 case_numbers=bool(case_numbers), party_named=party_named,
                                 plain_but_legal=plain_but_legal, numbers=numbers, links=links)
    # scam17: a masked court signature counts only in a message with no threat, pressure or scam finding, for a notice
    # to a party who is not the claimant (您作为原告的…案件: the reader's own suit, no notice against them).
    if plain and not court_signature and COURT_SELF.search(text) and re.search(r"你|您|被申请人|被告|被执行人", text):
        details.append("court_self")
    if legal_step.case_step(text, court_named="court_name" in details,
                            issuer_signed=court_signature or "court_self" in details, plain=plain, claimant=claimant,
                            party_named=party_named, numbers=numbers, links=links):
        details.append("case_step")
    # legal19: the issuer's own step in the reader's case, asking nothing (legal_step.py)
    # legal20: or a mediator on the court's referral (legal_step.court_entrusted)
    if legal_step.own_step(text, issuer_signed=court_signature or from_12368 or bool(COURT_SELF.search(text))
                           or legal_step.court_entrusted(sig_text, text),
                           issuer_named=bool({"court_name", "notary_name"} & set(details)),
                           finding_kinds={f.kind for f in findings if f.category in NOT_PLAIN and f.severity != "low"},
                           numbers=numbers, claimant=claimant):
        details.append("own_step")
    # court27: the committee's own step in the reader's mediation, asking nothing (legal_mediation.py)
    if mediator and legal_mediation.mediation_step(
            text, sig_text, numbers=numbers,
            finding_kinds={f.kind for f in findings if f.category in NOT_PLAIN and f.severity != "low"}):
        details.append("mediation_step")
    markers += _markers(doc, findings, numbers, links, sender)
    court_side = {"court_name", "case_number", "hotline_12368", "court_sender", "court_signature", "arbitration_case",
                  "court_self"}
    # A lawyer's letter whose firm name cannot be checked (北京某某律师事务所) is still a letter: its steps are the
    # firm's (ask the firm, 12348), not the court's.
    letter = "law_firm" in details or "letter_act" in details or "律师函" in text or firm_signed
    lawyer = letter and not court_side & set(details)
    party = legal_step.reader_is_party(text, bool(case_numbers))
    notary = not lawyer and legal_step.notary(text, [n for _, _, n in names])
    # court27: a committee's notice that names no court or arbitration body is checked with the committee
    mediation = mediator and not lawyer and not notary and legal_stage.mediation(text)
    return LegalCheck(True, tuple(dict.fromkeys(details)), tuple(dict.fromkeys(markers)), plain,
                      bool(SERVICE_TALK.search(text)), plain_but_legal,
                      "lawyer" if lawyer else "notary" if notary else "mediation" if mediation else legal_stage.stage(text),
                      party)

