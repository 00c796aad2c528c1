"""paste25: paste24 brought up to main. What the merge showed: a collector's own closing words are not the reader's
question about the senders (催收 inside 第三方催收机构, an exclamation's 啊), and a role the rules read as who speaks
(班主任：…) is not a speaker's label to blank. The cheap pre-checks added for speed keep the same spans."""
from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.pasted import asker_words, chat_lines

OVERDUE = "XXX你好，你的网贷欠款拖了三个月了。最迟今晚12点前还上！否则将移交第三方催收机构了啊"


@pytest.mark.parametrize("text", [
    OVERDUE,
    "尊敬的客户，您在XX平台的借款已严重逾期。今天下班前必须处理！到期仍不还款就移交第三方催收机构了啊",
    "您的借款已逾期，请尽快还款。对方律师会联系您的啊",
], ids=["third-party-collector", "after-deadline", "lawyer-will-call"])
def test_collector_closing_words_are_the_senders(text):
    assert asker_words(text) == []


def test_overdue_with_handover_stays_aggressive():
    assert analyze(OVERDUE).verdict.label == "aggressive"


@pytest.mark.parametrize(("tail", "asked"), [
    ("我没钱，他们会不会来我家啊", "我没钱，他们会不会来我家啊"),
    ("他们要杀我吗？", "他们要杀我吗？"),
    ("催收的人会来我家吗", "催收的人会来我家吗"),
    ("对方说要起诉我？", "对方说要起诉我？"),
], ids=["a-not-a", "ma-question", "collector-subject", "question-mark"])
def test_reader_question_about_the_senders_is_the_readers(tail, asked):
    text = "【XX贷】您的借款已逾期3天，请尽快登录App还款。\n" + tail
    assert [text[a:b] for a, b in asker_words(text)] == [asked]


def test_a_teacher_speaking_is_no_speaker_label():
    text = "班主任：你家孩子在学校表现很好，我们都知道他很努力"
    assert chat_lines(text) == []
    assert analyze(text).verdict.label not in ("unlawful_threat", "scam")


@pytest.mark.parametrize(("text", "dropped"), [
    ("您的借款已逾期，请尽快还款\n[图片]", ["\n[图片]"]),
    ("您的借款已逾期，请尽快还款\n短信/彩信\n<", ["\n短信/彩信\n<"]),
    ("您的借款已逾期，请尽快还款[图片]", []),
], ids=["debris-line", "debris-lines", "no-line-break"])
def test_screenshot_debris_needs_its_line_break(text, dropped):
    assert [text[a:b] for a, b in asker_words(text)] == dropped


@pytest.mark.parametrize(("text", "labels"), [
    ("客服：您好，您的账单已逾期\n我：知道了", ["客服："]),
    ("客服:您好，您的账单已逾期", ["客服:"]),
    ("您好客服，您的账单已逾期", []),
], ids=["full-width-colon", "half-width-colon", "no-colon"])
def test_speaker_label_needs_its_colon(text, labels):
    assert [text[a:b] for a, b in chat_lines(text)][:len(labels)] == labels
    assert len(chat_lines(text)) >= len(labels) and (labels or chat_lines(text) == [])
