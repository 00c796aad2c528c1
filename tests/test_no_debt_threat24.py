"""A threat in a message that names no debt (花圈寿衣送到你公司, 你女儿放学我们的人在门口等) is not told "欠款可能是真的":
its summary and its first guide speak of intimidation whether or not the reader owes anything (ported from implied24,
whose rules were not merged). A threat that names a debt keeps the collection wording and guide."""
from __future__ import annotations

import pytest

NO_DEBT = ["花圈和寿衣已经帮你订好了，明天直接送到你公司前台", "你女儿在实验小学三年级二班吧，放学我们的人会在门口等她"]
DEBT = ["再不还钱我们就去你家泼油漆", "你欠的钱今天不还，你女儿放学我们的人会在门口等她"]


@pytest.mark.parametrize("text", NO_DEBT)
def test_a_threat_without_debt_is_called_intimidation(api, text):
    r = api.analyze(text)
    assert r["verdict"]["label"] == "unlawful_threat"
    assert "没有提到欠款" in r["verdict"]["summary"] and "欠款可能是真的" not in r["verdict"]["summary"]
    ids = [g["id"] for g in r["guidance"]]
    assert ids[0] == "guide.verdict.unlawful_threat_no_debt" and "guide.verdict.unlawful_threat" not in ids
    first = r["guidance"][0]
    assert "不管你欠不欠钱" in first["title"] and any("110" in s for s in first["steps"])


@pytest.mark.parametrize("text", DEBT)
def test_a_threat_about_a_debt_keeps_the_collection_guide(api, text):
    r = api.analyze(text)
    assert r["verdict"]["label"] == "unlawful_threat"
    assert "欠款可能是真的" in r["verdict"]["summary"]
    ids = [g["id"] for g in r["guidance"]]
    assert "guide.verdict.unlawful_threat" in ids and "guide.verdict.unlawful_threat_no_debt" not in ids
