"""The verdict follows from the findings, in a fixed order of precedence:
scam > unlawful_threat > legal_notice > aggressive > reminder > not_collection.
One exception (threat36, money45, scamthr47; one frame since move46 and move47, analyzer/scam_yields.py): when every
serious scam finding only says who speaks or where the money goes (a claimed identity: rules with `pose_only = true`,
a court's, police or law firm's signature, "还款就撤案"; a new number, a personal account, a call-back; a collection
department dressed into the signature) and the message presses the reader for their own debt with no route to a
stranger, a threat finding decides: a collector's fake authority, its own unlawful demand or its own voice.

Debt context never hides a finding: every message goes through every rule, and a
message with a high-severity finding is never not_collection or risk 0. Debt
context chooses between reminder and not_collection, and may set severity before
the verdict (merge.without_collection_frame: a bare 我在你楼下 is low without a
debt or collection frame); a low-severity finding does not make the verdict.

`risk` (0-100) says how much harm the message signals for the reader if they
act on it as written: scams 75-100, unlawful threats 60-95, aggressive 35-55,
reminders 15-20 (40-70 when a reminder comes from a personal or foreign number), not collection 0. A legal_notice has risk 40: the notice itself
is probably genuine and not a danger, but ignoring a real court or arbitration
notice has consequences (a judgment in absence), so it needs action after
verification.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from analyzer.debt_creditor import AGGRESSIVE_SUMMARY, REMINDER_SUMMARY, SENDER_CHECK_FEE, THREAT_SUMMARY
from analyzer.detectors.legal import LegalCheck
from analyzer.detectors.legal_stage import VERIFY_STEPS
from analyzer.detectors.sender import SENDER_DEBT_RULE, SIGNATURE_RULE
from analyzer.document import Document
from analyzer.limits import BEIJING
from analyzer.report import Finding, LenderMatch, NumberInfo, Verdict
from analyzer import scam_yields
from knowledge import derived_cache

_SERIOUS = ("high", "medium")
_NOTHING = "没有发现明显问题，但这不能证明短信一定合法或一定是真的；有疑问请在官方 App 或合同上的电话核实。"
LEGAL_NOTICE_RISK = 40
_UNSURE = "短信提到法院、仲裁或律师，本工具无法确定真假："


def _unsure(legal: LegalCheck | None) -> str:
    """The can't-tell sentence with the steps for this kind of notice (a court's, an enforcement notice, a lawyer's letter)."""
    return _UNSURE + "；".join(legal.verify_steps if legal is not None else VERIFY_STEPS) + "。"


# An enforcement-stage notice (执行通知书, 报告财产令, 失信, 限高) follows a judgment or other title that was not
# performed: no hearing is left to attend, so the summary does not speak of answering a lawsuit.
_ENFORCEMENT = ("这像是法院执行阶段的通知：有可以核实的法院信息，没有发现诈骗迹象。"
                "执行的前提是已有生效的判决、调解书等法律文书没有履行。")
# legal19: a notary checking the debt before it issues an enforcement certificate (legal_stage.NOTARY_VERIFY_STEPS).
_NOTARY = ("这像是公证处在出具执行证书前向你核实欠款：没有发现诈骗迹象。"
           "借款合同办过赋予强制执行效力的公证，债权人拿到执行证书后可以直接申请法院强制执行。")
# court27: a people's mediation committee telling a party of a step in the mediation (legal_stage.MEDIATION_VERIFY_STEPS).
_MEDIATION = ("这像是人民调解委员会发来的调解通知：有具体的调解委员会名称，没有发现诈骗迹象。"
              "人民调解不收费、要双方自愿，但调解不成对方可能起诉。")
# A law firm's letter with the firm's full name and a lawyer's licence number: checkable, but a letter, not a court paper.
_LAWYER = "这像是律所受委托发出的律师函：有可以核实的律所和律师执业信息，没有发现诈骗迹象。"
# scam17: a letter in a lawyer's own voice whose firm name or licence number is masked or missing (pasted, redacted):
# its form is a letter's, but there is nothing in it to check yet.
_LAWYER_FORM = "这像是律所受委托发出的律师函：格式像正式的律师函，没有发现诈骗迹象，但律所和律师信息要自己查证。"


