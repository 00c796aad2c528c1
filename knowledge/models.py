"""The schema every data file is validated against.

Validation is hand-written (no pydantic) because the schemas are small and
the errors must name the data file and the field a volunteer has to fix.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from knowledge.errors import DataError

LENDER_KINDS = (
    "consumer_finance_company", "bank", "online_platform", "microloan_company",
    "finance_leasing", "collection_agency", "unknown",
)
SEVERITIES = ("high", "medium", "low")
_ID = re.compile(r"^[a-z0-9_.]+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Contact:
    type: str  # phone | domain
    value: str
    status: str  # official | secondary
    what: str
    source: str


@dataclass(frozen=True)
class LenderRecord:
    id: str
    name: str
    kind: str
    licensed: bool | None
    aliases: tuple[str, ...]
    products: tuple[str, ...]
    former_names: tuple[str, ...]
    note: str
    contacts: tuple[Contact, ...]
    sources: tuple[str, ...]
    verified: bool
    reviewed_on: str
    city: str = ""

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.former_names)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "kind": self.kind, "licensed": self.licensed,
            "aliases": list(self.aliases), "products": list(self.products),
            "former_names": list(self.former_names), "note": self.note, "city": self.city,
            "contacts": [c.__dict__.copy() for c in self.contacts],
            "sources": list(self.sources), "verified": self.verified, "reviewed_on": self.reviewed_on,
        }


@dataclass(frozen=True)
class RuleRecord:
    id: str
    kind: str
    severity: str
    patterns: tuple[str, ...]
    explanation: str
    must_match: tuple[str, ...]
    must_not_match: tuple[str, ...]
    kb_refs: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()  # context patterns: at least one must occur somewhere in the message
    excludes: tuple[str, ...] = ()  # if one occurs in the same clause, the match does not count
    unless: tuple[str, ...] = ()  # if one occurs anywhere in the message, the rule does not fire
    negatable: bool = True
    sender: str = ""  # optional: "personal" → only when the sender is a personal/foreign number
    file: str = field(default="", compare=False)


def _require(obj: dict[str, Any], key: str, types: type | tuple[type, ...], file: str, where: str) -> Any:
    if key not in obj:
        raise DataError(file, f"{where}.{key}", "missing")
    value = obj[key]
    if not isinstance(value, types):
        raise DataError(file, f"{where}.{key}", f"expected {types}, got {type(value).__name__}")
    return value


def _strings(obj: dict[str, Any], key: str, file: str, where: str, required: bool = False) -> tuple[str, ...]:
    if key not in obj and not required:
        return ()
    value = _require(obj, key, list, file, where)
    if not all(isinstance(v, str) and v for v in value):
        raise DataError(file, f"{where}.{key}", "every item must be a non-empty string")
    return tuple(value)


def lender_from_dict(obj: dict[str, Any], file: str, index: int) -> LenderRecord:
    where = f"[{index}]"
    lid = _require(obj, "id", str, file, where)
    if not _ID.match(lid):
        raise DataError(file, f"{where}.id", f"ids use a-z, 0-9, _ and . only: {lid!r}")
    where = f"[{index}] ({lid})"
    kind = _require(obj, "kind", str, file, where)
    if kind not in LENDER_KINDS:
        raise DataError(file, f"{where}.kind", f"must be one of {LENDER_KINDS}")
    licensed = obj.get("licensed")
    if licensed not in (True, False, None):
        raise DataError(file, f"{where}.licensed", "must be true, false or null")
    reviewed = _require(obj, "reviewed_on", str, file, where)
    if not _DATE.match(reviewed):
        raise DataError(file, f"{where}.reviewed_on", "must be YYYY-MM-DD")
    contacts = []
    for j, c in enumerate(_require(obj, "contacts", list, file, where)):
        cw = f"{where}.contacts[{j}]"
        ctype = _require(c, "type", str, file, cw)
        if ctype not in ("phone", "domain"):
            raise DataError(file, f"{cw}.type", "must be phone or domain")
        status = _require(c, "status", str, file, cw)
        if status not in ("official", "secondary"):
            raise DataError(file, f"{cw}.status", "must be official or secondary")
        source = _require(c, "source", str, file, cw)
        if "http" not in source:
            raise DataError(file, f"{cw}.source", "every contact needs a public URL as its source")
        contacts.append(Contact(ctype, _require(c, "value", str, file, cw), status, c.get("what", ""), source))
    sources = _strings(obj, "sources", file, where, required=True)
    if not sources and obj.get("verified"):
        raise DataError(file, f"{where}.sources", "a verified entry needs at least one source")
    return LenderRecord(
        id=lid, name=_require(obj, "name", str, file, where), kind=kind, licensed=licensed,
        aliases=_strings(obj, "aliases", file, where), products=_strings(obj, "products", file, where),
        former_names=_strings(obj, "former_names", file, where), note=obj.get("note", ""),
        contacts=tuple(contacts), sources=sources, verified=bool(obj.get("verified")),
        reviewed_on=reviewed, city=obj.get("city", ""),
    )


def rule_from_dict(obj: dict[str, Any], file: str, index: int, kinds: dict[str, str]) -> RuleRecord:
    where = f"rule[{index}]"
    rid = _require(obj, "id", str, file, where)
    if not _ID.match(rid):
        raise DataError(file, f"{where}.id", f"ids use a-z, 0-9, _ and . only: {rid!r}")
    where = f"rule[{index}] ({rid})"
    kind = _require(obj, "kind", str, file, where)
    if kind not in kinds:
        raise DataError(file, f"{where}.kind", f"unknown finding kind {kind!r}")
    severity = _require(obj, "severity", str, file, where)
    if severity not in SEVERITIES:
        raise DataError(file, f"{where}.severity", f"must be one of {SEVERITIES}")
    patterns = _strings(obj, "patterns", file, where, required=True)
    for key in ("patterns", "requires", "excludes", "unless"):
        for p in _strings(obj, key, file, where):
            try:
                re.compile(p)
            except re.error as exc:
                raise DataError(file, f"{where}.{key}", f"bad regular expression {p!r}: {exc}") from None
    must_match = _strings(obj, "must_match", file, where, required=True)
    must_not = _strings(obj, "must_not_match", file, where, required=True)
    if not must_match or not must_not:
        raise DataError(file, where, "a rule needs at least one must_match and one must_not_match example")
    return RuleRecord(
        id=rid, kind=kind, severity=severity, patterns=patterns,
        explanation=_require(obj, "explanation", str, file, where),
        must_match=must_match, must_not_match=must_not,
        kb_refs=_strings(obj, "kb_refs", file, where), requires=_strings(obj, "requires", file, where),
        excludes=_strings(obj, "excludes", file, where), unless=_strings(obj, "unless", file, where), negatable=bool(obj.get("negatable", True)),
        sender=obj.get("sender", ""), file=file,
    )
