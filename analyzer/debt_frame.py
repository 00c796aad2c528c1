"""The reader's loan in a state that needs money from them, as one frame (gate16): a loan object (a loan word
from the lexicon's `loan_debt`, or a lending brand or product from knowledge/data/lenders.json) with an unpaid
or late state (没还, 过了三天, 到期了, 再拖) or a repayment act (还上, 补上, 结清) in the same clause or the next,
or with a deadline and a general act (今天…处理一下, 今晚前交上); and, with no loan named, a deadline, a sum
and a repayment act (今晚24点前把1860元还上). The loan is the reader's: the clause before it names no one else
(我的花呗, 朋友说他的借呗), and a message that speaks only of the writer (我…, no 你) is about the writer's own
loan. Paid-off, disbursal, marketing and scam-warning messages are set aside by debt_context.about_debt before
and after this frame."""
from __future__ import annotations

import re
from functools import lru_cache

from analyzer.firstchar import literal_first
from analyzer.lexicon import load as load_lexicon, trie_pattern
from knowledge import registry

# Lenders whose names and aliases name a loan (a bank's name names an account as often as a loan: only its
# products count).
_LENDING_KINDS = ("consumer_finance_company", "online_platform", "finance_leasing")
_GAP = r"[^。!?;\n]"
_SUM = r"(?:\d{2,7}(?:\.\d{1,2})?(?:元|块钱?|万)?|[\d一二两三四五六七八九十百千]{1,5}(?:块钱?|元|万))"
# Whose loan: the last person named before the frame in its clause.
_CLAUSE_START = re.compile(r"[,。!?;\n]")
_SENTENCE_START = re.compile(r"[。!?\n]")
# 我们, 我司, 我行, 我平台, 他们: the firm, the collectors; 欠我, 借我, 找我: 我 as the object; “我的-账单”: an App's menu.
_FIRM = r"(?![们司行方院部处局所社]|平台|公司|中心|单位|这边|这里)"
# aggr17: 在我店, 在我这 is a place (你在我店办理的手机分期已逾期4天 is the reader's instalment), not the owner.
# gate18: 他/她 after 找, 借, 欠, 给, 还, 跟, 向 is the creditor, not the owner (您找她借的五百块还没还: the reader's debt).
_OWNER = re.compile(r"你|您|妳|(?<![欠借给还找跟向对让叫帮替和与被把在“\"「])我" + _FIRM
                    + r"|俺|咱(?!们)|(?<![欠借给还找跟向])(?:他(?!们)|她(?!们))|对方|朋友|同事|别人|人家|网友|有人")
# Between the loan and its state, another subject: the loan's approval, payout, a coupon, an order, a deposit
# (贷款审批已经过了三天, 花呗的免息券今天到期, 这笔交易未支付, 那笔钱帮你存进定期了，到期了提醒你).
# (gate18: also a card's annual fee, 信用卡年费600元将于12月15日扣收)
_BETWEEN_NOT = re.compile(r"审批|审核|申请|放款|下款|到账|开通|激活|提额|券|红包|利率|优惠|活动|积分|会员|交易|订单|快递|包裹|定期|理财|存款|基金|存进"
                          r"|年费")
# The platform gone under (网贷平台倒闭了，钱还没还就跑路了): news or gossip, not a demand.
_COLLAPSE = re.compile(r"倒闭|跑路|暴雷|爆雷|被查|立案侦查")
# A credit line on offer, not a loan owed (银行授予你的备用金…将于12月31日到期，可用于…，申请回2).
# (lawful17: also a coupon, whose 逾期将失效 is its expiry: 免息券…借款后逾期将失效)
_OFFER = re.compile(r"授予|可用于|最高可借|最高可贷|随借随还|申请回|回复1|低至|领取额度|立即领取|免息券|优惠券|利息券|折扣券|还款券")
# A card renewed or expiring (您的信用卡即将到期，新卡已寄出): the card, not a debt, falls due.
_CARD_RENEWAL = re.compile(r"新卡|换卡|换发|续卡|有效期")
# Asked to pass the message on (请转告你儿子…处理他的借款): his loan is the reason for writing to the reader.
_RELAY = re.compile(r"转告|转达|通知(他|她)|让(他|她)|叫(他|她)|告诉(他|她)|提醒(他|她)")
_YOU = re.compile(r"你|您|妳")
# The repayment asked about (…还了吗, …还了没): a lender's question when it names the loan as a lender would (a
# brand or product, 贷款, 借款, 账单: 借呗这个月你还了没); about 借的钱 it is a relative's or a friend's question
# (你借的钱还了吗), no demand.
_ASKED = re.compile(r"(?:吗|嘛|么|没有?)$")
_FORMAL_LOAN = re.compile(r"贷|借款|欠款|分期|账单|信用卡|白条|月付")
_ME = re.compile(r"我" + _FIRM + r"|俺|咱(?!们)")  # 我们 is the lender as often as the writer


