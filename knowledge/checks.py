"""Checks across knowledge-base entries: links resolve, coverage is complete, and
no text shows a phone number or domain that is not a declared, sourced contact.

A frightened reader may call any number we print, so an undeclared number is an
error, never a warning.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Iterator

from knowledge import registry
from knowledge.errors import DataError
from knowledge.entries import DEBT_KINDS
from knowledge.models import LENDER_KINDS

# Mobiles, fixed lines with area code, 400/800, 95xxx/96xxx, 10xxx-12xxx service numbers, 11x/12x.
_PHONE = re.compile(
    r"(?<![\d.])(?:\+?86[- ]?)?(1[3-9]\d{9}|0\d{2,3}[- ]?\d{7,8}|[48]00[- ]?\d{3}[- ]?\d{4}"
    r"|9[56]\d{3,4}|1[0-2]\d{3}|1[12]\d)(?![\d.])"
)
# Digits followed by these are counts, amounts, dates or article numbers, not phone numbers.
_NOT_PHONE_AFTER = tuple("条款项个天日元年月号次倍万%‰岁期人家笔分秒") + ("小时",)
_DOMAIN = re.compile(
    r"(?<![A-Za-z0-9@.\-])((?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+"
    r"(?:cn|com|net|org|gov|edu|top|xyz|info|cc|me|io|vip|app|co|hk|tv|site|shop|club|ltd|link|ink))"
    r"(?![A-Za-z0-9\-])", re.IGNORECASE,
)
_ID_FIELDS = {"id", "source", "official_url", "file", "laws", "channels", "guides", "kinds", "verdicts", "lender_kinds", "debts", "replaces",
              "for_kinds", "for_verdicts", "for_lender_kinds", "status", "priority", "order"}
_OLD_PSL_ARTICLE = re.compile(r"治安管理处罚法\s*(?:》)?\s*(?:第四十二条|第42条)")


def digits(number: str) -> str:
    return re.sub(r"\D", "", number)


def find_numbers(text: str) -> Iterator[str]:
    for m in _PHONE.finditer(text):
        before = text[max(0, m.start() - 1):m.start()]
        after = text[m.end():m.end() + 2]
        if before in ("第", "¥", "￥") or after.startswith(_NOT_PHONE_AFTER):
            continue
        yield m.group(1)


def find_domains(text: str) -> Iterator[str]:
    for m in _DOMAIN.finditer(text):
        yield m.group(1).lower()


def _text_fields(entry: object) -> Iterator[tuple[str, str]]:
    for f in dataclasses.fields(entry):  # type: ignore[arg-type]
        if f.name in _ID_FIELDS:
            continue
        value = getattr(entry, f.name)
        if isinstance(value, str):
            yield f.name, value
        elif isinstance(value, tuple):
            for i, v in enumerate(value):
                if isinstance(v, str):
                    yield f"{f.name}[{i}]", v


def declared_contacts(catalog: "Catalog") -> tuple[set[str], set[str]]:  # noqa: F821
    """Phone numbers (digits only) and domains anyone may print: channels, and sourced lender contacts."""
    numbers: set[str] = set()
    domains: set[str] = set()
    for ch in catalog.channels.values():
        if ch.number:
            numbers.update(digits(n) for n in re.split(r"[、,，/]", ch.number) if digits(n))
        if ch.address:
            domains.update(find_domains(ch.address))
    for lender in registry.lenders():
        for c in lender.contacts:
            if not c.source.startswith("http"):
                continue
            if c.type == "phone":
                numbers.add(digits(c.value))
            else:
                domains.add(c.value.lower().removeprefix("www."))
    return numbers, domains


def _domain_declared(domain: str, declared: set[str]) -> bool:
    domain = domain.removeprefix("www.")
    return any(domain == d or domain.endswith("." + d) for d in declared)


def scan_contacts(catalog: "Catalog") -> list[DataError]:  # noqa: F821
    numbers, domains = declared_contacts(catalog)
    problems: list[DataError] = []
    for entry in catalog.all():
        for fname, text in _text_fields(entry):
            where = f"{entry.id}.{fname}"
            for n in find_numbers(text):
                if digits(n) not in numbers:
                    problems.append(DataError(entry.file, where, f"phone number {n} is not a declared channel "
                                              "or a sourced lender contact; remove it or declare it with a source"))
            for d in find_domains(text):
                if not _domain_declared(d, domains):
                    problems.append(DataError(entry.file, where, f"domain {d} is not a declared channel address "
                                              "or a sourced lender contact; remove it or declare it with a source"))
    return problems


def scan_outdated_law(catalog: "Catalog") -> list[DataError]:  # noqa: F821
    problems: list[DataError] = []
    for entry in catalog.all():
        for fname, text in _text_fields(entry):
            where = f"{entry.id}.{fname}"
            if "合同法" in text and "废止" not in text:
                problems.append(DataError(entry.file, where, "mentions 合同法 without saying it was repealed "
                                          "(废止) on 2021-01-01; cite the Civil Code (民法典) instead"))
            if _OLD_PSL_ARTICLE.search(text):
                problems.append(DataError(entry.file, where, "cites old art. 42 of 治安管理处罚法 as current; "
                                          "since 2026-01-01 it is art. 50 (write 原第42条 only as history)"))
    for law in catalog.laws.values():
        if "合同法" in law.name:
            problems.append(DataError(law.file, f"{law.id}.name", "the Contract Law was repealed on 2021-01-01"))
        if "治安管理处罚法" in law.name and law.article in ("第42条", "第四十二条"):
            problems.append(DataError(law.file, f"{law.id}.article", "art. 42 is the old (2012) number; use 第50条"))
    return problems


def _known(values: tuple[str, ...], allowed: object, file: str, where: str, what: str) -> list[DataError]:
    return [DataError(file, where, f"unknown {what} {v!r}") for v in values if v not in allowed]  # type: ignore[operator]


def check_links(catalog: "Catalog") -> list[DataError]:  # noqa: F821
    kinds, verdicts = registry.kinds(), registry.verdicts()
    problems: list[DataError] = []
    for g in catalog.guides.values():
        problems += _known(g.laws, catalog.laws, g.file, f"{g.id}.laws", "law id")
        problems += _known(g.channels, catalog.channels, g.file, f"{g.id}.channels", "channel id")
        problems += _known(g.kinds, kinds, g.file, f"{g.id}.kinds", "finding kind")
        problems += _known(g.verdicts, verdicts, g.file, f"{g.id}.verdicts", "verdict")
        problems += _known(g.lender_kinds, LENDER_KINDS, g.file, f"{g.id}.lender_kinds", "lender kind")
        problems += _known(g.replaces, catalog.guides, g.file, f"{g.id}.replaces", "guide id")
        problems += _known(g.debts, DEBT_KINDS, g.file, f"{g.id}.debts", "debt kind")
        if not g.laws and not g.channels:
            problems.append(DataError(g.file, f"{g.id}.laws", "a guide must cite at least one law or channel"))
    for ch in catalog.channels.values():
        problems += _known(ch.for_kinds, kinds, ch.file, f"{ch.id}.for_kinds", "finding kind")
        problems += _known(ch.for_verdicts, verdicts, ch.file, f"{ch.id}.for_verdicts", "verdict")
        problems += _known(ch.for_lender_kinds, LENDER_KINDS, ch.file, f"{ch.id}.for_lender_kinds", "lender kind")
        if not ch.number and not ch.address:
            problems.append(DataError(ch.file, f"{ch.id}.number", "a channel needs a number or an address"))
    for faq in catalog.faqs.values():
        problems += _known(faq.guides, catalog.guides, faq.file, f"{faq.id}.guides", "guide id")
        problems += _known(faq.laws, catalog.laws, faq.file, f"{faq.id}.laws", "law id")
    for r in catalog.replies.values():
        problems += _known(r.kinds, kinds, r.file, f"{r.id}.kinds", "finding kind")
        problems += _known(r.verdicts, verdicts, r.file, f"{r.id}.verdicts", "verdict")
        problems += _known(r.debts, DEBT_KINDS, r.file, f"{r.id}.debts", "debt kind")
        problems += _known(r.replaces, catalog.replies, r.file, f"{r.id}.replaces", "reply id")
    return problems


def check_coverage(catalog: "Catalog") -> list[DataError]:  # noqa: F821
    problems = [DataError("guides/", f"guide.{k}", f"every finding kind needs a guide; add guide.{k}")
                for k in registry.kinds() if f"guide.{k}" not in catalog.guides]
    # A verdict is covered by its own guide, or (while that guide is being written) by the
    # existing guides its kinds.toml entry names in `guides`, all of which must exist.
    problems += [DataError("guides/", f"guide.verdict.{v}", f"every verdict needs a guide; add guide.verdict.{v}")
                 for v, entry in registry.verdicts().items() if f"guide.verdict.{v}" not in catalog.guides
                 and not (entry.get("guides") and all(g in catalog.guides for g in entry["guides"]))]
    try:
        rules = registry.rules()
    except DataError:
        rules = ()  # the rule files' own problems are reported by registry.validate_all()
    for rule in rules:
        for ref in rule.kb_refs:
            if catalog.get(ref) is None:
                problems.append(DataError(rule.file, f"{rule.id}.kb_refs", f"{ref} is not a knowledge-base entry"))
    return problems


def cross_check(catalog: "Catalog") -> list[DataError]:  # noqa: F821
    from knowledge.sources import check_sources

    return [*check_links(catalog), *check_coverage(catalog), *scan_contacts(catalog), *scan_outdated_law(catalog),
            *check_sources(catalog)]
