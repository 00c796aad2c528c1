"""Every phone number, short code and domain a reader can see anywhere in knowledge/data is in the reviewed
allow-list tests/data/knowledge_contacts.toml, which names the public page that verifies each one.

`cuishou kb check` already refuses numbers that are not a declared channel or a lender contact with a URL source;
this test is stricter: it also reads the files the catalog does not load (letters, kinds, interest lines, LPR, lender
notes and contact descriptions, which the API returns), and a new contact needs a reviewed entry here, not only a
source field somebody typed."""
from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Iterator

import pytest

from knowledge.checks import digits, find_domains, find_numbers
from knowledge.entries import DATA_DIR

ALLOWLIST = tomllib.loads((Path(__file__).parent / "data" / "knowledge_contacts.toml").read_text(encoding="utf-8"))
# Keys whose values are ids, citations of where a fact was checked, or enum values, never text a reader acts on.
_NOT_TEXT = {"id", "source", "sources", "official_url", "covered_until_source", "laws", "channels", "guides", "kinds",
             "verdicts", "lender_kinds", "debts", "replaces", "for_kinds", "for_verdicts", "for_lender_kinds",
             "kb_ref", "status", "priority", "order", "file"}


def _strings(value: object, key: str = "") -> Iterator[tuple[str, str]]:
    if key in _NOT_TEXT:
        return
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, str(k))
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v, key)


def _data_files() -> Iterator[tuple[str, object]]:
    for path in sorted(DATA_DIR.rglob("*.toml")):
        if "rules" in path.relative_to(DATA_DIR).parts:
            continue  # analyzer rules quote messages (scam numbers included) as examples; they are not advice
        yield str(path.relative_to(DATA_DIR)), tomllib.loads(path.read_text(encoding="utf-8"))
    yield "lenders.json", json.loads((DATA_DIR / "lenders.json").read_text(encoding="utf-8"))


def _shown_contacts() -> list[tuple[str, str, str]]:
    found = []
    for file, data in _data_files():
        for key, text in _strings(data):
            found += [(file, key, digits(n)) for n in find_numbers(text)]
            found += [(file, key, d.removeprefix("www.")) for d in find_domains(text)]
    return found


def _allowed(value: str) -> bool:
    if value.isdigit():
        return value in ALLOWLIST["phone"]
    return any(value == d or value.endswith("." + d) for d in ALLOWLIST["domain"])


def test_the_scan_sees_the_contacts_we_know_are_there():
    values = {v for _, _, v in _shown_contacts()}
    assert {"110", "12368", "96110", "12356", "95588", "12321.cn", "icbc.com.cn"} <= values


def test_every_number_and_domain_in_the_knowledge_base_is_allow_listed():
    unknown = sorted({(f, k, v) for f, k, v in _shown_contacts() if not _allowed(v)})
    assert not unknown, f"not in tests/data/knowledge_contacts.toml (add it with its source, or remove it): {unknown}"


def test_every_lender_contact_is_allow_listed():
    lenders = json.loads((DATA_DIR / "lenders.json").read_text(encoding="utf-8"))
    missing = [(lender["id"], c["value"]) for lender in lenders for c in lender["contacts"]
               if not _allowed(digits(c["value"]) if c["type"] == "phone" else c["value"].lower().removeprefix("www."))]
    assert not missing


@pytest.mark.parametrize("kind", ["phone", "domain"])
def test_every_allow_listed_contact_names_a_public_source(kind):
    for value, entry in ALLOWLIST[kind].items():
        assert "http" in entry["source"], value
        assert entry["where"].strip(), value


def test_lender_notes_do_not_name_the_seo_pages_they_warn_about():
    lenders = {x["id"]: x for x in json.loads((DATA_DIR / "lenders.json").read_text(encoding="utf-8"))}
    assert "rlut.cn" not in lenders["alipay"]["note"]
    assert "aaygz.cn" not in lenders["mengshang_cfc"]["note"]


def test_unverified_12321_phone_line_and_zxgk_address_stay_out():
    channels = tomllib.loads((DATA_DIR / "channels" / "channels.toml").read_text(encoding="utf-8"))["channel"]
    by_id = {c["id"]: c for c in channels}
    assert "010" not in by_id["channel.12321"]["number"]
    assert "court.gov.cn" not in by_id["channel.zxgk"]["address"]