def brands() -> list[str]:
    """Lending brands and products from the registry, without the parent brands the lexicon's
    `brand_not_debt` lists and without Latin names (ABC, Lexin: parts of other words)."""
    lexicon = load_lexicon()
    not_debt = re.compile(lexicon.expand("{brand_not_debt}"))
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
    handle = "(?:处理|还上|还清|结清|补上|(?<=记得|别忘|忘了|赶紧|抓紧)还)"
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
        f"{handle}(?:一下)?(?:你|您|他|她)?的?(?:{obj})(?=[,。!?;吧啊呢]|$|的事|这件事)",
        # money not paid back, said of the money itself (钱不还，电话也不接; 钱还不还; gate18: 借的两百块还没还;
        # aggr18: also 钱再不还我就…)
        r"(?:钱|块|元)(?:也|都|就|还|一直|再)?(?:不还|没还|还不还)(?=[,。!?;吧啊呢]|$|了|还|就|也|我)",
        # no loan named: putting it off, then the lender's lever (再不处理，今天就走流程; 一直不回，只能移交法务)
        f"(?:{delay}){_GAP}{{0,12}}{lever}",
    ]
    return tuple(re.compile(b) for b in branches)


@lru_cache(maxsize=1)
def dispute_moved() -> re.Pattern[str]:
    """aggr17: the reader's loan as a dispute moved on to mediation or court (您与XX的借款纠纷已进入诉前调解阶段,
    您与某小贷公司的纠纷已申请调解);
    read only in a message that says 你/您 (a court's news item 一起借款纠纷进入诉前调解 is not the reader's)."""
    obj = literal_first(load_lexicon().expand("{loan_debt}") + "|" + trie_pattern(brands()))
    return re.compile(f"(?:{obj}){_GAP}{{0,6}}纠纷{_GAP}{{0,6}}(?:进入|转入|移送|移交|提交|转至|申请|委托)(?:到|至)?{_GAP}{{0,8}}"
                      "(?:调解|诉讼|法院|立案|仲裁)")


@lru_cache(maxsize=1)
def loan_named() -> re.Pattern[str]:
    """A loan word or a lending brand (the frame's loan objects without 账单, 款项)."""
    return re.compile(literal_first(load_lexicon().expand("{loan_debt}") + "|" + trie_pattern(brands())))


@lru_cache(maxsize=1)
def loan_brand() -> re.Pattern[str]:
    """A lending brand or product from the registry (借呗, 花呗, 安逸花)."""
    return re.compile(trie_pattern(brands()))


@lru_cache(maxsize=1)
def utility_bill() -> re.Pattern[str]:
    """A carrier's, a utility's or a public body's bill (lexicon `utility_bill`)."""
    return re.compile(load_lexicon().expand("{utility_bill}"))


@lru_cache(maxsize=1)
def jest() -> re.Pattern[str]:
    """A friend's joke (哈哈哈, 开玩笑的, 😂): lexicon `jest`; a joke about a debt is no demand."""
    return re.compile(literal_first(load_lexicon().expand("{jest}")))


@lru_cache(maxsize=1)
def collector_role() -> re.Pattern[str]:
    """The lender's collection department naming itself (贷后部门, 资产保全部): lexicon `collector_role`."""
    return re.compile(literal_first(load_lexicon().expand("{collector_role}")))


