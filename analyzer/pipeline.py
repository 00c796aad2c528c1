"""Runs the detectors, merges and orders findings, and decides the verdict.

No detector is written here: rules run in analyzer/rules.py, code detectors
live in analyzer/detectors/. Every message goes through every rule; whether it
is about a debt only chooses between reminder and not_collection.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timezone
from functools import lru_cache

from analyzer import rules as rule_engine
from analyzer.detectors import facts as facts_detector
from analyzer.detectors import legal as legal_detector
from analyzer.detectors import lender as lender_detector
from analyzer.detectors import links as links_detector
from analyzer.detectors import reader as reader_detector
from analyzer.detectors import reported as reported_detector
from analyzer.detectors import warned as warned_detector
from analyzer.detectors import sender as sender_detector
from analyzer.detectors.numbers import classify, load_geodata
from analyzer.document import Document, parse
from analyzer.firstchar import literal_first
from analyzer.limits import BEIJING, MAX_TEXT_CHARS
from analyzer.lexicon import load as load_lexicon
from analyzer.loan.hint import loan_hint
from analyzer.normalize import fold
from analyzer.report import Finding, InputError, LenderMatch, LinkInfo, NumberInfo, Report
from analyzer.verdict import decide
from knowledge import registry
from knowledge.advice import Advisor

THIRD_PARTY_GUIDE = "guide.third_party_reader"
# Stands in for guide.verdict.scam when the message has no debt in it (no "check your lender's App").
NO_DEBT_SCAM_GUIDE = "guide.verdict.scam_no_debt"
LEGAL_NOTICE_GUIDE = "guide.verdict.legal_notice"

# DEMAND, STRONG_DEBT and CALLBACK go through literal_first (same matches; re can skip ahead to
# their first characters); no group of theirs is read.
# Phrases that mention money owed without asking for it.
NOT_DEBT = re.compile(r"逾期(将|会|则|即)?(被)?(退回|退件|作废|失效|不候|取消|清零|视为放弃|自动放弃)|已(于[^,。!?;\n]{0,12})?完成(自动)?还款|还款[^。!?;\n]{0,16}(扣款|扣收|划扣)成功|提前还款|成功还款|如有外币欠款|每期应还|已还清|已结清|还款成功|已还本息|已到账|已到[^,。]{0,12}银行卡|额度|放款|申请|提额|办理|贷款产品|无抵押|利率|分期已受理|总账分期|还款(券|红包|优惠|立减|礼包|方便|便捷|更方便|更便捷|轻松|省心)")
DEMAND = re.compile(literal_first(r"(?<!已)还款(?!日|成功|卡|方式|账户)|还钱|不还(钱|款|清|上|的话|就|将)|罚息|违约金|滞纳金|逾期|欠款|拖欠|催收|催缴|清收|应还|待还(款|金额|本金|账单|\d)|未还|还款到期|最低还款|账单[^。]{0,16}(还款日|到期)|还款日[^。]{0,12}(请[^,。]{0,4}(存入|还款|备足|及时)|存入|备足)|还款日[^。]{0,16}账单|尽快还|立即还|请还款|还清|结清|债务|欠钱|欠债|追偿|透支|自动扣款|老赖|已过期[^,。!?;\n]{0,16}天"
                    # a demand for money owed, without the word 欠款: 你欠的5000元 / 今天必须还，不然…
                    r"|欠(的|了|我们的?|我的|你的)\d{0,9}[^,。!?;\n]{0,6}(钱|元|块|万)|(必须|今天|今晚|马上|赶紧|立刻)还(钱|上|清|款)?(?=[,，。!！?？]|不然|否则|$)"
                    # a loan or bill falling due, an amount still to pay (also in templates: 款项今日到期, 本期仅需还2159元)
                    r"|(借款|贷款|款项|本息|欠款|分期|账单)[^,。!?;\n]{0,6}到期|(仅需|只需|还需|需)还(人民币|rmb)?\d|欠(了|下)[^,。!?;\n]{0,6}(债|钱|款)|(借款|欠款|贷款|借的钱|款项)[^,。!?;\n]{0,6}(尚未|未|没有?)(归还|偿还|还上)|(无法|没钱|没有能力|拒不)(偿还|归还)|还款日[^。]{0,16}(保证|确保|留足|余额充足)|(再|还|就是|都|坚持|拒绝|一直|迟迟|总是|老是)不还(?=[,，。!！?？]|$)"
                    # "when will you pay" as a reproach: 非要我天天催你才还吗
                    r"|(你|您)才(肯)?还(?=[吗嘛呢啊]|[,，。!！?？]|$)"
                    # a private creditor's demand: 你借我的3万块钱 / 借给你的钱 / 什么时候还我
                    r"|(?<!申)借了?(我|我们)的?[^,。!?;\n]{0,6}(钱|元|块|万)|借给(你|您)的?[^,。!?;\n]{0,4}(钱|元|块|万)"
                    r"|(钱|元|块|万)[^。!?\n]{0,20}(?<!归)还(给)?我(?=[,。!?;吧啊呢]|$)|还(给)?我(钱|的钱)|把(钱|欠款|账|欠的钱)还(了|上|清|给)"
                    # the lender asks when the money lent is coming back (去年借你的15万什么时候还), or writes the debt off
                    r"|借(给)?(你|您)的?[^,。!?;\n]{0,6}(钱|元|块|万)[^。!?\n]{0,8}(什么时候|何时|啥时候|几时|哪天|到底|打算|还不)[^。!?\n]{0,4}还"
                    r"|(借款|贷款|欠款|账户|账单)[^,。!?;\n]{0,4}(已|已经|已被)(转为|列为|记为|成为)?坏账"
                    # a private creditor asks for an old account to be settled with them (这个账得给我结一下)
                    r"|账[^,。!?;\n]{0,10}给(我|我们)(结|还|清)"))
# The lender's own collection step, named without any debt word (已移交法务处理, 法务部门已介入, 已转交委外催收,
# 已进入委外前审核): the
# message is about the reader's debt. A report about a company's legal department (据悉, 涉事, 调查) is not.
COLLECTION_STEP = re.compile(r"(已|已经|现已)(被)?(移交|转交|转入|转至|交由|交给)(至|到|给)?(我司|公司|平台|本司)?的?(法务|法律部|委外|催收部)"
                             r"|(法务|法务部|法务部门|法务团队|法务中心)[^,。!?;\n]{0,2}(已|已经|现已|正式)(正式)?介入"
                             r"|(将|即将|已|已经)[^,。!?;\n]{0,3}(委外催收|安排外访)"
                             # the reader's account or case moved towards outside collection (本账户已进入委外前审核, 您的案件将
                             # 统一委外); 委外 alone is any outsourcing (IT运维委外处理), so the account or case is the subject
                             r"|(账户|账号|案件|借款|欠款|你|您)[^,。!?;\n]{0,8}(进入|转入|纳入|列入|统一|安排|启动|提交)[^,。!?;\n]{0,2}委外")
COLLECTION_STEP_NOT = re.compile(r"据悉|据报道|记者|涉事|回应|声明|网友|调查|纠纷|投诉|维权")
# An automatic debit of a repayment that failed, with money to be put in (今日扣款未成功…请存入足额资金, 代扣贷款本息失败，
# 余额不足): the instalment is due and unpaid. A failed card purchase, top-up or bill debit (消费, 充值, 电费, 社保) is
# no loan, and such debits name what they are for, so those objects rule it out (消费贷款 and 消费金融 are loans).
DEBIT_FAILED = re.compile(r"(扣款|代扣|划扣|扣收|自动还款|还款)[^。!?\n]{0,12}(失败|未成功|不成功|未能成功|没有成功|未扣成功)"
                          r"[^。!?\n]{0,40}(存入|存足|存够|备足|补足|充足|余额不足|足额|再次扣款|重新扣款)"
                          r"|(余额不足|资金不足)[^。!?\n]{0,12}(扣款|代扣|划扣|自动还款)[^。!?\n]{0,6}(失败|未成功|不成功)")
DEBIT_NOT_LOAN = re.compile(r"消费(?!贷|金融|信贷|分期)|购买|订单|商户|充值|话费|流量|电费|水费|燃气|煤气|物业|暖气|供暖|社保|医保|养老|公积金|税"
                            r"|保费|保险费|学费|通行费|etc|会员|订阅|续费|停车")
# The message speaks to someone (news about courts and police does not): second person,
# a request, or a named or masked person (某某, XXX, 张某).
ADDRESSED = re.compile(r"你|您|妳|贵|客户|用户|借款人|阁下|^\W{0,3}(已|将|即将)被|(?<![申邀聘提恳])请(?![求示愿假柬教])|某某|x{2,}|\*{2,}|[\u4e00-\u9fff]某|[#$]?\{[a-z_]{1,20}\}")
# A private creditor speaks without "you" as often as with it: 欠我的钱什么时候还.
STRONG_DEBT = re.compile(literal_first(r"逾期|催收|欠款|应还|待还|还钱|欠钱|欠债|老赖|坏账|(?<!已)还款(?!日|成功|卡|方式|账户)"
                                       r"|欠(我|我们)的?\d{0,9}[^,。!?;\n]{0,6}(钱|元|块|万)|借(给)?(你|您)的"))
INSTITUTION = re.compile(r"银行|我行|银联|信用社|农信|法院|公安|警方|派出所|检察院|司法|律师事务所|律所|政府|消费金融|金融|客服中心|平台|借呗|花呗|白条|微粒贷")
CALLBACK = re.compile(literal_first(r"(?:请|速|立即|及时)?(?:致电|拨打|联系|咨询|垂询|详询|回电|来电)[^,。!！]{0,12}?(?:[:：]?\s*(?:x{3,}|\*{3,}|…+|\.{3,}|[0-9]))"))
CALLBACK_MASK = re.compile(r"x{3,}|\*{3,}|…|\.{3,}")

# Whether ADDRESSED occurs, written so that every branch starts with a literal and re skips ahead
# to those characters (ADDRESSED's ^, class and optional-prefix branches make it try every
# position): the look-behinds sit after 请 and 某, x{2,} occurs where xx does, [#$]?{…} where {…}
# does, and the anchored branch is a match at 0. Only used while ADDRESSED is the pattern it was
# derived from; tests/test_pipeline_speed.py checks that it is still in use and agrees.
_ADDRESSED_DERIVED_FROM = r"你|您|妳|贵|客户|用户|借款人|阁下|^\W{0,3}(已|将|即将)被|(?<![申邀聘提恳])请(?![求示愿假柬教])|某某|x{2,}|\*{2,}|[\u4e00-\u9fff]某|[#$]?\{[a-z_]{1,20}\}"
_ADDRESSED_ANYWHERE = re.compile(r"你|您|妳|贵|客户|用户|借款人|阁下|请(?<![申邀聘提恳]请)(?![求示愿假柬教])|某(?<=[\u4e00-\u9fff]某)|某某|xx|\*\*|\{[a-z_]{1,20}\}")
_ADDRESSED_AT_START = re.compile(r"\W{0,3}(?:已|将|即将)被")


def addressed(text: str) -> bool:
    """bool(ADDRESSED.search(text)), answered faster."""
    if ADDRESSED.pattern != _ADDRESSED_DERIVED_FROM:
        return bool(ADDRESSED.search(text))
    return bool(_ADDRESSED_ANYWHERE.search(text) or _ADDRESSED_AT_START.match(text))


# A loan just paid out (发放借款通知, 支付成功, 审批金额) that only adds "请按时还款": not a demand, unless
# something is overdue or owed.
DISBURSED = re.compile(r"发放借款|借款发放|放款成功|已放款|借款已?到账|审批金额|已发放至|已支付至")
OWED = re.compile(r"逾期|欠款|催收|未还|拖欠|应还|待还|到期|还款日|账单")


# A repayment receipt (还款金额…本期账单已还清 / 到账后账单即还清) with nothing still owed or overdue.
PAID_OFF = re.compile(r"(已|即|均已|全部)(还清|结清)|还款成功|已成功还款")
STILL_OWED = re.compile(r"逾期|欠款|催收|未还|拖欠|应还|待还|仍需|尚需|还需|剩余|最低还款|扣款失败|罚息|违约金")


# An advert offering to collect other people's debts for the reader (专业清收各类欠款, 全国追收疑难债务, 代收帐
# …成功计费): the debt words are the service on sale, not the reader's own debt, unless the text names that.
COLLECTION_AD = re.compile(r"(专业|合法|全国|律师|代为?|承接|快速|高效)[^,。!?;\n]{0,6}(清收|追收|收债|收帐|收账|讨债|要债|追债)"
                           r"[^。!?\n]{0,40}(各类|各种|疑难|三角|工程款|成功[^,。!?;\n]{0,2}(收费|计费|付费)|不成功不收费|付费|详询|咨询|电话|联系|保留)")
READER_DEBT = re.compile(r"(你|您)(在[^,。!?;\n]{1,12})?的(借款|欠款|贷款|账单|信用卡|分期)|(你|您)(已|已经)?逾期|(你|您)尾号\d{3,4}")


@lru_cache(maxsize=1)
def scam_warning() -> re.Pattern[str]:
    """A warning to the public about other people's scams (警惕冒充催收的诈骗短信, 提醒广大客户：不法分子以逾期
    为由……): a warning verb and the party that cheats, from the lexicon's scam_warning and scam_party."""
    return re.compile(load_lexicon().expand(r"{scam_warning}[^。!?\n]{0,24}{scam_party}"))


