"""Which lender a collection message is about, for the case's per-lender counts and letters.

Only two kinds of evidence name the creditor: the 【signature】 (added by the SMS gateway
for the company that sends) and a claimed creditor in the words ("您在招联金融的借款",
"受平安普惠委托", "尊敬的安逸花用户"). A bank named as the account to pay into
("转入工商银行账户…") is not the lender, and a name guessed from the wording that reads like
a sentence ("再不还钱就") is no name at all. Anything else: lender unknown (the letter then
leaves a blank for the volunteer), which is better than a complaint to the wrong company.
"""
from __future__ import annotations

import re
from typing import Any

from analyzer.detectors.name_roles import ACCOUNT, CLAIM_LEAD, CLAIM_TAIL, DEBT_AFTER, TRANSFER_TO

UNKNOWN = "未识别机构"
# A claimed creditor: the name is the one the debt is owed to, or who ordered collection. The words are
# the lender detector's (analyzer/detectors/name_roles.py), plus what raw, unfolded text needs: brackets
# around the name, App/APP, traditional 用戶, and the wording of case files (由X催收, 欠X, X依法).
_OWNED_BEFORE = re.compile(r"(?:您的|你的|您持有的|你持有的|您在|你在|贵|用户|客户|用戶|客戶)\s*$")
_CLAIM_BEFORE = re.compile(rf"(?:{CLAIM_LEAD}|接受|由|欠|拖欠|在|通过|用户|客户|"
                           r"用戶|客戶|(?:公众号|公共号)[:：]?)\s*[｛{【\[（(“\"《「〖]?\s*$")
_CLAIM_AFTER = re.compile(rf"^[｝}}】\]）)”\"》」〗]?\s*(?:的?(?:{DEBT_AFTER})|{CLAIM_TAIL}|App|APP|"
                          rf"已?将|依法|通知|提醒|客服|信用卡|{ACCOUNT}|帐号)")
# The name is where money goes: 转入/打到/还到 …银行 (账户|卡)。
_PAYEE_BEFORE = re.compile(rf"(?:{TRANSFER_TO}|还至|还入|付到|支付到|缴入|至|到)\s*$")
_PAYEE_AFTER = re.compile(rf"^\s*(?:的)?(?:{ACCOUNT}|帐号|卡号|银行卡|储蓄卡|对公账户|卡|户名|开户)")
# Words that make a guessed unknown "name" a piece of a sentence.
_NOT_A_NAME = re.compile(r"[就不再请将要会你您我他她它们了吗吧呢啊把被让是没]")


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """The words just before and after a name, in Simplified characters (貸款 -> 贷款)."""
    from knowledge.registry import traditional_map

    fold = traditional_map()
    before, after = text[max(0, start - 8):start], text[end:end + 8]
    return "".join(fold.get(c, c) for c in before), "".join(fold.get(c, c) for c in after)


def _is_payee(text: str, start: int, end: int) -> bool:
    """Money goes to it: after 转入/还到…, or an account of it that is not the borrower's own
    (您的花呗账户 is where the debt is; 工商银行账户6222… after an order to pay is a payee)."""
    before, after = _context(text, start, end)
    return bool(_PAYEE_BEFORE.search(before) or (_PAYEE_AFTER.match(after) and not _OWNED_BEFORE.search(before)))


def _is_claim(text: str, start: int, end: int) -> bool:
    before, after = _context(text, start, end)
    return bool(_CLAIM_BEFORE.search(before) or _CLAIM_AFTER.match(after))


def case_lender(text: str, analysis: dict[str, Any] | None) -> dict[str, Any] | None:
    """The lender a message names as creditor (signature or claim), or None.

    Works on the compact analysis (analyzer.case.analysis.compact); a case saved before the
    lender's evidence was kept is judged on its signature alone."""
    lender = (analysis or {}).get("lender")
    if not lender or not lender.get("name"):
        return None
    evidence = lender.get("evidence")
    if evidence is None:  # older saved case: only a signature counts
        return lender if lender.get("signature") else None
    # A trailing 吧 is part of many brand names (现代吧, 借吧), not a sentence particle.
    if not lender.get("id") and _NOT_A_NAME.search(lender["name"].removesuffix("吧")):
        return None
    for ev in evidence:
        start, end = ev.get("start"), ev.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            continue
        if ev.get("source") == "signature":
            return lender
        if ev.get("source") in ("name", "product") and not _is_payee(text, start, end) and _is_claim(text, start, end):
            return lender
    return _claimed_candidate(text, lender)


def _claimed_candidate(text: str, lender: dict[str, Any]) -> dict[str, Any] | None:
    """Another lender the analyzer also saw (a bank won on score as the payee, the creditor
    came second): the first whose name or alias stands in a creditor claim."""
    from knowledge import registry

    records = registry.lenders_by_id()
    for cand in lender.get("candidates") or ():
        record = records.get(cand.get("id"))
        if record is None or cand.get("id") == lender.get("id"):
            continue
        for surface in sorted({record.name, *record.aliases, *record.products}, key=len, reverse=True):
            for m in re.finditer(re.escape(surface), text) if surface else ():
                if not _is_payee(text, m.start(), m.end()) and _is_claim(text, m.start(), m.end()):
                    return {"id": record.id, "name": record.name, "kind": record.kind, "licensed": record.licensed,
                            "signature": None, "in_registry": True}
    return None


def lender_label(text: str, analysis: dict[str, Any] | None) -> str:
    lender = case_lender(text, analysis)
    return lender["name"] if lender else UNKNOWN
