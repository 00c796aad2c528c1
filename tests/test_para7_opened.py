"""para7 sealed half opened (tests/data/probes/UNSEAL_para7.md): through the real analyzer, its lines reach their
label. The lines still wrong are KNOWN, each with its reason. For each cause fixed on opening, a paraphrase of my own
in the wrong frame now fires, and a lawful twin of my own, using the same words, stays quiet."""
from __future__ import annotations

from pathlib import Path

import pytest
from inbox_support import read_jsonl

from analyzer import analyze

PARA7 = Path(__file__).parent / "data" / "probes" / "para7_sealed.jsonl"
ROWS = read_jsonl(PARA7)
ALARM = {"scam", "unlawful_threat"}

_LAWYER = ("a law firm's letter whose firm name and licence number are masked in the probe (北京XX律师事务所, "
           "11101201XXXXXXXX): legal.py counts only a full name and a 17-digit number as checkable, since a masked one "
           "proves nothing (cause L1)")
_CREDIT = ("a credit-report consequence (将按规定报送征信, 会影响你的征信): the rules keep a report 按规定 and 逾期将影响征信 "
           "as a stated consequence, not pressure (must_not_match of pressure.urgency.credit_report_step); the set labels "
           "it aggressive (cause A2, label convention)")
KNOWN = {
    "PP075": "社保卡和公积金账户…冻结 with no lender or debt word: read as a benefit-card scam (cause T4, left)",
    "PP106": "a guarantor told he will be sued too (连你一起起诉): a guarantor can lawfully be sued, so aggressive; the "
             "set labels it unlawful_threat (cause T5, label doubt)",
    "PP110": "a guarantor harassed by calls (天天打你电话，打到你还为止) with no debt word the gate knows (cause T5, left)",
    # PP131 fixed by aggr38 (aggr38.long_overdue.consequence_named: 已逾期45天 + 报送征信, a debt overdue for long with a
    # consequence named); PP134 fixed by COV14P (cov14p.pressure.stated_loss: 以后房贷车贷…办不下来)
    "PP139": _CREDIT + "; no debt word either",
    # PP186 (a look-alike link alipay-jb.vip under a lender's brand, no debt or pressure words) fixed by scam33:
    # scam.s33.throwaway_domain_link reads a link on a throwaway top-level domain (.top .vip .xyz)
    # PP353, PP358, PP359 fixed by scam17 (a letter in its own voice that sends the reader to the principal)
    # PP357 fixed by legal21 (a lawyer's letter recognised by its form: header, addressee, mandate said either way)
    # PP354, PP356, PP360 fixed by legal37 (a letter on a mandate naming a way to check it: a licence number even masked,
    # the paper letter posted; PP354: the firm's denial 本所不接收任何个人转账 no longer read as a payment asked)
    "PP355": _LAWYER,
    # PP397 (a water company's arrears notice, 逾期将依规停水) fixed by lawful17: a utility bill's own terms are no loan
    "PP412": "a friend's loan: the private-creditor frame makes it a reminder; the set labels it not_collection",
    "PP408": "a friend asks a loan back (上回借的五千…啥时候方便给我转一下): gate42's owed-sum frame makes it a reminder, "
             "as the label rule (tests/data/fresh/README.md, borderline cases) and para41+ label such asks; the set "
             "labels it not_collection (label doubt)",
    # rnc52: a carrier's or a utility's arrears notice is a fee due (analyzer/debt_feebill.py): reminder under the label
    # rule binding since round 24 (tests/data/fresh/README.md "Borderline cases": bills → reminder, "including utility,
    # gym and rent"; para41+ and the blind training sets label them so); para7, written before it, labels them
    # not_collection (label convention)
    **{i: "a carrier's or a utility's arrears notice: reminder (or aggressive with 停机/停水) under the borderline rule; "
          "the set, written before it, labels it not_collection (rnc52, label convention)"
       for i in ("PP392", "PP393", "PP394", "PP396", "PP397")},
    # PP413 (a friend's loan written off, 就算了吧) fixed by lawful17: the friend's no-rush / joke frames
    # PP411 (a friend's loan, 钱不急) fixed by short22: no_rush reads 钱不急 and 什么时候方便什么时候还
}


@pytest.mark.parametrize("row", [r for r in ROWS if r["id"] not in KNOWN], ids=lambda r: r["id"])
def test_para7_line_reaches_its_label(row: dict[str, str]) -> None:
    assert analyze(row["text"]).verdict.label == row["category"]


