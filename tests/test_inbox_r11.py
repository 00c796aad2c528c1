"""What opening round 11 (16 real scams quoted by news and police, 27 lenders' own SMS and call-bot templates;
tests/data/fresh/UNSEAL_r11.md) showed, by cause, run through the real analyzer. Every cause has a lawful twin that
must stay quiet. The lines written here are our own paraphrases, not round-11 sentences; round 11 is a tuned set now.
"""
from __future__ import annotations

import pytest
from inbox_support import fresh_rows, kinds_of, lender_of, verdict_of, wrong_lenders, wrong_verdicts


# A. 逾期服务费 is the contract's name for the overdue charge, like 罚息: disclosing it is no extra charge.
@pytest.mark.parametrize("text", [
    "您的分期第2期300元已逾期，逾期服务费4元/天，请尽快还款",
    "您的还款已收到，仍有部分逾期，逾期每天产生2.50元逾期服务费",
    "本期已扣款成功，其中含逾期管理费12元，感谢您的支持",
])
def test_overdue_fee_disclosure_is_not_excessive(text):
    assert "excessive_fees" not in kinds_of(text)


@pytest.mark.parametrize("text", [
    "您已逾期，除罚息外还需另付服务费800元和上门费",
    "你的欠款逾期未还，须另交催收费500元",
])
def test_extra_charges_still_flagged(text):
    assert "excessive_fees" in kinds_of(text)


# A'. 子女择校/升学 is the same false consequence as 子女上学.
def test_child_school_choice_is_a_false_consequence():
    assert "false_consequence" in kinds_of("您的借款已逾期，不良记录还会影响您找房子、子女择校")
    assert "false_consequence" not in kinds_of("被执行人拒不履行的，法院可以限制其子女就读高收费私立学校")


# B. Lender names in the shapes lenders' own templates and call bots use (no registry entry needed).
@pytest.mark.parametrize("text, name", [
    ("您好，李先生，您的快来贷分期第3期800元，将于明天扣款", "快来贷"),
    ("截至今日您向快来贷借款的账户已逾期，请尽快还款", "快来贷"),
    ("您的借款已逾期5天，拖欠900元。快来贷提醒您尽快还款。", "快来贷"),
    ("您好这里是快来贷，王先生，您有一笔贷款明天到期，请按时还款", "快来贷"),
    ("请通过“快来贷”官方微信查询欠款金额，并及时还款，您的分期已逾期", "快来贷"),
])
def test_lender_named_in_template_shapes(text, name):
    assert lender_of(text) == name


@pytest.mark.parametrize("text", [
    "您好这里是城东派出所，请问是王先生吗",
    "您的账单已逾期，请登录我们的微信公众号菜单进行还款",
])
def test_no_lender_from_an_office_or_a_menu(text):
    assert lender_of(text) in (None,), lender_of(text)


# C. A failed debit whose deposit request opens the next sentence is still an instalment due.
def test_failed_debit_across_a_sentence_is_a_reminder():
    assert verdict_of("您的分期第4期600元代扣失败。若余额不足，请今天18点前存入款项。") == "reminder"
    assert verdict_of("您的电费代扣失败。请今天存入足额资金。") == "not_collection"


# D-G. Scam frames (rules in knowledge/data/rules/zz_opened_r11.toml, with their own examples).
@pytest.mark.parametrize("text", [
    "你名下刚开的银行卡被拿去转账，有洗黑钱的嫌疑，公安已经把卡冻结了",
    "下周一开盘前免费分享两只潜力股，想要的点 ab.cd/q1",
    "您有一笔养老补助金已到账，请查收",
    "你有一个包裹地址不详，请点击链接补充",
])
def test_opened_scam_frames(text):
    assert verdict_of(text) == "scam"


@pytest.mark.parametrize("text", [
    "【某某银行】您的账户存在异常交易，已暂停非柜面业务，请本人携带身份证到网点办理",
    "新闻：一名有洗钱嫌疑的男子昨天被刑事拘留",
    "【某某证券】您持有的个股今日发布公告，请登录本公司App查看",
    "【某某银行】您尾号6789的账户入账医疗补助320.00元",
    "【某某快递】您的包裹已到驿站，取件码3-1-2020，点击链接查看位置",
    "您的快件1234567890预计今天送达，查询进度欢迎登录快递官网",
])
def test_lawful_twins_stay_quiet(text):
    assert verdict_of(text) not in ("scam", "unlawful_threat")


R11_KNOWN = {
    "F11003": "a forwarded handout of 援助金; the link the police mention is not in the quote, so it reads like a real announcement",
    "F11007": "a party-photo lure whose link is not printed; a friend's message reads the same",
    "F11008": "a vote-for-my-friend's-dog lure whose link is not printed; a friend's message reads the same",
    "F11014": "a carrier arrears voice message cut by the report before the scam step; carriers do send arrears notices",
    "G11018": "a repayment-success notice that still names 逾期服务费 and 不要逾期; reads as a reminder, labelled ordinary",
    "G11027": "a private creditor's taunt about suicide (既然不跳河了…把钱还一下); the insult class lacks it, one line is not enough",
}
R11_LENDER_KNOWN = {
    "F11009": "the text names no bank (我行 and a fake domain); the label comes from the report's signature",
    "G11019": "a login code: 仅用于买单侠手机APP登录 is no shape the name reader knows, and outside a debt a name must read "
              "like a lending brand",
}


def _rows() -> list[dict]:
    return fresh_rows("r11_colF.jsonl", "r11_colG.jsonl", count=43)


def test_round11_verdicts():
    wrong = wrong_verdicts(_rows())
    assert wrong <= set(R11_KNOWN), f"round-11 messages now wrong: {sorted(wrong - set(R11_KNOWN))}"


def test_round11_lenders():
    wrong = wrong_lenders(_rows())
    assert wrong <= set(R11_LENDER_KNOWN), f"round-11 lenders now wrong: {sorted(wrong - set(R11_LENDER_KNOWN))}"


def test_claim_frames_keep_one_group_per_branch():
    # The shape numbers (_STRONG_GROUPS, _CALL_BOT_GROUP…) count branches; a stray group (an f-string's {1,2}
    # becomes "(1, 2)") would shift every later shape by one.
    from analyzer.detectors import brand_names
    assert brand_names.CLAIM_FRAMES.groups == len(brand_names._CLAIM_BRANCHES)