# A credit-card debt: checked and negotiated with the card-issuing bank (发卡银行), not a lender's App.
# 停息挂账, 透支 and 最低还款 mean a card unless the text names a loan.
CARD_NAMED = re.compile(r"信用卡|贷记卡|卡中心")
CARD_WORDS = re.compile(r"停息挂账|个性化分期|透支|最低还款|账单分期")
LOAN_NAMED = re.compile(r"网贷|借款|贷款|借呗|花呗|白条|微粒贷|消费金融|小贷")


def debt_kind(doc: Document) -> str | None:
    """"card" for a message about a credit-card debt, else None (a loan, or not told)."""
    if CARD_NAMED.search(doc.f) or (CARD_WORDS.search(doc.f) and not LOAN_NAMED.search(doc.f)):
        return "card"
    return None


def about_debt(doc: Document) -> bool:
    """Debt words in a message to the reader; news about 拖欠工资 or 不良贷款, adverts for
    collecting other people's debts, and warnings to the public about collection scams are not."""
    if COLLECTION_AD.search(doc.f) and not READER_DEBT.search(doc.f):
        return False
    stripped = NOT_DEBT.sub("", doc.f)
    if DISBURSED.search(doc.f) and not OWED.search(stripped):
        return False
    if PAID_OFF.search(doc.f) and not STILL_OWED.search(doc.f):
        return False
    if COLLECTION_STEP.search(stripped) and not COLLECTION_STEP_NOT.search(doc.f):
        return not scam_warning().search(doc.f)
    if DEBIT_FAILED.search(stripped) and not DEBIT_NOT_LOAN.search(doc.f) and (doc.signatures or addressed(doc.f)):
        return not scam_warning().search(doc.f)
    if not (DEMAND.search(stripped) and (doc.signatures or ADDRESSED.search(doc.f) or STRONG_DEBT.search(stripped))):
        return False
    # Its debt words describe the scam; a reminder that ends in such a warning names the reader's own debt.
    return not (scam_warning().search(doc.f) and not READER_DEBT.search(doc.f))


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
    dt = dt.replace(tzinfo=BEIJING) if dt.tzinfo is None else dt
    try:  # 0001-01-01T00:00+23:59 parses but cannot be shown in Beijing time
        dt.astimezone(timezone.utc).astimezone(BEIJING)
    except OverflowError:
        raise InputError(f"时间超出可用范围：{value!r}。请填写真实的收信时间，例如 2026-11-29T23:15。") from None
    return dt


