"""The schema every data file is validated against, and the one TOML reader.

Every loader (lenders and rules here, kinds and letters in registry.py, laws, guides,
channels, FAQ and replies in entries.py, LPR and interest lines in lpr.py) builds its
records with the field checks below, so a value means the same in every file: text is
never blank, a flag is a real true/false (the string "false" is an error, not True), a
date is a real YYYY-MM-DD day, a URL starts with http:// or https://. Every error is a
DataError naming the file and the field a volunteer has to fix.

Hand-written rather than pydantic: the checks are a dozen short functions, the files are
small, and pydantic's error locations would need translating back into the file-and-field
messages volunteers read (`cuishou kb check`), which would not make this smaller.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from knowledge import derived_cache
from knowledge.errors import DataError

LENDER_KINDS = (
    "consumer_finance_company", "bank", "online_platform", "microloan_company",
    "finance_leasing", "collection_agency", "unknown",
)
SEVERITIES = ("high", "medium", "low")
STATUSES = ("verified", "secondary", "unverified")
_ID = re.compile(r"^[a-z0-9_.]+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A contact's source may explain itself ("SECONDARY (…): https://…") but must name a real URL.
_URL_IN_TEXT = re.compile(r"https?://[^\s/]+\.[^\s]+")


def read_toml(path: Path, rel: str | None = None) -> dict[str, Any]:
    """The one TOML reader for knowledge/data; `rel` is the name errors use (default: the file name)."""
    rel = rel or path.name
    try:
        return derived_cache.loads_toml(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataError(rel, "(file)", "missing") from None
    except UnicodeDecodeError:
        raise DataError(rel, "(file)", "must be saved as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise DataError(rel, "(file)", f"not valid TOML: {exc}") from None


# -- field checks: value, file, field path → the value, or DataError ------------------------------------
def text(value: Any, file: str, fld: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise DataError(file, fld, "must be a non-empty string")
    return value


def optional_text(value: Any, file: str, fld: str) -> str:
    """A string that may be empty ("" means not known), but not a number or a list."""
    if not isinstance(value, str):
        raise DataError(file, fld, "must be a string")
    return value


def url(value: Any, file: str, fld: str) -> str:
    if not text(value, file, fld).strip().startswith(("http://", "https://")):
        raise DataError(file, fld, "must be a public URL starting with http:// or https://")
    return value


def day(value: Any, file: str, fld: str) -> str:
    value = text(value, file, fld).strip()
    try:
        if not _DATE.match(value):
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise DataError(file, fld, f"must be a date written YYYY-MM-DD, got {value!r}") from None
    return value


def flag(value: Any, file: str, fld: str) -> bool:
    if not isinstance(value, bool):
        raise DataError(file, fld, f"must be true or false (without quotes), got {value!r}")
    return value


def one_of(value: Any, choices: tuple[str, ...], file: str, fld: str) -> str:
    if value not in choices:
        raise DataError(file, fld, f"must be one of {', '.join(choices)}")
    return value


def texts(value: Any, file: str, fld: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataError(file, fld, "must be a list of non-empty strings, e.g. [\"…\", \"…\"]")
    return tuple(value)


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
    # Firms of one corporate group (京东商城, 京东金融, 京东消金) may link to each other's domains: a
    # 【京东金融】 bill that points at jr.jd.com is the group's own site, not "another lender's domain".
    group: str = ""

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
    # if one occurs anywhere in the message, the rule does not fire; an entry naming a lexicon class with a
    # `scope` ({anti_scam}) only vetoes a match in that reach of it (analyzer/lexicon.py, Lexicon.scoped)
    unless: tuple[str, ...] = ()
    negatable: bool = True
    sender: str = ""  # optional: "personal" → only when the sender is a personal/foreign number
    # optional: the severity of this rule's finding in a message with no debt or collection frame. For
    # fragments friends, couriers and quarrels use too (我在你楼下, 你这个骗子, 等着瞧); "" = the frame
    # is a collection threat or pressure on its own and keeps `severity` anywhere.
    severity_without_debt: str = ""
    # threat36: a scam rule whose only evidence is the sender's claimed identity (a court's or lawyer's signature, "还款
    # 就撤案"): in a message that asks the reader to repay their own debt with no stranger's route, a threat finding
    # decides the verdict (analyzer/verdict.decide, analyzer/scam_yields.py entry "pose"). Only on scam rules.
    pose_only: bool = False
    # aggr34: a pressure rule whose frame is a collection step aimed at the reader (今天不处理，明天直接起诉; 您的案件已分配
    # 至诉讼组): its finding makes the message a collection message though no debt word opened the gate — as pressure
    # only: the rules that require "@debt" already ran without it (analyzer/pipeline.py). Only on pressure rules.
    opens_debt: bool = False
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
    return texts(_require(obj, key, list, file, where), file, f"{where}.{key}")


def lender_from_dict(obj: dict[str, Any], file: str, index: int) -> LenderRecord:
    where = f"[{index}]"
    lid = _require(obj, "id", str, file, where)
    if not _ID.match(lid):
        raise DataError(file, f"{where}.id", f"ids use a-z, 0-9, _ and . only: {lid!r}")
    where = f"[{index}] ({lid})"
    kind = one_of(_require(obj, "kind", str, file, where), LENDER_KINDS, file, f"{where}.kind")
    licensed = obj.get("licensed")
    if licensed not in (True, False, None):
        raise DataError(file, f"{where}.licensed", "must be true, false or null")
    reviewed = day(_require(obj, "reviewed_on", str, file, where), file, f"{where}.reviewed_on")
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
        if not _URL_IN_TEXT.search(source):
            raise DataError(file, f"{cw}.source", "every contact needs a public URL (http:// or https://) as its source")
        contacts.append(Contact(ctype, text(_require(c, "value", str, file, cw), file, f"{cw}.value"), status,
                                optional_text(c.get("what", ""), file, f"{cw}.what"), source))
    sources = tuple(url(s, file, f"{where}.sources[{i}]")
                    for i, s in enumerate(_strings(obj, "sources", file, where, required=True)))
    verified = flag(obj.get("verified", False), file, f"{where}.verified")
    if not sources and verified:
        raise DataError(file, f"{where}.sources", "a verified entry needs at least one source")
    return LenderRecord(
        id=lid, name=text(_require(obj, "name", str, file, where), file, f"{where}.name"), kind=kind, licensed=licensed,
        aliases=_strings(obj, "aliases", file, where), products=_strings(obj, "products", file, where),
        former_names=_strings(obj, "former_names", file, where),
        note=optional_text(obj.get("note", ""), file, f"{where}.note"),
        contacts=tuple(contacts), sources=sources, verified=verified,
        reviewed_on=reviewed, city=optional_text(obj.get("city", ""), file, f"{where}.city"),
        group=optional_text(obj.get("group", ""), file, f"{where}.group"),
    )


def check_regex(source: str) -> None:
    """Raise re.error where re.compile(source) would, without generating its code (a third of
    start-up's time went to compiling every rule pattern just to check it). Every error but a
    look-behind's width comes from the parser; a pattern with a look-behind is compiled."""
    derived_cache.check(source)  # kept between processes, by exact source (knowledge/derived_cache.py)


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
                check_regex(p)
            except re.error as exc:
                raise DataError(file, f"{where}.{key}", f"bad regular expression {p!r}: {exc}") from None
    without_debt = obj.get("severity_without_debt", "")
    if without_debt and (without_debt not in SEVERITIES or SEVERITIES.index(without_debt) <= SEVERITIES.index(severity)):
        raise DataError(file, f"{where}.severity_without_debt", f"must be a severity lower than {severity!r}")
    pose_only = flag(obj.get("pose_only", False), file, f"{where}.pose_only")
    if pose_only and (kinds[kind] or {}).get("category") != "scam":
        raise DataError(file, f"{where}.pose_only", "only a scam rule's evidence can be the claimed identity alone")
    opens_debt = flag(obj.get("opens_debt", False), file, f"{where}.opens_debt")
    if opens_debt and (kinds[kind] or {}).get("category") != "pressure":
        raise DataError(file, f"{where}.opens_debt", "only a pressure rule can open the debt gate (as pressure only)")
    must_match = _strings(obj, "must_match", file, where, required=True)
    must_not = _strings(obj, "must_not_match", file, where, required=True)
    if not must_match or not must_not:
        raise DataError(file, where, "a rule needs at least one must_match and one must_not_match example")
    return RuleRecord(
        id=rid, kind=kind, severity=severity, patterns=patterns,
        explanation=text(_require(obj, "explanation", str, file, where), file, f"{where}.explanation"),
        must_match=must_match, must_not_match=must_not,
        kb_refs=_strings(obj, "kb_refs", file, where), requires=_strings(obj, "requires", file, where),
        excludes=_strings(obj, "excludes", file, where), unless=_strings(obj, "unless", file, where),
        negatable=flag(obj.get("negatable", True), file, f"{where}.negatable"),
        sender=optional_text(obj.get("sender", ""), file, f"{where}.sender"),
        severity_without_debt=without_debt, pose_only=pose_only, opens_debt=opens_debt, file=file,
    )
