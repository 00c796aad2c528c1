"""lawful8 opened (tests/data/probes/UNSEAL_lawful8.md): its lawful lines do not come out scam or unlawful_threat,
through the real analyzer; the lines fixed in this session reach their label. The lines still wrong are KNOWN, each
with its reason. For each cause found on opening, a lawful paraphrase of my own stays quiet and a twin of my own,
using the same words for a real threat, scam or party's notice, keeps its label."""
from __future__ import annotations

from pathlib import Path

import pytest
from inbox_support import read_jsonl

from analyzer import analyze

LAWFUL8 = Path(__file__).parent / "data" / "probes" / "lawful8_sealed.jsonl"
ALARM = {"scam", "unlawful_threat"}
ROWS = read_jsonl(LAWFUL8)

KNOWN = {
    # LW028 (a card bank saying it has already sued at a named court, the court will serve the papers) reads as
    # pressure since round 29's hard30: the lender's own step to a court it names, with nothing fake around it
    "LW252": "a friend's joke (我知道你住哪…到你家楼下…别想逃) with no jest marker the lexicon knows; the same words with "
             "no debt are a real threat, and a running emoji is no frame",
}
# Fixed in this session: these reach their own label (cause letter from UNSEAL_lawful8.md).
FIXED = {"LW102": "A", "LW108": "A", "LW100": "A", "LW144": "C", "LW146": "C", "LW059": "D", "LW006": "E",
         "LW136": "I", "LW155": "J", "LW186": "J", "LW205": "J"}
# legal37: LW140 (a court's witness summons in a numbered case, labelled not_collection) left FIXED: the later blind
# writers (para/lawful 18…36, blind51…55) label the same summons legal_notice ten lines to one, and it reads so now.
# LW014 (a card bank: 逾期120天 … 通过司法途径依法追偿，相关诉讼费用依法由您承担; labelled reminder) left FIXED in round 22:
# aggr22 reads 依法追偿 through 司法途径 as pressure, i.e. aggressive — which the eval README's definition ("heavy
# pressure — legal action …") supports; it is still no alarm (test_lawful8_line_is_not_an_alarm).
BY_ID = {r["id"]: r for r in ROWS}


@pytest.mark.parametrize("row", [r for r in ROWS if r["id"] not in KNOWN], ids=lambda r: r["id"])
def test_lawful8_line_is_not_an_alarm(row: dict[str, str]) -> None:
    assert analyze(row["text"]).verdict.label not in ALARM


@pytest.mark.parametrize("row", [r for r in ROWS if r["id"] in KNOWN], ids=lambda r: r["id"])
def test_known_line_still_wrong(row: dict[str, str]) -> None:
    """When a KNOWN line is fixed, take it out of KNOWN (the list only shrinks)."""
    assert analyze(row["text"]).verdict.label in ALARM, f"{row['id']} is fixed: remove it from KNOWN"


@pytest.mark.parametrize("line_id", sorted(FIXED), ids=lambda i: f"{i}-{FIXED[i]}")
def test_fixed_line_reaches_its_label(line_id: str) -> None:
    row = BY_ID[line_id]
    report = analyze(row["text"])
    assert report.verdict.label == row["category"]
    assert not any(f.kind == "excessive_fees" for f in report.findings)