# Who a scam claims to be decides where the reader checks it: a fake court is checked with the courts, a fake police
# message with the police, a fake central bank or regulator (which never collect debts) through the anti-fraud line.
# fixes20: an arbitration body that names no court is checked with the commission itself (its website, 114), not 12368.
_AUTHORITIES = (("arbitration", derived_cache.compile(r"^(?!.*(?:法院|法官|审判庭)).*仲裁")),
                ("court", derived_cache.compile(r"法院|法官|审判庭|仲裁")),
                ("police", derived_cache.compile(r"公安|警察|警官|派出所|刑侦|网警")),
                ("regulator", derived_cache.compile(r"人民银行|央行|银保监|银监|金融监管|证监会|征信中心")))
_SELF_INTRO = derived_cache.compile(r"(?:我是|我们是|这里是|本人是)[^，。,.！!？?\s]{1,14}")
_VERIFY_AUTHORITY = {
    "arbitration": "它自称仲裁机构：有没有这个案件，自己在这家仲裁委员会的官方网站上或拨打 114 查到它的电话核实，"
                   "12368 是法院的热线、查不了仲裁案件",
    "court": "它自称法院：有没有这个案件，自己拨打 12368（法院诉讼服务热线，可加当地区号）或登录“人民法院在线服务”查询",
    "police": "它自称公安：公安机关不会发短信催债、要你转账，拿不准就自己去当地派出所问",
    "regulator": "它自称人民银行或金融监管部门：这些机关不会发短信让你点链接、转账或处理账户，拿不准时拨打 96110 咨询",
}
NIGHT_RULE = "pressure.night.received_at"
# fixes20: a reminder's wording may be plain while its sender is a number no licensed lender texts from (the number
# card says 诈骗风险很高 / 需要格外核实): the summary and the risk say what the card says, the label stays a reminder
# (the message itself asks for nothing unusual).
SENDER_NOTES = frozenset({SENDER_DEBT_RULE, SIGNATURE_RULE})
_SENDER_CHECK = "不要回复、不要拨打短信里的号码、不要点链接，到贷款机构自己的 App 或合同上的电话核实欠款。"
_SENDER_WARNING = {
    "foreign": ("这条短信说的是还款，措辞本身没有问题，但它来自境外号码：国内银行和贷款机构不会用境外号码发还款短信，"
                "很可能是冒充的。" + _SENDER_CHECK, 70),
    "virtual_operator_mobile": ("这条短信说的是还款，措辞本身没有问题，但它来自虚拟运营商号段的手机号：持牌机构用 106 开头的"
                                "企业短信端口或 95、96 开头的服务号码发短信，这个号段常被诈骗和违规催收使用。" + _SENDER_CHECK, 45),
    "mobile": ("这条短信说的是还款，措辞本身没有问题，但它来自个人手机号：持牌机构用 106 开头的企业短信端口或 95、96 开头的"
               "服务号码发短信，个人手机号发来的不能证明是贷款机构。" + _SENDER_CHECK, 40),
}
# No message text, only a sender number and/or a link: nothing to call a collection message or not.
# learn23: a threat verdict that rests only on the n-gram model's findings says so (the rules named no threat).
LEARNED_RULE = "threat.learned.resembles_threats"
# implied24: what a threat verdict says when the message names no debt — each finding says what its words imply.
NO_DEBT_THREAT_SUMMARY = ("这条短信含有违法的恐吓内容：它没有提到欠款，但话里是在威胁、恐吓你或你的家人（每一处是什么意思，见下面的"
                          "说明）；不管你是否欠钱，这样说都是违法的，你可以保存短信，必要时报警（110）。")
LEARNED_SUMMARY = ("这条短信的说法很像违法的威胁短信（这是统计模型的判断，规则没有认出具体是哪一种威胁）：如果对方确实在"
                   "威胁你或你的家人，这样催收是违法的，你可以保存证据并投诉；感到危险就报警。")
# threat36: the threat verdict on a collector's fake authority says the authority is claimed, not real; money45: the
# one on a collector's own unlawful demand still says what the scam findings say; scamthr47: the one on a collector's
# own voice (a claimed court, a dressed signature, 换手机号, 私信我). Each is the `note` of its entry in
# knowledge/data/rules/zz_scam_yields.toml (move46, move47); the names stay for callers.
POSED_AUTHORITY, COLLECTOR_DEMAND = scam_yields.note("pose"), scam_yields.note("voice")
COLLECTOR_VOICE = scam_yields.note("collector_voice")
ONLY_CHECKED = ("没有短信正文，只查了号码或链接：是不是催收短信无从判断；号码和链接本身的风险见对号码、链接的说明"
                "（境外号码、短链接、不认识的网址都要当心）。")


