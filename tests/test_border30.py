"""border30: the reminder / not_collection border read by whose debt and whether the reader is asked to pay.
Not collection: a creditor setting the debt aside as a topic with no ask in the same message (debt_lawful.set_aside,
lexicon class debt_set_aside), a third person repaying the reader (reader_creditor), a debt already paid for the reader
or already settled (paid_state); 转告你 is a relay, not 告你 (role_reader_target); a relative's debt to
咱们 (writer and reader lent it together) is family talk, not third-party contact (reader.toml unless). Lexicon in
knowledge/data/rules/lawful_r17.toml, lexicon.toml, lawful_role.toml. No example is a line of a labelled set or of
tests/data/probes/border30_own.jsonl. On main (fb13236) every NOT_COLLECTION example but set-aside-topic was reminder; the REMINDER
and AGGRESSIVE examples are guards (an ask or a lever in the same message keeps the debt a demand)."""
from __future__ import annotations

import pytest

from analyzer import analyze, debt_lawful
from analyzer.document import parse

NOT_COLLECTION = {
    "set-aside-topic": "借款的事你先别着急，你爸还在医院，先顾家里。",
    "set-aside-mine": "欠我的那五百块不急，你先把房租交了再说。",
    "set-aside-done-waiting": "你欠我的钱我早就不急了，倒是你那个工作怎么样了？",
    "set-aside-pause": "还钱的事先放一放，你先把身体养好。",
    "third-repays-reader": "你表叔说他那笔钱过完年就还你，让你别老打电话问。",
    "relay-repays-reader": "王姐让我跟您说一声，借您的八千块下月初一定还上。",
    "inclusive-we": "爸说借咱家的那三万块，你舅明年春天就还。",
    "paid-for-reader": "儿子，你那张信用卡的账我已经替你结清了，以后少刷点。",
    "settled-long-ago": "借条我翻出来了，那笔钱早就还清了，不用再问了。",
    # the writer and the reader lent it together (借咱们的): family talk, not a collector telling a relative
    "family-lent": "爸，我表叔借咱们的五千块说过年还，您要不要打个电话问问？",
}

REMINDER = {
    "asked-now": "欠款的事你别着急，先把这个月的800还上，剩下的下月再说。",
    "reader-repays": "你哥说你下个月还钱，到底什么时候还？",
    "we-collector": "你儿子借我们的钱说好这周还，到现在也没动静，请转告他尽快还款。",
    "question-paid": "那笔钱要不要我帮你还上了？你自己先还一部分吧，月底前还我两千。",
}

# 咱们公司 is the company's money, not the family's: the relative's debt told to the reader stays a third-party contact
COMPANY_LENT = "你弟借咱们公司的钱什么时候还？"


def test_company_money_is_not_family() -> None:
    assert analyze(COMPANY_LENT).verdict.label != "not_collection"


AGGRESSIVE_OR_WORSE = {
    "lever": "钱的事你先缓缓？门都没有，今天不还就起诉你。",
}


@pytest.mark.parametrize("text", NOT_COLLECTION.values(), ids=NOT_COLLECTION.keys())
def test_not_collection(text: str) -> None:
    assert analyze(text).verdict.label == "not_collection"


@pytest.mark.parametrize("text", REMINDER.values(), ids=REMINDER.keys())
def test_reminder_kept(text: str) -> None:
    assert analyze(text).verdict.label in ("reminder", "aggressive")


@pytest.mark.parametrize("text", AGGRESSIVE_OR_WORSE.values(), ids=AGGRESSIVE_OR_WORSE.keys())
def test_lever_kept(text: str) -> None:
    assert analyze(text).verdict.label == "aggressive"


@pytest.mark.parametrize("text", [*NOT_COLLECTION.values(), *REMINDER.values(), *AGGRESSIVE_OR_WORSE.values()])
def test_never_a_threat_or_scam(text: str) -> None:
    assert analyze(text).verdict.label not in ("unlawful_threat", "scam")


def test_set_aside_needs_no_ask() -> None:
    assert debt_lawful.set_aside(parse("欠款的事你别着急，先照顾好家里。").f)
    assert not debt_lawful.set_aside(parse("欠款的事你别着急，今天先把500还上。").f)
    assert not debt_lawful.set_aside(parse("钱的事你别想赖。").f)  # 别想赖 is no setting aside
    assert not debt_lawful.set_aside(parse("欠我的钱你别急着还是吧？").f)  # sarcasm: 急着还
