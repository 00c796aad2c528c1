"""The result types: frozen dataclasses with to_dict().

`Report.to_dict()` is the JSON the pages, the API and the evaluation use.
Raise SCHEMA_VERSION whenever its shape changes.
"""
from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from typing import Any, TypeVar

from analyzer import creditor_explain

_T = TypeVar("_T")

SCHEMA_VERSION = "1.3"
# 1.1: verdict label `legal_notice`; `reader` (who the message is written to); `verdict.legal_check`.
# 1.2: `verdict.legal_check.stage` ("enforcement" for a notice of the enforcement stage, "lawyer" for a law firm's
#      letter with no court, arbitration body, case number or 12368 in it, else null); legal19 adds the value "notary"
#      (a notary's notice before it issues an enforcement certificate), a new value of the same field; fixes20 adds
#      "arbitration" (an arbitration body's notice that names no court: checked with the commission, not 12368).


def _plain(obj: Any) -> dict[str, Any]:
    """Shallow field dict; asdict() deep-copies and costs more than the analysis itself."""
    return {f.name: getattr(obj, f.name) for f in fields(obj)}


def _fast_init(cls: type[_T]) -> type[_T]:
    """Give a frozen dataclass an __init__ that fills the instance's __dict__ directly.

    The one dataclass() writes calls object.__setattr__ once per field (it must get past the frozen
    __setattr__): building a Report, a Finding or its replace() cost ~1.7 us, several per message.
    Same signature, defaults, default factories and field order; the instances stay frozen (no
    __setattr__/__delattr__), equal and hashed as before (the dataclass methods are kept)."""
    params, lines, env = [], [], {}
    for f in fields(cls):
        if not f.init:
            raise TypeError(f"{cls.__name__}.{f.name}: _fast_init handles init fields only")
        if f.default is not MISSING:
            env[f"_dflt_{f.name}"] = f.default
            params.append(f"{f.name}=_dflt_{f.name}")
            lines.append(f"    d[{f.name!r}] = {f.name}")
        elif f.default_factory is not MISSING:
            env[f"_fact_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_HAS_FACTORY")
            lines.append(f"    d[{f.name!r}] = _fact_{f.name}() if {f.name} is _HAS_FACTORY else {f.name}")
        else:
            params.append(f.name)
            lines.append(f"    d[{f.name!r}] = {f.name}")
    env["_HAS_FACTORY"] = _HAS_FACTORY
    source = f"def __init__(self, {', '.join(params)}):\n    d = self.__dict__\n" + "\n".join(lines) + "\n"
    exec(source, env)  # noqa: S102 - generated from the class's own field names, as dataclasses does
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    return cls


class _Factory:
    def __repr__(self) -> str:
        return "<factory>"


_HAS_FACTORY = _Factory()  # the default of a field with a default_factory (shown as dataclasses shows it)


class InputError(ValueError):
    """The text given to analyze() cannot be analysed (not a string, or too long)."""


@_fast_init
@dataclass(frozen=True)
class Evidence:
    source: str  # signature | name | product | number | domain | payee_account (a bank or payment app only named as the account to pay into, debit or freeze)
    start: int
    end: int
    text: str


@_fast_init
@dataclass(frozen=True)
class LenderCandidate:
    id: str | None
    name: str
    score: float