# Explanations that speak of what a message lacks or who sent it are fitted to what was found (review15 #9): a
# fake-court finding does not say "no case number" when there is one, a typed signature on a landline is not said to
# come from "a personal or foreign number".
_NO_DETAIL = derived_cache.compile(r"[，,]?却没有(?:任何)?可以核实的[^：:]*[：:]")
_CASE_NUMBER_GIVEN = ("短信里虽然写了案号，但案号可以照格式编造，不能证明有这个案件；法院也不会用短信让你交钱撤诉、"
                      "找个人号码联系。")
_SENDER_WORDS = {"mobile": "普通手机号", "virtual_operator_mobile": "虚拟运营商手机号", "foreign": "境外号码",
                 "fixed_line": "固定电话"}


def fit_explanations(findings: list[Finding], legal: LegalCheck | None, sender: NumberInfo | None) -> list[Finding]:
    """Explanations that say what the message does not contain, or where it came from, as found in this message."""
    case_number = legal is not None and "case_number" in legal.details
    out = []
    for f in findings:
        text = f.explanation
        if f.kind == "fake_legal_process" and case_number and _NO_DETAIL.search(text):
            text = _NO_DETAIL.sub("：" + _CASE_NUMBER_GIVEN, text, count=1)
        if "来自个人或境外号码" in text and sender is not None and sender.type in _SENDER_WORDS:
            text = text.replace("来自个人或境外号码", "来自" + _SENDER_WORDS[sender.type])
        out.append(f if text == f.explanation else replace(f, explanation=text))
    return out


def serious_scam(findings: list[Finding]) -> bool:
    """Whether decide() calls the message a scam (a scam finding of a serious severity): the only verdict whose
    summary names the authority a scam impersonates (impersonated)."""
    return any(f.category == "scam" and f.severity in _SERIOUS for f in findings)


def impersonated(signatures: list[str], text: str, findings: list[Finding]) -> str | None:
    """"court", "police" or "regulator" when a scam claims to come from one (its 【signature】, a 我是… introduction,
    or the words an impersonation finding quotes), else None (a lender, a platform, or no one named)."""
    claims = list(signatures) + [m.group(0) for m in _SELF_INTRO.finditer(text)]
    claims += [f.excerpt for f in findings if f.kind == "impersonation"]
    for claim in claims:
        for who, pattern in _AUTHORITIES:
            if pattern.search(claim):
                return who
    return None


def _scam_summary(is_debt: bool, debt: str | None, authority: str | None) -> str:
    # debt == "card" (debt_context.debt_kind): the card-issuing bank answers for a card debt, not a lender.
    lender_where = "发卡银行的官方 App 或信用卡背面的客服电话" if debt == "card" else "贷款机构自己的 App 或合同上的电话"
    if authority is not None:
        tail = _VERIFY_AUTHORITY[authority] + (f"；欠款本身到{lender_where}核实" if is_debt else "")
        return f"这条短信有诈骗迹象：不要付款、不要回复、不要点链接、不要拨打短信里的号码。{tail}。"
    if is_debt:
        return f"这条短信有诈骗迹象：不要付款、不要点链接、不要拨打短信里的号码，到{lender_where}核实。"
    return "这条短信有诈骗迹象：不要付款、不要回复、不要点链接、不要拨打短信里的号码或加对方微信；拿不准时拨打 96110 咨询。"


def _pressure_summary(pressure: list[Finding], received_at: datetime | None, debt: str | None = None) -> str:
    """What the pressure is: the wording, or only the hour the message came (a polite reminder at 23:30); pcg55: a
    person's or a payee's pressing (debt_creditor.AGGRESSIVE_SUMMARY), not a lender's collection."""
    when = f"北京时间 {received_at.astimezone(BEIJING):%H:%M} " if received_at is not None else "夜间"
    night = any(f.rule_id == NIGHT_RULE for f in pressure)
    if debt in AGGRESSIVE_SUMMARY:
        return AGGRESSIVE_SUMMARY[debt] + (f"它是在{when.rstrip()}（夜间）收到的。" if night else "")
    if night and all(f.rule_id == NIGHT_RULE for f in pressure):
        return (f"这条催收短信的措辞没有发现问题，问题在发送时间：它在{when}收到。推荐性国家标准 GB/T 45251—2025 "
                "要求除非你同意，22:00 至次日 08:00 不催收；先核实欠款，夜间催收反复发生可以向贷款机构投诉。")
    summary = "这是一条施压较重的催收短信：没有发现明显违法内容，但措辞在给你施压；先核实欠款，再按自己的能力协商。"
    return summary + (f"它还是在{when.rstrip()}（夜间）收到的。" if night else "")