# (cause, lawful paraphrase, the label it must have, a twin using the same words, the twin's label)
CAUSES = [
    ("A_topic_then_verdict", "办网贷前让你先交“解冻金”“流水费”的，一律是诈骗。", "not_collection",
     "您的贷款已审批通过，放款前需要先交解冻金和刷流水费用", "scam"),
    ("A_third_party_named_daitu", "【警方提醒】歹徒冒充客服来电，称您账户涉嫌洗钱，要求转入监管账户，这是诈骗！", "not_collection",
     "您的账户涉嫌洗钱，请立即将资金转入监管账户配合调查", "scam"),
    ("A_this_is_fraud_asked_is_no_verdict", "【警方提醒】歹徒冒充客服来电，称您账户涉嫌洗钱，要求转入监管账户，这是诈骗！", "not_collection",
     "【警方提醒】有人来电称您账户涉嫌洗钱，要求转入监管账户，这是诈骗吗？", "scam"),
    ("A_law_stated_on_an_act", "【某市公安局】收购、出售他人银行卡和手机卡的，涉嫌妨害信用卡管理罪，将被依法追究刑事责任。",
     "not_collection", "【某市公安局】你名下的银行卡涉嫌洗钱，请立即联系办案民警", "scam"),
    ("B_negated_step", "【某银行】您的信用卡已逾期100天，我行拟依法起诉，本短信不意味着法院已立案，请通过官方App协商还款。",
     "aggressive", "你的欠款法院已立案，马上还款，否则强制执行", "unlawful_threat"),
    ("C_lawyer_meets_client", "【某律师事务所】王女士，您和房东的租赁纠纷周五下午在区法院开庭，我在法院一楼大厅等您。",
     "not_collection", "【某律师事务所】你的借款纠纷案件已开庭，不还款就派人去你单位闹", "unlawful_threat"),
    ("C_enforcement_money_to_reader", "【某律所】刘先生，法院已扣划对方名下存款，执行款下周打到您的账户。", "not_collection",
     "法院已对你强制执行，执行人员明天上门", "unlawful_threat"),
    ("D_in_person_branch", "【某银行】您的账户存在异常交易，已冻结部分功能，请本人携带身份证到就近网点办理。", "not_collection",
     "【某银行】您的账户存在异常，已被冻结，请点击链接重新认证解冻", "scam"),
    ("E_possible_credit_report", "【某消费金融】您的账单已逾期3天，逾期信息可能会被上报至征信中心，请尽快在App还款。", "reminder",
     "你的账单已逾期，今天不还，我们马上上报征信", "aggressive"),
    ("H_speaker_asks_to_borrow", "我最近手头紧，能借我三千吗？晚上去你家找你细说，借条我写好。", "not_collection",
     "你借我的三千拖了半年，再不还我就去你家找你", "aggressive"),
    ("I_hk_tribunal", "【勞資審裁處】閣下為申索人之案件（案件編號LBTC 2345/2025）聆訊已定於10月3日上午10時，請準時出席。",
     "legal_notice", "【小額錢債審裁處】閣下案件已聆訊，請即轉賬至個人帳戶", "scam"),
    # legal37: the witness summons in a numbered case moved to legal_notice (para/lawful 18…36 and blind51…55 label it so,
    # ten lines to lawful8's one); the cause's quiet side is now the juror's selection
    ("I_witness", "【某区人民法院】您已被选任为人民陪审员，请于12月15日到本院政治部报到。", "not_collection",
     "【某区人民法院】李**：你与某银行借款纠纷（2026）浙0102民初321号案件定于5月6日开庭，详询12368。", "legal_notice"),
    ("J_non_money_deadline", "【某物业】楼道杂物请于周日前清理，逾期将由物业统一处理。", "not_collection",
     "【某物业】您的物业费已逾期三个月，请尽快缴纳", "reminder"),
]


@pytest.mark.parametrize(("cause", "lawful", "label", "twin", "twin_label"), CAUSES, ids=[c[0] for c in CAUSES])
def test_cause_lawful_paraphrase_and_twin(cause: str, lawful: str, label: str, twin: str, twin_label: str) -> None:
    assert analyze(lawful).verdict.label == label
    assert analyze(twin).verdict.label == twin_label


def test_court_costs_by_law_are_not_an_extra_fee() -> None:
    """Cause E: court costs that follow the judgment (相关诉讼费用依法由您承担) are no fee a collector adds; a fee added
    on top (另付律师费和诉讼费) still is."""
    lawful = analyze("【某银行】您的信用卡已逾期90天，我行将通过诉讼依法追偿，相关诉讼费用依法由您承担。")
    twin = analyze("您的借款已逾期，逾期未还需另付律师费和诉讼费2000元")
    assert not any(f.kind == "excessive_fees" for f in lawful.findings)
    assert any(f.kind == "excessive_fees" for f in twin.findings)
