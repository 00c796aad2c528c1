"""gate26: money the reader took or owes, named without a debt word (那笔钱, 你用的额度, 你那批货的尾款, 本息, 欠条),
left unpaid (拖了两个月, 一直装死, 失联, 到现在没动静, 超过约定日期) and asked to be settled (给个说法, 结一下, 补上, 安排一下,
回个电话): a collector's or a private creditor's message, though it says no 逾期, 欠款 or 还款.

Three frames (lexicon in knowledge/data/rules/zz_gate26.toml):
- the reader's money (`gtwsx_money` within 10 characters after 你/您) + an unpaid state (`gtwsx_stall`) + a demand to
  settle it (`gtwsx_demand`);
- the reader's money + a question when they will pay it (`gtwsx_pay`: 什么时候能结一下, 补上, 钱呢), with no state;
- money that is a debt by itself (`gtwsx_owed_money`: 本息, 欠条, 那笔钱) + state + demand, without 你.
Not read: money the reader lent, advanced, received or passed on (你借给二叔的那笔钱, 你帮我垫的), the writer's own
account of a bill or wage (no reader's money, or no state and no payment question); gate27: an order's unpaid balance
(lexicon gtwsx_purchase: 拍下, 订单, 预定), a third person's debt to the writer's side (小王欠咱的), a demand put to a third
person (问问他什么时候能给, 让她给个说法). debt_context.names_debt still
checks settled debts, the sender repaying, ordinary frames and scam warnings."""
from __future__ import annotations

import re
from functools import lru_cache

from analyzer.firstchar import literal_first
from analyzer.lexclass import lex_class
from analyzer.lexicon import load as load_lexicon
from analyzer.prefilter import any_branch_keys
from knowledge import derived_cache

# Between 你 and the money: the reader as lender, payer or receiver, not as debtor (你借给二叔的那笔钱, 你帮我垫的,
# 你转给房东的, 你收到的), or another person's money (你爸的, 你同事的).
_NOT_READERS = derived_cache.compile(r"借给|借出|垫|转给|转我|给我|帮我|替我|收到|还给|付给|交给|爸|妈|老公|老婆|同事|朋友")
# Money that is not the reader's debt though the frame above reads it so (the verdict's checks in debt_context.names_debt
# also read it): the reader lent it to a third person (你借给二叔的那笔钱他还了没), the writer owes it to the reader
# (你帮我垫的那笔钱, 那笔钱我一直拖着没还你), or the writer says when they will pay it back (今天下班就转你; not 明天打你:
# a blow, and 打你单位电话 a threat).
# gate27: not the reader paying the creditor (您转给本公司的款项尚未到账: the recipient is the writer's firm, a bank, a
# platform or an account), and 打给您 only as money (那笔钱明天打给你): 客服明天会打给您, 我们月底会再打给您确认 are a
# lender's calls about the reader's debt (both were reminders that gate26 turned into not_collection).
OTHERS_DEBT = derived_cache.compile(literal_first(
    r"(你|您)(借给|借出给|垫给|转给)(?!我)(?![^,。!?;\n]{0,6}(?:公司|银行|平台|机构|账户|账号|专户|我))[^,。!?;\n]{1,6}的"
    r"|(你|您)(帮|替|给)我(垫|付|出|交|还)的"
    r"|我[^,。!?;\n]{0,6}(没还|欠着|还没还)(你|您)"
    r"|(今天|明天|今晚|下班|晚上|回头|马上|这周[一二三四五六日末]?|周[一二三四五六日末]|月底|发工资)[^,。!?;\n]{0,4}(就|一定|再|会)?(转|还|补)(给)?(你|您)(?![的们])"
    r"|(钱|款|块|万|千)[^,。!?;\n]{0,6}打给(你|您)(?![的们])"))
_CHEAP = derived_cache.compile(r"你|您|本息|本金|利息|欠条|借条|那笔|这笔|尾款|周转")


