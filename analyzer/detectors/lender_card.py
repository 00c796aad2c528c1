"""What the report's lender card says about the lender a message names (analyzer/detectors/lender.py): a note by the
kind of lender, by the kind a name the registry does not know declares, or for a bank named only as the account to
pay; the registry's contacts as the report gives them; and the note once the verdict is known (for_verdict). Moved
out of analyzer/detectors/lender.py unchanged (round 21)."""
from __future__ import annotations

from dataclasses import replace

from analyzer.report import LenderMatch
from knowledge.models import LenderRecord

PAYEE_NOTE = "短信只把它当作收款、扣款或被冻结的账户提到，它不一定是你的债权人；真正的放贷机构以借款合同为准。"
# What each kind of lender means for the borrower, in plain words (the registry's own
# notes are research notes for volunteers: shareholders, fines, disclosures).
KIND_NOTE = {
    "consumer_finance_company": "持牌消费金融公司，受国家金融监督管理总局监管；投诉可打 12378。",
    "bank": "银行，受国家金融监督管理总局监管；投诉可打 12378。",
    "online_platform": "网络借贷平台或助贷平台：真正放款的机构写在你的借款合同里，以合同为准。",
    "microloan_company": "小额贷款公司，由地方金融管理部门监管。",
    "finance_leasing": "融资租赁公司品牌，由地方金融管理部门监管；持牌情况未核实。",
    "collection_agency": "催收公司：受贷款机构委托催收，它不是你的债权人，无权要求你把钱转给它。",
    "unknown": "本工具没有核实到这家机构的身份和持牌情况。",
}
# A name the registry does not know, by the kind its suffix declares.
UNKNOWN_NOTE = {
    "bank": "名称看起来是一家银行，但它不在本工具的机构名录里，无法核实；骗子也会冒用银行的名义。"
            "请用银行官方 App 或你自己查到的客服电话核实，不要拨打短信里的号码。",
    "consumer_finance_company": "名称看起来是一家消费金融公司，但它不在本工具的机构名录里，无法确认它是否持牌；"
                                "请以借款合同和 App 上的放贷机构为准。",
    "unknown": "这个名称不在本工具的机构名录里，无法确认它是否持牌；请以借款合同和 App 上的放贷机构为准。",
}

_BUILT_CONTACTS: dict[tuple[str, str], tuple[LenderRecord, tuple[dict[str, str], ...]]] = {}


def contacts(record: LenderRecord, status: str) -> tuple[dict[str, str], ...]:
    """The record's contacts of this status as the report gives them, built once per record (2 us a message that
    names a registry lender); kept with the record they were built from, so a registry reloaded builds them anew.
    Report.to_dict copies them."""
    key = (record.id, status)
    found = _BUILT_CONTACTS.get(key)
    if found is None or found[0] is not record:
        found = _BUILT_CONTACTS[key] = (record, tuple({"type": c.type, "value": c.value, "what": c.what,
                                                       "source": c.source}
                                                      for c in record.contacts if c.status == status))
    return found[1]


# What the lender card says once the verdict is known. A scam that signs with a real lender's name uses the name:
# the registry's reassurance (持牌, its regulator) would vouch for the swindler. A message about no debt at all
# (a login code, a parcel) names its sender, not a creditor, so the lending notes do not apply.
IMPERSONATED_NOTE = "这条短信像诈骗：很可能是有人冒用{name}的名义。要核实，请用你自己安装的官方 App 或自己查到的电话。"
UNKNOWN_SCAM_NOTE = "这条短信像诈骗：诈骗短信常编造或冒用机构名称，本工具无法核实“{name}”。"
SENDER_NOTE = "这条短信和借款、催收无关；这里只说明它署名或提到的发信方是谁，不代表它是你的债权人。"


def for_verdict(lender: LenderMatch | None, label: str) -> LenderMatch | None:
    """The lender match as the report shows it under a verdict: on a scam the brand is the one claimed (probably
    impersonated); on a message that is no collection it is the sender brand. The match itself (id, name,
    evidence) is kept: the brand a message is from is what it is, whatever the verdict."""
    if lender is None or all(e.source == "payee_account" for e in lender.evidence):
        return lender  # a bank named only as where to pay: no brand claimed, PAYEE_NOTE says so
    if label == "scam":
        note = (IMPERSONATED_NOTE if lender.in_registry else UNKNOWN_SCAM_NOTE).format(name=lender.name)
        return replace(lender, note=note)
    if label == "not_collection":
        return replace(lender, note=SENDER_NOTE)
    return lender
