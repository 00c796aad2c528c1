"""The SQLite knowledge base: build, automatic rebuild, Chinese search, get, lenders."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from knowledge.entries import DATA_DIR
from knowledge.store import KnowledgeBase, content_hash


@pytest.fixture(scope="module")
def kb(kb_path) -> KnowledgeBase:
    return KnowledgeBase.open(kb_path)


SEARCH_TABLE = [
    ("上门催收", "guide.doorstep_visit_threat"),
    ("上门催收合法吗", "faq.doorstep"),
    ("爆通讯录", "guide.exposure_threat"),
    ("法院传票短信", "guide.verify_court_case"),
    ("停息挂账", "guide.negotiate_repayment"),
    ("会坐牢吗", "faq.prison"),
    ("信用卡逾期会坐牢吗", "faq.prison"),
    ("冻结银行卡", "faq.account_frozen"),
    ("利息太高怎么办", "faq.interest_too_high"),
    ("想不开", "guide.mental_health"),
    ("会联系我家人和单位吗", "faq.family_and_employer"),
    ("影响征信吗", "guide.credit_report"),
    ("收到律师函怎么办", "faq.lawyer_letter"),
    ("收到威胁短信怎么办", "faq.threat_received"),
    ("如何保存证据", "guide.evidence"),
    ("反催收可信吗", "faq.debt_relief"),
    ("已经转账了怎么办", "guide.already_paid_or_clicked"),
    ("这条短信是哪里发的", "faq.who_sent"),
    ("是真的吗", "faq.is_it_real"),
    ("注销校园贷", "guide.account_cancellation_scam"),
    ("征信修复", "guide.credit_repair_scam"),
    ("家人要替我还吗", "guide.who_owes"),
    ("会被起诉吗", "guide.lawsuit"),
    ("深夜打电话催收", "guide.night_or_frequency"),
    ("冒充法院", "guide.impersonation"),
    ("影响子女上学", "guide.false_consequence"),
    ("投诉消费金融公司", "channel.12378"),
    ("小额贷款公司投诉", "channel.local_regulator"),
]


@pytest.mark.parametrize("query, expected", SEARCH_TABLE, ids=[q for q, _ in SEARCH_TABLE])
def test_search_puts_the_right_entry_first(kb, query, expected):
    results = kb.search(query)
    assert results and results[0]["id"] == expected, [r["id"] for r in results[:3]]


def test_search_without_words_returns_nothing(kb):
    assert kb.search("？！吗") == []
    assert kb.search('"') == []


def test_get_guide_carries_citations_and_channels(kb):
    g = kb.get("guide.doorstep_visit_threat")
    assert g["type"] == "guide" and g["steps"]
    assert {"law_id", "law", "article", "source", "reviewed_on"} <= set(g["citations"][0])
    assert any(c["id"] == "channel.110" for c in g["channel_details"])
    assert kb.get("law.public_security.50")["old_article"] == "第42条"
    assert kb.get("nope") is None


def test_lenders(kb):
    found = kb.lenders("招联")
    assert found and found[0]["id"] == "zhaolian_cfc"
    assert kb.lender("zhaolian_cfc")["kind"] == "consumer_finance_company"
    assert kb.lender("no_such_lender") is None


def test_tables_and_links_exist(kb):
    with sqlite3.connect(kb.path) as conn:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
        assert {"entries", "laws", "channels", "lenders", "links", "meta", "search_text_fts"} <= tables
        assert conn.execute("select count(*) from links where relation='cites_law'").fetchone()[0] > 50


def test_rebuilds_when_data_changes(tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    db = tmp_path / "kb.sqlite3"
    first = KnowledgeBase.open(db, data_dir=data)
    assert first.version["hash"] == content_hash(data)
    assert KnowledgeBase.open(db, data_dir=data).version == first.version  # unchanged: no rebuild
    path = data / "faq" / "borrower_questions.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("会坐牢吗？", "会不会坐牢？"), encoding="utf-8")
    second = KnowledgeBase.open(db, data_dir=data)
    assert second.version["hash"] != first.version["hash"]
    assert second.get("faq.prison")["question"] == "还不上钱会不会坐牢？"


def test_corrupt_database_is_rebuilt(tmp_path: Path):
    db = tmp_path / "kb.sqlite3"
    db.write_bytes(b"not a database")
    assert KnowledgeBase.open(db).get("guide.insult") is not None


def test_path_from_environment(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("CUISHOU_KB_PATH", str(tmp_path / "env.sqlite3"))
    kb = KnowledgeBase.open()
    assert kb.path == tmp_path / "env.sqlite3" and kb.path.exists()