@pytest.mark.parametrize("row", [r for r in ROWS if r["id"] in KNOWN], ids=lambda r: r["id"])
def test_known_line_still_wrong(row: dict[str, str]) -> None:
    """When a KNOWN line is fixed, take it out of KNOWN (the list only shrinks)."""
    assert analyze(row["text"]).verdict.label != row["category"], f"{row['id']} is fixed: remove it from KNOWN"


# (cause, paraphrase of my own in the frame, its label, lawful twin of my own using the same words, the twin's label)
CAUSES = [
    ("A1_emergency_contact_verify",
     "手机一直关机，如果明天还是联系不上您，我们会联系您的紧急联系人确认您现在的号码", "aggressive",
     "紧急联系人只在我们联系不上您时用来确认您的号码，我们不会向其透露任何借款信息，如需修改请登录App", "not_collection"),
    ("A1_emergency_contact_told_debt_stays_threat",
     "再联系不上你，我们就联系你的紧急联系人和你单位领导，让他们替你还", "unlawful_threat",
     "联系不上您时，我们只会请紧急联系人转告您回电", "reminder"),
    ("T1_family_safety_veiled",
     "钱再不给，你女儿的安全我可保证不了", "unlawful_threat",
     "女儿放学路上注意安全，晚上别一个人出去，早点回家", "not_collection"),
    ("T2_body_as_stake",
     "再赖着不还，你的手还想不想要了", "unlawful_threat",
     "你的手还疼吗？要不要去医院看看", "not_collection"),
    ("T3_contacts_told_debt",
     "明天起我们轮流给你通讯录里的人打电话，说你借钱不还", "unlawful_threat",
     "明天起我们轮流给你通讯录里的同学发婚礼请柬", "not_collection"),
    ("T3_typo_address_book",
     "再不还钱就爆你通迅录", "unlawful_threat",
     "手机换了，通迅录导不过来怎么办", "not_collection"),
    ("T4_enforced_on_reader_no_debt_word",
     "从今天起冻结你名下所有银行卡，微信零钱也一起", "unlawful_threat",
     "【某某银行】您尾号0000的借记卡因密码多次输错已冻结，请本人携带身份证件到开户行办理", "not_collection"),
    ("T5_group_told_debt",
     "各位同学好，你们班的某某在网贷平台欠钱不还，大家见到他催他还钱", "unlawful_threat",
     "各位同学好，你们班的某某把饭卡丢了，大家见到他提醒他去挂失", "not_collection"),
    ("S1_settle_to_person",
     "协商好了，只需还1500，获取收款码后付款就结清", "scam",
     "本月账单请在App内还款，切勿向任何个人收款码付款", "reminder"),
    ("S2_install_all_permissions",
     "您的贷款账户已升级到新系统，请下载安装并允许所有权限", "scam",
     "我行手机银行已升级到新版本，请在应用商店更新", "not_collection"),
    ("S3_repair_ad",
     "征信逾期可以洗白，不成功不收费，加v详聊", "scam",
     "征信信息有误可以向征信中心免费提出异议申请", "not_collection"),
    ("R1_instalment_unpaid",
     "您好，看到您本期还没还，方便的话今天处理一下", "reminder",
     "您好，本期杂志还没发货，请耐心等待", "not_collection"),
    ("R2_relief_question",
     "您的借款逾期一周了，有困难可以跟我们说，我们看看有没有分期方案", "reminder",
     "您的借款逾期一月，已经没有任何减免政策，只能全额还款", "aggressive"),
    ("N_bank_freeze_branch",
     "【某某银行】您尾号1111的借记卡已冻结，如需解冻请本人带上身份证到开户行办理", "not_collection",
     "【某某银行】您尾号1111的借记卡已冻结，如需解冻请点击链接填写身份证和密码", "scam"),
]


@pytest.mark.parametrize(("text", "label"), [(c[1], c[2]) for c in CAUSES], ids=[c[0] for c in CAUSES])
def test_cause_paraphrase_fires(text: str, label: str) -> None:
    assert analyze(text).verdict.label == label


@pytest.mark.parametrize(("text", "label"), [(c[3], c[4]) for c in CAUSES], ids=[c[0] for c in CAUSES])
def test_cause_lawful_twin(text: str, label: str) -> None:
    assert analyze(text).verdict.label == label
