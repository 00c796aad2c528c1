"""Loads and validates the curated data the analyzer runs on: lenders, rules, kinds.

Everything is read once per process and cached; an invalid file raises
DataError naming the file and field.
"""
from __future__ import annotations

import json
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from knowledge.errors import DataError
from knowledge.models import LenderRecord, RuleRecord, lender_from_dict, rule_from_dict

DATA_DIR = Path(__file__).resolve().parent / "data"
CATEGORIES = ("scam", "unlawful_threat", "pressure", "info")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise DataError(path.name, "(file)", f"not valid TOML: {exc}") from None


@lru_cache(maxsize=1)
def kinds() -> dict[str, dict[str, str]]:
    """Finding kinds: id → {category, title, meaning}."""
    data = _read_toml(DATA_DIR / "kinds.toml")
    out: dict[str, dict[str, str]] = {}
    for kid, entry in data.get("kind", {}).items():
        for key in ("category", "title", "meaning"):
            if not isinstance(entry.get(key), str):
                raise DataError("kinds.toml", f"kind.{kid}.{key}", "missing or not a string")
        if entry["category"] not in CATEGORIES:
            raise DataError("kinds.toml", f"kind.{kid}.category", f"must be one of {CATEGORIES}")
        out[kid] = dict(entry)
    return out


@lru_cache(maxsize=1)
def verdicts() -> dict[str, dict[str, str]]:
    """Verdict labels: id → {title, meaning}."""
    data = _read_toml(DATA_DIR / "kinds.toml")
    return {k: dict(v) for k, v in data.get("verdict", {}).items()}


@lru_cache(maxsize=1)
def lenders() -> tuple[LenderRecord, ...]:
    path = DATA_DIR / "lenders.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DataError(path.name, "(file)", f"not valid JSON: {exc}") from None
    records = tuple(lender_from_dict(obj, path.name, i) for i, obj in enumerate(raw))
    seen: set[str] = set()
    for r in records:
        if r.id in seen:
            raise DataError(path.name, f"({r.id}).id", "duplicate id")
        seen.add(r.id)
    return records


@lru_cache(maxsize=1)
def lenders_by_id() -> dict[str, LenderRecord]:
    return {r.id: r for r in lenders()}


@lru_cache(maxsize=1)
def rules() -> tuple[RuleRecord, ...]:
    known = kinds()
    out: list[RuleRecord] = []
    seen: set[str] = set()
    for path in sorted((DATA_DIR / "rules").glob("*.toml")):
        data = _read_toml(path)
        for i, obj in enumerate(data.get("rule", [])):
            rule = rule_from_dict(obj, f"rules/{path.name}", i, known)
            if rule.id in seen:
                raise DataError(f"rules/{path.name}", f"rule[{i}].id", f"duplicate rule id {rule.id}")
            seen.add(rule.id)
            out.append(rule)
    return tuple(out)


@lru_cache(maxsize=1)
def letters() -> dict[str, Any]:
    """Letter templates (letters.toml): the blank, message.* and case.* drafts."""
    data = _read_toml(DATA_DIR / "letters.toml")
    if not isinstance(data.get("blank"), str) or not data["blank"].strip():
        raise DataError("letters.toml", "blank", "missing or blank")
    for source in ("message", "case"):
        for name, letter in data.get(source, {}).items():
            if name in ("facts",) or not isinstance(letter, dict) or "body" not in letter:
                continue
            for key in ("id", "title", "body"):
                if not isinstance(letter.get(key), str) or not letter[key].strip():
                    raise DataError("letters.toml", f"{source}.{name}.{key}", "missing or not a string")
            if not letter["id"].startswith("letter."):
                raise DataError("letters.toml", f"{source}.{name}.id", "must start with 'letter.'")
    return data


@lru_cache(maxsize=1)
def traditional_map() -> dict[str, str]:
    """Traditional → Simplified single characters that matter for matching."""
    out: dict[str, str] = {}
    path = DATA_DIR / "traditional.txt"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) != 2 or len(parts[0]) != 1 or len(parts[1]) != 1:
            raise DataError(path.name, f"line {n}", "expected two single characters: 繁 简")
        out[parts[0]] = parts[1]
    return out


def validate_all() -> list[str]:
    """Load every data file; return a list of problems (empty when all is well)."""
    problems: list[str] = []
    for loader in (kinds, verdicts, lenders, rules, letters, traditional_map):
        try:
            loader()
        except DataError as exc:
            problems.append(str(exc))
    return problems
