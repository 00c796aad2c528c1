"""paste24: what a paste carries besides the sender's message. A friend's comment on a forward, a chat log's names and
times and the reader's turns, the reader's fear or plight after the message, a screenshot's debris: each pasted form
must get the plain message's verdict (the label is the sender's, never the reader's words), and findings still point at
the characters the user pasted."""
from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.pasted import asker_words, chat_lines

THREAT = "你的逾期资料已经做好了，今晚不还，明天就在你们小区门口和你公司楼下贴出来。"
SCAM = "您的医保账户需要更新，请于12月12日前点击 www.mk2y.top 更新医保凭证。"
# A bank's bill signed in half-width brackets at its end, with a link: the signature is what keeps it a reminder.
BILL = "您个人信用卡11月账单￥6,204.80，还款日12月08日，点 cmbt.cn/BEMA639jaH910RI0 查账单明细[招商银行]"
REMIND = "【分期乐】尊敬的用户，您的借款已逾期2天，应还金额856.00元，请尽快登录App还款。"


@pytest.mark.parametrize(("plain", "pasted"), [
    (THREAT, "你看看这个，是不是骗子\n" + THREAT),
    (SCAM, "你看看这个，是不是骗子\n" + SCAM),
    (SCAM, SCAM + "\n你帮我看看，是真的吗"),
    (THREAT, "催收员小刘 14:32\n" + THREAT + "\n我 14:33\n我下个月发工资就还，别再发了"),
    (BILL, "催收员小刘 14:32\n" + BILL + "\n我 14:33\n我现在真的没钱"),
    (THREAT, "催收：" + THREAT),
    (BILL, BILL + "\n他们要杀我吗？我好害怕"),
    (BILL, BILL + "\n我真的没钱"),
    (BILL, "客服：" + BILL + "\n我：知道了"),
    (BILL, BILL + "\n[图片]"),
    (SCAM, "这是真的吗？" + SCAM),
    (REMIND, "客服小王 10:12\n" + REMIND + "\n我 10:20\n你们再打电话我就报警，我要告你们"),
], ids=["forward-threat", "forward-scam", "forward-after", "chat-log", "chat-log-bill", "speaker-label", "fear-tail", "plight-tail",
        "call-reply", "ocr-debris", "question-same-line", "reader-turn-complaint"])
def test_pasted_form_keeps_the_plain_verdict(plain, pasted):
    before, after = analyze(plain), analyze(pasted)
    assert after.verdict.label == before.verdict.label
    for f in after.findings:
        assert pasted[f.start:f.end] == f.excerpt


def test_plain_forms_are_what_they_say():
    """The pairs above test something only if the plain forms are read right."""
    assert analyze(THREAT).verdict.label == "unlawful_threat"
    assert analyze(SCAM).verdict.label == "scam"
    assert analyze(BILL).verdict.label == "reminder"
    assert analyze(REMIND).verdict.label == "reminder"


def test_reader_words_make_no_threat():
    """A frightened reader's question after a lawful reminder is not the sender's threat."""
    report = analyze(REMIND + "\n他们说要来我家，会不会真的来啊？")
    assert report.verdict.label == "reminder"


def test_screenshot_sender_line_behind_back_arrow():
    report = analyze("14:32 4G 87%\n< 10691234567\n短信/彩信\n" + REMIND)
    assert report.sender is not None and report.sender.raw == "10691234567"
    assert report.verdict.label == "reminder"


def test_hotline_12345_not_inside_a_phone_number():
    """12345 names the citizens' hotline (a complaint's reply), not five digits of a mobile number."""
    assert analyze("13812345678\n会联系村委/街道办核实情况").verdict.label == "unlawful_threat"
    assert analyze("你反映的问题已转12345热线，街道办将联系你核实情况").verdict.label != "unlawful_threat"


def test_chat_lines():
    text = "催收员小刘 14:32\n欠钱不还还敢拉黑？\n我 14:33\n我下个月就还\n催收员小刘 14:35\n你自己看着办"
    assert [text[a:b] for a, b in chat_lines(text)] == ["催收员小刘 14:32", "我 14:33", "\n我下个月就还\n",
                                                        "催收员小刘 14:35"]
    # a lone "name time" line inside a message is the sender's (最后期限 18:00), not a chat heading
    assert chat_lines("您的欠款今天必须处理\n最后期限 18:00\n逾期将上报征信") == []
    # a salutation is not a speaker's label
    assert chat_lines("王先生：您的借款已逾期，请尽快还款。") == []


@pytest.mark.parametrize("text", [
    "你还不还？是不是不想还了？" + THREAT,  # the sender's own question, with 你
    THREAT + "\n你说你没钱？没钱就去借！",  # the sender's tail speaks to 你
])
def test_sender_questions_are_kept(text):
    assert all(text[a:b].strip() not in THREAT for a, b in asker_words(text)) or not asker_words(text)
    assert analyze(text).verdict.label == "unlawful_threat"


def test_several_messages_the_worst_decides():
    """One message's exception (我司不会上门催收) does not cancel another's threat when several are pasted with times."""
    lawful = "【XX消费金融】您的借款已逾期3天，请尽快还款。我司不会上门催收，谨防不法分子冒充我司诈骗。"
    assert analyze(lawful).verdict.label == "reminder"
    pasted = "12-01 09:00\n" + lawful + "\n12-03 21:40\n" + THREAT
    report = analyze(pasted)
    assert report.verdict.label == "unlawful_threat"
    assert all(pasted[f.start:f.end] == f.excerpt for f in report.findings)
    # ...and a lawful reminder pasted twice stays a reminder
    assert analyze("12-01 09:00\n" + lawful + "\n12-03 09:00\n" + lawful).verdict.label == "reminder"


def test_message_starts():
    from analyzer.pasted import message_starts
    text = "12-01 09:00\n您的账单已逾期。\n12-03 21:40\n再不还就上门。"
    assert [text[s:s + 11] for s in message_starts(text)] == ["12-03 21:40"]
    assert message_starts("您的账单已逾期，请于12-03 21:40前还款。") == []


def test_chat_log_with_dates_and_qq_numbers():
    """QQ copies a name with its number and the time with seconds; WeChat's export a full date: the reader's turn is
    still the reader's."""
    for me, them in (("我(1234567) 14:33:10", "催收员小刘(2839123456) 14:32:05"),
                     ("我 2026/12/03 14:33", "小刘 2026/12/03 14:32")):
        text = f"{them}\n{THREAT}\n{me}\n我下个月就还"
        assert [text[a:b].strip() for a, b in chat_lines(text)] == [them, me, "我下个月就还"]
        assert analyze(text).verdict.label == "unlawful_threat"
