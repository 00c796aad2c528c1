"""Debt context is judged outside what warns about scams or reports someone else's case
(analyzer/debt_context.warning_sentences, and the spans analyzer/detectors/warned.py blanks for the rules):
an anti-fraud notice or a news item full of debt words is not a repayment reminder, while a reminder that ends in
谨防诈骗 keeps its own debt clause, and a collector who calls the borrower 骗子 or accuses them of 诈骗 keeps the
collection frame. Checked through POST /api/v1/analyze on a live server."""
from __future__ import annotations

import pytest



def verdict(api, text: str) -> dict:
    result = api.post("/api/v1/analyze", {"text": text})
    assert result.status == 200, result.body
    return result.json["verdict"]


NOT_ABOUT_THE_READERS_DEBT = {
    # written for this test, in the shape of police, regulator and press notices
    "police-notice": "【某市公安局】近期有不法分子冒充网贷平台，以“逾期将被起诉”“明天上门”等说法恐吓借款人，"
                     "要求转账到个人账户。遇到此类情况请拨打96110咨询。",
    "anti-fraud-header": "防骗课堂：骗子会冒充催收说不还钱就通知你全家，再让你转到私人账户。真正的还款只走官方App！",
    "credit-repair-warning": "【某银行】提醒：所谓“征信修复”“逾期铲单”均为骗局，信用报告有异议请走官方渠道免费申请。",
    "news-item": "据报道，某催收公司员工多次以“欠款不还就曝光”威胁借款人，近日被法院判处有期徒刑一年。",
}


@pytest.mark.parametrize("text", NOT_ABOUT_THE_READERS_DEBT.values(), ids=NOT_ABOUT_THE_READERS_DEBT)
def test_warnings_and_reports_are_not_reminders(api, text):
    v = verdict(api, text)
    assert v["label"] == "not_collection", v
    assert v["risk"] == 0


STILL_ABOUT_THE_READERS_DEBT = {
    "reminder-then-warning": ("【某消费金融】尊敬的客户，本期应还1302元，请在App内还款。谨防冒充客服诈骗。", "reminder"),
    "bill-warning-one-sentence": ("【某消费金融】您的本期账单已出，还款请认准官方App，我司不会要求您向个人账户转账，谨防诈骗。",
                                  "reminder"),
    # a contact asked only to pass a message on is `aggressive` under the label rules (tests/data/fresh/README.md,
    # "Borderline cases"); it was `reminder` until aggr42's relay frame (round 36). The point here — the debt clause
    # outside the warning still opens the debt gate — holds either way.
    "emergency-contact": ("您好，您作为紧急联系人，请转告XXX尽快联系我们，我们不会要求您代为还款。", "aggressive"),
    "collector-insult": ("死皮赖脸的骗子，欠钱装死，迟早遭报应", "unlawful_threat"),
    "collector-accuses": ("你已经逾期90天了，恶意逃债涉嫌诈骗，明天就上门找你。", "unlawful_threat"),
}


@pytest.mark.parametrize(("text", "label"), STILL_ABOUT_THE_READERS_DEBT.values(), ids=STILL_ABOUT_THE_READERS_DEBT)
def test_a_debt_clause_outside_the_warning_still_counts(api, text, label):
    assert verdict(api, text)["label"] == label
