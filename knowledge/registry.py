"""Loads and validates the curated data the analyzer runs on: lenders, rules, kinds.

Everything is read once per process and cached; an invalid file raises
DataError naming the file and field.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from knowledge.errors import DataError
from knowledge.models import (LenderRecord, RuleRecord, flag, lender_from_dict, one_of, read_toml, rule_from_dict,
                              text)

DATA_DIR = Path(__file__).resolve().parent / "data"
CATEGORIES = ("scam", "unlawful_threat", "pressure", "info")


@lru_cache(maxsize=1)
def kinds() -> dict[str, dict[str, str]]:
    """Finding kinds: id → {category, title, meaning, in_letter[, report_to_police, lawful_pressure]}."""
    data = read_toml(DATA_DIR / "kinds.toml")
    out: dict[str, dict[str, Any]] = {}
    for kid, entry in data.get("kind", {}).items():
        where = f"kind.{kid}"
        for key in entry:
            if key not in ("category", "title", "meaning", "in_letter", "report_to_police", "lawful_pressure"):
                raise DataError("kinds.toml", f"{where}.{key}", "unknown field")
        for key in ("category", "title", "meaning", "in_letter"):
            text(entry.get(key), "kinds.toml", f"{where}.{key}")
        one_of(entry["category"], CATEGORIES, "kinds.toml", f"{where}.category")
        for key in ("report_to_police", "lawful_pressure"):
            if key in entry:
                flag(entry[key], "kinds.toml", f"{where}.{key}")
        out[kid] = dict(entry)
    return out


@lru_cache(maxsize=1)
def verdicts() -> dict[str, dict[str, str]]:
    """Verdict labels: id → {title, meaning}."""
    data = read_toml(DATA_DIR / "kinds.toml")
    for vid, entry in data.get("verdict", {}).items():
        for key in ("title", "meaning"):
            text(entry.get(key), "kinds.toml", f"verdict.{vid}.{key}")
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
        data = read_toml(path)
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
    data = read_toml(DATA_DIR / "letters.toml")
    text(data.get("blank"), "letters.toml", "blank")
    for source in ("message", "case"):
        for name, letter in data.get(source, {}).items():
            if not isinstance(letter, dict) or "body" not in letter:
                continue
            for key in ("id", "title", "body"):
                text(letter.get(key), "letters.toml", f"{source}.{name}.{key}")
            if not letter["id"].startswith("letter."):
                raise DataError("letters.toml", f"{source}.{name}.id", "must start with 'letter.'")
    basis = data.get("message", {}).get("basis")
    if basis is not None:
        text(basis.get("sentence"), "letters.toml", "message.basis.sentence")
        if "{laws}" not in basis["sentence"]:
            raise DataError("letters.toml", "message.basis.sentence", "must contain {laws}")
        if not isinstance(basis.get("max_laws"), int) or basis["max_laws"] < 1:
            raise DataError("letters.toml", "message.basis.max_laws", "must be a positive integer")
        known = kinds()
        for kind, law_ids in basis.get("laws", {}).items():
            if kind not in known:
                raise DataError("letters.toml", f"message.basis.laws.{kind}", "not a finding kind in kinds.toml")
            if not isinstance(law_ids, list) or not all(isinstance(x, str) and x.startswith("law.") for x in law_ids):
                raise DataError("letters.toml", f"message.basis.laws.{kind}", "must be a list of law ids")
    return data


@lru_cache(maxsize=1)
def regional_words() -> dict[str, str]:
    """Hong Kong / Macau / Taiwan and Cantonese words -> the mainland words the rules use (regional.toml)."""
    path = DATA_DIR / "regional.toml"
    table = read_toml(path).get("words") or {}
    for key, value in table.items():
        if not key or not isinstance(value, str) or not value or key == value:
            raise DataError(path.name, f"words.{key}", "expected a non-empty word mapped to a different non-empty word")
    return dict(table)


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