# aggr18: a third party's own business, not a lender's (a race organiser, a courier, a school or a hospital that cannot
# reach someone also asks to have them call back).
_RELAY_NOT = re.compile(r"报名|比赛|赛事|活动|快递|包裹|快件|医院|住院|体检|学校|老师|家长|面试|入职|招聘|背景调查|背调|派出所|警官|民警"
                        r"|领取|激活|开卡")


# ...and an employer asked about a loan applicant (李**申请房贷，需向贵单位核实其是否在贵司工作) is no collection.
_APPLYING = re.compile(r"申请|审批|审核|授信|办理|开户")


@lru_cache(maxsize=1)
def _relay_parts() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lexicon = load_lexicon()
    return (re.compile(literal_first(lexicon.expand("{relay_callback}"))),
            re.compile(literal_first(lexicon.expand("{employment_check}"))),
            re.compile(literal_first(lexicon.expand("{contact_named}"))))


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


# gate19: money named by its amount (3260元, 1582.60, 8600, 两千块), not a date, a phone number or a count (2025年, 12月,
# 13800138000, 3天), nor a code or a number (合同编号ht2024001, 尾号6621, 第3期)
_MONEY = (r"(?<![\d.,a-z号第])(?:\d{1,7}(?:\.\d{1,2})?(?:元|块钱?|万元?)|\d{3,7}\.\d{1,2}|[一二两三四五六七八九十百千]{1,5}(?:块钱?|元|万)"
          r"|\d{3,7}(?![\d.:年月日号点时期天个分秒%位次人条笔件届楼室栋层斤克]))")
# ...and what the reader is asked to do with it (存入, 转过来, 还给我, 结清; 必须到账)
_PAY_IN = re.compile(r"存入|存到|存进|存够|存足|备足|转过来|打过来|转回|(?:转|打|还)给?我(?![们司])|还上|还清|结清|补上|补齐"
                     r"|(?:必须|务必|一定要)[^,。!?;\n]{0,4}(?:到账|入账|到位|到)")
# ...or asked in with no pointer at all, in a creditor's voice (今天必须入账，不然按流程走)
_MONEY_ACT = re.compile(r"结清|结掉|清掉|还上|还清|到位|到账|入账|凑齐|凑够|转过来|打过来|存进去|补上|补齐|回款")
# Money paid to the reader (补偿款30,000元将于本月底前支付至您的账户): the reader is owed, not owing.
# (also 给你转了500: the writer paying)
_TO_READER = re.compile(r"(支付|转|打|汇|退|付|发放|划)(至|到|给|入)(您|你)|给(你|您)(转|打|汇|还|付)")
# The firm promising to act itself (关于您的问题，我司将于今天之内答复; 您的情况我们会尽快处理): no demand on the reader.
# (also an act done for the reader, 会尽快给你答复, and money on its way, 理赔款将于3个工作日内到账)
_WE_ACT = re.compile(r"(我|我们|我司|本司|本公司|我行|客服|工作人员|专员)[^,。!?;\n]{0,4}(将|会|已|正在|马上|稍后|为(您|你)|帮(您|你))"
                     r"|给(你|您)(?!们)|^(会|将)|(将|预计|会|可)(于|在)?[^,。!?;\n]{0,8}(到账|入账|到位)")
# A demand with no pointer at all counts in the voice of a collection process (按流程, 走下一步, 上报, 法务, 征信) when
# it asks the reader to get in touch (马上回电, 出面, 给个说法): 今天不处理 there may be a contract's or a server's.
_PROCESS = re.compile(r"流程|程序|下一步|上报|逼我们|法务|征信|外访|委外|起诉|诉讼")
_CONTACT = re.compile(r"回电|电话|答复|回复|联系|出面|说法|交代|准话|态度")
# A demand whose act takes some other object (再不处理这个漏洞): not about the money.
_OTHER_OBJECT = re.compile(r"(这|那|该|此)(个|些|件|份|项|张|批)?")
# Between a pointer and its demand, another subject (an application, a coupon, a parcel: 你的事…申请…尽快处理).
_INDIRECT_NOT = re.compile(r"审批|审核|申请|放款|下款|开通|激活|提额|券|红包|优惠|活动|积分|会员|快递|包裹|理财|基金")


