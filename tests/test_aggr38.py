"""aggr38: lawful pressure the analyzer under- or over-called (knowledge/data/rules/zz_aggr38.toml, the lexicon class
paid_told in knowledge/data/rules/lexicon.toml, and two stock-line exceptions in knowledge/data/rules/pressure.toml).

Five causes, each pressure or reminder only, never a threat or a scam:
  1. a legal step as the only way left or the "or else" (不然法院见, 那就只能起诉了, 该走的法律程序一步都不会少) with no
     debt word: the debt gate stayed shut (aggr38.step.else_step, opens_debt);
  2. a debt overdue for long (30 days or more, months, three instalments, 严重逾期) with a consequence named: credit
     report, legal step, agency, fees running, relief or service lost (aggr38.long_overdue.consequence_named);
  3. a debt already overdue with a credit report said as done (已影响征信, 已上征信) (aggr38.credit.overdue_reported;
     the future stock line 逾期记录将按规定报送征信 stays a reminder, as tests/test_aggr17.py and test_pressure_r6.py say);
  4. relief withdrawn with no debt word (减免方案今晚作废, 过了今天不再受理减免申请) (aggr38.relief.withdrawn_no_debt_word);
  5. the template's tail "已还款请忽略" / "如您已还款，请忽略" read as the debt paid, which cancelled every pressure
     rule's match: now {paid_told} reads it as the condition it is.
And two stock lines that were read as pressure: the reader's own instalment debited automatically (本期应还…明天将自动
扣款) and the credit-report line one week or less after the due date (已逾期2天…逾期信息将报送征信).

Messages written for this test (not copied from a data file). Each pressed message was reminder or not_collection on
main; each quiet twin must get no aggr38 finding and no threat or scam verdict: a routine reminder's stock credit line,
a bill before its due date, a bank's marketing, a shop, a landlord, a friend, news, a co-litigant, a guarantor.
"""
from __future__ import annotations

import pytest

PRESSED = [
    # 1. else-step, no debt word
    ("else_court", "aggr38.step.else_step", "这周之内再给不出说法，我们只好走法律程序了。"),
    ("either_or_court", "aggr38.step.else_step", "要么这个月把账结了，要么法庭上见，你选。"),
    ("process_not_less", "aggr38.step.else_step", "我们不会上门，也不会找你家里人，但该走的法律程序一步也不会少，你自己掂量。"),
    ("think_we_cannot_sue", "aggr38.step.else_step", "你是不是觉得我们告不了你？那你就继续拖着吧。"),
    # 2. long overdue with a consequence
    ("months_credit", "aggr38.long_overdue.consequence_named", "您的借款逾期已超过三个月，逾期记录将影响您的个人征信，请尽快还款。"),
    ("severe_fees", "aggr38.long_overdue.consequence_named", "您的借款已严重逾期，违约金每日累计，请尽快结清。"),
    ("days_step_and_tail", "aggr38.long_overdue.consequence_named",
     "【某银行】您的信用卡已逾期60天，如7日内仍未还款，我行将依据合约采取法律措施，并报送征信。已还款请忽略。"),
    # 3. overdue now, credit report decided or done
    ("harmed_already", "aggr38.credit.overdue_reported", "您的借款已逾期，已经影响到您的个人征信，请尽快处理。"),
    ("report_done", "aggr38.credit.overdue_reported", "你的借款逾期已经上了征信，尽快结清吧。"),
    # 4. relief withdrawn, no debt word
    ("last_talk_day", "aggr38.relief.withdrawn_no_debt_word", "今天是最后的协商期，过了今天就不再受理减免申请，按全额追偿。"),
    ("policy_cancelled", "aggr38.relief.withdrawn_no_debt_word", "今天是最后一天了，过了今晚减免政策全部取消，你想清楚。"),
    ("policy_gone", "aggr38.relief.withdrawn_no_debt_word", "你那个减免申请过了这周就没有这个政策了，自己看着办。"),
]

