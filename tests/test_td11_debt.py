"""td11: a debt named without 欠款/逾期/还款 (那笔钱, 借条在我手上, 利息该交了, 账还没平, 会钱轮到你交, 还数, 答应月底给的,
借用…已到期) is about the reader's debt, through the real analyzer: the blind draft's debt lines (and those of two
batches written after the rules) are not `not_collection`, and its twins with the same words (a lent book, a dinner already split, salary arriving, the sender
paying back, a bank advert, news) stay `not_collection`. Lines that stay wrong are in KNOWN with the reason."""
from __future__ import annotations

from pathlib import Path

import pytest
from inbox_support import known_param, read_jsonl

PROBES = Path(__file__).parent / "data" / "probes"
# The blind draft (TD11-D*, TD11-T*) and two small batches written after the rules (TD11-AD*/AT*, TD11-BD*/BT*;
# tuned on, see their notes).
ROWS = [r for name in ("td11_debt_draft.jsonl", "td11_debt_after.jsonl") for r in read_jsonl(PROBES / name)]

KNOWN = {
    # D113 and D142 (no debt object) leave not_collection since the td11 threat frames call them unlawful_threat
    # (tests/test_td11_threat.py); the debt gate still says no, which is what they were listed for
    # (TD11-D031, 利息…这个月的还没到，提醒一下, left in round 29: border29's owed_reminded frame reads the owed item, the
    # unpaid state and the reminding act across the message, unsigned)
    "TD11-D062": "空头支票 is also the idiom for an empty promise; 票子退回来了 alone names no debt",
    "TD11-D083": "你这样一直拖 + 报案说你诈骗: no debt object, only lateness; 一直拖 is said of homework and chores too",
    "TD11-D085": "最后期限 with no money or debt object (a deadline for anything)",
    # (TD11-D089, 手续准备好了，明天一早去立案, left in round 33: aggr36.step.step_scheduled hears the legal step with a day)
    "TD11-T057": "他欠我的钱…还没给: a third person owes the sender; kept as debt because a collector tells a relative "
                 "'他欠我们的钱' (already so before td11)",
    "TD11-BD13": "账就摆在这，你自己算算一共多少: an account and a total, but no act owed or lateness; 账 + 算 is also "
                 "bookkeeping",
    # (BT13, the twin 你妈说你月底发工资要请我们吃饭, is not_collection since fa24: 你妈说 is kinship, not an insult)
    "TD11-BD16": "你妈说你月底发工资就给我: a promise relayed by the reader's mother; the broken-promise frame wants "
                 "说好/答应/你说, and until fa24 the line passed only by the wrong road (你妈 read as an insult)",
}


def _params(kind: str):
    """kind "D": debt lines, "T": twins, in both files."""
    return [known_param(r["text"], r["id"], KNOWN) for r in ROWS if r["id"].split("-")[1].lstrip("AB").startswith(kind)]


def test_draft_has_debt_lines_and_twins():
    assert sum(r["id"].startswith("TD11-D") for r in ROWS) >= 150
    assert sum(r["id"].startswith("TD11-T") for r in ROWS) >= 80
    assert len({r["id"] for r in ROWS}) == len(ROWS)
    assert set(KNOWN) <= {r["id"] for r in ROWS}


@pytest.mark.parametrize("text", _params("D"))
def test_debt_without_debt_words_is_collection(analyzer, text):
    assert analyzer.analyze(text).verdict.label != "not_collection"


@pytest.mark.parametrize("text", _params("T"))
def test_twin_with_the_same_words_stays_ordinary(analyzer, text):
    assert analyzer.analyze(text).verdict.label == "not_collection"
