"""The reader's loan in a state that needs money from them, as one frame (gate16): a loan object (a loan word
from the lexicon's `loan_debt`, or a lending brand or product from knowledge/data/lenders.json) with an unpaid
or late state (没还, 过了三天, 到期了, 再拖) or a repayment act (还上, 补上, 结清) in the same clause or the next,
or with a deadline and a general act (今天…处理一下, 今晚前交上); and, with no loan named, a deadline, a sum
and a repayment act (今晚24点前把1860元还上). The loan is the reader's: the clause before it names no one else
(我的花呗, 朋友说他的借呗), and a message that speaks only of the writer (我…, no 你) is about the writer's own
loan (whose loan: analyzer/debt_owner.py). With no debt word at all, collection pointed at another way (款子今天能不能
到位, 你那件事…按流程走) is read by analyzer/debt_indirect.py. Paid-off, disbursal, marketing and scam-warning messages
are set aside by debt_context.about_debt before and after this frame."""
from __future__ import annotations

import re
from functools import lru_cache

from analyzer.debt_indirect import indirect_keys, indirect_owed
from analyzer.debt_plan import plan_owed
from analyzer.debt_owner import GAP as _GAP, YOU as _YOU, owned_by_reader
from analyzer.debt_owner import writers_own  # noqa: F401 - analyzer/debt_context.py imports it from here
from analyzer.firstchar import literal_first
from analyzer.lexclass import lex_class
from analyzer.lexicon import load as load_lexicon, trie_pattern
from analyzer.prefilter import any_branch_keys, text_keys
from knowledge import derived_cache
from knowledge import registry

# Lenders whose names and aliases name a loan (a bank's name names an account as often as a loan: only its
# products count).
_LENDING_KINDS = ("consumer_finance_company", "online_platform", "finance_leasing")
_SUM = r"(?:\d{2,7}(?:\.\d{1,2})?(?:元|块钱?|万)?|[\d一二两三四五六七八九十百千]{1,5}(?:块钱?|元|万))"
# Between the loan and its state, another subject: the loan's approval, payout, a coupon, an order, a deposit
# (贷款审批已经过了三天, 花呗的免息券今天到期, 这笔交易未支付, 那笔钱帮你存进定期了，到期了提醒你).
# (gate18: also a card's annual fee, 信用卡年费600元将于12月15日扣收)
# (gate23: an order bought on credit, 先用后付订单, 分期订单, is the debt itself)
_BETWEEN_NOT = derived_cache.compile(r"审批|审核|申请|放款|下款|到账|开通|激活|提额|券|红包|利率|优惠|活动|积分|会员|交易"
                          r"|(?<!先用后付)(?<!分期)(?<!月付)订单|快递|包裹|定期|理财|存款|基金|存进"
                          r"|年费")
# The platform gone under (网贷平台倒闭了，钱还没还就跑路了): news or gossip, not a demand.
_COLLAPSE = derived_cache.compile(r"倒闭|跑路|暴雷|爆雷|被查|立案侦查")
# A credit line on offer, not a loan owed (银行授予你的备用金…将于12月31日到期，可用于…，申请回2).
# (lawful17: also a coupon, whose 逾期将失效 is its expiry: 免息券…借款后逾期将失效)
_OFFER = derived_cache.compile(r"授予|可用于|最高可借|最高可贷|随借随还|申请回|回复1|低至|领取额度|立即领取|免息券|优惠券|利息券|折扣券|还款券")
# A card renewed or expiring (您的信用卡即将到期，新卡已寄出): the card, not a debt, falls due.
_CARD_RENEWAL = derived_cache.compile(r"新卡|换卡|换发|续卡|有效期")
# The repayment asked about (…还了吗, …还了没): a lender's question when it names the loan as a lender would (a
# brand or product, 贷款, 借款, 账单: 借呗这个月你还了没); about 借的钱 it is a relative's or a friend's question
# (你借的钱还了吗), no demand.
_ASKED = derived_cache.compile(r"(?:吗|嘛|么|没有?)$")
_FORMAL_LOAN = derived_cache.compile(r"贷|借款|欠款|分期|账单|信用卡|白条|月付")


