"""money45: a collector's own unlawful money demand is an unlawful threat, not a scam.

Since round 38 (move46) this is the entries "voice" and "route" of one data-driven frame, analyzer/scam_yields.py and
knowledge/data/rules/zz_scam_yields.toml; this module keeps the old names (`frame()`, `yields()`) for its callers.
Scam findings that only say who speaks (`voice`, with at least 2 serious threat findings) or also where the money
goes (`route`: a claimed court or law firm, a personal account, a call-back; at least 3) give way to the threats when
the reader's own debt is named ({thirtysix_own_debt}) and no route to a stranger is given ({moneyff_stranger_route}
in knowledge/data/rules/zz_money45.toml): a bare 【法院】欠款转入执行专户 stays a scam.
"""
from __future__ import annotations

from dataclasses import dataclass
import re

from analyzer import scam_yields
from analyzer.report import Finding


@dataclass(frozen=True)
class Frame:
    voice_rules: frozenset[str]
    voice_min: int
    route_rules: frozenset[str]
    route_min: int
    own: re.Pattern[str]
    stranger: re.Pattern[str]


def frame() -> Frame:
    voice, route = scam_yields.entry("voice"), scam_yields.entry("route")
    return Frame(voice.own_rules, voice.threats_min, route.own_rules, route.threats_min, route.own, route.stranger)


def yields(f: str, findings: list[Finding]) -> bool:
    """Whether the serious scam findings of a message whose folded text is `f` give way to its threat findings under
    money45's entries: they only say who speaks or where the money goes, the reader's own debt is named, enough
    threats are there, and no route to a stranger is given."""
    return any(scam_yields.holds(scam_yields.entry(name), f, findings) for name in ("voice", "route"))