@lru_cache(maxsize=1)
def _indirect() -> dict[str, re.Pattern[str]]:
    """gate19: the parts of indirect_owed. Each is scanned for on its own and the demand is matched next to a pointer
    found (the joined frames start with groups literal_first cannot distribute, and re would try them at every position)."""
    lexicon = load_lexicon()
    ask = lexicon.expand("(?:{debt_ask})")
    pointer = "(?:{money_pointer})|(?:{matter_pointer})"
    return {
        "money": re.compile(literal_first(lexicon.expand("{money_pointer}"))),
        "matter": re.compile(literal_first(lexicon.expand("{matter_pointer}"))),
        "ask": re.compile(literal_first(ask)),
        # the demand after a pointer (款子今天能不能到位), or a pointer closing the clause after the demand (处理好你的事情)
        "ask_after": re.compile(f"{_GAP}{{0,16}}{ask}"),
        "pointer_after": re.compile(f"{_GAP}{{0,6}}(?:{lexicon.expand(pointer)})(?=[,。!?;吧啊呢吗]|$)"),
        "evasion": re.compile(literal_first(lexicon.expand("{debtor_evasion}"))),
        "voice": re.compile(literal_first(lexicon.expand("{collector_voice}|{lender_lever}|{collector_role}"))),
        "deadline": re.compile(literal_first(lexicon.expand("{repay_deadline}"))),
        "money_after": re.compile(f"{_GAP}{{0,12}}{_MONEY}"),
    }


_MONEY_RE = re.compile(_MONEY)


@lru_cache(maxsize=1)
def _creditor_voice() -> re.Pattern[str]:
    """gate19: lexicon `collector_voice` alone (without the lender's levers, which a lawyer or a court paying the reader
    names too), for a sum with a deadline."""
    return re.compile(literal_first(load_lexicon().expand("{collector_voice}")))


def _we_act(f: str, end: int) -> bool:
    """The clause that ends at `end` (where a frame's demand ends) has the firm acting itself (_WE_ACT)."""
    start = max((e.end() for e in _CLAUSE_START.finditer(f, 0, end)), default=0)
    return bool(_WE_ACT.search(f, start, end))


def _pointed(f: str, pointers: re.Pattern[str], parts: dict[str, re.Pattern[str]], asks: list[re.Match[str]],
             addressed: bool) -> bool:
    """A pointer of `pointers` with a demand after it, or closing the clause after a demand of `asks`, asked of the
    reader (not the firm acting itself, not another subject in between)."""
    for m in pointers.finditer(f):
        demand = parts["ask_after"].match(f, m.end())
        if (demand and not (_INDIRECT_NOT.search(f, m.start(), demand.end()) or _we_act(f, demand.end()))
                and _owned_by_reader(f, m.start(), addressed)):
            return True
    for a in asks:
        tail = parts["pointer_after"].match(f, a.end())
        if (tail and pointers.search(f, a.end(), tail.end()) and not _we_act(f, tail.end())
                and _owned_by_reader(f, a.start(), addressed)):
            return True
    return False


