"""move46: one frame, "a scam finding yields to a threat when the collector itself speaks and demands", read from
knowledge/data/rules/zz_scam_yields.toml (round 36's threat36 and round 37's money45 were two hand-written modules,
analyzer/pose_demand.py and analyzer/collector_demand.py; both now only call this one).

The labels split on who speaks: a scam is not the real lender or collector; an unlawful threat is collection with an
unlawful element (a fake court step, exposure, violence, default called a crime). When every serious scam finding of
a message comes from rules that only say who seems to speak or where the money goes (an entry's `rules`, its
`includes`, and the rules whose field `marked` is true: threat36's `pose_only`, the claimed identity alone), the
message names the reader's own debt (`own`), gives no route to a stranger (`stranger`: links, codes, apps, fees,
safe accounts, someone else's debt) and carries at least `threats_min` serious unlawful-threat findings, the
collector is pressing for its own debt with unlawful means. analyzer/verdict.decide then lets the threat decide the
verdict (it still needs one threat finding) and adds the first such entry's `note` to the summary; the scam findings
stay in the report with their explanations.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
import re

from analyzer.lexicon import load as load_lexicon
from analyzer.report import Finding
from knowledge import derived_cache, registry

DATA = Path(__file__).resolve().parent.parent / "knowledge" / "data" / "rules" / "zz_scam_yields.toml"
_SERIOUS = ("high", "medium")


@dataclass(frozen=True)
class Entry:
    name: str
    rules: frozenset[str]  # with the rules of its `includes` and the `marked` ones
    own_rules: frozenset[str]  # the entry's own `rules` list only
    threats_min: int
    own: re.Pattern[str]
    stranger: re.Pattern[str]
    note: str


def table() -> list[dict]:
    """The data file's entries, as written."""
    return derived_cache.loads_toml(DATA.read_text(encoding="utf-8"))["scam_yields"]


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
                                 derived_cache.compile(lexicon.expand("{" + row["own"] + "}")),
                                 derived_cache.compile(lexicon.expand("{" + row["stranger"] + "}")),
                                 row["note"])
    return tuple(out.values())


def entry(name: str) -> Entry:
    return next(e for e in entries() if e.name == name)


def holds(e: Entry, f: str, findings: list[Finding]) -> bool:
    """Whether entry `e` lets the serious scam findings of a message whose folded text is `f` give way."""
    scam = {x.rule_id for x in findings if x.category == "scam" and x.severity in _SERIOUS}
    if not scam or not scam <= e.rules:
        return False
    if e.threats_min and sum(x.category == "unlawful_threat" and x.severity in _SERIOUS
                             for x in findings) < e.threats_min:
        return False
    return e.own.search(f) is not None and e.stranger.search(f) is None


def which(f: str, findings: list[Finding]) -> Entry | None:
    """The first entry under which the scam findings give way to the threat findings, or None (the hook: the
    pipeline passes it to analyzer/verdict.decide)."""
    if not any(x.category == "scam" and x.severity in _SERIOUS for x in findings):
        return None
    return next((e for e in entries() if holds(e, f, findings)), None)


def note(name: str) -> str:
    """The summary note of the entry called `name` (read without compiling its word classes)."""
    return next(row["note"] for row in table() if row["name"] == name)
