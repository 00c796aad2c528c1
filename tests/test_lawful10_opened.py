"""lawful10 opened (tests/data/probes/UNSEAL_lawful10.md): its lawful lines do not come out scam or unlawful_threat,
through the real analyzer. The lines still wrong are KNOWN, each with its reason. For each cause found on opening,
a lawful paraphrase of my own stays quiet and a threat or scam twin of my own, using the same words, still fires."""
from __future__ import annotations

from pathlib import Path

import pytest
from inbox_support import read_jsonl

from analyzer import analyze

LAWFUL10 = Path(__file__).parent / "data" / "probes" / "lawful10_sealed.jsonl"
ALARM = {"scam", "unlawful_threat"}
ROWS = read_jsonl(LAWFUL10)

# L10035 (a lender saying it has already filed suit papers, 已…递交起诉材料, 尚待立案) is fixed by fa23's
# {fa_creditor_own_step} (zz_fa23.toml): the lender's own step announced as done is pressure, not a claimed court act.
KNOWN: dict[str, str] = {}


@pytest.mark.parametrize("row", [r for r in ROWS if r["id"] not in KNOWN], ids=lambda r: r["id"])
def test_lawful10_line_is_not_an_alarm(row: dict[str, str]) -> None:
    assert analyze(row["text"]).verdict.label not in ALARM


@pytest.mark.parametrize("row", [r for r in ROWS if r["id"] in KNOWN], ids=lambda r: r["id"])
def test_known_line_still_wrong(row: dict[str, str]) -> None:
    """When a KNOWN line is fixed, take it out of KNOWN (the list only shrinks)."""
    assert analyze(row["text"]).verdict.label in ALARM, f"{row['id']} is fixed: remove it from KNOWN"


# (cause, lawful paraphrase, threat or scam twin using the same words, the twin's label)
CAUSES = [
    ("A_court_own_case_step",
     "【杭州市西湖区人民法院】钱**：你与某小额贷款有限公司金融借款合同纠纷一案，定于1月9日上午在线开庭，请按时参加。",
     "【杭州市西湖区人民法院】钱**：你与某小额贷款有限公司借款纠纷一案已开庭，今天不还款就来抓你", "unlawful_threat"),
    ("A_court_own_case_step_asks_money",
     "【杭州市西湖区人民法院】钱**：你与某小额贷款有限公司借款纠纷二审已于上周审理完毕，判决书将电子送达，请留意查收。",
     "【杭州市西湖区人民法院】钱**：你与某小额贷款有限公司借款纠纷一案已判决，请今日内转账至本院指定个人账户", "scam"),
    ("A_court_own_freeze",
     "【苏州市姑苏区人民法院】魏**：你与某银行借款纠纷执行案，本院已依法冻结你名下银行存款3,100元，如有异议可依法提出执行异议。",
     "【苏州市姑苏区人民法院】你的借款逾期，本院已冻结你名下账户，立即转账到指定账户解冻", "scam"),
    ("A_court_to_the_public",
     "【某市中级人民法院】本院下周将开展执行开放日直播，集中曝光一批拒不履行的失信被执行人，欢迎市民观看。",
     "【某市中级人民法院】你拒不还款，本院将在直播中曝光你的失信信息，欢迎你的亲友观看", "unlawful_threat"),
    ("B_reader_complaint_answered",
     "【12378】您投诉的某贷款平台催收员给您单位打电话一事，已转该平台核查，请留意答复。",
     "你再不还钱，我们就给你单位打电话，你去投诉也没用", "unlawful_threat"),
    ("B_reader_reported_victim",
     "【某公安分局】您在10月报案的刷单被骗案，已追回部分资金，请本人带身份证到分局领取，全程不收费。",
     "【某公安分局】你涉嫌贷款诈骗已被立案，立即转账到安全账户配合调查", "scam"),
    ("C_quoted_script_after_colon",
     "反诈民警提醒：骗子常讲：“你的网贷没注销会影响征信，要把钱转入安全账户。”接到这种电话直接挂掉。",
     "你的网贷没注销会影响征信，请把钱转入安全账户，专员会联系你", "scam"),
    ("C_quoted_act_disowned",
     "【某贷款】您的账单已逾期3天，我们不会“群发通讯录”，也不会联系您的同事，请尽快还款。",
     "你的账单逾期了，再不还我们就群发通讯录，让你同事都知道", "unlawful_threat"),
    ("C_reported_call_and_negated_crime",
     "【某日报】网友王先生接到自称催收员的电话，称其涉嫌诈骗要抓人。律师表示，普通借款逾期并不构成犯罪。",
     "你的借款逾期不还已经构成诈骗罪，等着被抓", "unlawful_threat"),
    ("H_law_education_question",
     "【某区人民法院】法官说法：网贷逾期会被抓吗？一般逾期属于民事纠纷，按合同协商还款即可。",
     # the twin still raises the alarm; since round 30 (threat36) a court's pose that only presses the reader's own
     # loan, with no route for money to a stranger, is a collector's pretence — unlawful_threat, not scam
     "【某区人民法院】法官说法：你网贷逾期不还会被抓去坐牢，马上还款", "unlawful_threat"),
    ("D_preparation_not_done",
     "【某银行】您的信用卡已逾期120天，我行已着手起诉前的准备，若月底前仍未还款将向法院起诉。",
     "你的借款已逾期，我司已经正式起诉你了，传票这两天就到", "unlawful_threat"),
    ("D_collector_will_advise_creditor",
     "您好，我是受某消费金融委托的催收专员，您的借款已逾期60天，请三日内处理，否则我们将建议委托方进入法律程序。",
     "你的欠款已经进入法律程序，今天不处理明天就抓你", "unlawful_threat"),
    ("E_letter_to_own_address",
     "【某消费金融】您的借款已逾期，我司将向您的户籍地址寄送书面催收通知，请本人注意查收。",
     "你再不还钱，我们把催款单寄到你户籍地，让全村都知道", "unlawful_threat"),
    ("F_reader_is_guarantor",
     "【某农商银行】尊敬的保证人孙**，您所担保的贷款本月尚欠2,000元，请督促借款人及时归还。",
     "你朋友欠我们的钱不还，你去督促借款人还款，不然天天打你电话", "unlawful_threat"),
    ("G_own_credit_line_frozen",
     "【某分期】你的先用后付因逾期已冻结，结清账单后自动恢复，不影响你的银行卡。",
     "你逾期不还，你的白条和银行卡已冻结，马上处理", "unlawful_threat"),
]


@pytest.mark.parametrize("text", [c[1] for c in CAUSES], ids=[c[0] for c in CAUSES])
def test_cause_paraphrase_is_quiet(text: str) -> None:
    assert analyze(text).verdict.label not in ALARM


@pytest.mark.parametrize(("text", "label"), [(c[2], c[3]) for c in CAUSES], ids=[c[0] for c in CAUSES])
def test_cause_twin_still_fires(text: str, label: str) -> None:
    assert analyze(text).verdict.label == label
