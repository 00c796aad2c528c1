"""aggr22: the grade of lawful pressure. A short message that carries only a collection lever (不还就起诉, 我们将委托律所
向您发送律师函) is about the reader's debt; fees already accrued and still growing, an account's credit stopped, a
pursuit 依法 or a debt put into disposal, and a guarantor to be notified are pressure, not a reminder; a lender's own
pre-suit stage that says the filing is still to come, and the loan's guarantor, are not read as a threat. Threats
stay threats. Examples are written for the frame (other lenders, word orders, masks), none is from a labelled set."""
from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.debt_lever import lever_step
from analyzer.document import parse

AGGRESSIVE = {
    "unpaid-then-suit": "不还就起诉，判决后还不履行会被列入失信名单，限制高消费。",
    "unpaid-today-law": "速还！今天不还明天就走法律流程。",
    "question-then-court": "还是不还？那就法院见。",
    "creditor-lawyer-letter": "我们将委托律所向您发送律师函，请尽快与我司联系协商。",
    "creditor-to-legal": "你这笔钱拖到现在，公司已经把你的资料交给法务，准备起诉。",
    "guarantor-called": "如果你还是不还，我们会依合同联系你的担保人代偿。",
    "guarantor-notified": "您的借款已逾期，我们将通知您的担保人。",
    "disposal": "【某消金】您的账户已进入不良资产处置流程，请于3日内联系我司。",
    "judicial-disposal": "本平台将对您的逾期欠款进行司法处置，请悉知。",
    "pursue-by-law": "【某银行】您的信用卡已逾期，如继续拖欠我行将依法追收。",
    "fees-growing": "【某金融】尊敬的客户，您的逾期罚息和违约金已累计至1,265元，且每日仍在增加，请尽快结清。",
    "fees-risen": "王**，你在某某分期的欠款滞纳金已经涨到3000元了。",
    "line-frozen": "【某消费金融】您的账户已逾期，即日起冻结您的借款额度，并每日计收逾期利息，请尽快还款。",
    "card-rights": "【某银行】您的信用卡已逾期，我行已暂停您的用卡权限。",
    "presuit-then-file": "您的借款逾期已被列入本月诉讼预审名单，3日内未还款将提交起诉。",
    "presuit-can-stop": "【某消费金融】您的欠款已转入诉讼预审阶段，若在5个工作日内还款或协商，可终止诉讼流程。",
    "masked-traditional": "***先生，您的貸款已逾期，本平台將對您的逾期欠款進行司法處置。",
    "deadline-unhandled": "最后一次机会，今晚11点前不处理，明天直接转法务。",
    "money-not-in": "老刘，给你宽限到周三，周三之前钱不到账就按合同办事。",
    "direct-suit": "钱再不还我就去法院告你。",
    "next-hands": "您的借款已逾期，后续将由专业催收团队联系您。",
    "lawyer-steps-in": "您的欠款逾期未还，律师将介入处理。",
    "to-court-later": "您的欠款案件将被移交至当地法院。",
    "court-freeze-later": "不还钱我们就起诉你，到时候法院会冻结你的账户。",
    "preparing-suit": "您的逾期欠款已进入诉讼准备阶段。",
    "relief-withdrawn": "您的借款已逾期，停息挂账资格已取消。",
    "seize-after-suit": "你的借款逾期了，起诉后法院会依法查封你名下财产。",
    "rights-by-law": "再不还款，我们只能依法维护权益，包括但不限于起诉、申请强制执行。",
}

