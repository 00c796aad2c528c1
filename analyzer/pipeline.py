"""Runs the detectors, merges and orders findings, and decides the verdict."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from analyzer import rules as rule_engine
from analyzer.detectors import facts as facts_detector
from analyzer.detectors import lender as lender_detector
from analyzer.detectors import links as links_detector
from analyzer.detectors.numbers import classify
from analyzer.document import Document, parse
from analyzer.normalize import fold
from analyzer.report import Finding, InputError, LenderMatch, NumberInfo, Report, Verdict
from analyzer.loan_hint import loan_hint
from analyzer.verdict import decide
from knowledge import registry
from knowledge.advice import Advisor

MAX_CHARS = 10_000
CST = timezone(timedelta(hours=8))

# Named contexts rules can require (`requires = ["@debt"]`).
# Phrases that mention money owed without asking for it.
NOT_DEBT = re.compile(r"成功还款|如有外币欠款|每期应还|已还清|已结清|还款成功|已还本息|已到账|已到[^,。]{0,12}银行卡|额度|放款|申请|提额|办理|贷款产品|无抵押|利率|分期已受理|总账分期")
DEMAND = re.compile(r"(?<!已)还款(?!日|成功|卡|方式|账户)|还钱|不还(钱|款|清|上|的话|就|将)|罚息|违约金|滞纳金|逾期|欠款|拖欠|催收|催缴|清收|应还|待还(款|金额|本金|账单|\d)|未还|还款到期|最低还款|扣款失败|账单[^。]{0,16}(还款日|到期)|还款日[^。]{0,12}(请[^,。]{0,4}(存入|还款|备足|及时)|存入|备足)|还款日[^。]{0,16}账单|尽快还|立即还|请还款|还清|结清|债务|欠钱|欠债|追偿|透支|自动扣款")
# The message speaks to the reader (news about courts and police does not).
ADDRESSED = re.compile(r"你|您|贵|客户|用户|借款人|阁下|^\W{0,3}(已|将|即将)被|(?<![申邀聘提恳])请(?![求示愿假柬教])")
STRONG_DEBT = re.compile(r"逾期|催收|欠款|应还|待还|还钱|欠钱|欠债|(?<!已)还款(?!日|成功|卡|方式|账户)")
INSTITUTION = re.compile(r"银行|我行|银联|信用社|农信|法院|公安|警方|派出所|检察院|司法|律师事务所|律所|政府|消费金融|金融|客服中心|平台|借呗|花呗|白条|微粒贷")
CALLBACK = re.compile(r"(?:请|速|立即|及时)?(?:致电|拨打|联系|咨询|垂询|详询|回电|来电)[^,。!！]{0,12}?(?:[:：]?\s*(?:x{3,}|\*{3,}|…+|\.{3,}|[0-9]))")
PERSONAL_SENDER = {"mobile", "virtual_operator_mobile", "foreign", "fixed_line"}


def about_debt(doc: Document) -> bool:
    """Debt words in a message to the reader; news about 拖欠工资 or 不良贷款 is not."""
    stripped = NOT_DEBT.sub("", doc.f)
    return bool(DEMAND.search(stripped)) and bool(
        doc.signatures or ADDRESSED.search(doc.f) or STRONG_DEBT.search(stripped))


def parse_time(value: str | datetime | None) -> datetime | None:
    """ISO-8601; a time without an offset is China Standard Time (UTC+8)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, str):
        try:
            dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise InputError(f"时间格式不对：{value!r}。请用 ISO-8601，例如 2026-11-29T23:15 或 2026-11-29T23:15:00+08:00。") from None
    else:
        raise InputError("received_at 必须是 ISO-8601 字符串。")
    return dt.replace(tzinfo=CST) if dt.tzinfo is None else dt


