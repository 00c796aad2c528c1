"""aggr26: lawful pressure that was read as a plain reminder or as no collection at all
(knowledge/data/rules/zz_aggr26.toml, analyzer/debt_lever.WINDOW_CLOSING).

Each case runs the real analyzer. Positives must come out `aggressive` with the named rule among the findings;
reminders and ordinary messages sharing their words (最后一次提醒 in an advert, a discharged guarantee, legal advice
to guarantors) must not, and real threats must stay threats.
"""
import pytest

from analyzer import analyze
from analyzer.debt_lever import lever_step
from analyzer.document import parse

AGGRESSIVE = [
    ("aggr26.last_chance.withdrawn", "这是我们给您的最后一次协商机会，今天不处理，明天案件将升级。"),
    ("aggr26.last_chance.withdrawn", "您好，公司给您最后24小时处理时间，过了今天就没有减免政策了，后续按正常流程走。"),
    ("aggr26.last_chance.withdrawn", "这是最后一次电话提醒您，再不处理我们就不再和您协商了。"),
    # Traditional characters, masks, spaces
    ("aggr26.last_chance.withdrawn", "XXX，這是給您的最後一次協商機會，今天不處理，案件直接上交。"),
    ("aggr26.last_chance.withdrawn", "王**您好，这 是 最 后 的 还 款 期 限，过了今天就取消全部减免。"),
    ("aggr26.guarantor.liability_demand",
     "赵先生，您作为李某某借款的担保人，借款人已逾期80天，请督促其还款，否则我司将依法要求您承担连带担保责任。"),
    ("aggr26.guarantor.liability_demand",
     "您好，您的丈夫在我司的车贷已逾期两期，作为共同还款人，请您尽快代为处理，否则将对车辆进行收回处理。"),
    ("aggr26.guarantor.liability_demand", "陈女士，您担保的借款已逾期，我行已向您发出履行担保责任通知，请于10日内代偿。"),
    ("aggr26.guarantor.liability_demand", "您好，您是王XX貸款的共同借款人，該筆貸款已逾期，請於本週內還清，否則將一併追究您的還款責任。"),
    # no debt word: the window (case to go up, then the deadline) and the guarantee called on make it the reader's debt
    ("aggr26.last_chance.withdrawn", "你这个案件明天就上交了，今天再不处理，后面不是我能控制的。"),
    ("aggr26.guarantor.liability_demand", "您好，作为本笔贷款的保证人，请您于3日内履行保证责任，代为偿还借款人所欠本息。"),
    ("aggr26.tone.cold_contempt", "欠钱不还还有理了？今天五点前把钱还上，别跟我讲条件。"),
    ("aggr26.tone.cold_contempt", "你的电话一直不接，短信也不回，这种态度我们只能按程序处理了。"),
    ("aggr26.tone.cold_contempt", "你借钱的时候怎么不说没钱？现在逾期了就装没看见？今天必须处理。"),
]

NOT_AGGRESSIVE = [
    "这是本活动最后一次提醒，优惠券今晚24点过期，请尽快使用。",
    "您的会员将于明天到期，这是最后一次续费提醒。",
    "【XX花】最后还款日就是今天，还款请在App内操作，感谢支持。",
    # a template's due date (holdout2 F178 was read as a last chance on the first run of this rule)
    "尊敬的用户，您在XX借款3000元，今天为最后还款期限日，请按时归还!",
    "这是您本期的最后还款时间，请于今日24点前还款。",
    "您好，您作为担保人的贷款已全部结清，担保责任解除，感谢您的配合。",
    "【XX银行】尊敬的客户，您担保的贷款本期已正常还款。",
    "您好，您的借款已逾期2天，请尽快还款，如有困难可申请协商。",
    "老公，房租别跟我讲条件了，这个月你交。",
    "这个项目今天不处理的话，明天就按正常流程走审批。",
    "新闻：催收员称这是最后一次协商机会，借款人报警。",
]

# legal advice to guarantors: no aggr26 frame (main's pressure.false_consequence.shared_debt still reads it aggressive)
ADVICE = ["律师提醒：担保人在借款人逾期时可能要承担连带责任，签字前要慎重。",
          "律师提醒：作为担保人，请注意借款人违约时要代为偿还。",
          "您好，您作为保证人，请您了解：借款人逾期时您是否需要代为偿还？"]


THREATS = [
    "再不还钱，我们就把你的欠款信息发给你所有通讯录好友，让大家都知道你是老赖。",
    "今天不还，我们的人明天就去你单位找你领导，让你在单位待不下去。",
    "你是担保人，这是最后一次机会，不给钱就找你全家，让你家里人都不得安宁。",
]


def _fired(report):
    return {r for f in report.findings for r in f.rule_ids}


@pytest.mark.parametrize(("rule", "text"), AGGRESSIVE, ids=[f"{r}-{i}" for i, (r, _) in enumerate(AGGRESSIVE)])
def test_lawful_pressure_is_aggressive(rule, text):
    report = analyze(text)
    assert report.verdict.label == "aggressive", (text, report.verdict.label, sorted(_fired(report)))
    assert rule in _fired(report)


@pytest.mark.parametrize("text", NOT_AGGRESSIVE)
def test_shared_words_are_not_pressure(text):
    report = analyze(text)
    assert report.verdict.label not in ("aggressive", "scam", "unlawful_threat"), (text, report.verdict.label,
                                                                                  sorted(_fired(report)))
    assert not {r for r in _fired(report) if r.startswith("aggr26.")}


@pytest.mark.parametrize("text", ADVICE)
def test_advice_fires_no_aggr26_frame(text):
    assert not {r for r in _fired(analyze(text)) if r.startswith("aggr26.")}


@pytest.mark.parametrize("text", THREATS)
def test_threats_stay_threats(text):
    assert analyze(text).verdict.label == "unlawful_threat"


@pytest.mark.parametrize("text", [
    "这是我们给您的最后一次协商机会，今天不处理，明天案件将升级。",
    "再不处理我们就不再和您协商了。",
    "你电话不接，我们只能按程序处理了。",
])
def test_closing_window_is_a_debt_lever(text):
    assert lever_step(parse(text).f)


@pytest.mark.parametrize("text", [
    "最后一次机会，今晚抢购，过了今天就没有优惠了。",
    "这个项目今天不处理的话，明天就按正常流程走审批。",
    "我再不处理就不再和他们协商了。",
    "这个案件明天上交法院，今天不处理的话证据来不及了。",
    "律师提醒：作为担保人，请注意借款人违约时要代为偿还。",
    "您作为保证人，借款人违约时是否要代为偿还？",
    "担保人您好：借款人本期已逾期3天，本公司目前仅作告知，不要求您履行保证责任。",
])
def test_no_closing_window_elsewhere(text):
    assert not lever_step(parse(text).f)
