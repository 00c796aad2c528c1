"""What the opened half of the blind para15 / lawful15 probe sets showed (tests/data/fresh/UNSEAL_para15.md), by cause,
run through the real analyzer. Every cause has a lawful twin that must stay quiet. The lines written here are our own
paraphrases, not the writer's sentences; the opened halves (para15_open.jsonl, lawful15_open.jsonl) are tuned sets now,
the sealed halves are never read here.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from inbox_support import kinds_of, read_jsonl, rules_of, verdict_of, wrong_lenders, wrong_verdicts

PROBES = Path(__file__).resolve().parent / "data" / "probes"


# F1. A warning that lists scam wording after 切勿/诱导 and closes with 此类…均为诈骗, or goes on "随后诱导…，或要求…".
@pytest.mark.parametrize("text", [
    "【某市社保中心】提醒：切勿点击陌生短信里的“社保卡暂停使用”“社保卡解冻认证”链接，此类短信均为诈骗。",
    "【某区反诈中心】有人自称“贷款平台客服”，称“您的账户异常”，随后诱导下载“会议”类App共享屏幕，或要求将钱转入“安全账户”。",
])
def test_warning_lists_stay_quiet(text):
    assert verdict_of(text) not in ("scam", "unlawful_threat")


def test_scam_ask_before_a_warning_keeps_its_finding():
    assert verdict_of("您的社保卡已暂停，请点击链接 http://***.cn 认证解冻。谨防诈骗") == "scam"


# F2. A bank's own freeze notice that declares it carries no link.
def test_freeze_notice_without_link_is_not_scam():
    assert verdict_of("【某银行】您尾号1234的一卡通因司法查询已被临时冻结，详询本行客服热线或冻结机关。本短信不含任何链接。") != "scam"


# F3. A friend's joke about a petty debt, ending in 嘿嘿.
def test_friends_joke_with_hehe_is_not_a_threat():
    assert verdict_of("上次吃饭你还欠我十五块，再不给我就告诉你女朋友，嘿嘿") not in ("scam", "unlawful_threat")


def test_third_party_threat_without_joke_stays():
    assert verdict_of("你欠的钱再不还，我就告诉你老婆和你们领导") == "unlawful_threat"


# F4. The lender's own agent offering to apply for a partial waiver is not a debt-relief agency.
def test_lender_agent_reduction_is_not_debt_relief():
    assert "debt_relief_service" not in kinds_of("我是某消费金融的贷后专员，您的借款已逾期两个月，我可以帮您申请减免部分违约金")


# F5. Court costs a judgment may award are not an extra fee; a demand to pay them first still is.
@pytest.mark.parametrize("text", [
    "你欠款一直拖着，等起诉判下来，本金罚息再加上诉讼费保全费，比现在多出一大截",
    "您的借款已逾期，如仍不还款我司将起诉，产生的诉讼费、律师费由您承担",
])
def test_court_costs_are_not_excessive_fees(text):
    assert "excessive_fees" not in kinds_of(text)
    assert verdict_of(text) == "aggressive"


def test_demanded_extra_fee_still_flagged():
    assert "excessive_fees" in kinds_of("您的借款已逾期，除罚息外还需另付上门费500元及律师费")


# D1. An instalment left unpaid, said without 逾期/欠款.
@pytest.mark.parametrize("text", [
    "刘哥，你分期的最后三期一直没交，总共六百多，今天方便处理下吗",
    "您好，看到您这笔只还了一部分，剩下的两百块还没入账，记得补上哦",
    "李姐，你这期已经过了三天了，方便的话今天还一下",
    "你那笔前天没扣成功，卡里差一百多，补一下呗",
])
def test_instalment_states_are_reminders(text):
    assert verdict_of(text) == "reminder"


@pytest.mark.parametrize("text", [
    "这期节目已经过了三天了，还没剪完",
    "剩下的快递还没到账，明天再看看",
])
def test_instalment_twins_are_not_collection(text):
    assert verdict_of(text) == "not_collection"


# N1. A disbursement notice naming its first due date is not a demand.
def test_disbursement_with_first_due_date_is_not_a_reminder():
    assert verdict_of("【某银行】您申请的个人消费贷款已发放至尾号1234账户，金额30,000元，首期还款日2027年2月5日。") == "not_collection"


# L1. A court step told as what follows a lawsuit: pressure, not a fake court.
@pytest.mark.parametrize("text", [
    "你的欠款再不还只能走法律程序，到时候法院传票直接寄你单位",
    "你欠的钱拖着不还，起诉以后判下来，工资卡每个月都会被划扣",
])
def test_court_sequence_is_aggressive(text):
    assert verdict_of(text) == "aggressive"


def test_court_claimed_done_is_still_a_threat():
    assert "fake_legal_process" in kinds_of("你欠款不还，法院已经对你立案，明天就来抓人")


# L2. 恶意透支 with its legal conditions stated is pressure, not an accusation.
def test_qualified_malicious_overdraft_is_aggressive():
    text = "【某银行信用卡】您的卡片已逾期，经两次有效催收后超过三个月仍不归还且以非法占有为目的的，可能构成恶意透支。"
    assert verdict_of(text) == "aggressive"


def test_bare_malicious_overdraft_accusation_stays_a_threat():
    assert verdict_of("你的信用卡欠款不还已经构成恶意透支，明天移交公安") == "unlawful_threat"


# T1–T3. Threat frames without a harm or exposure verb.
@pytest.mark.parametrize("text", [
    "欠钱不还还想要脸？我让你在你们那条街臭名远扬",
    "钱要是还不上，那就拿别的来还吧",
    "你的证件照我们P好了，加上“借钱不还”几个字，周一你们单位群里见",
    "你们主任的电话我这都有，你选，是跟我谈还是我去找他谈",
    "几个兄弟已经到你家楼下了，你自己下来还是我们上去",
])
def test_threat_frames_are_unlawful(text):
    assert verdict_of(text) == "unlawful_threat"


@pytest.mark.parametrize("text", [
    "你拿了奖学金，我要让全村都知道这个好消息",
    "你的证件照P好了，换成白底，发你邮箱了",
    "外卖已经到你家楼下了，你自己下来还是我们上去送？",
])
def test_threat_frame_twins_stay_quiet(text):
    assert verdict_of(text) not in ("scam", "unlawful_threat")


# S1–S3. Scams that look like a lender's message except for one detail, and a credential ask.
@pytest.mark.parametrize("text", [
    "【某借款】您的账单已逾期，账户已升级为“还款助手”App，请下载：链接略，登录后还款。",
    "【某贷】您的借款已结清，如需纸质结清证明，请点击下方链接支付邮寄费8元。",
    "你的逾期我们能协商，减免全部罚息，只需要先把公证费500元转过来",
    "网贷那边的事我帮你搞定，你把你的支付宝账号和密码发我",
])
def test_one_detail_scams(text):
    assert verdict_of(text) == "scam"


@pytest.mark.parametrize("text", [
    "【某借款】请在应用商店更新App后按时还款",
    "【某贷】您的借款已结清，可在官方App内下载电子结清证明",
    "千万别把账号密码发给任何人",
])
def test_one_detail_scam_twins(text):
    assert verdict_of(text) not in ("scam", "unlawful_threat")


def test_rules_in_use():
    assert "threat.p15.name_ruined_among_people" in rules_of("欠的钱不还，我帮你在单位出出名")


# The opened halves: lines still wrong, each with its reason.
PARA15_OPEN_KNOWN = {
    "P15S007": "a hardship reply (停止外呼, 个性化分期) with no debt word; 按您申请 puts it under NOT_DEBT",
    "P15S058": "诉前调解 threatened with no debt word at all: the debt context holds, but no pressure rule fires without one",
    "P15S077": "EMS 催收函 announced in a lender's template: label doubt (reads as a reminder)",
    "P15S063": ("a call transcript whose 催收员： speaker labels paste25 blanks as paste debris; the collector's words "
                "alone name no debt (only a plan, 起诉, 报征信) and the gate misses the implied debt, on main before too"),
    "P15S114": "village exposure as a question with no debt word: fires with one (gate by design)",
    "P15S116": "veiled road-accident warning with no debt word: a friend could say it",
    # (P15S127, 我们将于明日向你所在辖区派出所报案: read as the writer's own report until round 29's threat31 made the
    # reader its target in lawful_role.toml)
    "P15S138": "考公政审 misstatement, the writer's own label doubt (false_consequence, aggressive)",
    "P15S140": "a bare insult with no debt word: fires with one (gate by design)",
    "P15S146": "“礼物” for the whole family with no debt word: fires with one (gate by design)",
    "P15S154": "a rhetorical question about where the family lives, no debt or harm word",
    "P15S175": "崔收部门马上到你家 reads as a doorstep visit (aggressive): label doubt",
    "P15S201": "HR asking to add the boss's QQ: lawful colleagues write the same",
    "P15S236": "screen-share renewal lure with no debt word: fires with one",
    "P15S253": "lawyer's letter with a masked firm name (para7 L1): no checkable firm",
    "P15S275": "a friend's advice about collectors read as a reminder (该还的钱慢慢协商还)",
}
PARA15_OPEN_LENDER_KNOWN = {
    "P15S041": "借呗 resolves to 重庆蚂蚁消费金融 (its lender); the label says 支付宝",
    "P15S050": "借呗 resolves to 重庆蚂蚁消费金融 (its lender); the label says 支付宝",
    "P15S203": "the payment channel named (打开支付宝扫码) wins over the self-named lender (这边是度小满的)",
}
LAWFUL15_OPEN_KNOWN: dict[str, str] = {
    # asked40: the reader retells a collector's words (催收的人说我“逾期就是诈骗，明天警察上门”，这是真的吗？): judged as
    # the collector's (round 37 brief, case 2), where this set's label had the retelling as no threat
    "L15S140": "retold collector's threat, judged as the collector's since asked40",
}


def _open(name: str, count: int) -> list[dict]:
    rows = read_jsonl(PROBES / name)
    assert len(rows) == count
    return rows


def test_para15_opened_verdicts():
    wrong = wrong_verdicts(_open("para15_open.jsonl", 160))
    assert wrong <= set(PARA15_OPEN_KNOWN), f"para15 opened messages now wrong: {sorted(wrong - set(PARA15_OPEN_KNOWN))}"


def test_para15_opened_lenders():
    wrong = wrong_lenders(_open("para15_open.jsonl", 160))
    assert wrong <= set(PARA15_OPEN_LENDER_KNOWN), f"now wrong: {sorted(wrong - set(PARA15_OPEN_LENDER_KNOWN))}"


def test_lawful15_opened_not_scam_or_threat():
    bad = {r["id"] for r in _open("lawful15_open.jsonl", 68) if verdict_of(r["text"]) in ("scam", "unlawful_threat")}
    assert bad <= set(LAWFUL15_OPEN_KNOWN), f"lawful15 opened lines called scam or threat: {sorted(bad)}"


def test_para15_opened_no_excessive_fee_false_alarm():
    rows = _open("para15_open.jsonl", 160)
    wrong = {r["id"] for r in rows if "excessive_fees" in kinds_of(r["text"]) and "excessive_fees" not in r["flags"]}
    assert not wrong, sorted(wrong)
