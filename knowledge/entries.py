"""Knowledge-base entries (laws, guides, channels, FAQ, replies): schema and loading.

Volunteers edit TOML files under knowledge/data/{laws,guides,channels,faq}/.
Each file holds arrays of tables named after the entry type, e.g. ``[[law]]``.
Every problem is reported as a DataError naming the file and the field, and
``check_catalog`` collects all of them at once so `cuishou kb check` can list them.
Cross-entry checks (links resolve, phone numbers are declared, ...) live in
knowledge/checks.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from knowledge.errors import DataError
from knowledge.models import STATUSES, day, one_of, read_toml, text, texts, url

DATA_DIR = Path(__file__).resolve().parent / "data"
ENTRY_DIRS = ("laws", "guides", "channels", "faq")
PRIORITIES = ("scam", "safety", "rights", "negotiation")
_ID = {
    "law": re.compile(r"^law\.[a-z0-9_]+\.[a-z0-9_]+$"),
    "guide": re.compile(r"^guide\.[a-z0-9_.]+$"),
    "channel": re.compile(r"^channel\.[a-z0-9_]+$"),
    "faq": re.compile(r"^faq\.[a-z0-9_]+$"),
    "reply": re.compile(r"^reply\.[a-z0-9_]+$"),
}

# Field schema per entry type: name → (kind, required). kind: str | date | url | list | status | priority
SCHEMA: dict[str, dict[str, tuple[str, bool]]] = {
    "law": {
        "id": ("str", True), "name": ("str", True), "short": ("str", False),
        "article": ("str", True), "old_article": ("str", False), "old_until": ("date", False),
        "effective": ("date", True), "instrument": ("str", False), "summary": ("str", True),
        "note": ("str", False), "keywords": ("list", False), "source": ("url", True),
        "reviewed_on": ("date", True), "status": ("status", True),
        # Who issued it and its document number (主席令第X号, 法释〔2021〕12号 …); rules in knowledge/sources.py.
        "publication": ("str", False), "official_url": ("url", False),
    },
    "guide": {
        "id": ("str", True), "title": ("str", True), "summary": ("str", True), "steps": ("list", True),
        "laws": ("list", False), "channels": ("list", False), "kinds": ("list", False),
        "verdicts": ("list", False), "lender_kinds": ("list", False), "debts": ("list", False), "replaces": ("list", False), "priority": ("priority", True),
        "order": ("int", False), "keywords": ("list", False), "evidence": ("list", False),
        "reviewed_on": ("date", True),
    },
    "channel": {
        "id": ("str", True), "name": ("str", True), "number": ("str", False), "address": ("str", False),
        "runs": ("str", True), "handles": ("str", True), "not_handled": ("str", True), "when": ("str", True),
        "for_kinds": ("list", False), "for_verdicts": ("list", False), "for_lender_kinds": ("list", False),
        "keywords": ("list", False), "source": ("url", True), "status": ("status", True),
        "reviewed_on": ("date", True), "when_person": ("str", False), "not_handled_person": ("str", False),
    },
    "faq": {
        "id": ("str", True), "question": ("str", True), "answer": ("str", True), "guides": ("list", True),
        # The law entries the answer's legal statements rest on: the FAQ page shows each with its article and
        # review date next to the answer, so a reader need not open a guide to see where a rule comes from.
        "laws": ("list", False), "keywords": ("list", False), "reviewed_on": ("date", True),
    },
    "reply": {
        "id": ("str", True), "title": ("str", True), "text": ("str", True), "verdicts": ("list", False),
        "kinds": ("list", False), "debts": ("list", False), "replaces": ("list", False), "reviewed_on": ("date", True),
    },
}


# The kinds of debt a guide or a reply may be kept for (Guide.debts, Reply.debts), as the analyzer tells them apart
# (analyzer/debt_context.debt_kind): a credit card; pcg54: a person asking back their own money, a payee's bill.
# pcg55: "private_unsure", a private creditor's words that do not name the money as the writer's own (a reminder's
# text is the person's; an aggressive or a threat verdict's stays the lender's: analyzer/debt_creditor.py).
DEBT_KINDS = ("card", "private", "private_unsure", "fee")
# pcg55: the kinds of debt owed to a person or a payee, not to a lender (a channel's when_person / not_handled_person;
# "private_unsure" only on a reminder: knowledge/advice.py)
PERSON_DEBTS = ("private", "fee")


@dataclass(frozen=True)
class Law:
    id: str
    name: str
    article: str
    effective: str
    summary: str
    source: str
    reviewed_on: str
    status: str
    short: str = ""
    old_article: str = ""
    old_until: str = ""
    instrument: str = "法律"
    note: str = ""
    keywords: tuple[str, ...] = ()
    publication: str = ""
    official_url: str = ""
    file: str = field(default="", compare=False)

    @property
    def title(self) -> str:
        return f"{self.short or self.name}{self.article}"


@dataclass(frozen=True)
class Guide:
    id: str
    title: str
    summary: str
    steps: tuple[str, ...]
    priority: str
    reviewed_on: str
    laws: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    verdicts: tuple[str, ...] = ()
    lender_kinds: tuple[str, ...] = ()
    # Only for a message about a debt of one of these kinds (DEBT_KINDS): a card debt is checked with
    # the card-issuing bank, not with "贷款机构的官方 App".
    debts: tuple[str, ...] = ()
    # Guide ids this one stands in for when it is chosen (a scam with no debt in it gets a scam guide
    # that does not send the reader to a lender's App; a card-debt scam one that names the bank).
    replaces: tuple[str, ...] = ()
    order: int = 5
    keywords: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    file: str = field(default="", compare=False)


@dataclass(frozen=True)
class Channel:
    id: str
    name: str
    runs: str
    handles: str
    not_handled: str
    when: str
    source: str
    status: str
    reviewed_on: str
    number: str = ""
    address: str = ""
    for_kinds: tuple[str, ...] = ()
    for_verdicts: tuple[str, ...] = ()
    for_lender_kinds: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    # pcg55: the same line's wording when the creditor is a person or a payee (a friend, a relative, a landlord, a
    # property office: debt kinds PERSON_DEBTS), in place of `when` / `not_handled` written of a lender or collector
    when_person: str = ""
    not_handled_person: str = ""
    file: str = field(default="", compare=False)

    @property
    def title(self) -> str:
        return self.name


@dataclass(frozen=True)
class Faq:
    id: str
    question: str
    answer: str
    guides: tuple[str, ...]
    reviewed_on: str
    laws: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    file: str = field(default="", compare=False)

    @property
    def title(self) -> str:
        return self.question


@dataclass(frozen=True)
class Reply:
    id: str
    title: str
    text: str
    reviewed_on: str
    verdicts: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    # pcg54: as a guide's — only for a message about a debt of one of these kinds; the reply ids it stands in for
    # (a friend's ask-back is not answered with a lender's contract number).
    debts: tuple[str, ...] = ()
    replaces: tuple[str, ...] = ()
    file: str = field(default="", compare=False)


Entry = Law | Guide | Channel | Faq | Reply
_CLASSES: dict[str, type] = {"law": Law, "guide": Guide, "channel": Channel, "faq": Faq, "reply": Reply}


@dataclass(frozen=True)
class Catalog:
    laws: dict[str, Law]
    guides: dict[str, Guide]
    channels: dict[str, Channel]
    faqs: dict[str, Faq]
    replies: dict[str, Reply]

    def get(self, entry_id: str) -> Entry | None:
        for table in (self.guides, self.laws, self.channels, self.faqs, self.replies):
            if entry_id in table:
                return table[entry_id]
        return None

    def all(self) -> list[Entry]:
        return [*self.guides.values(), *self.faqs.values(), *self.laws.values(),
                *self.channels.values(), *self.replies.values()]


def _value(kind: str, value: Any, file: str, fld: str) -> Any:
    if kind == "list":
        return tuple(v.strip() for v in texts(value, file, fld))
    if kind == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            raise DataError(file, fld, "must be a whole number")
        return value
    value = text(value, file, fld).strip()
    if kind == "date":
        return day(value, file, fld)
    if kind == "url":
        return url(value, file, fld)
    if kind == "status":
        return one_of(value, STATUSES, file, fld)
    if kind == "priority":
        return one_of(value, PRIORITIES, file, fld)
    return value


def parse_entry(etype: str, obj: Any, file: str, index: int) -> Entry:
    """Validate one table from a data file and build its entry; raise DataError on the first problem."""
    where = f"{etype}[{index}]"
    if not isinstance(obj, dict):
        raise DataError(file, where, "must be a table ([[%s]])" % etype)
    if isinstance(obj.get("id"), str):
        where = f"{etype}[{index}] ({obj['id']})"
    schema = SCHEMA[etype]
    for key in obj:
        if key not in schema:
            raise DataError(file, f"{where}.{key}", f"unknown field (allowed: {', '.join(schema)})")
    values: dict[str, Any] = {}
    for key, (kind, required) in schema.items():
        if key not in obj:
            if required:
                raise DataError(file, f"{where}.{key}", "missing")
            continue
        values[key] = _value(kind, obj[key], file, f"{where}.{key}")
    if not _ID[etype].match(values["id"]):
        raise DataError(file, f"{where}.id", f"must look like {_ID[etype].pattern} (lower-case a-z, 0-9, _ and .)")
    return _CLASSES[etype](**values, file=file)


def data_files(data_dir: Path = DATA_DIR) -> list[Path]:
    return sorted(p for d in ENTRY_DIRS for p in (data_dir / d).glob("*.toml"))


def _collect(data_dir: Path, problems: list[DataError]) -> Catalog:
    tables: dict[str, dict[str, Any]] = {t: {} for t in _CLASSES}
    for path in data_files(data_dir):
        rel = path.relative_to(data_dir).as_posix()
        try:
            data = read_toml(path, rel)
        except DataError as exc:
            problems.append(exc)
            continue
        for etype, items in data.items():
            if etype not in _CLASSES:
                problems.append(DataError(rel, etype, f"unknown entry type (use [[{']]/[['.join(_CLASSES)}]])"))
                continue
            if not isinstance(items, list):
                problems.append(DataError(rel, etype, f"write each entry as [[{etype}]]"))
                continue
            for i, obj in enumerate(items):
                try:
                    entry = parse_entry(etype, obj, rel, i)
                except DataError as exc:
                    problems.append(exc)
                    continue
                if any(entry.id in t for t in tables.values()):
                    problems.append(DataError(rel, f"{etype}[{i}].id", f"duplicate id {entry.id}"))
                    continue
                tables[etype][entry.id] = entry
    return Catalog(laws=tables["law"], guides=tables["guide"], channels=tables["channel"],
                   faqs=tables["faq"], replies=tables["reply"])


def check_catalog(data_dir: Path = DATA_DIR) -> tuple[Catalog, list[DataError]]:
    """Load everything and return the catalog with every problem found (schema and cross-entry)."""
    from knowledge.checks import cross_check

    problems: list[DataError] = []
    catalog = _collect(data_dir, problems)
    problems.extend(cross_check(catalog))
    return catalog, problems


def load_catalog(data_dir: Path = DATA_DIR) -> Catalog:
    """Load and validate; raise the first DataError. Cached for the packaged data directory."""
    if data_dir == DATA_DIR:
        return _load_default()
    catalog, problems = check_catalog(data_dir)
    if problems:
        raise problems[0]
    return catalog


@lru_cache(maxsize=1)
def _load_default() -> Catalog:
    catalog, problems = check_catalog(DATA_DIR)
    if problems:
        raise problems[0]
    return catalog