class Analyzer:
    """Holds everything built once per process: registry indexes and compiled rules."""

    def __init__(self) -> None:
        records = registry.lenders()
        self.kinds = registry.kinds()
        self.category_of = {k: v["category"] for k, v in self.kinds.items()}
        self.rules = rule_engine.compile_rules(registry.rules())
        self.index = lender_detector.LenderIndex.build(records, lambda s: fold(s).text)
        self.official_phone = {c.value: r.id for r in records for c in r.contacts if c.type == "phone" and c.status == "official"}
        self.official_domain = {c.value: r.id for r in records for c in r.contacts if c.type == "domain" and c.status == "official"}
        self.known_domain = {c.value: r.id for r in records for c in r.contacts if c.type == "domain"}
        self.advisor = Advisor.load()

    # -- contexts -------------------------------------------------------------
    def _contexts(self, sender: NumberInfo | None, numbers: tuple[NumberInfo, ...]):
        def callback_unofficial(doc: Document) -> bool:
            for m in CALLBACK.finditer(doc.f):
                tail = doc.f[m.start():m.end() + 16]
                if re.search(r"x{3,}|\*{3,}|…|\.{3,}", tail):
                    return True
                s, _ = doc.span(m.start(), m.end())
                for n in numbers:
                    if n.start is not None and n.start >= s and n.start - s < 30:
                        if n.type not in ("service_short_code",) and not n.official_for:
                            return True
            return False

        return {
            "@debt": about_debt,
            "@institution": lambda doc: bool(INSTITUTION.search(doc.f)),
            "@addressed": lambda doc: bool(ADDRESSED.search(doc.f)) or about_debt(doc),
            "@callback_unofficial": callback_unofficial,
            "@sender_personal": lambda doc: sender is not None and sender.type in PERSONAL_SENDER,
        }

    # -- analysis -------------------------------------------------------------
    def analyze(self, text: object, sender: str | None = None, received_at: str | datetime | None = None) -> Report:
        if not isinstance(text, str):
            raise InputError(f"短信内容必须是文本（字符串），收到的是 {type(text).__name__}。")
        if len(text) > MAX_CHARS:
            raise InputError(f"短信太长：{len(text)} 个字符，最多 {MAX_CHARS} 个。请只粘贴一条短信。")
        if sender is not None and not isinstance(sender, str):
            raise InputError("发信号码必须是文本。")
        when = parse_time(received_at)
        sender = (sender or "").strip() or None
        doc = parse(text, sender, when)

        link_domains = []
        for link in doc.links:
            host = re.split(r"[/:?#]", re.sub(r"^https?://", "", link.text), maxsplit=1)[0]
            link_domains.append((links_detector.registered_domain(host), link.start, link.end))
        is_debt = about_debt(doc)
        lender, dressed = lender_detector.detect(doc, self.index, self.official_phone, self.official_domain,
                                                 link_domains, about_debt=is_debt)
        lender_phones = None
        if lender and lender.id:
            lender_phones = tuple(c["value"] for c in lender.official_contacts if c["type"] == "phone") or None
        numbers = tuple(classify(n.text, self.official_phone, lender_phones, n.start, n.end) for n in doc.numbers)
        sender_info = classify(sender, self.official_phone, lender_phones) if sender else None
        links = links_detector.analyse(doc, self.official_domain, self.known_domain, lender.id if lender else None)

        contexts = self._contexts(sender_info, numbers)
        contexts["@debt"] = lambda _doc: is_debt
        contexts["@addressed"] = lambda d: is_debt or bool(ADDRESSED.search(d.f))
        findings = rule_engine.run(doc, self.rules, contexts, self.category_of)
        phishing = any(f.rule_id.startswith("scam.impersonation.phishing") for f in findings)
        findings += self._link_findings(doc, links, lender, is_debt or phishing, phishing)
        findings += self._sender_findings(doc, lender, dressed, when if is_debt else None)
        findings += self._signature_findings(doc, sender_info)
        findings = _dedupe(findings)
        verdict = decide(findings, is_debt, lender, sender_info)
        facts = facts_detector.extract(doc)
        fact_dicts = [f.to_dict() for f in facts]
        advice = self.advisor.advise(
            verdict=verdict.label, kinds=sorted({f.kind for f in findings}),
            lender_kind=lender.kind if lender else None, facts=fact_dicts)
        return Report(text=text, received_at=when.isoformat() if when else None, lender=lender,
                      sender=sender_info, numbers=numbers, links=links, facts=facts,
                      findings=tuple(findings), verdict=verdict, guidance=advice.guidance,
                      actions=advice.actions, replies=advice.replies,
                      loan_check=loan_hint(fact_dicts, text) if len(facts) > 1 else None)

    def _finding(self, kind: str, rule_id: str, severity: str, start: int, end: int, text: str, why: str) -> Finding:
        return Finding(kind=kind, rule_id=rule_id, category=self.category_of[kind], severity=severity,
                       start=start, end=end, excerpt=text[start:end], explanation=why, kb_refs=(f"guide.{kind}",))

    def _link_findings(self, doc: Document, links, lender: LenderMatch | None, debt: bool,
                       phishing: bool = False) -> list[Finding]:
        out = []
        pressure = phishing or re.search(r"逾期|欠款|冻结|解冻|征信|违章|罚款|法律|起诉|风险|异常|违规|注销", doc.f)
        for link in links:
            if link.ip_host:
                out.append(self._finding("suspicious_link", "link.ip_host", "high", link.start, link.end, doc.text,
                                         "链接用的是 IP 地址而不是域名，正规机构不会这样发，很可能是钓鱼网站。"))
            elif link.lookalike_of:
                out.append(self._finding("suspicious_link", "link.lookalike", "high", link.start, link.end, doc.text,
                                         f"这个网址模仿 {link.lookalike_of}，但不是它，是仿冒网站的典型做法。"))
            elif link.official_for and lender and lender.id and link.official_for != lender.id:
                out.append(self._finding("suspicious_link", "link.other_lender_domain", "medium", link.start, link.end, doc.text,
                                         "链接属于另一家机构，和短信自称的机构对不上。"))
            elif not link.official_for and debt and pressure:
                genuine_sig = bool(lender and lender.id and lender.signature)
                out.append(self._finding(
                    "suspicious_link", "link.unverified_in_debt_notice", "low" if genuine_sig else "medium",
                    link.start, link.end, doc.text,
                    "催收或风险通知里的链接不是核实过的官方网址：不要点，直接打开贷款机构自己的 App 处理。"))
        return out

    def _sender_findings(self, doc: Document, lender: LenderMatch | None, dressed, when: datetime | None) -> list[Finding]:
        out = []
        if dressed is not None:
            out.append(self._finding(
                "impersonation", "impersonation.signature.dressed_name", "medium", dressed.start, dressed.end, doc.text,
                "短信签名在机构名后面加了“法务部”“服务中心”之类的字样；运营商要求签名用登记的公司或产品名，这种签名很可能是冒用。"))
        if when is not None:
            local = when.astimezone(CST)
            if local.hour >= 22 or local.hour < 8:
                out.append(Finding(
                    kind="night_or_frequency", rule_id="pressure.night.received_at", category=self.category_of["night_or_frequency"],
                    severity="medium", start=0, end=0, excerpt="",
                    explanation=f"这条短信在北京时间 {local:%H:%M} 收到；推荐性国家标准 GB/T 45251—2025 要求除非你同意，22:00 至次日 08:00 不得催收。",
                    kb_refs=("guide.night_or_frequency",)))
        return out


    def _signature_findings(self, doc: Document, sender: NumberInfo | None) -> list[Finding]:
        """A 【signature】 is added by the bulk-SMS gateway; from a personal number it was typed by hand."""
        if sender is None or sender.type not in PERSONAL_SENDER or not doc.signatures:
            return []
        sig = doc.signatures[0]
        return [self._finding(
            "signature_mismatch", "info.signature.personal_sender", "low", sig.start, sig.end, doc.text,
            "短信签名【】是企业短信通道自动加上的；这条短信却来自个人或境外号码，签名是对方自己打上去的，不能说明就是这家机构发的。")]


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per (kind, span); ordered by position, then rule id."""
    seen: dict[tuple[str, int, int], Finding] = {}
    rank = {"high": 0, "medium": 1, "low": 2}
    for f in findings:
        key = (f.kind, f.start, f.end)
        if key not in seen or rank[f.severity] < rank[seen[key].severity]:
            seen[key] = f
    return sorted(seen.values(), key=lambda f: (f.start, f.end, f.rule_id))
