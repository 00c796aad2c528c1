"""The one-year LPR history and the legal interest lines, loaded from
knowledge/data/lpr.toml and knowledge/data/interest_lines.toml.

Every value carries its source. Dates outside the sourced history give None:
the caller must then say the LPR is unknown rather than guess.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from knowledge.errors import DataError
from knowledge.models import STATUSES, day, one_of, read_toml, url

DATA_DIR = Path(__file__).resolve().parent / "data"
LPR_FILE = "lpr.toml"
LINES_FILE = "interest_lines.toml"
READINGS = ("financial_institution", "private_lending")


@dataclass(frozen=True)
class Citation:
    law: str
    article: str
    source: str
    reviewed_on: str
    status: str
    kb_ref: str

    def to_dict(self) -> dict[str, str]:
        return {"law": self.law, "article": self.article, "source": self.source,
                "reviewed_on": self.reviewed_on, "status": self.status, "kb_ref": self.kb_ref}


@dataclass(frozen=True)
class LprPrint:
    effective_from: date
    rate_percent: float
    source: str
    status: str
    reviewed_on: str


@dataclass(frozen=True)
class LprHistory:
    prints: tuple[LprPrint, ...]  # sorted by effective_from
    covered_until: date
    covered_until_source: str
    note: str

    @property
    def covered_from(self) -> date:
        return self.prints[0].effective_from

    def on(self, day: date) -> LprPrint | None:
        """The print in force on `day`, or None when `day` is outside the sourced history."""
        if not self.covered_from <= day <= self.covered_until:
            return None
        current = None
        for p in self.prints:
            if p.effective_from <= day:
                current = p
        return current


@dataclass(frozen=True)
class InterestLine:
    id: str
    name: str
    reading: str
    meaning: str
    citation: Citation
    value_percent: float | None = None
    lpr_multiple: float | None = None
    applies_from: date | None = None


@dataclass(frozen=True)
class InterestRules:
    lines: tuple[InterestLine, ...]
    financial_institution_kinds: tuple[str, ...]
    financial_institutions: Citation
    upfront: Citation
    upfront_meaning: str


def _get(obj: dict[str, Any], key: str, kind: type | tuple[type, ...], file: str, where: str,
         required: bool = True) -> Any:
    if key not in obj:
        if required:
            raise DataError(file, f"{where}{key}", "is required")
        return None
    value = obj[key]
    if isinstance(value, bool) or not isinstance(value, kind):
        raise DataError(file, f"{where}{key}", f"must be {getattr(kind, '__name__', kind)}")
    if isinstance(value, str) and not value.strip():
        raise DataError(file, f"{where}{key}", "must not be empty")
    return value


def _date(obj: dict[str, Any], key: str, file: str, where: str, required: bool = True) -> date | None:
    raw = _get(obj, key, str, file, where, required)
    return None if raw is None else date.fromisoformat(day(raw, file, f"{where}{key}"))


def _url(obj: dict[str, Any], key: str, file: str, where: str) -> str:
    return url(_get(obj, key, str, file, where), file, f"{where}{key}")


def _status(obj: dict[str, Any], file: str, where: str) -> str:
    return one_of(_get(obj, "status", str, file, where), STATUSES, file, f"{where}status")


def _citation(obj: dict[str, Any], file: str, where: str) -> Citation:
    _date(obj, "reviewed_on", file, where)
    return Citation(law=_get(obj, "law", str, file, where), article=_get(obj, "article", str, file, where),
                    source=_url(obj, "source", file, where), reviewed_on=obj["reviewed_on"],
                    status=_status(obj, file, where), kb_ref=_get(obj, "kb_ref", str, file, where))


def parse_lpr(data: dict[str, Any], file: str = LPR_FILE) -> LprHistory:
    items = data.get("lpr")
    if not isinstance(items, list) or not items:
        raise DataError(file, "lpr", "write at least one print as [[lpr]]")
    prints = []
    for i, obj in enumerate(items):
        where = f"lpr[{i}]."
        rate = _get(obj, "rate_percent", (int, float), file, where)
        if not 0 < rate < 20:
            raise DataError(file, f"{where}rate_percent", "must be a percentage between 0 and 20")
        _date(obj, "reviewed_on", file, where)
        prints.append(LprPrint(effective_from=_date(obj, "from", file, where), rate_percent=float(rate),
                               source=_url(obj, "source", file, where), status=_status(obj, file, where),
                               reviewed_on=obj["reviewed_on"]))
    for i in range(1, len(prints)):
        if prints[i].effective_from <= prints[i - 1].effective_from:
            raise DataError(file, f"lpr[{i}].from", "prints must be in date order, each after the previous")
    covered_until = _date(data, "covered_until", file, "")
    if covered_until < prints[-1].effective_from:
        raise DataError(file, "covered_until", "must not be before the last print")
    _date(data, "reviewed_on", file, "")
    return LprHistory(prints=tuple(prints), covered_until=covered_until,
                      covered_until_source=_url(data, "covered_until_source", file, ""),
                      note=_get(data, "covered_until_note", str, file, "", required=False) or "")


def parse_lines(data: dict[str, Any], file: str = LINES_FILE) -> InterestRules:
    items = data.get("line")
    if not isinstance(items, list) or not items:
        raise DataError(file, "line", "write each line as [[line]]")
    lines, seen = [], set()
    for i, obj in enumerate(items):
        where = f"line[{i}]."
        line_id = _get(obj, "id", str, file, where)
        if line_id in seen:
            raise DataError(file, f"{where}id", f"duplicate id {line_id}")
        seen.add(line_id)
        reading = _get(obj, "reading", str, file, where)
        if reading not in READINGS:
            raise DataError(file, f"{where}reading", f"must be one of {READINGS}")
        value = _get(obj, "value_percent", (int, float), file, where, required=False)
        multiple = _get(obj, "lpr_multiple", (int, float), file, where, required=False)
        if (value is None) == (multiple is None):
            raise DataError(file, f"{where}value_percent", "give exactly one of value_percent or lpr_multiple")
        lines.append(InterestLine(
            id=line_id, name=_get(obj, "name", str, file, where), reading=reading,
            meaning=_get(obj, "meaning", str, file, where), citation=_citation(obj, file, where),
            value_percent=None if value is None else float(value),
            lpr_multiple=None if multiple is None else float(multiple),
            applies_from=_date(obj, "applies_from", file, where, required=False)))
    fi = _get(data, "financial_institutions", dict, file, "")
    kinds = _get(fi, "kinds", list, file, "financial_institutions.")
    upfront = _get(data, "upfront", dict, file, "")
    return InterestRules(lines=tuple(lines), financial_institution_kinds=tuple(str(k) for k in kinds),
                         financial_institutions=_citation(fi, file, "financial_institutions."),
                         upfront=_citation(upfront, file, "upfront."),
                         upfront_meaning=_get(upfront, "meaning", str, file, "upfront."))


def load_lpr_history(data_dir: Path = DATA_DIR) -> LprHistory:
    if data_dir == DATA_DIR:
        return _default_lpr()
    return parse_lpr(read_toml(data_dir / LPR_FILE))


def load_interest_rules(data_dir: Path = DATA_DIR) -> InterestRules:
    if data_dir == DATA_DIR:
        return _default_lines()
    return parse_lines(read_toml(data_dir / LINES_FILE))


@lru_cache(maxsize=1)
def _default_lpr() -> LprHistory:
    return parse_lpr(read_toml(DATA_DIR / LPR_FILE))


@lru_cache(maxsize=1)
def _default_lines() -> InterestRules:
    return parse_lines(read_toml(DATA_DIR / LINES_FILE))
