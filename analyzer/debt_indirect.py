"""Collection said without a debt word (gate19), in folded text: a pointer to the money (款子, 这个月的, 你的账, 该还的)
or to the matter (你那件事, 你的情况, 合同编号…) with a demand, a debtor in hiding, a creditor's voice or a collection
process, or a sum with a deadline. The lexicon classes are money_pointer, matter_pointer, debt_ask, collector_voice,
debtor_evasion, lender_lever, collector_role and repay_deadline. Used by analyzer/debt_frame.py (loan_owed): a message
whose only debt is pointed at this way opens the debt-gated rules as a loan word does."""
from __future__ import annotations

import re
from functools import lru_cache

from analyzer.debt_owner import (GAP as _GAP, SENTENCE_START, clause_opening, owned_by_reader, reader_may_own,
                                 sentence_opening)
from analyzer.firstchar import literal_first
from analyzer.lexclass import lex_class
from analyzer.lexicon import load as load_lexicon
from analyzer.prefilter import any_branch_keys
from knowledge import derived_cache

# gate19: money named by its amount (3260元, 1582.60, 8600, 两千块), not a date, a phone number or a count (2025年, 12月,
# 13800138000, 3天), nor a code or a number (合同编号ht2024001, 尾号6621, 第3期)
_MONEY = (r"(?<![\d.,a-z号第])(?:\d{1,7}(?:\.\d{1,2})?(?:元|块钱?|万元?)|\d{3,7}\.\d{1,2}|[一二两三四五六七八九十百千]{1,5}(?:块钱?|元|万)"
          r"|\d{3,7}(?![\d.:年月日号点时期天个分秒%位次人条笔件届楼室栋层斤克]))")
# ...and what the reader is asked to do with it (存入, 转过来, 还给我, 结清; 必须到账)
_PAY_IN = derived_cache.compile(r"存入|存到|存进|存够|存足|备足|转过来|打过来|转回|(?:转|打|还)给?我(?![们司])|还上|还清|结清|补上|补齐"
                     r"|(?:必须|务必|一定要)[^,。!?;\n]{0,4}(?:到账|入账|到位|到)")
# ...or asked in with no pointer at all, in a creditor's voice (今天必须入账，不然按流程走)
_MONEY_ACT = derived_cache.compile(r"结清|结掉|清掉|还上|还清|到位|到账|入账|凑齐|凑够|转过来|打过来|存进去|补上|补齐|回款")
# Money paid to the reader (补偿款30,000元将于本月底前支付至您的账户): the reader is owed, not owing.
# (also 给你转了500: the writer paying)
_TO_READER = derived_cache.compile(r"(支付|转|打|汇|退|付|发放|划)(至|到|给|入)(您|你)|给(你|您)(转|打|汇|还|付)")
# The firm promising to act itself (关于您的问题，我司将于今天之内答复; 您的情况我们会尽快处理): no demand on the reader.
# (also an act done for the reader, 会尽快给你答复, and money on its way, 理赔款将于3个工作日内到账)
_WE_ACT = derived_cache.compile(r"(我|我们|我司|本司|本公司|我行|客服|工作人员|专员)[^,。!?;\n]{0,4}(将|会|已|正在|马上|稍后|为(您|你)|帮(您|你))"
                     r"|给(你|您)(?!们)|^(会|将)|(将|预计|会|可)(于|在)?[^,。!?;\n]{0,8}(到账|入账|到位)")
# A demand with no pointer at all counts in the voice of a collection process (按流程, 走下一步, 上报, 法务, 征信) when
# it asks the reader to get in touch (马上回电, 出面, 给个说法): 今天不处理 there may be a contract's or a server's.
_PROCESS = derived_cache.compile(r"流程|程序|下一步|上报|逼我们|法务|征信|外访|委外|起诉|诉讼")
_CONTACT = derived_cache.compile(r"回电|电话|答复|回复|联系|出面|说法|交代|准话|态度")
# A demand whose act takes some other object (再不处理这个漏洞): not about the money.
_OTHER_OBJECT = derived_cache.compile(r"(这|那|该|此)(个|些|件|份|项|张|批)?")
# Between a pointer and its demand, another subject (an application, a coupon, a parcel: 你的事…申请…尽快处理).
_INDIRECT_NOT = derived_cache.compile(r"审批|审核|申请|放款|下款|开通|激活|提额|券|红包|优惠|活动|积分|会员|快递|包裹|理财|基金")


