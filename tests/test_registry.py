"""The lender registry: coverage the product promises, and contacts that carry sources."""
from __future__ import annotations

import re

import pytest

from knowledge import registry


def test_all_31_licensed_consumer_finance_companies():
    cfcs = [r for r in registry.lenders() if r.kind == "consumer_finance_company"]
    assert len(cfcs) == 31
    assert all(r.licensed is True for r in cfcs)


def test_renamed_companies_resolve_to_their_new_names(analyzer):
    for old, new_id in [("捷信", "jd_cfc"), ("苏宁消费金融", "nanyin_bnpp_cfc"),
                        ("华融消费金融", "ningyin_cfc"), ("包银消费金融", "mengshang_cfc")]:
        report = analyzer.analyze(f"【{old}】您的借款已逾期")
        assert report.lender.id == new_id, old


def test_products_and_names_from_the_issue(analyzer):
    expected = {"花呗": "ant_cfc", "借呗": "ant_cfc", "白条": "jd_finance", "金条": "jd_finance",
                "美团月付": "meituan", "抖音月付": "douyin_finance", "微粒贷": "webank", "有钱花": "duxiaoman",
                "安逸花": "mashang_cfc", "好期贷": "zhaolian_cfc", "分期乐": "lexin", "360借条": "qifu",
                "拍拍贷": "finvolution", "还呗": "shuhe_huanbei", "普信金融": "puxin_finance",
                "京东金融": "jd_finance", "中原消费金融": "zhongyuan_cfc", "佰仟租赁": "baiqian_finance",
                "提钱金融": "tiqian_finance"}
    for name, lid in expected.items():
        assert analyzer.analyze(f"您在{name}的借款已逾期").lender.id == lid, name
    assert registry.lenders_by_id()["baiqian_finance"].kind == "finance_leasing"


def test_every_contact_has_a_public_source_and_official_means_verified():
    for r in registry.lenders():
        for c in r.contacts:
            assert c.source.startswith("http") or "http" in c.source, (r.id, c.value)
            if c.status == "official":
                assert "SECONDARY" not in c.source and "SECONDARY" not in c.what, (r.id, c.value)


def test_no_undeclared_phone_number_in_registry_text():
    phone = re.compile(r"(?<![\d.])(?:[48]00-?\d{3}-?\d{4}|95\d{3}|1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?![\d.])")
    for r in registry.lenders():
        declared = {c.value for c in r.contacts if c.type == "phone"}
        for field in (r.note, r.name, *r.aliases, *r.products):
            for number in phone.findall(field):
                assert number.replace("-", "") in declared, (r.id, number)


def test_registry_validation_error_names_file_and_field():
    import pytest

    from knowledge.errors import DataError
    from knowledge.models import lender_from_dict

    base = {"id": "x_bank", "name": "某银行", "kind": "bank", "licensed": True, "reviewed_on": "2026-11-29",
            "sources": ["https://example.org"], "contacts": [{"type": "phone", "value": "95000", "status": "official", "source": "no url"}]}
    with pytest.raises(DataError, match=r"lenders.json: \[0\] \(x_bank\)\.contacts\[0\]\.source"):
        lender_from_dict(base, "lenders.json", 0)
    with pytest.raises(DataError, match="kind"):
        lender_from_dict({**base, "kind": "loan_shark"}, "lenders.json", 0)


_LENDER = {"id": "x_bank", "name": "某银行", "kind": "bank", "licensed": True, "reviewed_on": "2026-11-29",
           "verified": True, "sources": ["https://example.org/a"],
           "contacts": [{"type": "phone", "value": "95000", "status": "official", "source": "https://example.org/b"}]}


@pytest.mark.parametrize("change, field", [
    ({"verified": "false"}, "verified"),  # bool("false") was True
    ({"name": "  "}, "name"),
    ({"sources": ["see the bank's site"]}, "sources[0]"),
    ({"contacts": [{**_LENDER["contacts"][0], "source": "httpbin"}]}, "contacts[0].source"),
    ({"contacts": [{**_LENDER["contacts"][0], "source": "mentions http somewhere"}]}, "contacts[0].source"),
    ({"reviewed_on": "2026-02-30"}, "reviewed_on"),
    ({"note": 5}, "note"),
], ids=["verified-as-text", "blank-name", "source-not-url", "contact-source-httpbin", "contact-source-word-http",
        "impossible-date", "note-not-text"])
def test_one_schema_rejects_what_the_old_validators_let_through(change, field):
    from knowledge.errors import DataError
    from knowledge.models import lender_from_dict

    assert lender_from_dict(_LENDER, "lenders.json", 0).verified is True
    with pytest.raises(DataError) as info:
        lender_from_dict({**_LENDER, **change}, "lenders.json", 0)
    assert info.value.file == "lenders.json" and info.value.field == f"[0] (x_bank).{field}"


def test_a_contact_source_may_explain_itself_around_a_real_url():
    from knowledge.models import lender_from_dict

    contact = {**_LENDER["contacts"][0], "source": "SECONDARY (third-party page): https://example.org/c"}
    assert lender_from_dict({**_LENDER, "contacts": [contact]}, "lenders.json", 0).contacts[0].source.endswith("/c")


def test_rule_flags_are_real_booleans():
    from knowledge import registry
    from knowledge.errors import DataError
    from knowledge.models import rule_from_dict

    rule = {"id": "x.y", "kind": "insult", "severity": "high", "patterns": ["骂"], "explanation": "说明",
            "must_match": ["骂"], "must_not_match": ["好"], "negatable": "false"}
    with pytest.raises(DataError) as info:
        rule_from_dict(rule, "rules/x.toml", 0, registry.kinds())
    assert info.value.field == "rule[0] (x.y).negatable"
