"""move46, move47: one frame, "a scam finding yields to a threat when the collector itself speaks and demands", read
from knowledge/data/rules/zz_scam_yields.toml (round 36's threat36, round 37's money45 and round 38's scamthr47 were
three hand-written modules, analyzer/pose_demand.py, analyzer/collector_demand.py and analyzer/collector_voice.py;
all three now only call this one).

The labels split on who speaks: a scam is not the real lender or collector; an unlawful threat is collection with an
unlawful element (a fake court step, exposure, violence, default called a crime). When every serious scam finding of
a message comes from rules that only say who seems to speak or where the money goes (an entry's `rules`, its
`includes`, the rules whose field `marked` is true: threat36's `pose_only`, the claimed identity alone; and its
`lender_rules` when the message names a lender of the directory), the message is about the reader's own debt (`own`:
its words; `debt`: the pipeline's judgement), gives no route to a stranger (`stranger`: links, codes, apps, fees,
safe accounts, someone else's debt; `route_kinds`: a finding of such a kind at any severity; `route_markers`: such a
marker of the legal check) and carries at least `threats_min` serious unlawful-threat findings (`doorstep`: also a
high doorstep intimidation, as decide() counts threats), the collector is pressing for its own debt with unlawful
means. analyzer/verdict.decide then lets the threat decide the verdict (it still needs one threat finding) and adds
the first such entry's `note` to the summary; the scam findings stay in the report with their explanations.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
import re
from typing import TYPE_CHECKING

from analyzer.lexicon import load as load_lexicon
from analyzer.report import Finding, LenderMatch
from knowledge import derived_cache, registry

if TYPE_CHECKING:
    from analyzer.detectors.legal import LegalCheck

DATA = Path(__file__).resolve().parent.parent / "knowledge" / "data" / "rules" / "zz_scam_yields.toml"
_SERIOUS = ("high", "medium")


@dataclass(frozen=True)
class Entry:
    name: str
    rules: frozenset[str]  # with the rules of its `includes` and the `marked` ones
    own_rules: frozenset[str]  # the entry's own `rules` list only
    threats_min: int
    own: re.Pattern[str] | None
    stranger: re.Pattern[str] | None
    note: str
    lender_rules: frozenset[str] = frozenset()  # count only when a lender of the directory is named
    merged: bool = False  # every rule merged into a finding must be allowed, not only its own
    debt: bool = False  # the pipeline found the reader's own debt
    doorstep: bool = False  # a high doorstep intimidation counts as a threat
    route_kinds: frozenset[str] = frozenset()  # a finding of these kinds, at any severity, is a stranger's route
    route_markers: frozenset[str] = frozenset()  # so is one of these markers of the legal check


def table() -> list[dict]:
    """The data file's entries, as written."""
    return derived_cache.loads_toml(DATA.read_text(encoding="utf-8"))["scam_yields"]


def _pattern(lexicon, name: str | None) -> re.Pattern[str] | None:
    return None if name is None else derived_cache.compile(lexicon.expand("{" + name + "}"))


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    lexicon = load_lexicon()
    out: dict[str, Entry] = {}
    for row in table():
        rules = frozenset(row.get("rules", ()))
        every = set(rules)
        for name in row.get("includes", ()):
            every |= out[name].rules
        if row.get("marked"):
            every |= {r.id for r in registry.rules() if getattr(r, row["marked"])}
        out[row["name"]] = Entry(row["name"], frozenset(every), rules, int(row["threats_min"]),
                                 _pattern(lexicon, row.get("own")), _pattern(lexicon, row.get("stranger")),
                                 row["note"], frozenset(row.get("lender_rules", ())), bool(row.get("merged")),
                                 bool(row.get("debt")), bool(row.get("doorstep")),
                                 frozenset(row.get("route_kinds", ())), frozenset(row.get("route_markers", ())))
    return tuple(out.values())


def entry(name: str) -> Entry:
    return next(e for e in entries() if e.name == name)


def lender_named(lender: LenderMatch | None) -> bool:
    """The message names a lender of the directory (a bank, a consumer-finance company, a platform, an agency)."""
    return lender is not None and lender.in_registry and lender.id is not None and lender.kind != "unknown"


def threat_count(findings: list[Finding], doorstep: bool = True) -> int:
    """The serious threat findings; with `doorstep`, counted as analyzer/verdict.decide counts them."""
    return sum((f.category == "unlawful_threat" and f.severity in _SERIOUS)
               or (doorstep and f.kind == "doorstep_visit_threat" and f.severity == "high") for f in findings)


def holds(e: Entry, f: str, findings: list[Finding], is_debt: bool = False, legal: LegalCheck | None = None,
          lender: LenderMatch | None = None) -> bool:
    """Whether entry `e` lets the serious scam findings of a message whose folded text is `f` give way (is_debt,
    legal, lender: what analyzer/verdict.decide is given, read by the entries that ask for them)."""
    if e.debt and not is_debt:
        return False
    allowed = e.rules | e.lender_rules if e.lender_rules and lender_named(lender) else e.rules
    scam = [x for x in findings if x.category == "scam" and x.severity in _SERIOUS]
    if not scam or any(rule not in allowed for x in scam for rule in (x.rule_ids if e.merged else (x.rule_id,))):
        return False
    if e.threats_min and threat_count(findings, e.doorstep) < e.threats_min:
        return False
    if e.route_kinds and any(x.kind in e.route_kinds for x in findings):
        return False
    if e.route_markers and legal is not None and set(legal.markers) & e.route_markers:
        return False
    return (e.own is None or e.own.search(f) is not None) and (e.stranger is None or e.stranger.search(f) is None)


def which(f: str, findings: list[Finding], is_debt: bool = False, legal: LegalCheck | None = None,
          lender: LenderMatch | None = None) -> Entry | None:
    """The first entry under which the scam findings give way to the threat findings, or None (the hook: the
    pipeline passes it to analyzer/verdict.decide, with the same is_debt, legal check and lender)."""
    if not any(x.category == "scam" and x.severity in _SERIOUS for x in findings):
        return None
    return next((e for e in entries() if holds(e, f, findings, is_debt, legal, lender)), None)


def note(name: str) -> str:
    """The summary note of the entry called `name` (read without compiling its word classes)."""
    return next(row["note"] for row in table() if row["name"] == name)