def time_only_pressure(findings: list[Finding]) -> bool:
    """The only medium or high pressure is the hour the message was received."""
    pressure = [f for f in findings if f.category == "pressure" and f.severity in _SERIOUS]
    return bool(pressure) and all(f.rule_id == NIGHT_RULE for f in pressure)


def pose_only_scam(findings: list[Finding], pose_rules: frozenset[str]) -> bool:
    """threat36: every serious scam finding comes from a rule whose only evidence is the claimed identity
    (`pose_only = true`), and there is one. (Kept for callers: analyzer/scam_yields.py's entry "pose" checks it.)"""
    scam = [f for f in findings if f.category == "scam" and f.severity in _SERIOUS]
    return bool(scam) and all(f.rule_id in pose_rules for f in scam)


def decide(findings: list[Finding], is_debt: bool, lender: LenderMatch | None, sender: NumberInfo | None,
           legal: LegalCheck | None = None, debt: str | None = None, *, authority: str | None = None,
           received_at: datetime | None = None, yielded: scam_yields.Entry | None = None) -> Verdict:
    """yielded (analyzer/scam_yields.which: threat36's claimed court, police or law firm, money45's collector's own
    demand, scamthr47's collector's own voice): the serious scam findings only say who speaks or where the money goes,
    in a collector's demand for the reader's own debt with no route to a stranger; then they do not outrank a threat
    finding, and the threat verdict's summary ends with the entry's note."""
    legal_dict = legal.to_dict() if legal is not None and legal.source else None
    unsure = legal_dict is not None and not legal.verifiable
    scam = [f for f in findings if f.category == "scam" and f.severity in _SERIOUS]
    # A doorstep visit is lawful pressure; intimidation at the door (堵你, 已到你家楼下, 家里留人) is not.
    threat = [f for f in findings if (f.category == "unlawful_threat" and f.severity in _SERIOUS)
              or (f.kind == "doorstep_visit_threat" and f.severity == "high")]
    pressure = [f for f in findings if f.category == "pressure" and f.severity in _SERIOUS]
    yielded = yielded if scam and threat else None
    if scam and yielded is None:
        high = sum(f.severity == "high" for f in scam)
        return Verdict("scam", _scam_summary(is_debt, debt, authority),
                       min(100, 75 + 8 * high + 3 * len(scam)), legal_dict)
    if threat:
        high = sum(f.severity == "high" for f in threat)
        summary = "这条短信含有违法的威胁内容：欠款可能是真的，但这样催收是违法的，你可以保存证据并投诉。"
        if debt in THREAT_SUMMARY:  # pcg55: a friend's, relative's, landlord's threat, told a debt or fee (debt_creditor)
            summary = THREAT_SUMMARY[debt]
        elif not is_debt:
            # implied24: a threat with no debt in it (你爸那个小卖部，我们兄弟常去坐坐) is not told "欠款可能是真的"
            summary = NO_DEBT_THREAT_SUMMARY
        if all(f.rule_id == LEARNED_RULE for f in threat):
            # only the n-gram model heard a threat (analyzer/detectors/learned.py): say it is a resemblance
            summary = LEARNED_SUMMARY
        if yielded is not None:
            summary += yielded.note
        return Verdict("unlawful_threat", summary + (_unsure(legal) if unsure else ""),
                       min(95, 60 + 8 * high + 3 * len(threat)), legal_dict)
    if legal is not None and legal.verifiable and legal.party:
        if legal.stage == "lawyer":
            # the letter's steps are the page's first steps (guide.verdict.legal_notice_lawyer) and how_to_verify:
            # the summary says what a letter is and leaves the steps to them
            opening = _LAWYER if {"law_firm", "lawyer_licence"} & set(legal.details) else _LAWYER_FORM
            return Verdict("legal_notice", opening + legal.verify_steps[0] + "；" + legal.verify_steps[-1] + "，先自己核实。",
                           LEGAL_NOTICE_RISK, legal_dict)
        opening = (_ENFORCEMENT if legal.stage == "enforcement" else _NOTARY if legal.stage == "notary" else
                   _MEDIATION if legal.stage == "mediation" else
                   "这可能是真实的法律文书通知：短信里有可以核实的法院或仲裁信息，也没有发现诈骗迹象。")
        return Verdict("legal_notice", opening + "请先自己核实：" + "；".join(legal.verify_steps) + "。",
                       LEGAL_NOTICE_RISK, legal_dict)
    if legal is not None and legal.served_unsure and not pressure:
        return Verdict("legal_notice",
                       "这像是法院的电子送达短信（有法院名称和案号），但里面的链接不是本工具认得的官方网址，"
                       "无法确定真假。不要直接点短信里的链接，先自己核实：" + "；".join(legal.verify_steps) + "。",
                       LEGAL_NOTICE_RISK, legal_dict)
    if pressure:
        summary = _pressure_summary(pressure, received_at, debt)
        return Verdict("aggressive", summary + (_unsure(legal) if unsure else ""), min(55, 35 + 5 * len(pressure)), legal_dict)
    if is_debt or any(f.severity != "low" for f in findings):
        if sender is not None and sender.type in _SENDER_WARNING and any(f.rule_id in SENDER_NOTES for f in findings):
            summary, risk = _SENDER_WARNING[sender.type]
            if debt == "fee":  # pcg54: a bill is checked with its payee, not a lender
                summary = summary.replace(_SENDER_CHECK, SENDER_CHECK_FEE)
            return Verdict("reminder", summary + (_unsure(legal) if unsure else ""), risk, legal_dict)
        # pcg54: a person's ask-back or a payee's bill is not sent to 官方 App (debt_creditor.REMINDER_SUMMARY)
        plain = REMINDER_SUMMARY.get(debt or "", "这看起来是一条普通的还款提醒。" + _NOTHING)
        return Verdict("reminder", plain if not unsure else _unsure(legal), 15 if not findings else 20, legal_dict)
    return Verdict("not_collection", "这条短信看起来和欠款、催收无关。" + _NOTHING, 0, legal_dict)


