"""The findings code detectors emit (links, sender, signature, time), read from
knowledge/data/rules/detectors.toml: id, kind, severity, explanation and the
example messages that must and must not produce each one."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from analyzer.report import Finding
from knowledge import derived_cache
from knowledge.errors import DataError
from knowledge.registry import DATA_DIR, kinds

FILE = "rules/detectors.toml"
SEVERITIES = ("high", "medium", "low")


@dataclass(frozen=True)
class Example:
    text: str
    sender: str | None = None
    received_at: str | None = None


@dataclass(frozen=True)
class DetectorFinding:
    id: str
    kind: str
    category: str
    severity: str
    explanation: str
    must_match: tuple[Example, ...]
    must_not_match: tuple[Example, ...]

    def make(self, text: str, start: int, end: int, **values: str) -> Finding:
        return Finding(kind=self.kind, rule_id=self.id, category=self.category, severity=self.severity,
                       start=start, end=end, excerpt=text[start:end],
                       explanation=self.explanation.format(**values) if values else self.explanation,
                       kb_refs=(f"guide.{self.kind}",))


def _examples(entry: dict[str, Any], key: str, where: str) -> tuple[Example, ...]:
    items = entry.get(key)
    if not isinstance(items, list) or not items:
        raise DataError(FILE, f"{where}.{key}", "needs at least one example")
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item["text"]:
            raise DataError(FILE, f"{where}.{key}[{i}].text", "missing or not a string")
        out.append(Example(item["text"], item.get("sender"), item.get("received_at")))
    return tuple(out)


@lru_cache(maxsize=1)
def load() -> dict[str, DetectorFinding]:
    try:
        data = derived_cache.loads_toml((DATA_DIR / FILE).read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise DataError(FILE, "", f"not valid TOML: {exc}") from None
    known = kinds()
    out: dict[str, DetectorFinding] = {}
    for i, entry in enumerate(data.get("finding", [])):
        where = f"finding[{i}]"
        fid = entry.get("id")
        if not isinstance(fid, str) or fid.count(".") < 1:
            raise DataError(FILE, f"{where}.id", "missing or not a dotted id")
        if fid in out:
            raise DataError(FILE, f"{where}.id", f"duplicate id {fid}")
        kind = entry.get("kind")
        if kind not in known:
            raise DataError(FILE, f"{where}.kind", f"unknown finding kind {kind!r}")
        if entry.get("severity") not in SEVERITIES:
            raise DataError(FILE, f"{where}.severity", f"must be one of {SEVERITIES}")
        if not isinstance(entry.get("explanation"), str) or not entry["explanation"]:
            raise DataError(FILE, f"{where}.explanation", "missing or not a string")
        out[fid] = DetectorFinding(fid, kind, known[kind]["category"], entry["severity"], entry["explanation"],
                                   _examples(entry, "must_match", where), _examples(entry, "must_not_match", where))
    return out
