"""aggr25: lawful pressure that was read as a plain reminder (knowledge/data/rules/zz_aggr25.toml).

Each case runs the real analyzer. Positives must come out `aggressive` with the named rule among the findings;
the plain reminders that share their words (以免影响征信 template text, 最后一期, bank 温馨提示) must stay reminders,
and nothing here may become a threat or a scam.
"""
import pytest

from analyzer import analyze

AGGRESSIVE = [
    ("aggr25.firm.no_named_step", "这是最后一次提醒你，你在XX的欠款今天必须处理，别再拖了。"),
    ("aggr25.firm.no_named_step", "王**你好，你的欠款拖了这么久，你打算怎么办？今天给个说法。"),
    ("aggr25.firm.no_named_step", "我是XX贷后的小刘，钱的事别让我再打第二次电话，今天下午五点前处理掉。"),
    ("aggr25.firm.no_named_step", "你欠的这笔钱我们不会放弃追讨的，尽早还款对你我都好。"),
    ("aggr25.firm.no_named_step", "你一直躲着不接电话也没用，这笔欠款早晚要还。"),
    # masks, Traditional characters, inserted spaces
    ("aggr25.firm.no_named_step", "張**，你的網貸逾期這麼久了，你到底打算怎麼處理？"),
    ("aggr25.firm.no_named_step", "XXX你的借款逾期了，别 再 拖 了，今天给个交代。"),
    ("aggr25.firm.no_named_step", "XX先生，截止今天你欠款4,8**元逾期73天，明天上午10点前不到账，到时候就不是我跟你谈了。"),
    ("aggr25.lever.accelerate_right", "您的逾期款项如仍不处理，根据合同约定，我司有权要求您提前偿还全部借款本息并承担违约金。"),
    ("aggr25.lever.accelerate_right", "【逾期通知】親愛的用戶，您的借款本期應還款 $amount 元已逾期，請立即繳款，逾寬限期需立即全額還款。"),
    ("aggr25.lever.grave_consequence", "尊敬的${name}先生/女士：您的汽车金融贷款已逾期！请马上存入逾期欠款，避免您违约产生严重的法律后果。"),
    ("aggr25.lever.grave_consequence", "你想赖账是吗 已经给你几个月时间了 你不把握 你就等着法院找你吧"),
    # was called a credit-repair scam (征信…不良…消除): a consequence stated, not an offer to delete
    ("aggr25.lever.grave_consequence", "您的借款若继续逾期，会在您的个人征信报告上留下不良记录，五年内都难以消除。"),
]

REMINDERS = [
    "【XX银行】温馨提示：您尾号1234的信用卡本期账单应还2,356.00元，最后还款日12月10日，请按时还款以免影响征信。",
    "【XX消费金融】您本月应还款额586.20元将于12月8日到期，请确保还款账户余额充足，按时还款以免影响您的个人征信。",
    "【XX花】这是您的最后一期账单，应还312.50元，还款日12月15日，还完即结清，感谢您一直以来的支持。",
    "【XX银行】溫馨提示：您的信用卡本期應還款額為1,200.00元，到期還款日為12月16日，請按時還款以免影響徵信。",
    "【XX银行】您好，您的信用卡本期为分期最后一期，应还856.00元，请于12月12日前还款。",
    "【XX金融】您好，您的借款已逾期2天，请尽快还款。如有困难可联系客服申请协商。",
    "您好，您的借款已逾期3天，请今天内还款，谢谢配合。",
]

NOT_PRESSURE = [
    "房租拖了三个礼拜了，今天必须给我个说法",
    "您的借款可申请提前还款，提前还款免收手续费。",
    "新闻：男子网贷逾期，催收员说“不会放弃追讨”，男子报警，警方已介入",
]

AGGR25_RULES = {"aggr25.firm.no_named_step", "aggr25.lever.accelerate_right", "aggr25.lever.grave_consequence"}


def _fired(report):
    return {r for f in report.findings for r in f.rule_ids}


@pytest.mark.parametrize(("rule", "text"), AGGRESSIVE)
def test_lawful_pressure_is_aggressive(rule, text):
    report = analyze(text)
    assert report.verdict.label == "aggressive", (text, report.verdict.label, sorted(_fired(report)))
    assert rule in _fired(report)


@pytest.mark.parametrize("text", REMINDERS)
def test_plain_reminder_stays_reminder(text):
    report = analyze(text)
    assert report.verdict.label == "reminder", (text, report.verdict.label, sorted(_fired(report)))
    assert not (_fired(report) & AGGR25_RULES)


@pytest.mark.parametrize("text", NOT_PRESSURE)
def test_shared_words_outside_collection_do_not_fire(text):
    report = analyze(text)
    assert not (_fired(report) & AGGR25_RULES), sorted(_fired(report))
    assert report.verdict.label not in ("unlawful_threat", "scam")


def test_credit_repair_offer_after_hard_to_erase_is_still_scam():
    report = analyze("征信上的逾期记录五年内难以消除？专员帮您删除，费用500元")
    assert report.verdict.label == "scam"