# A message written to someone other than the borrower (analyzer/detectors/reader.py): the opening sentence says so,
# because "欠款可能是真的" is about the reader's own debt; the reader box below it says whose debt it is. A guarantor
# may be asked to pay, so it keeps the usual one.
_THIRD_PARTY_OPENING = {
    "unlawful_threat": "这条短信含有违法的威胁内容，而且是写给借款人以外的人（{who}）的：催收方把别人的欠款告诉你、"
                       "还这样说话，是违法的，你可以保存证据并投诉。",
    "aggressive": "这是一条施压较重的催收短信，而且是写给借款人以外的人（{who}）的：你可以不理会，也可以投诉。",
    "reminder": "这是一条写给借款人以外的人（{who}）的催收短信。",
}
# reader25: only asked to pass a message on or to help find the borrower, told nothing of the debt (no
# message_to_third_party finding): lawful in itself, but the reader owes no help.
_RELAY_ONLY_OPENING = ("这是一条写给借款人以外的人（{who}）的催收短信：只请你转告或帮忙找人、没有透露欠款，本身不违法，"
                       "但你没有义务转告，可以不理会；对方反复打扰、向你透露欠款或要你还钱，可以投诉。")


def for_reader(verdict: Verdict, role: str, relation: str | None, who: str, told: bool = True) -> Verdict:
    """The verdict as the reader should hear it: a third party (not a guarantor) is not told "欠款可能是真的"; the
    box under the verdict (reader.note, guide.third_party_reader) says the debt is not theirs. Scam, legal-notice and
    not-collection verdicts are the same for everyone. told: the message told the third party of the debt (the
    finding message_to_third_party); a reminder or pressure that only asks them to relay gets _RELAY_ONLY_OPENING."""
    opening = _THIRD_PARTY_OPENING.get(verdict.label)
    if role != "third_party" or relation == "guarantor" or opening is None:
        return verdict
    if not told and verdict.label in ("reminder", "aggressive"):
        opening = _RELAY_ONLY_OPENING
    return Verdict(verdict.label, opening.format(who=who), verdict.risk, verdict.legal_check)


def only_checked(verdict: Verdict, findings: list[Finding], checked: bool, doc: Document) -> Verdict:
    """A not-collection verdict with no finding on a paste that is only a number or a link (`checked`: a sender or a
    link was read) says so (ONLY_CHECKED). Moved out of analyzer/pipeline.py (round 38, move46)."""
    if verdict.label == "not_collection" and not findings and checked and not _message_words(doc):
        return replace(verdict, summary=ONLY_CHECKED)
    return verdict


def _message_words(doc: Document) -> str:
    """The message text without its links, spaces and punctuation: empty when only a number or a link was checked."""
    text = doc.text
    for link in reversed(doc.links):
        text = text[:link.start] + text[link.end:]
    return re.sub(r"[\s\W_]+", "", text)