@_fast_init
@dataclass(frozen=True)
class LenderMatch:
    id: str | None
    name: str
    kind: str
    licensed: bool | None
    aliases: tuple[str, ...]
    products: tuple[str, ...]
    confidence: float
    evidence: tuple[Evidence, ...]
    candidates: tuple[LenderCandidate, ...] = ()
    in_registry: bool = True
    signature: str | None = None
    note: str = ""
    official_contacts: tuple[dict[str, str], ...] = ()
    secondary_contacts: tuple[dict[str, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = _plain(self)
        d["evidence"] = [_plain(e) for e in self.evidence]
        d["candidates"] = [_plain(c) for c in self.candidates]
        d["official_contacts"] = [dict(c) for c in self.official_contacts]
        d["secondary_contacts"] = [dict(c) for c in self.secondary_contacts]
        d["aliases"] = list(self.aliases)
        d["products"] = list(self.products)
        return d


@_fast_init
@dataclass(frozen=True)
class NumberInfo:
    raw: str
    normalized: str
    type: str
    region: str | None
    carrier: str | None
    country: str | None
    matches_lender_official: bool | None
    official_for: str | None
    explanation: str
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@_fast_init
@dataclass(frozen=True)
class LinkInfo:
    url: str
    start: int
    end: int
    domain: str | None
    registered_domain: str | None
    official_for: str | None
    short_link: bool
    ip_host: bool
    lookalike_of: str | None
    explanation: str

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@_fast_init
@dataclass(frozen=True)
class Fact:
    kind: str  # amount | overdue_days | deadline | account_tail | case_number | organisation | date
    #            | debt_transfer | enforcement | legal_process (the legal steps the message speaks of)
    value: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@_fast_init
@dataclass(frozen=True)
class Finding:
    kind: str
    rule_id: str
    category: str  # scam | unlawful_threat | pressure | info
    severity: str  # high | medium | low
    start: int
    end: int
    excerpt: str
    explanation: str
    kb_refs: tuple[str, ...] = ()
    # Rules of the same kind whose spans overlapped this one's and were merged into it (merge.dedupe).
    merged_rule_ids: tuple[str, ...] = ()

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """Every rule this finding stands for: its own and those merged into it."""
        return (self.rule_id, *self.merged_rule_ids)

    def to_dict(self) -> dict[str, Any]:
        d = _plain(self)
        d["kb_refs"] = list(self.kb_refs)
        d["merged_rule_ids"] = list(self.merged_rule_ids)
        return d


@_fast_init
@dataclass(frozen=True)
class Verdict:
    label: str  # scam | unlawful_threat | legal_notice | aggressive | reminder | not_collection
    summary: str
    risk: int  # 0-100: how much harm the message signals for the reader (see README, 结论)
    # For messages that speak of a court, arbitration or lawyer: what could be checked
    # (details, markers) and how to verify it; None otherwise.
    legal_check: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        d = _plain(self)
        d["legal_check"] = dict(self.legal_check) if self.legal_check else None
        return d


@_fast_init
@dataclass(frozen=True)
class Reader:
    """Who the message is written to. role: borrower | third_party | unknown;
    relation (third_party only): contact | relative | employer | guarantor."""

    role: str
    relation: str | None = None
    rule_id: str | None = None
    start: int | None = None
    end: int | None = None
    excerpt: str = ""
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@_fast_init
@dataclass(frozen=True)
class Report:
    text: str
    received_at: str | None
    lender: LenderMatch | None
    sender: NumberInfo | None
    numbers: tuple[NumberInfo, ...]
    links: tuple[LinkInfo, ...]
    facts: tuple[Fact, ...]
    findings: tuple[Finding, ...]
    verdict: Verdict
    guidance: tuple[dict[str, Any], ...] = ()
    actions: dict[str, Any] = field(default_factory=dict)
    replies: tuple[dict[str, Any], ...] = ()
    loan_check: dict[str, str] | None = None  # query for the loan-cost page when the message states loan and owed amounts
    reader: Reader = field(default_factory=lambda: Reader(role="unknown"))
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "text": self.text,
            "received_at": self.received_at,
            "verdict": self.verdict.to_dict(),
            "reader": self.reader.to_dict(),
            "lender": self.lender.to_dict() if self.lender else None,
            "sender": self.sender.to_dict() if self.sender else None,
            "numbers": [n.to_dict() for n in self.numbers],
            "links": [link.to_dict() for link in self.links],
            "facts": [f.to_dict() for f in self.facts],
            # pcg57: on a person's or a payee's page the explanations speak to them (analyzer/creditor_explain.py)
            "findings": creditor_explain.fitted([f.to_dict() for f in self.findings], self.guidance),
            "guidance": list(self.guidance),
            "actions": dict(self.actions),
            "replies": list(self.replies),
            "loan_check": dict(self.loan_check) if self.loan_check else None,
        }