def callback_unofficial(doc: Document, numbers: tuple[NumberInfo, ...]) -> bool:
    """The message asks the reader to call a number that is masked or not an official one."""
    for m in CALLBACK.finditer(doc.f):
        if CALLBACK_MASK.search(doc.f, m.start(), m.end() + 16):
            return True
        s, _ = doc.span(m.start(), m.end())
        for n in numbers:
            if n.start is not None and n.start >= s and n.start - s < 30:
                if n.type != "service_short_code" and not n.official_for:
                    return True
    return False


def own_links_only(doc: Document, links: tuple[LinkInfo, ...], lender: LenderMatch | None) -> bool:
    """Every link in the message is the sender's own (links_detector.senders_own): a 京东 refund notice
    linking jd.com, a court e-service notice linking its platform's IP address, point to no lure."""
    if not links:
        return False
    court = links_detector.court_service(doc)
    lender_id = lender.id if lender is not None else None
    return all(links_detector.senders_own(link, lender_id, court) for link in links)


class Analyzer:
    """Holds everything built once per process: registry indexes and compiled rules."""

    def __init__(self) -> None:
        records = registry.lenders()
        self.kinds = registry.kinds()
        self.category_of = {k: v["category"] for k, v in self.kinds.items()}
        lexicon = load_lexicon()
        self.rules = rule_engine.compile_rules(registry.rules(), lexicon)
        self.without_debt = {r.id: r.severity_without_debt for r in registry.rules() if r.severity_without_debt}
        self.modality = rule_engine.Modality(lexicon)
        self.index = lender_detector.LenderIndex.build(records, lambda s: fold(s).text)
        self.official_phone = {c.value: r.id for r in records for c in r.contacts if c.type == "phone" and c.status == "official"}
        self.official_domain = {c.value: r.id for r in records for c in r.contacts if c.type == "domain" and c.status == "official"}
        self.known_domain = {c.value: r.id for r in records for c in r.contacts if c.type == "domain"}
        self.advisor = Advisor.load()
        # Guides a verdict names in kinds.toml (used beside, or until there is, guide.verdict.<label>).
        self.verdict_guides = {k: tuple(v.get("guides", ())) for k, v in registry.verdicts().items()}

    def warm(self) -> None:
        """Compile now what the CLI leaves to the first message that needs it: every rule pattern
        (a bad one fails here) and phonenumbers' region data. Servers and batch workers call it at
        start-up so that no request pays for it."""
        self.rules.warm()
        load_geodata()

    def analyze(self, text: object, sender: str | None = None, received_at: str | datetime | None = None) -> Report:
        if not isinstance(text, str):
            raise InputError(f"短信内容必须是文本（字符串），收到的是 {type(text).__name__}。")
        if len(text) > MAX_TEXT_CHARS:
            raise InputError(f"短信太长：{len(text)} 个字符，最多 {MAX_TEXT_CHARS} 个。请只粘贴一条短信。")
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

        contexts = {
            "@debt": lambda _d: is_debt,
            "@addressed": lambda d: is_debt or addressed(d.f),
            "@institution": lambda d: bool(INSTITUTION.search(d.f)),
            "@callback_unofficial": lambda d: callback_unofficial(d, numbers),
            "@sender_personal": lambda _d: sender_info is not None and sender_info.type in sender_detector.PERSONAL_SENDER,
            "@link_unverified": lambda d: not own_links_only(d, links, lender),
        }
        clauses = self.modality.clauses(doc.f)  # clause ends and modality markers, found once per message
        # What a warning quotes (谨防…, 不法分子以…为由, …均为诈骗) is blanked for the rules: not asked of the reader.
        spans = warned_detector.quoted(doc.f)
        rule_doc = warned_detector.masked(doc, spans) if spans else doc
        findings = rule_engine.run(rule_doc, self.rules, contexts, self.category_of, self.modality,
                                   clauses if rule_doc is doc else None)
        findings = reported_detector.drop_reported(doc, findings)  # "…属于违法行为", "…被判处": not a threat
        # Any scam finding makes the message's links risky (not only those of some rule files).
        phishing = any(f.category == "scam" for f in findings)
        findings += links_detector.findings(doc, links, lender, is_debt or phishing, phishing)
        findings += sender_detector.findings(doc, dressed, sender_info, when, is_debt)
        reader = reader_detector.detect(doc, clauses.negated, is_debt)
        if not any(f.kind == "third_party_contact" for f in findings):
            findings += reader_detector.findings(doc, reader, is_debt)
        legal = legal_detector.assess(doc, findings, numbers, links, sender_info)
        if legal.verifiable:
            # Checkable court details and no scam marker: the claim of a court process is not fake.
            findings = [f for f in findings if f.kind not in ("fake_legal_process", "impersonation")]
        elif legal.served_unsure:
            # A court's e-delivery notice (court name, official case number) whose only doubt is its link: the
            # verdict is an unsure legal notice to check through 12368, not a fake process.
            findings = [f for f in findings if f.kind != "fake_legal_process"]
        if not is_debt and not legal.source:
            # Debt context only sets severity: "立即登录" or "最后机会" in an advert is not collection pressure.
            findings = [replace(f, severity="low") if f.kind == "urgency_pressure" else f for f in findings]
        # A court or arbitration notice addressed to the reader is about them even without debt words.
        legal_to_reader = legal.source and addressed(doc.f) and bool(legal.details)
        if not (is_debt or legal_to_reader):
            findings = without_collection_frame(findings, self.without_debt)
        findings = _dedupe(findings)
        debt = debt_kind(doc)
        verdict = decide(findings, is_debt or legal_to_reader, lender, sender_info, legal, debt)
        facts = facts_detector.extract(doc)
        fact_dicts = [f.to_dict() for f in facts]
        extra = (THIRD_PARTY_GUIDE,) if reader.role == "third_party" else ()
        if verdict.label == "scam" and not is_debt:
            extra += (NO_DEBT_SCAM_GUIDE,)
        if verdict.label == "legal_notice" or (legal.source and verdict.label != "scam"):
            extra += (LEGAL_NOTICE_GUIDE,) + self.verdict_guides.get("legal_notice", ())
        advice = self.advisor.advise(
            verdict=verdict.label, kinds=sorted({f.kind for f in findings}),
            lender_kind=lender.kind if lender else None, facts=fact_dicts, extra_guides=extra,
            debt=debt)
        return Report(text=text, received_at=when.isoformat() if when else None, lender=lender,
                      sender=sender_info, numbers=numbers, links=links, facts=facts,
                      findings=tuple(findings), verdict=verdict, guidance=advice.guidance,
                      actions=advice.actions, replies=advice.replies,
                      loan_check=loan_hint(fact_dicts, text) if len(facts) > 1 else None, reader=reader)


def without_collection_frame(findings: list[Finding], without_debt: dict[str, str]) -> list[Finding]:
    """Findings of a message with no debt words: a rule that declares `severity_without_debt` (a fragment
    friends, couriers and quarrels use too: 我在你楼下, 你这个骗子, 等着瞧) takes that severity, unless another
    finding whose frame is a collection threat or pressure on its own (派人去你公司, 全家死光, 将上门核实,
    已起诉) stands at medium or high and makes the message one from a collector."""
    framed = any(f.category in _COLLECTION_CATEGORIES and f.severity != "low" and f.rule_id not in without_debt
                 for f in findings)
    if framed:
        return findings
    return [replace(f, severity=without_debt[f.rule_id]) if f.rule_id in without_debt else f for f in findings]


_COLLECTION_CATEGORIES = ("unlawful_threat", "pressure")


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per (kind, span); ordered by position, then rule id."""
    seen: dict[tuple[str, int, int], Finding] = {}
    rank = {"high": 0, "medium": 1, "low": 2}
    for f in findings:
        key = (f.kind, f.start, f.end)
        if key not in seen or rank[f.severity] < rank[seen[key].severity]:
            seen[key] = f
    return sorted(seen.values(), key=lambda f: (f.start, f.end, f.rule_id))
