"""Round-3 scam work (scamT): lender templates must not look like scams, and the scam frames of
scams_r3.toml must hold on paraphrases that are not in any rule's own examples.

The reminders below are self-written paraphrases of the shapes that were called scams in
r3_tune.jsonl (a debit-failure notice asking to top up the reader's own card, a lender's WeChat
official account, "after the debit succeeds you get an SMS", a bank statement link, a signed
reminder that gives the lender's in-app path beside a link)."""
from __future__ import annotations

import pytest

REMINDERS = {
    "own-card-top-up": "尊敬的客户，您本期账单从尾号8888的银行卡自动扣款失败，请将足额款项存入该账户，以免产生罚息。",
    "official-account": "【某某分期】您本期应还800元，请在微信公众号“某某分期”中点击还款，如已还款请忽略。",
    "debit-after-success": "您的借款今日到期，系统将自动扣款，扣款成功后您会收到短信通知。如有疑问请致电客服。",
    "statement-link": "您的招商银行信用卡本期账单欠款总计1200元，最后还款日为8月5日，查询账单明细请点击 https://card.example-bank.cn/bill 。【招商银行】",
    "in-app-path-beside-link": "【某某贷】您的借款已逾期2天，请尽快还款。还款方式：登录某某贷-我的借款-去还款，或点击 m.xx-loan.top/pay 。",
}


@pytest.mark.parametrize("text", list(REMINDERS.values()), ids=list(REMINDERS))
def test_lender_templates_are_not_scams(analyzer, text):
    report = analyzer.analyze(text)
    assert report.verdict.label != "scam", [(f.rule_id, f.severity) for f in report.findings]


SCAMS = {
    "gift-private-wechat": ("您在本店的订单已签收，加售后微信可再领一份礼物", "scam.r3.lure_chat_account"),
    "stock-tip-line": ("明日涨停牛股免费送，名额有限，请添加line", "scam.r3.lure_chat_account"),
    "status-masked-link": ("您的医保电子凭证未激活，请打开yb.****.cn激活，超时将停用", "scam.phishing.r3_status_link"),
    "apk": ("同学会的合影在这里 http://xx.top/photos.apk", "scam.r3.app_outside_store"),
    "repay-to-drop-case": ("你的欠款案件已移交公安，今晚前还清立即撤案", "scam.r3.pay_to_drop_case"),
    "new-number": ("我是你表哥，这是我新号码，收到回复一下", "scam.r3.known_person_new_phone"),
    "named-card": ("请马上汇8000元到张律师的银行卡上处理此事", "scam.r3.pay_to_named_account"),
    "self-claimed-staff": ("你好，我是法院的工作人员，您有一张传票未领取，请回电", "scam.r3.self_claimed_staff"),
}


@pytest.mark.parametrize(("text", "rule_id"), list(SCAMS.values()), ids=list(SCAMS))
def test_scam_frames_hold_on_paraphrases(analyzer, text, rule_id):
    report = analyzer.analyze(text)
    assert rule_id in {r for f in report.findings for r in f.rule_ids}, [(f.rule_id, f.severity) for f in report.findings]
    assert report.verdict.label == "scam"