@lru_cache(maxsize=1)
def _indirect() -> dict[str, re.Pattern[str]]:
    """gate19: the parts of indirect_owed. Each is scanned for on its own and the demand is matched next to a pointer
    found (the joined frames start with groups literal_first cannot distribute, and re would try them at every position)."""
    lexicon = load_lexicon()
    ask = lexicon.expand("(?:{debt_ask})")
    pointer = "(?:{money_pointer})|(?:{matter_pointer})"
    return {
        "money": lex_class("money_pointer"),
        "matter": lex_class("matter_pointer"),
        "ask": derived_cache.compile(literal_first(ask)),
        # the demand after a pointer (款子今天能不能到位), or a pointer closing the clause after the demand (处理好你的事情)
        "ask_after": derived_cache.compile(f"{_GAP}{{0,16}}{ask}"),
        "pointer_after": derived_cache.compile(f"{_GAP}{{0,6}}(?:{lexicon.expand(pointer)})(?=[,。!?;吧啊呢吗]|$)"),
        "evasion": lex_class("debtor_evasion"),
        "voice": lex_class("collector_voice", "lender_lever", "collector_role"),
        "deadline": lex_class("repay_deadline"),
        "money_after": derived_cache.compile(f"{_GAP}{{0,12}}{_MONEY}"),
    }


_MONEY_RE = derived_cache.compile(_MONEY)


def _we_act(f: str, end: int) -> bool:
    """The clause that ends at `end` (where a frame's demand ends) has the firm acting itself (_WE_ACT)."""
    return bool(_WE_ACT.search(f, clause_opening(f, end), end))


def _pointed(f: str, pointers: re.Pattern[str], parts: dict[str, re.Pattern[str]], asks: list[re.Match[str]],
             addressed: bool) -> bool:
    """A pointer of `pointers` with a demand after it, or closing the clause after a demand of `asks`, asked of the
    reader (not the firm acting itself, not another subject in between)."""
    for m in pointers.finditer(f):
        demand = parts["ask_after"].match(f, m.end())
        if (demand and not (_INDIRECT_NOT.search(f, m.start(), demand.end()) or _we_act(f, demand.end()))
                and owned_by_reader(f, m.start(), addressed)):
            return True
    for a in asks:
        tail = parts["pointer_after"].match(f, a.end())
        if (tail and pointers.search(f, a.end(), tail.end()) and not _we_act(f, tail.end())
                and owned_by_reader(f, a.start(), addressed)):
            return True
    return False


@lru_cache(maxsize=1)
def indirect_keys() -> frozenset[str] | None:
    """speed25: keys one of which a text must hold for indirect_owed to be True: those of its demand (`ask`) and of its
    deadline (prefilter.any_branch_keys; every True answer comes from a match of one of the two), None if one of them
    has no gate."""
    parts = _indirect()
    gates = [any_branch_keys(parts["ask"]), any_branch_keys(parts["deadline"])]
    return None if None in gates else frozenset().union(*gates)


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
    if voices and reader_may_own(f, addressed):
        process = any(_PROCESS.search(v) for v in voices)
        if any((hiding or _MONEY_ACT.search(a.group()) or process and _CONTACT.search(a.group()))
               and not _we_act(f, a.end()) and not _OTHER_OBJECT.match(f, a.end()) for a in asks):
            return True
    creditor = None
    for d in parts["deadline"].finditer(f):
        sentence_start = sentence_opening(f, d.start())
        after = parts["money_after"].match(f, d.end())
        before = [m for m in _MONEY_RE.finditer(f, max(sentence_start, d.start() - 30), d.start())
                  if d.start() - m.end() <= 12 and not SENTENCE_START.search(f, m.end(), d.start())]
        if not (after or before):
            continue
        end = SENTENCE_START.search(f, d.end())
        sentence = f[sentence_start:end.start() if end else len(f)]
        if _TO_READER.search(sentence):
            continue
        # gate19: lexicon `collector_voice` alone (without the lender's levers, which a lawyer or a court paying the
        # reader names too), for a sum with a deadline
        creditor = creditor if creditor is not None else bool(lex_class("collector_voice").search(f))
        if ((_PAY_IN.search(sentence) and (addressed or hiding) or creditor)
                and owned_by_reader(f, before[0].start() if before else d.start(), addressed)):
            return True
    return False
