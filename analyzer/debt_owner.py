"""Whose debt a debt phrase is (gate16): the last person named before it in its clause. 你/您 make it the reader's; 我
the writer's own (我的花呗逾期了), unless 我 is the firm (我们, 我司, 我行) or the object (欠我, 借我); 他/她 are someone
else's, unless the message asks the reader to pass it on (请转告你儿子…处理他的借款); with no one named, a message that
speaks to the reader, or not only of the writer, is about the reader's. Used by analyzer/debt_frame.py (loan_owed),
analyzer/debt_indirect.py (indirect_owed) and, through debt_frame, analyzer/debt_context.py (writers_own)."""
from __future__ import annotations

from knowledge import derived_cache



# Characters a frame may skip between its parts: anything but the end of a sentence or a semicolon.
GAP = r"[^。!?;\n]"
CLAUSE_START = derived_cache.compile(r"[,。!?;\n]")
SENTENCE_START = derived_cache.compile(r"[。!?\n]")
# 我们, 我司, 我行, 我平台, 他们: the firm, the collectors; 欠我, 借我, 找我: 我 as the object; “我的-账单”: an App's menu.
_FIRM = r"(?![们司行方院部处局所社]|平台|公司|中心|单位|这边|这里)"
# aggr17: 在我店, 在我这 is a place (你在我店办理的手机分期已逾期4天 is the reader's instalment), not the owner.
# gate18: 他/她 after 找, 借, 欠, 给, 还, 跟, 向 is the creditor, not the owner (您找她借的五百块还没还: the reader's debt).
_OWNER = derived_cache.compile(r"你|您|妳|(?<![欠借给还找跟向对让叫帮替和与被把在“\"「])我" + _FIRM
                    + r"|俺|咱(?!们)|(?<![欠借给还找跟向])(?:他(?!们)|她(?!们))|对方|朋友|同事|别人|人家|网友|有人")
# Asked to pass the message on (请转告你儿子…处理他的借款): his loan is the reason for writing to the reader.
_RELAY = derived_cache.compile(r"转告|转达|通知(他|她)|让(他|她)|叫(他|她)|告诉(他|她)|提醒(他|她)")
YOU = derived_cache.compile(r"你|您|妳")
ME = derived_cache.compile(r"我" + _FIRM + r"|俺|咱(?!们)")  # 我们 is the lender as often as the writer


def clause_opening(f: str, at: int) -> int:
    """Where the clause holding position `at` of folded text `f` opens (after the last ,。!?; or newline before it)."""
    return max((e.end() for e in CLAUSE_START.finditer(f, 0, at)), default=0)


def sentence_opening(f: str, at: int) -> int:
    """Where the sentence holding position `at` of folded text `f` opens (after the last 。!? or newline before it)."""
    return max((e.end() for e in SENTENCE_START.finditer(f, 0, at)), default=0)


def reader_may_own(f: str, addressed: bool) -> bool:
    """With no one named: a message that speaks to the reader (`addressed`, or 你/您 in it) or not only of the writer."""
    return addressed or bool(YOU.search(f)) or not ME.search(f)


def _owners_before(f: str, at: int) -> list[str]:
    """The people named in the clause holding `at`, before it."""
    return _OWNER.findall(f, clause_opening(f, at), at)


def owned_by_reader(f: str, at: int, addressed: bool) -> bool:
    """The last person named before `at` in its clause is the reader (or 他/她 in a message relayed to the reader); with
    no one named, a message that speaks to the reader or not only of the writer."""
    owners = _owners_before(f, at)
    if owners:
        return bool(YOU.fullmatch(owners[-1]) or owners[-1] in ("他", "她") and _RELAY.search(f))
    return reader_may_own(f, addressed)


def writers_own(f: str, starts: list[int]) -> bool:
    """Whether every debt phrase starting at `starts` in folded text `f` is the writer's own: the last person
    named before it in its clause is 我 (姐，我花呗逾期了两天; 我再不还，他们就要起诉我了). 我们 is the firm, and
    他/她 stay the reader's concern (a collector tells a relative 他欠我们的钱)."""
    if not starts:
        return False
    for at in starts:
        owners = _owners_before(f, at)
        if not owners and not YOU.search(f) and "请" not in f:
            # lawful17: a clause naming no one goes on from the sentence's last person (兄弟我最近手头紧，网贷都逾期了);
            # not in a message to the reader (我是平台客服，逾期了请尽快处理: the collector introduces itself)
            found = list(_OWNER.finditer(f, sentence_opening(f, at), at))
            # 我是小李，逾期三天了: a self-introduction names the caller, not the debtor
            owners = [] if found and f.startswith("是", found[-1].end()) else [m.group() for m in found]
        if not owners or not ME.fullmatch(owners[-1]):
            return False
        if _EITHER_OR.match(f, clause_opening(f, at)):
            return False  # gate25: 要么还钱，要么…; 麻烦把钱还一下: an ultimatum or a request to someone, not the writer's own debt
    return True


_EITHER_OR = derived_cache.compile(r"要么|麻烦(你|您)?")
