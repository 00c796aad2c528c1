"""Is this a notice from a court, arbitration body or lawyer, and can it be checked?

Courts serve papers electronically and send SMS (often from 12368) with a full
case number and a way to read the papers. Such a message is told apart from a
fake one by what can be verified (a named court, a case number in the official
format, 12368 or a court sender, a gov.cn address) and by scam markers (payment
to a person, 撤案/解除 for money, a personal number, an unofficial link).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from analyzer.detectors import legal_stage, legal_step
from analyzer.detectors.legal_voice import (CLAIMANT, COLLECTOR_VOICE, COURT_SELF, GRANTED_WITHDRAWAL,
                                           own_voice_details)
from analyzer.detectors.links import court_service, government, senders_own
from analyzer.document import Document
from analyzer.report import Finding, LinkInfo, NumberInfo

# （2026）京0105民初12345号, (2025)沪74民终88号, 〔2026〕京仲案字第123号: year, court code, case type, serial.
# lawful8 (tests/data/probes/UNSEAL_lawful8.md, cause I): the Hong Kong Judiciary's form, a court's prefix, a serial and
# the year (HCA 1234/2024 High Court action, DCCJ District Court, SCTC Small Claims Tribunal, LBTC Labour Tribunal),
# folded to lower case.
CASE_NUMBER = re.compile(
    r"[(〔\[]\s?(?:19|20)\d{2}\s?[)〕\]]\s?[\u4e00-\u9fff]{1,2}\d{0,6}[\u4e00-\u9fff]{1,5}第?\d{1,7}号"
    r"|(?<![a-z])(?:hca|hcmp|hcb|dccj|dcmp|sctc|lbtc|cacv|facv)\s?\d{1,6}/(?:19|20)\d{2}(?!\d)"
    # scam17: a Taiwan court's form, the Minguo year (115年度北简字第1234号), folded to simplified characters.
    r"|(?<!\d)1[01]\d年度[\u4e00-\u9fff]{1,4}字第\d{1,7}号")
# legal19: a notary's enforcement certificate (its one step in a debt case) and Hong Kong's tribunals (审裁处).
SOURCE = re.compile(r"法院|法庭|仲裁委|仲裁院|律师事务所|律所|律师|本院|承办法官|书记员|人民法院在线服务|court\.gov\.cn"
                    r"|执行证书|审裁处")
# scam18: 一案 and 出庭 name a case too (就…纠纷一案，本所律师将代理出庭).
LEGAL_TALK = re.compile(r"案号|案件|一案|受理|起诉|诉讼|传票|开庭|出庭|应诉|送达|文书|判决|裁定|仲裁|执行|律师函|立案|失信|冻结|支付令|函告"
                        r"|致函|庭审|举证|调解|court\.gov\.cn"
                        # legal19: seizure, hearings (听证; Taiwan's 言詞辯論, Hong Kong's 聆訊/提訊), 执行证书
                        r"|查封|扣划|听证|辩论|聆讯|提讯|到庭|执行证书")
# A court signing the SMS as 【XX人民法院】 or by its usual short name 【深圳中院】, 【XX法院】.
COURT_SIGNATURE = re.compile(r"法院|中院|高院|法庭|仲裁|审裁处")
# What a genuine court SMS is about: serving papers, hearings, evidence, enforcement, mediation.
# scam17: an arbitration body's steps (组庭, 答辩, 裁决, 仲裁通知) are its service talk too.
SERVICE_TALK = re.compile(r"送达|文书|传票|开庭|庭审|应诉|举证|判决书|裁定书|调解书|执行|立案|受理|调解|查收|查阅|组庭|答辩|裁决|仲裁通知|支付令"
                          r"|查封|冻结|扣划|听证|辩论|聆讯|提讯|执行证书")  # legal19
# Court staff named as the contact (承办法官, 书记员): part of the 12368 notice format.
# A named people's court as the actor of its own act (…人民法院公布为失信被执行人, …人民法院依法决定):
# the court speaks in its own voice.
# Also the short name courts sign with (汕头法院, 灌云县法院: see SHORT_COURT).
# A court that opens the message in its own voice (…人民法院提醒您：您拨打的用户已被我院纳入/已被列入失信被执行人) is the
# actor too: the ringback a listed debtor's callers hear names the court first and the act after (我院, or no agent).
# ... or a document the court issues under its own name (永福县人民法院强制执行风险提示书, 诉讼风险告知书).
# scam17: ... or a dated act of its own (本院已于12月1日发出支付令, 本院已于…签发).
COURT_ACT = re.compile(r"(?:法院|中院|我院|本院)(?:已|已经|依法|正式)?(?:公布|决定|作出|发布|认定|纳入|列入|列为|悬赏|通知)"
                       r"|(?:我院|本院)(?:已|已经)?(?:依法)?于[^,。!?;\n]{1,10}(?:发出|签发|作出|送达)"
                       r"|(?:法院|中院)(?:提醒|告知|通知)(?:您|你)[^。!?\n]{0,24}已(?:经)?被(?:我院|本院)?(?:依法)?(?:纳入|列入|列为|公布为)失信"
                       r"|(?:法院|中院)[\u4e00-\u9fff]{0,8}(?:风险提示书|风险告知书|告知书|须知)")
# A court's act told by a lender or collector (COLLECTOR_VOICE, legal_voice.py) is that party's claim, not the court
# speaking.
# A court's usual short name (汕头法院, 灌云县法院, 深圳中院) as the one acting: a place before 法院/中院, not a generic
# word (当地法院, 户籍地法院, 相关法院) and not masked (XX法院, 某区法院).
SHORT_COURT = re.compile(r"(?:被|由|经)([\u4e00-\u9fff]{2,8}?)(?:法院|中院)(?:已|已经|依法|正式)?(?:公布|发布|认定|纳入|列入|列为)")
# legal19: 贵 as "your" (贵司所在地, 贵单位), not the first character of 贵阳, 贵州, 贵港.
GENERIC_PLACE = re.compile(r"^(?:当地|本地|属地|户籍|户籍地|所在地?|管辖|相关|有关|上级|基层|中级|高级|各级|地方|该|你|您|其"
                           r"|贵(?:司|方|公司|单位|行|处|所|平台))")
# An arbitration body's own step on the reader's case: the reader as 被申请人 (the respondent) and the case accepted,
# served or set for a hearing (您作为被申请人的借款合同纠纷案件已受理, 仲裁通知已送达). Counted only beside a named
# arbitration body (court_names: not XX仲裁委, not 当地仲裁机构).
# scam17: also the reader named after the role (申请人某公司与被申请人您的借款合同纠纷，本会已受理).
ARBITRATION_CASE = re.compile(r"(?:(你|您)[^,。!?;\n]{0,4}(作为|系|为|是)?[^,。!?;\n]{0,2}被申请人|被申请人(你|您)(?!们))[^。!?\n]{0,30}"
                              r"(受理|立案|送达|组庭|开庭|答辩|仲裁通知|应裁)")
# lawful10 (tests/data/probes/UNSEAL_lawful10.md, cause A): a named court or arbitration body telling a party of a
# step in its own case (你与XX公司借款纠纷一案已于…开庭, 原告XX诉你…定于…开庭, 您参与的…上诉案件合议庭决定不开庭审理,
# 本院已依法冻结你名下…存款，如有异议…): the reader is a party, the step is the body's own. Counted only with the
# body's full name, no number or link to contact and nothing a creditor or collector would say (CASE_STEP_BLOCK).
# lawful8 (UNSEAL_lawful8.md, cause I): also the reader named second (申请人XX公司与您之间的借款合同纠纷).
CASE_PARTY = re.compile(r"(你|您)(?!们)(与|和|诉)[^。!?\n]{1,40}(纠纷|一案|案)|(诉|与|和)(你|您)(?!们)[^。!?\n]{0,20}(纠纷|一案|案)"
                        r"|(你|您)(?!们)(的|参与的|所涉)[^。!?\n]{0,30}(案件|一案|上诉案)"
                        r"|[(〔\[](?:19|20)\d{2}[)〕\]][^。!?\n]{1,20}号"
                        r"|(\A|】)(被执行人|被告|被申请人|原告|申请人|当事人)[^,。!?;\n:]{0,6}[:,]"
                        # scam18: the court's paper issued to the reader (已向你发出支付令, 向您送达了起诉状副本)
                        r"|(向|对)(你|您)(?!们)[^,。!?;\n]{0,2}(发出|送达|签发|作出)了?[^,。!?;\n]{0,8}(支付令|传票|通知书|裁定书?|判决书?|文书|副本)")
# scam17: a case closed or a measure lifted (执行完毕, 终结本次执行, 准许撤诉, 已组庭…) is a step too;
# lawful17: also the time for evidence (仲裁案已组庭…提交证据材料).
CASE_STEP = re.compile(r"开庭|判决|裁决|仲裁庭|合议庭|审理|送达|执行异议|组庭|仲裁员|执行完毕|执行终结|终结本次执行|撤诉|结案|举证|提交证据"
                       r"|本院[^,。!?;\n]{0,8}(冻结|查封|扣划|纳入|列入|作出|受理|立案)")
# scam17: a court's own 送达平台 / 诉讼服务平台 is no lender's platform.
CASE_STEP_BLOCK = re.compile(r"我司|本公司|我公司|(?<!送达)(?<!服务)(?<!仲裁)平台|催收|法务|逾期(?!不)|还款|欠款|账单|额度|立即|马上|尽快|转账|汇款"
                             r"|缴纳|加微信|联系|点击|下载|撤诉|撤案")
# lawful8 (UNSEAL_lawful8.md, cause I): the reader called to a case as a witness or a lay juror, not as a party
# (需您作为证人出庭作证; 您已被选任为人民陪审员): a genuine court notice, but not a legal notice about the reader's case.
NON_PARTY = re.compile(r"(你|您)(?!们)[^,。!?;\n]{0,4}(作为|担任|是|被选任为|被选为)[^,。!?;\n]{0,4}(证人|人民陪审员|陪审员)|出庭作证")
# scam18: a court's notice to the public (为方便群众…，当事人可通过…办理) that names no case and addresses no one: court
# service news, not a notice about the reader's case.
# legal19: also a court's service news (温馨提示：…假期暂停对外服务, 法治宣传, 开放日) to no one about no case.
PUBLIC_NOTICE = re.compile(r"群众|公众|市民|广大|社会各界|当事人(?:均?可|如需|如有)|温馨提示|对外服务|节假日|假期|放假|宣传|开放日|欢迎")
ADDRESSED = re.compile(r"你|您|阁下|台端")
COURT_STAFF = re.compile(r"承办法官|书记员|审判员|法官助理|承办人")
# A hearing set for a given day in a named courtroom: 定于6月3日9时在第十法庭.
HEARING = re.compile(r"(定于|于)[^,。!?;\n]{0,10}(\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})[^。!?;\n]{0,14}(在|到)[^,。!?;\n]{0,8}"
                     r"(第[\d一二三四五六七八九十]+(法庭|审判庭)|审判庭|法庭)")
# The Supreme People's Court's own service platform, named in the text.
# scam18: and the courts' other named platforms (浙江移动微法院, 全国法院统一送达平台, 人民法院调解平台, 北京法院电子诉讼平台,
# 中国执行信息公开网, 中国裁判文书网, 人民法院诉讼服务网): a reader can find each without the message's link.
OFFICIAL_PLATFORM = re.compile(r"人民法院在线服务|人民法院送达平台|诉讼服务平台|移动微法院|法院统一送达平台|人民法院调解平台"
                               r"|法院电子诉讼平台|中国执行信息公开网|中国裁判文书网|诉讼服务网")
# legal19: also Taiwan's district courts, Hong Kong's tribunals and notaries.
COURT_SUFFIX = (r"人民法院|互联网法院|金融法院|海事法院|知识产权法院|铁路运输法院|仲裁委员会|仲裁院|律师事务所"
                r"|地方法院|审裁处|公证处")
COURT_NAME = re.compile(rf"[\u4e00-\u9fff]{{2,14}}?(?:{COURT_SUFFIX})")
SUFFIX_END = re.compile(rf"(?:{COURT_SUFFIX})$")
# A name is cut after the last verb or particle: "即将移交北京市朝阳区人民法院" names 北京市朝阳区人民法院.
NAME_CUT = frozenset("交至到向在被将由给的了和及请已从经对于是为与把让找")
MASK = re.compile(r"某|x|\*|×|…")
# A verb glued to the front of a name without a place ("请联系仲裁委员会", "致电律师事务所") is no part of it.
LEAD_VERB = re.compile(r"(?:联系|致电|前往|通知|提交|移交|委托|申请|提请|报送|递交|咨询|回复)+")
# 撤诉 as court procedure (按撤诉处理 for an unpaid filing fee, 原告申请撤诉, 准许撤诉) is no offer to drop a case.
OFFER_TO_DROP = re.compile(r"撤案|(?<!按)(?<!视为)(?<!申请)(?<!准许)(?<!自动)(?<!原告)撤诉|销案|私了|庭外和解|解除(冻结|执行|限高|失信|强制)|撤销(案件|立案|执行|起诉)|保证金|解冻金|解冻费")
# Findings that make a message more than a plain service notice (a threat, pressure or a scam sign).
NOT_PLAIN = frozenset({"scam", "unlawful_threat", "pressure"})
SCAM_KINDS = frozenset({"personal_account_payment", "verification_code_request", "app_download",
                        "credit_repair_scam", "debt_relief_service", "account_cancellation_scam",
                        "fraud_lure"})
PERSONAL = frozenset({"mobile", "virtual_operator_mobile", "foreign"})
# A lawyer's licence number (律师执业证号): 17 digits. With the firm's full name it is what a real lawyer's letter carries
# and what a reader can check; a masked or missing number proves nothing.
LAWYER_LICENCE = re.compile(r"执业证(?:号|书号|编号|号码)?[:：]?\s?\d{17}(?!\d)")


@dataclass(frozen=True)
class LegalCheck:
    source: bool  # speaks as or of a court, arbitration body or lawyer about a case
    details: tuple[str, ...]  # court_name | case_number | hotline_12368 | court_sender | official_domain
    # | court_signature | official_platform | court_staff | hearing_time | court_act | arbitration_case | counsel_case
    # | firm_case | service_only | notary_name | own_step (legal19, legal_step.py)
    markers: tuple[str, ...]  # payment_request | offer_to_drop | personal_number | unofficial_link
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
    # False when the reader is called only as a witness or juror (NON_PARTY) and nothing names them a party.
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
                or "own_step" in details)

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


def court_names(text: str) -> list[tuple[int, int, str]]:
    """Named courts, arbitration bodies and law firms (cut after verbs; masked names left out)."""
    out = []
    for m in COURT_NAME.finditer(text):
        start = m.start()
        for i in range(m.end() - 1, m.start() - 1, -1):
            if text[i] in NAME_CUT:
                start = i + 1
                break
        lead = LEAD_VERB.match(text, start, m.end())
        if lead:
            start = lead.end()
        name = text[start:m.end()]
        prefix = SUFFIX_END.sub("", name)
        if len(prefix) >= 2 and not MASK.search(prefix) and not GENERIC_PLACE.match(prefix):
            out.append((start, m.end(), name))
    return out


def assess(doc: Document, findings: list[Finding], numbers: tuple[NumberInfo, ...],
           links: tuple[LinkInfo, ...], sender: NumberInfo | None) -> LegalCheck:
    text = doc.f
    sig_text = " ".join(s.text for s in doc.signatures)
    # legal19: a notary signs for its notice before it issues an enforcement certificate (legal_step.py)
    court_signature = "12368" in sig_text or bool(COURT_SIGNATURE.search(sig_text)) or (
        "公证处" in sig_text and "执行证书" in text)
    sender_digits = re.sub(r"\D", "", doc.sender) if doc.sender else ""
    from_12368 = sender_digits.endswith("12368")
    if not LEGAL_TALK.search(text):
        return LegalCheck(False, (), ())
    case_numbers = [m.group(0) for m in CASE_NUMBER.finditer(text) if not MASK.search(m.group(0))]
    source = bool(SOURCE.search(text)) or court_signature or from_12368 or bool(case_numbers)
    details: list[str] = []
    markers: list[str] = []
    if not source:
        return LegalCheck(False, (), ())
    # plain: no threat, pressure or scam finding; plain_but_legal: none but fake_legal_process.
    plain = not any(f.category in NOT_PLAIN and f.severity != "low" for f in findings)
    plain_but_legal = not any(f.category in NOT_PLAIN and f.severity != "low" and f.kind != "fake_legal_process"
                              for f in findings)
    names = court_names(text)
    if any("法院" in n or "仲裁" in n or "审裁处" in n for _, _, n in names) or any(
            not MASK.search(m.group(1)) and not GENERIC_PLACE.match(m.group(1)) for m in SHORT_COURT.finditer(text)):
        details.append("court_name")
    if any(n.endswith("律师事务所") for _, _, n in names):
        details.append("law_firm")
    if any(n.endswith("公证处") for _, _, n in names):
        details.append("notary_name")
    if LAWYER_LICENCE.search(text):
        details.append("lawyer_licence")
    if case_numbers:
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
    if OFFICIAL_PLATFORM.search(text):
        details.append("official_platform")
    if any("仲裁" in n for _, _, n in names) and ARBITRATION_CASE.search(text):
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
    party_named = bool(CASE_PARTY.search(text))
    details += own_voice_details(text, firm_signed=firm_signed, court_signature=court_signature,
                                 case_numbers=bool(case_numbers), party_named=party_named,
                                 plain_but_legal=plain_but_legal, numbers=numbers, links=links)
    # scam17: a masked court signature counts only in a message with no threat, pressure or scam finding, for a notice
    # to a party who is not the claimant (您作为原告的…案件: the reader's own suit, no notice against them).
    if plain and not court_signature and COURT_SELF.search(text) and re.search(r"你|您|被申请人|被告|被执行人", text):
        details.append("court_self")
    if (("court_name" in details or ((court_signature or "court_self" in details) and plain and not CLAIMANT.search(text)))
            and not numbers and not links and party_named
            and CASE_STEP.search(text)
            and not CASE_STEP_BLOCK.search(text)):
        details.append("case_step")
    # legal19: the issuer's own step in the reader's case, asking nothing (legal_step.py)
    if legal_step.own_step(text, issuer_signed=court_signature or from_12368 or bool(COURT_SELF.search(text)),
                           issuer_named=bool({"court_name", "notary_name"} & set(details)),
                           finding_kinds={f.kind for f in findings if f.category in NOT_PLAIN and f.severity != "low"},
                           numbers=numbers, claimant=bool(CLAIMANT.search(text))):
        details.append("own_step")
    if any(f.kind in SCAM_KINDS and f.severity != "low" for f in findings):
        markers.append("payment_request")
    if OFFER_TO_DROP.search(GRANTED_WITHDRAWAL.sub("", text)):
        markers.append("offer_to_drop")
    if any(n.type in PERSONAL for n in numbers) or (sender is not None and sender.type in PERSONAL | {"fixed_line"}):
        markers.append("personal_number")
    # A gov.cn address, or the raw IP a court's SMS platform links from a notice with its case number, is the
    # court's own; any other link is not.
    court = court_service(doc)
    if any(not senders_own(link, None, court) for link in links):
        markers.append("unofficial_link")
    court_side = {"court_name", "case_number", "hotline_12368", "court_sender", "court_signature", "arbitration_case",
                  "court_self"}
    # A lawyer's letter whose firm name cannot be checked (北京某某律师事务所) is still a letter: its steps are the
    # firm's (ask the firm, 12348), not the court's.
    letter = "law_firm" in details or "letter_act" in details or "律师函" in text or firm_signed
    lawyer = letter and not court_side & set(details)
    party = not NON_PARTY.search(text) and not (PUBLIC_NOTICE.search(text) and not case_numbers
                                                and not ADDRESSED.search(text))
    notary = not lawyer and legal_step.notary(text, [n for _, _, n in names])
    return LegalCheck(True, tuple(dict.fromkeys(details)), tuple(dict.fromkeys(markers)), plain,
                      bool(SERVICE_TALK.search(text)), plain_but_legal,
                      "lawyer" if lawyer else "notary" if notary else legal_stage.stage(text), party)

