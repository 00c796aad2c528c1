"""Which registry lender a link's domain imitates: a domain one letter off a known lender domain or holding its
brand (lookalike), or a lender's name spelled in Latin letters beside other letters (spelled_brands, from
knowledge/data/brand_latin.json, written by scripts/brand_latin.py). Used by analyzer/detectors/links.py."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


def _distance_one(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


def lookalike(reg: str, known: dict[str, str]) -> str | None:
    """A registered domain that imitates a known lender domain without being it."""
    label = reg.split(".")[0]
    for domain in known:
        if reg == domain:
            return None
    for domain in known:
        brand = domain.split(".")[0]
        if len(brand) >= 4 and (brand in label or (len(brand) >= 5 and _distance_one(label, brand))):
            return domain
    return None


_BRAND_LATIN = Path(__file__).resolve().parents[2] / "knowledge" / "data" / "brand_latin.json"


@dataclass(frozen=True)
class Brand:
    """A registry lender a domain may spell: its id, its name and the domain it is shown by."""

    id: str
    name: str
    domain: str | None  # its verified official domain, if the registry has one


@lru_cache(maxsize=1)
def _spellings() -> tuple[dict[str, tuple[Brand, ...]], dict[str, tuple[Brand, ...]]]:
    """(long spellings, short spellings) → the lenders they spell. Long ones (5+ letters: zhaolian, weilidai)
    count inside a domain label; short ones (initials zljr, Latin aliases ICBC, a domain's own label msxf)
    only as a whole piece of it (zljr-pay, not zljrx), since three or four letters occur by chance."""
    from knowledge import registry

    table = json.loads(_BRAND_LATIN.read_text(encoding="utf-8"))
    long_: dict[str, list[Brand]] = {}
    short: dict[str, list[Brand]] = {}
    for r in registry.lenders():
        official = next((c.value for c in r.contacts if c.type == "domain" and c.status == "official"), None)
        brand = Brand(r.id, r.name, official)
        keys = set(table.get(r.id, ()))
        keys |= {a.lower() for a in r.aliases if re.fullmatch(r"[A-Za-z]{3,}", a)}
        keys |= {c.value.split(".")[0] for c in r.contacts if c.type == "domain"}
        for key in keys:
            (long_ if len(key) >= 5 else short).setdefault(key, []).append(brand)
    return {k: tuple(v) for k, v in long_.items()}, {k: tuple(v) for k, v in short.items()}


def spelled_whole(word: str) -> tuple[str, ...]:
    """The registry lenders a whole Latin word spells (zhaolian, anyihua, zljr; lender22: a signature 【ZHAOLIAN】 or a
    header ANYIHUA： written in pinyin), by id; () for a word that spells none."""
    long_, short = _spellings()
    return tuple(b.id for b in long_.get(word, short.get(word, ())))


def spelled_brands(reg: str) -> tuple[tuple[Brand, str], ...]:
    """The registry lenders whose name a registered domain spells beside other letters (zhaolian-jr.cc:
    招联; msxf-vip.com: 马上消费金融). A label that is only the spelling (meituan.com) may be the brand's
    own domain the registry does not list, so it is not read as a look-alike."""
    label = reg.split(".")[0].lower()
    pieces = [p for p in re.split(r"[^a-z]+", label) if p]
    joined = "".join(pieces)
    long_, short = _spellings()
    out: dict[Brand, str] = {}
    for key, brands in sorted(long_.items(), key=lambda kv: -len(kv[0])):
        if key in joined and joined != key:
            for b in brands:
                out.setdefault(b, key)
    if len(pieces) > 1 or re.search(r"\d", label):
        for piece in pieces:
            for b in short.get(piece, ()):
                out.setdefault(b, piece)
    return tuple(out.items())


@lru_cache(maxsize=1)
def known_domains() -> dict[str, str]:
    """Every domain the registry lists for a lender (official or not) → the lender's id."""
    from knowledge import registry

    return {c.value: r.id for r in registry.lenders() for c in r.contacts if c.type == "domain"}


def same_group(a: str, b: str) -> bool:
    """Two registry firms of one corporate group (lenders.json "group"): 京东金融's bill may link to jd.com."""
    from knowledge import registry

    by_id = registry.lenders_by_id()
    ga, gb = (by_id[x].group if x in by_id else "" for x in (a, b))
    return bool(ga) and ga == gb


def owner(shown: str) -> str | None:
    """The registry lender a look-alike imitates, by the domain or name it is shown by."""
    from knowledge import registry

    for r in registry.lenders():
        if shown == r.name or any(c.type == "domain" and c.value == shown for c in r.contacts):
            return r.id
    return None
