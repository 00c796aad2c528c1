"""Knowledge-base data: schema, coverage, sourced contacts, current law only."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import registry
from knowledge.checks import find_domains, find_numbers
from knowledge.entries import DATA_DIR, check_catalog


def _problems(data_dir: Path) -> list[str]:
    return [str(p) for p in check_catalog(data_dir)[1]]


def test_packaged_data_has_no_problems():
    assert _problems(DATA_DIR) == []


@pytest.mark.parametrize("kind", sorted(registry.kinds()))
def test_every_finding_kind_has_its_guide(catalog, kind):
    guide = catalog.guides[f"guide.{kind}"]
    assert kind in guide.kinds


@pytest.mark.parametrize("verdict", sorted(registry.verdicts()))
def test_every_verdict_has_its_guide(catalog, verdict):
    own = catalog.guides.get(f"guide.verdict.{verdict}")
    if own is None:
        # Until its own guide is written, a verdict is answered by the existing guides kinds.toml names.
        named = registry.verdicts()[verdict].get("guides", [])
        assert named and all(g in catalog.guides for g in named), verdict
    elif verdict == "legal_notice":
        # The analyzer asks for guide.verdict.legal_notice by id (analyzer/pipeline.py), so it is shown
        # even before the guide lists the verdict itself.
        from analyzer.pipeline import LEGAL_NOTICE_GUIDE
        assert own.id == LEGAL_NOTICE_GUIDE
    else:
        assert verdict in own.verdicts


def test_every_rule_kb_ref_resolves(catalog):
    for rule in registry.rules():
        for ref in rule.kb_refs:
            assert catalog.get(ref) is not None, f"{rule.file}: {rule.id}: {ref}"


def test_every_law_has_source_and_review_date(catalog):
    for law in catalog.laws.values():
        assert law.source.startswith("http") and law.reviewed_on, law.id


def test_every_guide_cites_a_sourced_law_or_channel(catalog):
    for g in catalog.guides.values():
        sources = [catalog.laws[i].source for i in g.laws] + [catalog.channels[c].source for c in g.channels]
        assert sources and all(s.startswith("http") for s in sources), g.id
        assert g.reviewed_on


def test_faqs_cover_the_borrower_questions(catalog):
    questions = " ".join(f.question for f in catalog.faqs.values())
    for words in ("哪里发的", "是真的吗", "合法吗", "上门", "家人和单位", "坐牢", "起诉", "冻结", "征信",
                  "律师函", "威胁短信", "协商还款", "利息太高", "证据", "反催收", "验证码", "想不开"):
        assert words in questions, words


def test_no_entry_presents_contract_law_or_old_public_security_article_as_current(catalog):
    for entry in catalog.all():
        text = " ".join(str(v) for v in vars(entry).values())
        assert "合同法" not in text or "废止" in text, entry.id
        assert "治安管理处罚法第42条" not in text and "治安管理处罚法第四十二条" not in text, entry.id
    psl = catalog.laws["law.public_security.50"]
    assert (psl.article, psl.old_article, psl.effective) == ("第50条", "第42条", "2026-01-01")


def test_unsourced_secondary_items_say_so(catalog):
    for law in catalog.laws.values():
        if law.status != "verified":
            assert law.note, f"{law.id}: say what is not verified"


@pytest.mark.parametrize("text, found", [
    ("拨打 12378 投诉", ["12378"]), ("请拨打 0755-12345678", ["0755-12345678"]), ("手机 13812345678", ["13812345678"]),
    ("客服 95188", ["95188"]), ("400-123-4567", ["400-123-4567"]), ("第1033条", []), ("第120条", []),
    ("10000元", []), ("3个月", []), ("2026-01-01", []), ("年24%", []),
])
def test_phone_number_finder(text, found):
    assert list(find_numbers(text)) == found


def test_domain_finder():
    assert list(find_domains("访问12321.cn举报，或 http://evil-loan.top/x")) == ["12321.cn", "evil-loan.top"]


def test_undeclared_phone_number_fails_the_check(data_copy):
    path = data_copy / "guides" / "topics.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "马上拨打 110 报警，说明", "马上拨打 13800138000 报警，说明"), encoding="utf-8")
    problems = _problems(data_copy)
    assert any("guides/topics.toml: guide.already_paid_or_clicked.steps[0]: phone number 13800138000" in p
               for p in problems), problems


def test_undeclared_domain_fails_the_check(data_copy):
    path = data_copy / "faq" / "borrower_questions.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "不可信。", "不可信，详见 www.fanchuishou.com。"), encoding="utf-8")
    assert any("faq.debt_relief.answer: domain www.fanchuishou.com" in p for p in _problems(data_copy))


def test_old_public_security_article_fails_the_check(data_copy):
    path = data_copy / "guides" / "kinds_threat.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "先保证安全，马上报警", "依据治安管理处罚法第42条马上报警"), encoding="utf-8")
    assert any("guide.violence_threat.title" in p and "art. 42" in p for p in _problems(data_copy))


def test_contract_law_fails_the_check(data_copy):
    path = data_copy / "laws" / "civil_code.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "禁止高利放贷，", "依照合同法，禁止高利放贷，"), encoding="utf-8")
    assert any("law.civil_code.680.summary" in p and "合同法" in p for p in _problems(data_copy))


@pytest.mark.parametrize("old, new, expected", [
    ('reviewed_on = "2026-11-29"\n\n[[guide]]\nid = "guide.violence_threat"',
     'reviewed_on = "29/11/2026"\n\n[[guide]]\nid = "guide.violence_threat"',
     "guides/kinds_threat.toml: guide[1] (guide.exposure_threat).reviewed_on: must be a date"),
    ('laws = ["law.public_security.50", "law.criminal.293_1"',
     'laws = ["law.public_security.500", "law.criminal.293_1"',
     "guides/kinds_threat.toml: guide.violence_threat.laws: unknown law id 'law.public_security.500'"),
    ('priority = "safety"\norder = 1', 'priority = "urgent"\norder = 1',
     "guides/kinds_threat.toml: guide[2] (guide.violence_threat).priority: must be one of"),
    ('title = "催收方辱骂你是违法的"', 'titel = "催收方辱骂你是违法的"',
     "guides/kinds_threat.toml: guide[3] (guide.insult).titel: unknown field"),
    ('id = "guide.insult"', 'id = "guide.insult_renamed"',
     "guides/: guide.insult: every finding kind needs a guide"),
])
def test_broken_guide_is_reported_with_file_and_field(data_copy, old, new, expected):
    path = data_copy / "guides" / "kinds_threat.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    problems = _problems(data_copy)
    assert any(p.startswith(expected) for p in problems), problems


def test_invalid_toml_names_the_file(data_copy):
    (data_copy / "faq" / "broken.toml").write_text("[[faq]\nid = ", encoding="utf-8")
    assert any(p.startswith("faq/broken.toml: (file): not valid TOML") for p in _problems(data_copy))
