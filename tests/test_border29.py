"""border29: the reminder / not_collection border, both directions, read as frames (whose debt, owed to whom, asked
of whom, when). Not collection: debt and collection as the topic of a law text, news, training, meeting or warning,
owed by no one it speaks to (debt_lawful.debt_talked_of, debt_topic_only). Collection: a person reminding the reader of
a sum the reader still owes them or their office, with none of the gate's debt words (debt_lawful.owed_reminded).
Lexicon in knowledge/data/rules/zz_border29.toml. No example is a line of a labelled set or of
tests/data/probes/border29_own.jsonl. On main (be544fd) law-lecture and meeting were reminder, instalment-to-me,
advance-unsettled and traditional not_collection; the other cases already had the right verdict and stay as guards
(regulator, masked-regulator and news-traditional also guard the topic frame's signature and mask handling)."""
from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer import debt_lawful
from analyzer.document import parse

NOT_COLLECTION = {
    "law-lecture": "下周三法务部组织学习：债务催收中哪些行为属于违法，催收人员不得冒充公检法。",
    "meeting": "周五上午十点开例会，讨论逾期资产清收外包方案，请风控部全体参加。",
    "regulator": "【XX银保监分局】提示：金融机构催收不得向借款人的亲友透露债务信息，如您遇到此类情况可以向本局投诉。",
    "news-traditional": "新聞：某地法院審結一起暴力催收案，三名催收人員被判刑。",
    "masked-regulator": "【XX金融监管局】风险提示：催收不得使用恐吓、辱骂手段，如遇违规催收可拨打12378。",
    # guard: a friend's no-rush reminder stays where _ordinary puts it
    # (gate41: was "上次唱歌那两百记得还我哈，不急" -- a sum pointed back to (那两百) with 记得还我 is now read as an owed
    # sum asked back, as the opened sets since para41 label it (a bare trailing 不急 is no no_rush wording); the guard
    # now says the creditor sets the money aside, which is what _ordinary reads)
    "guard-no-rush": "上次唱歌那两百不急着还，你先顾好自己",
    # guard: the reader lent the money (借你的), a deposit kept for the reader (定期)
    "guard-reader-lent": "妈，表姐借你的那五千，她说月底前还你，让我跟你说一声。",
    "guard-deposit": "那笔钱我替你存了定期，到期了提醒你一下。",
}

REMINDER = {
    "instalment-to-me": "老张，这是最后一期了，记得周五前把钱转我。",
    "advance-unsettled": "小李，你上个月借支的三千块还没冲账，财务让我提醒你月底前处理一下。",
    "interest-due": "这个月的利息还没到，提醒你一下，按说好的每月10号。",
    "traditional": "阿明，這期的錢還沒轉，記得禮拜五前轉我。",
    # guards: a collector's message with a topic word and a pressure stays collection
    "guard-pressed": "欠款的事今天给个答复，不处理后果自负。",
    "guard-named": "张某：你拖欠款项已久，请尽快处理。",
}


@pytest.mark.parametrize("text", NOT_COLLECTION.values(), ids=NOT_COLLECTION.keys())
def test_debt_as_topic_is_not_collection(text: str) -> None:
    assert analyze(text).verdict.label == "not_collection"


@pytest.mark.parametrize("text", REMINDER.values(), ids=REMINDER.keys())
def test_owed_sum_reminded_is_collection(text: str) -> None:
    assert analyze(text).verdict.label in ("reminder", "aggressive")


def _talked_of(text: str) -> bool:
    doc = parse(text, None, None)
    return debt_lawful.debt_talked_of(doc.f, debt_lawful.signers([s.text for s in doc.signatures]))


def _reminded(text: str) -> bool:
    doc = parse(text, None, None)
    return debt_lawful.owed_reminded(doc.f, debt_lawful.signers([s.text for s in doc.signatures]))


@pytest.mark.parametrize(("frame", "must_match", "must_not_match"), [
    (_talked_of, "培训内容:催收人员不得联系无关第三人", "你的欠款今天不处理,后果自负"),
    (_talked_of, "催收员不得向您的亲友透露欠款信息", "您的欠款已逾期3天"),
    (_talked_of, "讨论应收账款催收流程,请财务部参加", "请于今日内还清欠款"),
    (_talked_of, "合法催收受法律保护", "王某:你拖欠的款项请尽快处理"),
    (_reminded, "最后一期了,记得这周把钱转我", "最后一期了,记得这周把钱转你"),
    (_reminded, "你预支的备用金还没报销,月底前记得处理", "我预支的备用金报销了"),
    (_reminded, "这个月的利息还没到,提醒一下", "【XX物业】这个月的物业费还没交,提醒一下"),
], ids=["topic-training", "topic-you-protected", "topic-meeting", "topic-law",
        "reminded-to-me", "reminded-advance", "reminded-signed"])
def test_frame_examples(frame, must_match: str, must_not_match: str) -> None:
    assert frame(must_match)
    assert not frame(must_not_match)


@pytest.mark.parametrize(("words", "expected"), [
    (["催收", "逾期"], True), (["欠款"], True), (["催收", "还钱"], False), ([], False),
])
def test_topic_only(words: list[str], expected: bool) -> None:
    assert debt_lawful.debt_topic_only(words) is expected
