"""Who each number in a case is, and therefore which messages count as collection.

A number is a relative or friend (亲友) when the borrower's address book names it (the
export's contact_name; a saved name like "招联催收" or "XX贷客服" makes it 催收方 or 贷款机构
instead) unless the volunteer marks it otherwise; the volunteer can mark any
number as 亲友, 贷款机构, 催收方 or 不相关. The marks decide, before the analyzer's verdict:

- 亲友 and 不相关: never collection. A relative who passes on what collectors did
  ("他们又打电话给我了") gives evidence of third-party contact, kept apart as `relayed`;
  the relative is never a sender of threats, never in a letter, never gets a night finding.
- 催收方 and 贷款机构: every message received from the number is collection-related.
- Not marked, no contact name: the analyzer's verdict, and a number that already sent a
  collection message keeps counting as collection for its later messages that press
  ("明天上门找你", "今晚你等着" after overdue notices is the same campaign) even without debt
  words; its verification codes, offers and "还款成功" notices do not.

Scams and legal notices are not collection. A message the analyzer calls a scam (a fake court,
a verification-code trick, a paid "征信修复" or "债务优化" offer, a brand's name used by someone
else) is counted apart as `scam`: it is evidence for the police, 96110 and 12321, not a
creditor's collection, so it is never in the collection counts, the night count or a complaint
to a lender. A court's own notice (legal_notice) is counted apart as `notice`: a court that
serves papers at 03:00 is not a night-time collector. A number the volunteer marks 催收方 or
贷款机构 keeps every message counted as collection, whatever the analyzer said.

The night-time finding is decided here too, for the whole campaign: a message counted as
collection and received 22:00–08:00 Beijing time gets one when its number is collecting a debt
that is overdue — the message itself says so (analyzer/debt_overdue: 已逾期, 拖欠, 已移交法务, or
it already presses), an earlier message of the same number did, or the volunteer marked the
number 催收方. No other message does: a card statement or a reminder before the due date at
22:29 is a bill, not night-time collection (GB/T 45251—2025 is about collecting). (The analyzer
alone judges one message, which made two 23:30 messages of one campaign differ.)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Mapping

from analyzer import debt_overdue
from analyzer.case.model import OUTGOING, CaseMessage

ROLE_NAMES = {"relative": "亲友", "lender": "贷款机构", "collector": "催收方", "unrelated": "不相关"}
NOT_COLLECTION_ROLES = frozenset({"relative", "unrelated"})
NIGHT_RULE = "pressure.night.received_at"
# What a relative writes when passing on collectors' contact: someone ("他们", "有人", a word
# about the debt) calling, coming or asking ("他们又打电话给我了", "催收的找到我了"); a relative
# asking about the debt ("你借的钱还了吗") is not evidence that collectors called.
_DEBT_WORDS = re.compile(r"催收|催债|要债|讨债|贷款|网贷|借款|借钱|欠款|欠钱|欠债|还钱|还款|逾期|通讯录")
_CONTACTED = re.compile(r"打电话|来电话|打给|打来|发短信|发信息|找到|找上门|上门|找你|问你|说你|联系我|加我")
_SOMEONE = re.compile(r"他们|那些人|有人|陌生|一个人|一帮人|对方")
# A later message from a number that already sent collection texts continues the campaign when
# it presses (处理, 上门, 家人, 后果…), not when it is the same bank's verification code or offer.
_PRESSES = re.compile(r"处理|解决|上门|找你|找到你|去你|到你|家人|家里|父母|老婆|老公|孩子|单位|同事|领导|通讯录|后果|等着|"
                      r"走着瞧|别怪|不客气|曝光|起诉|法院|律师|立案|报警|坐牢|欠|还钱|还款|还清|回电|回复|接电话|躲|逃|"
                      r"最后|期限|立即|马上")
_ORDINARY = re.compile(r"验证码|校验码|动态码|动态密码|取件|快递|优惠|红包|积分|抽奖|活动|退订|回T|回TD|拒收|会员日|"
                       r"提额|额度已|放款成功|借款成功|还款成功|已还清|结清|消费|可用余额|已发放|领取|下单|入账")


@lru_cache(maxsize=1 << 14)
def number_key(sender: str | None) -> str:
    """A number as marks are stored: digits only, without the +86/0086 country prefix."""
    digits = re.sub(r"\D", "", sender or "")
    if not digits:
        return (sender or "").strip()
    for prefix in ("0086", "86"):
        if digits.startswith(prefix) and len(digits) - len(prefix) >= 11:
            return digits[len(prefix):]
    return digits


# Borrowers save collectors and lenders too ("招联催收", "XX贷客服"): such names are not kin.
_CONTACT_COLLECTOR = re.compile(r"催收|催款|催债|要债|讨债|追债|法务|律所|律师|调解|逾期|资产管理|不要接|别接|骚扰")
_CONTACT_LENDER = re.compile(r"银行|金融|消金|贷|信用卡|花呗|借呗|白条|钱包|客服|平台|公司|分期|(?i:app)")


def default_role(contact: str | None) -> str | None:
    """A number saved in the borrower's address book is a relative or friend by default,
    unless the saved name says it is a collector or a lender."""
    name = (contact or "").strip()
    if not name:
        return None
    if _CONTACT_COLLECTOR.search(name):
        return "collector"
    if _CONTACT_LENDER.search(name):
        return "lender"
    return "relative"


@dataclass(frozen=True)
class MessageRole:
    """How the case counts one message. `label` is the verdict the case uses: the analyzer's,
    except that a collection-counted message the analyzer called not_collection is a reminder."""

    role: str | None  # the number's role (marked or from the contact name), or None
    role_source: str  # "mark", "contact" or "" (none)
    collection: bool
    night: bool
    relayed: bool  # a relative's message passing on what collectors did
    label: str
    scam: bool = False  # the analyzer's scam, from a number nobody marked 催收方/贷款机构: not collection
    notice: bool = False  # a court's or other authority's own notice (legal_notice): not collection


def number_roles(messages: Iterable[CaseMessage], marks: Mapping[str, str] | None = None) -> dict[str, tuple[str | None, str]]:
    """number key -> (role, source) for every number in the case."""
    marks = {k: v for k, v in (marks or {}).items() if v in ROLE_NAMES}
    out: dict[str, tuple[str | None, str]] = {}
    for m in messages:
        key = number_key(m.sender)
        if key in marks:
            out[key] = (marks[key], "mark")
        elif out.get(key, (None, ""))[0] is None:
            role = default_role(m.contact)
            out[key] = (role, "contact" if role else "")
    return out


def classify(ordered: list[CaseMessage], marks: Mapping[str, str] | None = None,
             night: Any = None) -> dict[int, MessageRole]:
    """seq -> MessageRole for messages already in time order. `night(m)` says whether a
    message was received 22:00–08:00 Beijing time (passed in to keep one definition)."""
    roles = number_roles(ordered, marks)
    campaign: set[str] = set()  # numbers that already sent a collection message
    overdue: set[str] = set()  # numbers that already collected an overdue debt (the night finding's condition)
    out: dict[int, MessageRole] = {}
    for m in ordered:
        key = number_key(m.sender)
        role, source = roles.get(key, (None, ""))
        a = m.analysis
        label = a["verdict"]["label"] if a else "not_collection"
        if m.direction == OUTGOING or a is None:
            out[m.seq] = MessageRole(role, source, False, False, False, label)
            continue
        if role in NOT_COLLECTION_ROLES:
            # a relative's own question about the loan (你借的钱还了吗, at 22:30 or not: no lender, no finding but
            # the time) passes nothing on
            passed_on = label != "not_collection" and bool((a.get("lender") or {}).get("id") or any(
                f.get("rule_id") != NIGHT_RULE for f in a.get("findings") or ()))
            relayed = role == "relative" and (passed_on or bool(
                _CONTACTED.search(m.text) and (_SOMEONE.search(m.text) or _DEBT_WORDS.search(m.text))))
            out[m.seq] = MessageRole(role, source, False, False, relayed, label)
            continue
        marked = role in ("collector", "lender")
        if not marked and label in ("scam", "legal_notice"):
            out[m.seq] = MessageRole(role, source, False, False, False, label, scam=label == "scam",
                                     notice=label == "legal_notice")
            continue
        collection = (marked or label != "not_collection"
                      or (bool(m.sender) and key in campaign and bool(a.get("findings") or _PRESSES.search(m.text))
                          and not _ORDINARY.search(m.text)))
        if collection and label == "not_collection":
            label = "reminder"
        if collection and m.sender:
            campaign.add(key)
        late = bool(collection and night and night(m))
        if collection and (role == "collector" or key in overdue or debt_overdue.stated(m.text, a.get("findings") or ())):
            if m.sender:
                overdue.add(key)
        else:
            late = False
        out[m.seq] = MessageRole(role, source, collection, late, False, label)
    return out


def findings(m: CaseMessage, view: MessageRole, night_finding: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The message's findings as the case counts them: the analyzer's, without its own night
    finding, plus the case's night finding when the message is collection sent at night; a
    scam or a legal notice keeps the analyzer's findings but never a night finding; a
    relative's or an unrelated number's message has none of its own."""
    if m.analysis is None or not (view.collection or view.scam or view.notice):
        return []
    out = [f for f in m.analysis.get("findings", ()) if f.get("rule_id") != NIGHT_RULE]
    if view.night and night_finding is not None:
        out.append(night_finding)
    return out