def brands() -> list[str]:
    """Lending brands and products from the registry, without the parent brands the lexicon's
    `brand_not_debt` lists and without Latin names (ABC, Lexin: parts of other words)."""
    not_debt = lex_class("brand_not_debt", literal=False)
    words = {p for r in registry.lenders() for p in r.products}
    words |= {n for r in registry.lenders() if r.kind in _LENDING_KINDS for n in r.names()}
    return sorted(w for w in words if len(w) >= 2 and re.search(r"[\u4e00-\u9fff]", w)
                  and not not_debt.fullmatch(w) and not w.isascii())


@lru_cache(maxsize=1)
def frame() -> tuple[re.Pattern[str], ...]:
    """The frame's branches, each compiled on its own: joined, the alternation is too large for literal_first
    and re would try it at every position (about 2 µs a character)."""
    lexicon = load_lexicon()
    # Each branch opens with literal words (the loan as a trie, a deadline, 把, a delay) so that re scans for them.
    obj = literal_first(lexicon.expand("{loan_debt}|{bill_word}") + "|" + trie_pattern(brands()))
    act = lexicon.expand("(?:{repay_act})")
    state = lexicon.expand("(?:{unpaid_state})")
    deadline = literal_first(lexicon.expand("{repay_deadline}"))
    settle = lexicon.expand("(?:{settle_act})")
    delay = literal_first(lexicon.expand("{delay_reproach}"))
    lever = lexicon.expand("(?:{lender_lever})")
    # (gate18: also a plain 还 after a reminder word, 明天记得还借呗, 别忘了还信用卡)
    # (gate23: also with the day between, 记得明天还房贷)
    handle = "(?:处理|还上|还清|结清|补上|(?<=记得|别忘|忘了|赶紧|抓紧)(?:今天|今晚|明天|明日|后天)?还)"
    not_to_you = r"(?!" + _GAP + r"{0,3}给(?:你|您))"
    branches = [
        f"(?:{obj})(?:{_GAP}{{0,12}}(?:{state}|{act})|{_GAP}{{0,8}}(?:{deadline}){_GAP}{{0,8}}{settle})",
        f"(?:{deadline})(?:{_GAP}{{0,6}}(?:{obj}){_GAP}{{0,8}}(?:{settle}|{act})"
        f"|{_GAP}{{0,8}}{_SUM}{_GAP}{{0,4}}还(?:上|清|了|掉|进去)?(?=[,。!?;吧啊呢]|$|不然|否则){not_to_you}"
        f"|{_GAP}{{0,6}}还(?:上|清)?{_SUM}{not_to_you}"
        # a deadline on the money not sent (今天不把钱打过来, 今晚再不把钱转过来)
        f"|{_GAP}{{0,4}}(?:不|没|再不)把钱(?:打|转|汇|还|给|送))",
        f"把{_SUM}(?:还上|还清|还了|补上){not_to_you}",
        # the act before the loan: 尽快处理他的借款, 还上你的花呗 (the loan ends the clause: not 处理贷款申请)
        # (gate23: also ending in a soft particle, 今天记得还花呗哦)
        f"{handle}(?:一下)?(?:你|您|他|她)?的?(?:{obj})(?=[,。!?;吧啊呢哦喔呀哈啦嘛~]|$|的事|这件事)",
        # money not paid back, said of the money itself (钱不还，电话也不接; 钱还不还; gate18: 借的两百块还没还;
        # aggr18: also 钱再不还我就…)
        r"(?:钱|块|元)(?:也|都|就|还|一直|再)?(?:不还|没还|还不还)(?=[,。!?;吧啊呢]|$|了|还|就|也|我)",
        # no loan named: putting it off, then the lender's lever (再不处理，今天就走流程; 一直不回，只能移交法务)
        f"(?:{delay}){_GAP}{{0,12}}{lever}",
    ]
    return tuple(derived_cache.compile(b) for b in branches)