@lru_cache(maxsize=None)
def _patterns() -> tuple[re.Pattern[str], ...]:
    lexicon = load_lexicon()
    reader_money = derived_cache.compile(literal_first(lexicon.expand("(?:你|您)(?!们)[^,。!?;\\n]{0,10}?{gtwsx_money}")))
    return (reader_money,) + tuple(lex_class(name)
                                   for name in ("gtwsx_owed_money", "gtwsx_stall", "gtwsx_demand", "gtwsx_pay",
                                                "gtwsx_purchase", "gtwsx_waiting", "gtwsx_chat_money", "gtwsx_group"))


@lru_cache(maxsize=1)
def _third_party() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """gate27: a demand whose subject is a third person (问问他什么时候能给, 让她给个说法), and a third person who owes the
    writer's side (小王欠咱的那笔钱, 他欠我的): the reader is a fellow creditor or a go-between, not the debtor."""
    lexicon = load_lexicon()
    subject = derived_cache.compile(r"(?<!其)(?:" + lexicon.expand("{gtwsx_third_party}") + r")[^,。!?;:\n你您]{0,3}$")
    debtor = derived_cache.compile(lexicon.expand(r"(?:{relative}|{contact}|他|她|小[\u4e00-\u9fff]|老[\u4e00-\u9fff]"
                                       r"|[二三四大小老幺][叔舅姨姑伯])[^,。!?;\n你您]{0,3}欠(?:咱|我(?![司行]))"))
    return subject, debtor


_CLAUSE_END = derived_cache.compile(r"[,。!?;\n]")


def _left_unpaid(f: str, stall: re.Pattern[str], waiting: re.Pattern[str]) -> bool:
    """gate27: an unpaid state in a clause where the reader is not waiting on an institution (您申请的额度提升到现在还在
    审核, 存款本息到现在还没有领取, 退款一直没处理: lexicon gtwsx_waiting), and not money left unpaid to the reader."""
    for m in stall.finditer(f):
        if f[m.end():m.end() + 1] in ("你", "您") and f[m.end() + 1:m.end() + 2] != "们":
            continue  # (报销的那笔钱财务到现在没给你: the money is owed to the reader)
        start = max((e.end() for e in _CLAUSE_END.finditer(f, 0, m.start())), default=0)
        end_match = _CLAUSE_END.search(f, m.end())
        if not waiting.search(f, start, end_match.start() if end_match else len(f)):
            return True
    return False


def _to_reader(f: str, matches: list[re.Match[str]]) -> bool:
    """Whether one of the demand matches is not said of a third person (gate27)."""
    subject = _third_party()[0]
    return any(not subject.search(f, max(0, m.start() - 5), m.start()) for m in matches)


def stalled_keys() -> frozenset[str] | None:
    """speed32: keys one of which a text must hold for stalled_money to answer True (_CHEAP's: prefilter.any_branch_keys)."""
    return any_branch_keys(_CHEAP)


def stalled_money(f: str) -> bool:
    """Whether folded text `f` names money the reader owes, left unpaid and asked to be settled (module docstring)."""
    if not _CHEAP.search(f):
        return False
    reader_money, owed_money, stall, demand, pay, purchase, waiting, money, group = _patterns()
    if not money.search(f):
        return False  # gate27: 你拿的那本书一直没还: the reader's borrowed thing, not money
    mentions = [not _NOT_READERS.search(m.group()) for m in reader_money.finditer(f)]
    own = any(mentions)
    if not own and (mentions or not owed_money.search(f)):  # (the money named is the reader's loan to someone else)
        return False
    if not own and group.search(f):
        return False  # gate27: 各位，团购的尾款到现在还有三个人没付: a group told that some of them have not paid
    # gate27: an order's balance (您拍下的宝贝尾款还没付…订单会自动关闭) is a purchase not yet made; a third person's debt to
    # the writer's side (小王欠咱的那笔钱…问问他什么时候能给) is not the reader's
    if purchase.search(f) or _third_party()[1].search(f):
        return False
    if own and _to_reader(f, list(pay.finditer(f))):
        return True
    return _left_unpaid(f, stall, waiting) and _to_reader(f, list(demand.finditer(f)))