NOT_AGGRESSIVE = {
    # a clause of the contract, a reminder's usual wording
    "right-to-pursue": ("reminder", "【某金融】您的借款已逾期15天，根据合同约定，我司有权依法追偿，请尽快还款。"),
    "avoid-fees": ("reminder", "【某消金】您的借款已逾期3天，请尽快还款，以免产生罚息及影响征信记录。"),
    "unfreeze-after": ("reminder", "【某消金】您的账户存在逾期，为避免影响您的征信，请于今日内还款，还款后即可恢复额度。"),
    # not the reader's debt
    "lawyer-for-reader": ("not_collection", "您好，我是某律师事务所的律师，关于您被网贷平台暴力催收一事，我们已代您向法院起诉该平台，已立案。"),
    "news-disposal": ("not_collection", "今年以来，该行加快不良资产处置，不良率较年初下降。"),
    # a court's sanction for a judgment not performed, stated as law
    "court-sanction": ("reminder", "您的借款已逾期，法院判决后仍拒不履行的，可能被依法司法拘留。"),
    # the reader asked about their own employer: not the employer contacted
    "own-employer-checked": ("reminder", "您的借款已逾期，我们会联系您核实工作单位信息。"),
}

THREAT = {
    "guarantor-and-parents": "再不还就打电话给你的担保人和你爸妈。",
    "guarantor-and-family": "你欠的钱我们会去找你的担保人和你全家要，一个都跑不掉。",
    "guarantor-and-work": "再不还就打电话给你的担保人，然后通知你们单位。",
    "presuit-with-police": "您的案件已进入诉讼预审阶段，警方将同步介入，否则将提交起诉。",
    "presuit-with-summons": "您的欠款已进入诉前审核，传票明天送达，否则将正式立案。",
    "police-detain": "判决后仍不履行，警察会上门拘留你。",
    "detain-for-debt": "欠钱不还就拘留你。",
    "employer-told": "你不还钱，我们就去你公司闹，让你同事都知道你是老赖。",
    "fake-crime": "欠钱不还已经构成诈骗罪，警方已对你立案，等着坐牢吧。",
    "exposure": "再不还，你的欠款信息和身份证照片就会发到网上。",
}


@pytest.mark.parametrize("text", AGGRESSIVE.values(), ids=AGGRESSIVE.keys())
def test_lawful_pressure_is_aggressive(text: str) -> None:
    assert analyze(text).verdict.label == "aggressive"


@pytest.mark.parametrize(("label", "text"), NOT_AGGRESSIVE.values(), ids=NOT_AGGRESSIVE.keys())
def test_near_misses_keep_their_label(label: str, text: str) -> None:
    assert analyze(text).verdict.label == label


def test_withdrawn_collection_is_no_pressure() -> None:
    # collection called off after the debt was paid ends the pressure (its gate reading is another question)
    report = analyze("您的逾期款项已全部还清，我司已撤回委外催收，感谢配合。")
    assert report.verdict.label not in ("aggressive", "unlawful_threat", "scam")


def test_security_freeze_is_no_collection_lever() -> None:
    # a bank stopping a card for an unusual transaction is not pressure over a debt
    report = analyze("【某银行】您的账户存在异常交易，为保障资金安全，已暂停您的用卡权限，请致电客服。")
    assert not any(r.startswith("aggr22.") for f in report.findings for r in f.rule_ids)
    assert report.verdict.label != "aggressive"


@pytest.mark.parametrize("text", THREAT.values(), ids=THREAT.keys())
def test_threats_stay_threats(text: str) -> None:
    assert analyze(text).verdict.label == "unlawful_threat"


@pytest.mark.parametrize("text", [
    "我再不还就要被起诉了，怎么办？",
    "我们已经决定起诉那家装修公司，你要不要一起？",
    "违章再不处理，交警会申请法院强制执行罚款。",
    "老板的工资再不发，我们就去法院起诉。",
    "你家漏水把我家泡了，不赔我就起诉你。",
    "我警告你，别再来烦我了。",
    "原告您好，本院已向被告送达起诉状副本。",
    "这份合同今天不处理，法务那边会按流程走。",
], ids=["writers-own", "writers-case", "traffic-fine", "wages", "damages", "warning", "plaintiff", "work-today"])
def test_lever_gate_leaves_other_debts(text: str) -> None:
    assert not lever_step(parse(text).f)