@lru_cache(maxsize=1)
def dispute_moved() -> re.Pattern[str]:
    """aggr17: the reader's loan as a dispute moved on to mediation or court (您与XX的借款纠纷已进入诉前调解阶段,
    您与某小贷公司的纠纷已申请调解);
    read only in a message that says 你/您 (a court's news item 一起借款纠纷进入诉前调解 is not the reader's)."""
    return derived_cache.compile(f"(?:{loan_named().pattern}){_GAP}{{0,6}}纠纷{_GAP}{{0,6}}"
                      f"(?:进入|转入|移送|移交|提交|转至|申请|委托)(?:到|至)?{_GAP}{{0,8}}(?:调解|诉讼|法院|立案|仲裁)")


@lru_cache(maxsize=1)
def _dispute_keys() -> frozenset[str] | None:
    """speed20b: dispute_moved's keys (纠纷; met in none of the 202 bench messages), None if it has none."""
    return any_branch_keys(dispute_moved())


def _may_match(gate: frozenset[str] | None, keys: set[str] | frozenset[str]) -> bool:
    """False only when a pattern's gate (any_branch_keys) shares no key with the text's keys: it cannot match."""
    return gate is None or not gate.isdisjoint(keys)


@lru_cache(maxsize=1)
def loan_named() -> re.Pattern[str]:
    """A loan word or a lending brand (the frame's loan objects without 账单, 款项)."""
    return derived_cache.compile(literal_first(load_lexicon().expand("{loan_debt}") + "|" + trie_pattern(brands())))


@lru_cache(maxsize=1)
def loan_brand() -> re.Pattern[str]:
    """A lending brand or product from the registry (借呗, 花呗, 安逸花)."""
    return derived_cache.compile(trie_pattern(brands()))


def utility_bill() -> re.Pattern[str]:
    """A carrier's, a utility's or a public body's bill (lexicon `utility_bill`)."""
    return lex_class("utility_bill", literal=False)


def jest() -> re.Pattern[str]:
    """A friend's joke (哈哈哈, 开玩笑的, 😂): lexicon `jest`; a joke about a debt is no demand."""
    return lex_class("jest")


def collector_role() -> re.Pattern[str]:
    """The lender's collection department naming itself (贷后部门, 资产保全部): lexicon `collector_role`."""
    return lex_class("collector_role")


# aggr18: a third party's own business, not a lender's (a race organiser, a courier, a school or a hospital that cannot
# reach someone also asks to have them call back).
_RELAY_NOT = derived_cache.compile(r"报名|比赛|赛事|活动|快递|包裹|快件|医院|住院|体检|学校|老师|家长|面试|入职|招聘|背景调查|背调|派出所|警官|民警"
                        r"|领取|激活|开卡")


# ...and an employer asked about a loan applicant (李**申请房贷，需向贵单位核实其是否在贵司工作) is no collection.
_APPLYING = derived_cache.compile(r"申请|审批|审核|授信|办理|开户")


@lru_cache(maxsize=1)
def _relay_parts() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (lex_class("relay_callback", "gatethirtyfive_relay"),  # gate35: named, masked
            lex_class("employment_check"), lex_class("contact_named"))


@lru_cache(maxsize=1)
def _collector_role_keys() -> frozenset[str] | None:
    """speed25: collector_role's keys (prefilter.any_branch_keys), None if it has none."""
    return any_branch_keys(collector_role())


@lru_cache(maxsize=1)
def _relay_keys() -> tuple[frozenset[str] | None, frozenset[str] | None]:
    relay, employment, _contact = _relay_parts()
    return any_branch_keys(relay), any_branch_keys(employment)


def may_relay(keys: set[str] | frozenset[str]) -> bool:
    """speed25: False only when a text with these keys (text_keys) cannot hold relayed_callback's frame: none of the
    keys of its relay request or of its employment check (met in 16 and 9 of the 202 bench messages)."""
    relay, employment = _relay_keys()
    return _may_match(relay, keys) or _may_match(employment, keys)


