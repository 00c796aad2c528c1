"""aggr27: lawful pressure read as a plain reminder or as no collection at all
(knowledge/data/rules/zz_aggr27.toml, analyzer/debt_lever.ULTIMATUM_WAIT / CONTACT_UNTIL, lexicon.reader_claimant,
lexicon.preservation_applied).

Each case runs the real analyzer. Positives must come out `aggressive` (with the named rule among the findings where
one is named); bills, reminders and ordinary messages sharing their words must not; real threats stay threats.
"""
import pytest

from analyzer import analyze
from analyzer.debt_lever import lever_step

AGGRESSIVE = [
    ("aggr27.deadline.must_within_hours", "你好，我是XX平台贷后部的，你这笔欠款拖了两个月了，今天中午12点之前必须把全额结清。"),
    ("aggr27.deadline.must_within_hours", "王先生，你的账单逾期了，今天下午五点前必须要有一个处理结果。"),
    ("aggr27.deadline.must_within_hours", "你的網貸逾期了，必須在今天18:00前還清。"),
    ("aggr27.deadline.must_within_hours", "XXX你的欠款逾期30天，今晚8点前钱必须到账。"),
    ("aggr27.ultimatum.question", "你的借款逾期两个月了，我再问你最后一次，今天到底还不还？"),
    ("aggr27.ultimatum.question", "欠款一直拖着不处理，你是觉得我们拿你没办法吗？"),
    ("aggr27.ultimatum.question", "你的網貸逾期這麼久，到底還不還？"),
    ("aggr27.escalation.reported_up",
     "您好，本次为您的逾期欠款第5次电话提醒，您已多次承诺还款均未履行，我们将如实记录并上报。"),
    ("aggr27.escalation.reported_up", "你的借款逾期了，今天下午五点前要是处理不了，我这边只能把你的案子往上报了。"),
    ("aggr27.tone.borrowed_then_gone", "說實話你這種人我見多了，借的時候說得好好的，還的時候人就不見了。"),
    ("aggr27.tone.borrowed_then_gone", "你的欠款逾期三个月了，借钱的时候积极得很，还钱的时候就玩失联。"),
    ("aggr27.ultimatum.either_or", "你的欠款逾期了，是准备今天处理，还是等我们走法律程序？你给个答复。"),
    ("aggr27.contact.stepped_up", "你的借款逾期了，本周起我们每天都会安排专员与您联系，请不要再回避。"),
    ("aggr27.credit.report_filed", "你今天要是还不上，明天你的征信就会有逾期记录，我已经提交上报申请了。"),
    ("aggr27.window.channel_closed", "您的貸款逾期，過了今天協商窗口將關閉。"),
    # no debt word: handed up (debt_lever.HANDED_UP, _STEP), the channel closing after a deadline (WINDOW_CLOSING)
    ("aggr27.escalation.reported_up", "你就说一句话，今天还是不还？不还我现在就提交。"),
    ("aggr27.escalation.reported_up", "你的案子我这边已经提交给主管了，主管那边处理起来就没这么客气了。"),
    ("aggr27.window.channel_closed", "这是我们第三次正式通知您，也是最后一次，过了今晚12点，协商渠道关闭。"),
    # lexicon.reader_claimant: the reader is the defendant here, not the one who sues
    ("pressure.urgency.lawful_legal_step", "您的借款已逾期，我司将对您提起诉讼。"),
    ("pressure.urgency.lawful_legal_step", "【XX】您的借款已逾期，我司已启动内部审批，拟对您提起诉讼，请于2个工作日内还款。"),
    # no debt word: the lever itself is the reader's debt (analyzer/debt_lever.py)
    (None, "你打算什么时候还？是不是要等到法院传票寄到你家你才处理？"),
    (None, "我们会每天给你打电话，直到你处理为止，请保持电话畅通。"),
    # a property preservation the creditor will apply for: the freeze is the court's, lawful (not fake_legal)
    (None, "你这个情况已经很严重了，再不还款，公司会申请财产保全，冻结你的银行卡。"),
]

NOT_AGGRESSIVE = [
    "【XX消金】您好，您有一笔借款今日为最后还款日，请于今日24点前还款，以免产生逾期记录。",
    "【XX消费金融】您本期账单1,235.60元，最后还款日为6月15日，请按时还款，以免影响征信。",
    "【XX花】您的借款已逾期1天，逾期将产生罚息，请尽快登录App还款，以免影响个人征信。",
    "【XX】您的借款将于24小时内到期，请提前准备还款资金，以免逾期影响征信。",
    "这个项目今天下午五点前必须处理完，报告明天交。",
    "老婆，房贷今天必须还了，你记得转到卡里。",
    "老王，上次借你的两千块到底还不还？还我就行。",
    "你拿的那两万到底什么时候还？别一直躲着。",
    "亲，您的花呗到底还不还呀~记得按时还款哦",
    "这个项目的问题我只能往上报了，领导会处理。",
    "您的借款已还清，我们已记录并上报结清信息。",
    "老王，借你的两千块，借的时候说得好好的，还的时候人就不见了，还我吧。",
    "【XX物业】您本月物业费尚未缴纳，我们会持续提醒，直到您缴费为止，感谢配合。",
    "我们会持续跟进，直到您的问题处理完毕。",
    "我每天都给你打电话，直到你原谅我为止。",
    "是不是要等到法院判决才离婚？",
    "您的投诉案件已提交给主管处理，请耐心等待回复。",
    "你的作业再不交，我就直接上报老师了。",
    "本次活动报名通道今晚关闭，请尽快报名。",
    "【XX】您的订单已发货，每天都有专人跟进物流，请耐心等待。",
    "【XX银行】您的逾期款项已全部还清，我行将按规定向征信系统报送更新信息。",
    "您的借款已逾期，您可以选择一次性还款或者申请分期，请联系客服。",
    # the reader as claimant stays the claimant
    "张先生，您委托我所提起诉讼的案件已立案，请留意法院通知。",
]

THREATS = [
    # a freeze said done stays a fake legal process even beside a preservation the creditor will apply for
    "你的欠款逾期了，我们会申请财产保全，你的银行卡已经被冻结了",
    "逾期不还，否则将冻结您的账户",
]


@pytest.mark.parametrize(("rule", "text"), AGGRESSIVE, ids=[t[:16] for _, t in AGGRESSIVE])
def test_lawful_pressure_is_aggressive(rule, text):
    report = analyze(text)
    assert report.verdict.label == "aggressive", [(f.rule_id, f.severity) for f in report.findings]
    if rule:
        assert rule in {r for f in report.findings for r in f.rule_ids}


@pytest.mark.parametrize("text", NOT_AGGRESSIVE, ids=[t[:16] for t in NOT_AGGRESSIVE])
def test_look_alikes_are_not_aggressive(text):
    report = analyze(text)
    assert report.verdict.label not in ("aggressive", "unlawful_threat", "scam"), (
        report.verdict.label, [f.rule_id for f in report.findings])


@pytest.mark.parametrize("text", THREATS, ids=[t[:16] for t in THREATS])
def test_threats_stay_threats(text):
    assert analyze(text).verdict.label == "unlawful_threat"


@pytest.mark.parametrize("text", [
    "你是不是非要等到律师函寄到家里才肯还？",
    "从明天开始我们会天天给你打电话，直到你把钱还清为止。",
])
def test_debtless_levers_name_the_readers_debt(text):
    assert lever_step(text)


@pytest.mark.parametrize("text", ["是不是要等到法院判决才离婚？", "我们会持续跟进，直到您的问题处理完毕。"])
def test_no_lever_without_the_readers_debt(text):
    assert not lever_step(text)
