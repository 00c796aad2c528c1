"""analyzer/letters.py: one Letter model for drafts from a message and from a case, wording from
knowledge/data/letters.toml, kind phrases and the police list from kinds.toml."""
from __future__ import annotations

import pytest

from analyzer import letters
from knowledge import registry

IDS = {"letter.lender", "letter.regulator", "letter.12321", "letter.police", "letter.impersonation"}


def _report(label: str, kinds: list[str], lender_kind: str | None = None) -> dict:
    return {"verdict": {"label": label}, "text": "原文", "facts": [{"kind": "amount", "value": "6380元"}],
            "findings": [{"kind": k, "excerpt": "原文"} for k in kinds],
            "lender": {"name": "某机构", "kind": lender_kind}, "sender": {"raw": "10690000"}}


def _summary(kinds: list[str]) -> dict:
    """A case of one collection message (seq 1) of an unknown lender with these finding kinds."""
    return {"counts": {"collection": 1, "night": 0}, "span": {"first": "2026-11-01T10:00:00+08:00", "last": None},
            "by_sender": [{"name": "10690000"}], "per_day_sender": [],
            "by_lender": [{"name": "未识别机构", "count": 1, "seqs": [1], "senders": ["10690000"], "night": 0,
                           "first": "2026-11-01T10:00:00+08:00", "last": "2026-11-01T10:00:00+08:00"}],
            "problems": [{"seq": 1, "category": registry.kinds()[k]["category"], "severity": "high", "kind": k,
                          "received_at": "2026-11-01T10:00:00+08:00", "excerpt": "原文"} for k in kinds],
            "third_parties": [], "finding_kinds": {k: 1 for k in kinds}, "relayed": [], "scams": []}


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


def test_12321_letter_points_to_web_and_sms_not_an_unverified_phone_line() -> None:
    spam = next(x for x in letters.drafts(_report("aggressive", ["insult"]), {}) if x.id == "letter.12321")
    assert spam.how == "在 12321.cn 网站举报，或按网站说明把短信转发到 12321；电话举报线路是否仍开通未核实。附上短信截图。"


def test_no_wording_tells_anyone_to_phone_12321() -> None:
    """The KB marks 12321's phone line unverified (reported folded into 12381 in 2020): no letter, guide or
    channel text may send a reader to call it, under its short number or the 010 line."""
    import re

    from knowledge.entries import load_catalog

    catalog = load_catalog()
    assert "未核实" in catalog.channels["channel.12321"].when or "没有核实" in catalog.channels["channel.12321"].when
    texts = [str(registry.letters())] + [str(vars(e)) for e in catalog.all()]
    for text in texts:
        assert not re.search(r"(?:拨打|打|致电|电话)\s*(?:010-?)?12321(?!\.cn)", text), text[:200]
        assert not re.search(r"010-?12321", text), text[:200]


# -- laws cited in letters: only entries checked against the official text --------------------------------
def _secondary_ids() -> set[str]:
    from knowledge.entries import load_catalog

    return {lid for lid, law in load_catalog().laws.items() if law.status != "verified"}


def test_letter_laws_drops_secondary_unknown_and_repeated_entries() -> None:
    from knowledge.sources import letter_safe

    secondary = sorted(_secondary_ids())
    assert secondary, "the knowledge base has secondary entries to keep out"
    got = letters.letter_laws([*secondary, "law.pipl.10", "law.no_such.law", "law.pipl.10", "law.civil_code.1033"])
    assert [law.id for law in got] == ["law.pipl.10", "law.civil_code.1033"]
    assert all(letter_safe(law) for law in got)


def test_every_law_listed_for_letters_exists() -> None:
    from knowledge.entries import load_catalog

    laws = load_catalog().laws
    listed = {lid for ids in registry.letters()["message"]["basis"]["laws"].values() for lid in ids}
    assert listed and listed <= set(laws)


def _cited(letter) -> set[str]:
    from knowledge.entries import load_catalog

    return {lid for lid, law in load_catalog().laws.items() if f"《{law.name}》{law.article}" in letter.body}


@pytest.mark.parametrize("kind", sorted(registry.kinds()))
@pytest.mark.parametrize("label", ["unlawful_threat", "scam"])
def test_no_secondary_law_reaches_a_letter(kind: str, label: str) -> None:
    for letter in letters.drafts(_report(label, [kind]), {}):
        assert not set(letter.laws) & _secondary_ids(), (letter.id, letter.laws)
        assert not _cited(letter) & _secondary_ids(), letter.id
        assert set(letter.laws) <= _cited(letter)


def test_secondary_laws_listed_for_a_kind_are_filtered_out(monkeypatch) -> None:
    """Even when the wording lists only secondary entries for a kind, none is cited and no empty
    相关规定 line is left behind."""
    secondary = sorted(_secondary_ids())
    monkeypatch.setitem(registry.letters()["message"]["basis"]["laws"], "insult", secondary)
    monkeypatch.setitem(registry.letters()["message"]["police"]["basis_laws"], "insult", secondary)
    for letter in letters.drafts(_report("unlawful_threat", ["insult"]), {}):
        assert letter.laws == () and "相关规定" not in letter.body and not _cited(letter) & set(secondary)


def test_letters_cite_the_laws_for_their_kinds() -> None:
    drafts = {x.id: x for x in letters.drafts(_report("unlawful_threat", ["third_party_contact", "violence_threat"]), {})}
    lender = drafts["letter.lender"]
    assert lender.laws[:2] == ("law.pipl.10", "law.public_security.50")  # each kind's first law first
    assert "相关规定：《中华人民共和国个人信息保护法》第10条；《中华人民共和国治安管理处罚法》第50条" in lender.body
    assert "law.credit_card_measures.68" not in lender.laws  # listed for third_party_contact, but secondary
    assert drafts["letter.12321"].laws == () and "相关规定" not in drafts["letter.12321"].body
    assert lender.to_dict()["laws"] == list(lender.laws)