def indirect_owed(f: str, addressed: bool) -> bool:
    """gate19: the reader's debt pointed at without a debt word, in folded text `f`: a pointer to the money (款子, 这个月的,
    你的账, 该还的) with a demand (今天能不能到位, 必须处理); a pointer to the matter (你那件事, 你的情况, 合同编号…) with a
    demand, said in a creditor's voice (后果自负, 按流程, 上报, 我司; lexicon `collector_voice`, `lender_lever`) or to a
    debtor in hiding (装死, 不接电话; `debtor_evasion`); in that voice, and with no pointer, a debtor in hiding and a
    demand (人间蒸发了？再不出面处理，我们就按流程走了), the money asked in (今天必须入账) or a call back asked for in the
    name of a collection process (马上回电，不要逼我们走下一步); or a sum and a deadline (3260元，今天18点前) with the money
    asked in (存入, 转过来) or the creditor's voice. Whose debt: the last person named before it in its clause."""
    parts = _indirect()
    asks = list(parts["ask"].finditer(f))
    if asks and _pointed(f, parts["money"], parts, asks, addressed):
        return True
    hiding = parts["evasion"].search(f)
    voices = [v.group() for v in parts["voice"].finditer(f)] if asks else []
    if asks and (hiding or voices) and _pointed(f, parts["matter"], parts, asks, addressed):
        return True
    if voices and (addressed or _YOU.search(f) or not _ME.search(f)):
        process = any(_PROCESS.search(v) for v in voices)
        if any((hiding or _MONEY_ACT.search(a.group()) or process and _CONTACT.search(a.group()))
               and not _we_act(f, a.end()) and not _OTHER_OBJECT.match(f, a.end()) for a in asks):
            return True
    creditor = None
    for d in parts["deadline"].finditer(f):
        sentence_start = max((e.end() for e in _SENTENCE_START.finditer(f, 0, d.start())), default=0)
        after = parts["money_after"].match(f, d.end())
        before = [m for m in _MONEY_RE.finditer(f, max(sentence_start, d.start() - 30), d.start())
                  if d.start() - m.end() <= 12 and not _SENTENCE_START.search(f, m.end(), d.start())]
        if not (after or before):
            continue
        end = _SENTENCE_START.search(f, d.end())
        sentence = f[sentence_start:end.start() if end else len(f)]
        if _TO_READER.search(sentence):
            continue
        creditor = creditor if creditor is not None else bool(_creditor_voice().search(f))
        if ((_PAY_IN.search(sentence) and (addressed or hiding) or creditor)
                and _owned_by_reader(f, before[0].start() if before else d.start(), addressed)):
            return True
    return False


def loan_owed(f: str, addressed: bool) -> bool:
    """Whether folded text `f` holds the frame for the reader's own loan. `addressed`: the message speaks to
    the reader or is signed (debt_context.addressed, document signatures)."""
    found = ((addressed or _YOU.search(f)) and collector_role().search(f)) or any(
        _reader_owes(f, m, addressed) for pattern in frame() for m in pattern.finditer(f)) or (
        _YOU.search(f) and any(_reader_owes(f, m, addressed, between=False) for m in dispute_moved().finditer(f))) or (
        indirect_owed(f, addressed))
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
    return _owned_by_reader(f, m.start(), addressed)


def _owned_by_reader(f: str, at: int, addressed: bool) -> bool:
    """The last person named before `at` in its clause is the reader (or 他/她 in a message relayed to the reader); with
    no one named, a message that speaks to the reader or not only of the writer."""
    start = 0
    for e in _CLAUSE_START.finditer(f, 0, at):
        start = e.end()
    owners = _OWNER.findall(f, start, at)
    if owners:
        return bool(_YOU.fullmatch(owners[-1]) or owners[-1] in ("他", "她") and _RELAY.search(f))
    return addressed or bool(_YOU.search(f)) or not _ME.search(f)


def writers_own(f: str, starts: list[int]) -> bool:
    """Whether every debt phrase starting at `starts` in folded text `f` is the writer's own: the last person
    named before it in its clause is 我 (姐，我花呗逾期了两天; 我再不还，他们就要起诉我了). 我们 is the firm, and
    他/她 stay the reader's concern (a collector tells a relative 他欠我们的钱)."""
    if not starts:
        return False
    for at in starts:
        start = 0
        for e in _CLAUSE_START.finditer(f, 0, at):
            start = e.end()
        owners = _OWNER.findall(f, start, at)
        if not owners and not _YOU.search(f) and "请" not in f:
            # lawful17: a clause naming no one goes on from the sentence's last person (兄弟我最近手头紧，网贷都逾期了);
            # not in a message to the reader (我是平台客服，逾期了请尽快处理: the collector introduces itself)
            sentence = max((e.end() for e in _SENTENCE_START.finditer(f, 0, at)), default=0)
            found = list(_OWNER.finditer(f, sentence, at))
            # 我是小李，逾期三天了: a self-introduction names the caller, not the debtor
            owners = [] if found and f.startswith("是", found[-1].end()) else [m.group() for m in found]
        if not owners or not _ME.fullmatch(owners[-1]):
            return False
    return True
