"""aggr40: lawful pressure the analyzer under- or over-called (analyzer/debt_due.py, knowledge/data/rules/zz_aggr40.toml,
and three lexicon classes of knowledge/data/rules/zz_aggr36.toml extended).

Four causes, each pressure or reminder only, never a threat or a scam:
  1. a bill before or on its due date whose stock line (到期未还将上报征信, 逾期将按合同收取罚息并报送征信, 请于今日22点前
     存入) a pressure rule read as pressure: the bill is a reminder again (analyzer/debt_due.lower_bill_pressure);
  2. a request to a third party to have the borrower call back, said with 回拨这个号码, 回复我们的电话, 打一下这个电话,
     找她有点事, 个人事务 (aggr36.relay.contact_asked_to_relay, its lexicon classes extended);
  3. a credit report or loan approvals named as what follows if the reader does not act, or the reader handed to risk
     control, with no debt word (aggr40.credit.reported_if_not_done, opens_debt); and a lawsuit "N天后"
     (aggr36.step.step_scheduled: aggrthirtysix_when now reads 三天后, 48小时后);
  4. relief that lapses at a deadline (免罚息协商的最后一天, 错过后将按合同计收全部罚息) (aggr40.relief.offer_lapses).

Messages written for this test (not copied from a data file). Each was called otherwise on main; each quiet twin must
keep its verdict: a bill that names a lawsuit, a bill with a threat, a bank's marketing, a landlord, a friend, news,
a co-litigant, an anti-fraud notice, a school relay.
"""
from __future__ import annotations

import pytest

ROUTINE = [
    ("card_statement", "【某银行】您本期信用卡账单应还3,208.50元，到期还款日12月18日。温馨提示：到期未还将上报征信。"),
    ("due_today_hour", "【某借款App】您的借款今日到期，应还866.20元，请于今晚22点前确保尾号1234银行卡余额充足，逾期信息将按规定报送征信。"),
    ("due_fee_line", "【某分期】本期应还512.00元，还款日15日，未按时还款将产生逾期利息，逾期信息将报送征信机构。"),
]

PRESSED = [
    ("relay_call_back_number", "aggr36.relay.contact_asked_to_relay",
     "您好，麻烦您转告赵某，有一份材料需要他本人尽快处理，请他回拨这个号码，谢谢。"),
    ("relay_our_call", "aggr36.relay.contact_asked_to_relay",
     "您好，我们找她有点事，需要联系她本人，麻烦您让她回复我们的电话，谢谢。"),
    ("credit_if_not_done", "aggr40.credit.reported_if_not_done", "【某App】今天不处理，明天系统将上报征信。"),
    ("approval_if_not_paid", "aggr40.credit.reported_if_not_done", "24小时内不还款，将影响您以后的贷款审批。"),
    ("handed_to_risk", "aggr40.credit.reported_if_not_done", "你的情况已经报给风控了，以后你在各家平台借钱都会受影响。"),
    ("suit_in_days", "aggr36.step.step_scheduled", "给你两天时间，两天后直接起诉。"),
    ("relief_lapses", "aggr40.relief.offer_lapses", "你的欠款今天是减免罚息的最后一天，错过后将按合同计收全部罚息。"),
]

QUIET = [
    # (id, text, the verdict it keeps)
    ("bill_names_lawsuit", "【某借款App】本期应还1,000元今日到期，到期未还我司将依法起诉。", "aggressive"),
    ("bill_with_threat", "本期应还1,000元今天到期，不还就把你欠钱的事发给你家人和同事。", "unlawful_threat"),
    ("overdue_not_a_bill", "【某银行】您的信用卡已逾期45天，欠款将按日计收违约金，我行将依法追讨。", "aggressive"),
    ("bank_marketing", "【某银行】信用卡账单分期手续费五折活动本月底截止，错过后恢复原价，详询客服。", "not_collection"),
    # round 38: gate42 reads a landlord asking this month's rent with its sum and date as a reminder, as the labels'
    # borderline rule says (a sum due and a due date → reminder); what aggr40 must not do is make it pressure.
    ("landlord", "小王，这个月房租2,800记得25号前转我，水电下周一起算。", "reminder"),
    ("friend_joke", "哈哈你再不还我奶茶，我就把你上报到我的个人征信系统😂", "not_collection"),
    ("news", "新闻：多地法院提醒，借款到期不还的，银行可依法报送征信并起诉。", "not_collection"),
    ("anti_fraud", "【某公安】警惕！自称客服说不注销学生账户就会上报征信的都是诈骗。", "not_collection"),
    ("school_relay", "家长您好，我是班主任，孩子爸爸电话打不通，麻烦您让他回拨这个号码。", "not_collection"),
    ("shop_coupon", "【某商城】会员免息券今天是最后一天，错过后作废，快来使用。", "not_collection"),
    ("co_litigant", "老王，装修公司再不退款，咱俩三天后一起去法院起诉，你的材料准备好了吗？", "not_collection"),
]


def _rules(report) -> set[str]:
    return {r for f in report.findings for r in f.rule_ids}


def _serious(report) -> list[tuple[str, str]]:
    return [(f.rule_id, f.severity) for f in report.findings]


@pytest.mark.parametrize("text", [t for _, t in ROUTINE], ids=[i for i, _ in ROUTINE])
def test_a_bills_stock_line_is_a_reminder(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "reminder", _serious(report)
    assert not any(f.category == "pressure" and f.severity != "low" for f in report.findings), _serious(report)


@pytest.mark.parametrize("rule,text", [(r, t) for _, r, t in PRESSED], ids=[i for i, _, _ in PRESSED])
def test_lawful_pressure_is_aggressive(analyzer, rule, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "aggressive", _serious(report)
    assert rule in _rules(report)


@pytest.mark.parametrize("text,verdict", [(t, v) for _, t, v in QUIET], ids=[i for i, _, _ in QUIET])
def test_quiet_twins_keep_their_verdict(analyzer, text, verdict):
    report = analyzer.analyze(text)
    assert report.verdict.label == verdict, _serious(report)
    assert not {r for r in _rules(report) if r.startswith("aggr40.")}, _serious(report)


def test_routine_bill_frame_reads_the_condition():
    # 逾期将…, 到期未还将…, 逾期利息 are a bill's conditions; 已逾期3天 and 已产生违约金 are not a bill before its due date
    from analyzer import get_analyzer
    from analyzer.debt_due import routine_bill
    from analyzer.document import parse
    clauses = get_analyzer().modality.clauses
    def bill(t):
        doc = parse(t)
        return routine_bill(doc, clauses(doc.f))
    assert bill("本期应还500元，还款日10日，到期未还将上报征信。")
    assert bill("本期应还500元今日到期，未按时还款将产生逾期利息。")
    assert not bill("本期应还500元，已逾期3天，逾期信息将报送征信。")
    assert not bill("您的账单已产生违约金，本期应还500元，请今天内结清。")