QUIET = [
    ("stock_credit_line", "【某银行】您的信用卡账单已逾期1天，请尽快还款，以免影响您的信用记录。"),
    ("bill_before_due", "【某借款App】您本期账单今天到期，逾期信息将按规定报送征信，请按时还款。"),
    ("early_overdue_credit", "【某消费金融】您的借款已逾期2天，请尽快还款，逾期信息将报送金融信用信息基础数据库。"),
    ("long_overdue_offer_only", "【某银行】尊敬的客户，您的借款已逾期45天，我们理解您的困难，可申请个性化分期，详询客服热线。"),
    ("bank_marketing", "【某银行】信用卡账单分期手续费减免活动今晚截止，过了今天恢复原价，详询客服。"),
    ("shop", "【某商城】会员专享优惠今晚作废，明天恢复原价，欢迎选购。"),
    ("landlord", "房东：这个月房租押金的事你要是再不给说法，我只能起诉了。"),
    ("friend", "小李，上次借你的五百块不着急，你方便的时候再还就行。"),
    ("news", "新闻：法院提醒，借款逾期超过90天的，银行可依法起诉追讨并报送征信。"),
    ("co_litigant", "老王，那家装修公司一直不退款，不然咱俩一起去法院起诉他们吧，你的材料准备好了吗？"),
    ("guarantor", "保证人您好，借款人的贷款已逾期90天，逾期信息将报送征信，请督促其尽快还款。"),
    ("not_suing", "我们不会起诉你，分期的事慢慢谈，不然你先还一部分也行。"),
    # the future stock line stays a reminder (tests/test_aggr17.py, test_aggr28.py, test_pressure_r6.py)
    ("future_report_line", "【某分期】您的借款已逾期，逾期信息将按规定报送征信，请尽快还款。"),
    # a contract's term for a later stage, said to a reader four days late
    ("term_severe_overdue", "【某汽车金融】您的车贷已逾期3天，逾期将产生罚息，严重逾期的，我司将依据合同依法处置车辆。"),
]

# Stock lines main read as pressure: a routine reminder again.
ROUTINE = [
    ("auto_debit_tomorrow", "【某借款App】您本期应还1,260.00元，明天将从绑定的银行卡自动扣款。"),
    ("early_overdue_credit", "【某消费金融】您的借款已逾期2天，请尽快还款，逾期信息将报送金融信用信息基础数据库。"),
]


def _rules(report) -> set[str]:
    return {r for f in report.findings for r in f.rule_ids}


@pytest.mark.parametrize("rule,text", [(r, t) for _, r, t in PRESSED], ids=[i for i, _, _ in PRESSED])
def test_lawful_pressure_is_aggressive(analyzer, rule, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "aggressive", [(f.rule_id, f.severity) for f in report.findings]
    assert rule in _rules(report)


@pytest.mark.parametrize("text", [t for _, t in QUIET], ids=[i for i, _ in QUIET])
def test_quiet_twins_get_no_aggr38_finding(analyzer, text):
    report = analyzer.analyze(text)
    assert not {r for r in _rules(report) if r.startswith("aggr38.")}, [(f.rule_id, f.severity) for f in report.findings]
    assert report.verdict.label not in ("unlawful_threat", "scam")


@pytest.mark.parametrize("text", [t for _, t in ROUTINE], ids=[i for i, _ in ROUTINE])
def test_stock_lines_stay_a_reminder(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label == "reminder", [(f.rule_id, f.severity) for f in report.findings]


def test_ignore_if_paid_tail_is_a_condition(analyzer):
    # "已还款请忽略" is the template's condition, not a receipt: the pressure of the message stands
    text = "张女士，这是第三次书面通知，如本月底前仍未还款，我们将提交律师处理。已还款请忽略本通知。"
    report = analyzer.analyze(text)
    assert report.verdict.label == "aggressive", [(f.rule_id, f.severity) for f in report.findings]


def test_a_receipt_still_cancels(analyzer):
    # a debt said to be paid (您已还清全部欠款) still cancels the pressure frames
    report = analyzer.analyze("您已还清全部欠款，本月底前不会提交律师处理，感谢配合。")
    assert report.verdict.label != "aggressive", [(f.rule_id, f.severity) for f in report.findings]


def test_a_threat_stays_a_threat(analyzer):
    # a threat with a long-overdue consequence stays unlawful_threat: the pressure frames do not lower it
    report = analyzer.analyze("你已经逾期90天了，再不还钱我们就把你欠钱的事发到你公司群里，让你同事都知道。")
    assert report.verdict.label == "unlawful_threat", [(f.rule_id, f.severity) for f in report.findings]