def relayed_callback(f: str) -> bool:
    """aggr18: a lender asks someone other than the borrower to have the borrower call back (您的朋友留了您的电话作为
    联系人…麻烦您让他尽快回电; 我们是XX银行信用卡中心…请转告其回电) or asks the employer whether the borrower still
    works there, with no debt word: the message is about the borrower's debt when the reader is named as the
    borrower's contact or a loan, a lender or a collection department is named (lexicon `relay_callback`,
    `employment_check`, `contact_named`, `loan_debt`, `collector_role`)."""
    relay, employment, contact = _relay_parts()
    if not (relay.search(f) or employment.search(f) and not _APPLYING.search(f)) or _RELAY_NOT.search(f):
        return False
    return bool(contact.search(f) or loan_named().search(f) or collector_role().search(f))


@lru_cache(maxsize=1)
def _gated_frame() -> tuple[tuple[re.Pattern[str], frozenset[str] | None], ...]:
    """speed20b: frame()'s branches, each with the keys one of which its every match holds (prefilter.any_branch_keys):
    a text without any of them is not searched. Gating every branch cost least (loan_owed 122.9K -> 100.6K instructions
    a message over the 202 bench messages; only the two branches whose keys are met in under 2% of them, 105.5K)."""
    return tuple((p, any_branch_keys(p)) for p in frame())


@lru_cache(maxsize=1)
def _frame_needs() -> tuple[re.Pattern[str] | None, ...]:
    """speed26: per frame() branch, a pattern that matches somewhere in every text the branch matches (None: none
    kept). The loan branch, (loan)(…(state|act) | …deadline…settle), opens with the large loan trie, met in most
    messages (60% of the bench messages hold one of its keys, 18% match it): scanning for it and trying its tail at
    every loan word cost ~55K instructions a message; its every match holds a match of its state, its act or its
    deadline, and one scan for those sets aside half of the texts the keys let through (the same sub-pattern matches
    at the same place on its own: lookarounds read the same text). Likewise the delay branch, delay…lever: a lever."""
    return (lex_class("unpaid_state", "repay_act", "repay_deadline"), None, None, None, None, lex_class("lender_lever"))


def loan_owed(f: str, addressed: bool, keys: set[str] | frozenset[str] | None = None) -> bool:
    """Whether folded text `f` holds the frame for the reader's own loan. `addressed`: the message speaks to
    the reader or is signed (debt_context.addressed, document signatures). `keys`: f's text_keys, when known
    (a branch none of whose keys f holds is not searched; the answer is the same)."""
    if keys is None:
        keys = text_keys(f)
    # (speed25: collector_role and indirect_owed gated on their keys too, met in 36% and ~60% of the bench messages)
    found = ((addressed or _YOU.search(f)) and _may_match(_collector_role_keys(), keys) and collector_role().search(f)) or any(
        _reader_owes(f, m, addressed) for (pattern, gate), need in zip(_gated_frame(), _frame_needs())
        if _may_match(gate, keys) and (need is None or need.search(f)) for m in pattern.finditer(f)) or (
        _may_match(_dispute_keys(), keys) and _YOU.search(f)
        and any(_reader_owes(f, m, addressed, between=False) for m in dispute_moved().finditer(f))) or (
        _may_match(indirect_keys(), keys) and indirect_owed(f, addressed)) or plan_owed(f, addressed)  # neg75
    # the exclusions are read only when the frame is there (most messages have none of it)
    return bool(found) and not (_CARD_RENEWAL.search(f) or _OFFER.search(f) or _COLLAPSE.search(f) or jest().search(f)
                                or utility_bill().search(f) and not loan_named().search(f))


def _reader_owes(f: str, m: re.Match[str], addressed: bool, between: bool = True) -> bool:
    """Whether the frame match `m` is about the reader's loan: nothing else between its parts, and the last
    person named before it in its clause is the reader; with no one named, a message that speaks only of the
    writer (我…, no 你) is about the writer's own loan."""
    if between and _BETWEEN_NOT.search(m.group()):  # not for a dispute, which is 申请 to mediation (aggr17)
        return False
    if _ASKED.search(m.group()) and not (_FORMAL_LOAN.search(m.group()) or loan_brand().search(m.group())):
        return False
    return owned_by_reader(f, m.start(), addressed)
