"""analyzer/letters.py: one Letter model for drafts from a message and from a case, wording from
knowledge/data/letters.toml, kind phrases and the police list from kinds.toml."""
from __future__ import annotations

import pytest

from analyzer import letters
from knowledge import registry

IDS = {"letter.lender", "letter.regulator", "letter.12321", "letter.police"}


def _report(label: str, kinds: list[str], lender_kind: str | None = None) -> dict:
    return {"verdict": {"label": label}, "text": "原文", "facts": [{"kind": "amount", "value": "6380元"}],
            "findings": [{"kind": k, "excerpt": "原文"} for k in kinds],
            "lender": {"name": "某机构", "kind": lender_kind}, "sender": {"raw": "10690000"}}


def _summary(kinds: list[str]) -> dict:
    return {"counts": {"collection": 3, "night": 1}, "span": {"first": "2026-11-01T10:00:00+08:00", "last": None},
            "by_sender": [{"name": "10690000"}], "per_day_sender": [], "by_lender": [{"name": "未识别机构"}],
            "escalation": {"steps": [{"category": registry.kinds()[k]["category"], "severity": "high", "kind": k,
                                      "received_at": None, "excerpt": "原文"} for k in kinds]},
            "third_parties": [], "finding_kinds": {k: 1 for k in kinds}}


def test_every_kind_has_its_letter_phrase() -> None:
    for kid, kind in registry.kinds().items():
        assert isinstance(kind.get("in_letter"), str) and kind["in_letter"].strip(), kid


def test_police_kinds_come_from_the_data() -> None:
    assert letters.police_kinds() == {k for k, v in registry.kinds().items() if v.get("report_to_police")}
    assert {"violence_threat", "insult"} <= letters.police_kinds()
    assert "night_or_frequency" not in letters.police_kinds()


@pytest.mark.parametrize("kind", sorted(registry.kinds()))
def test_message_and_case_agree_on_the_police(kind: str) -> None:
    page = {x.id for x in letters.drafts(_report("aggressive", [kind]), {})}
    case = {x.id for x in letters.draft_letters(_summary([kind]))}
    wants_police = kind in letters.police_kinds()
    assert ("letter.police" in page) == wants_police
    assert ("letter.police" in case) == wants_police


def test_one_model_one_blank_one_id_scheme() -> None:
    page = letters.drafts(_report("scam", ["personal_account_payment"]), {})
    case = letters.draft_letters(_summary(["violence_threat"]))
    assert {type(x) for x in page + case} == {letters.Letter}
    assert {x.id for x in page + case} <= IDS
    case_body = next(x for x in case if x.id == "letter.lender").body
    assert letters.BLANK == "＿＿＿" and letters.BLANK in case_body
    assert next(x for x in case if x.id == "letter.lender").to == "＿＿＿（贷款机构名称）客户服务/投诉部门"
    assert registry.kinds()["violence_threat"]["in_letter"] in case_body
    assert "{" not in "".join(x.body + x.to + x.how for x in page + case), "a placeholder was left unfilled"


def test_regulator_follows_the_lender_kind() -> None:
    def to(kind: str | None) -> str:
        return next(x for x in letters.drafts(_report("unlawful_threat", [], kind), {}) if x.id == "letter.regulator").to
    assert "12378" in to("bank") and "地方金融管理局" in to("finance_leasing") and "看借款合同" in to(None)


def test_every_number_in_the_letter_wording_is_a_declared_channel() -> None:
    from knowledge.checks import declared_contacts, digits, find_numbers
    from knowledge.entries import load_catalog

    phones, _domains = declared_contacts(load_catalog())

    def strings(node):
        if isinstance(node, str):
            yield node
        elif isinstance(node, dict):
            for v in node.values():
                yield from strings(v)
        elif isinstance(node, list):
            for v in node:
                yield from strings(v)

    found = {digits(n) for s in strings(registry.letters()) for n in find_numbers(s)}
    assert {"12378", "12321", "110", "96110"} <= found
    assert found <= {digits(p) for p in phones}
