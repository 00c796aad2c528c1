"""money45: a collector's own unlawful money demand is an unlawful threat, not a scam.

The labels split on who speaks: a scam is not the real lender or collector; an unlawful threat is collection with an
unlawful element (a fake court step, exposure, violence, default called a crime). When the message names the
reader's own debt, carries several unlawful-threat findings, and its only serious scam findings are rules that say
who seems to speak or where the money goes (a claimed court or law firm, a new number, a private chat, a personal
account, a call-back: `voice_rules` and `route_rules` in knowledge/data/rules/zz_money45.toml), it is a collector
pressing for its own debt with unlawful means. analyzer/verdict.decide then lets the threat decide the verdict; the
scam findings stay in the report with their explanations (do not pay a personal account).

Guards: no route to a stranger of {moneyff_stranger_route} (links, codes, apps, remote access, any 费 or 金,
safe/supervised accounts, refunds, paying for someone else), the reader's debt named ({thirtysix_own_debt}), and
at least `voice_min` (a rule about the speaker) or `route_min` (a claimed authority or a payee) serious threat
findings: a bare 【法院】欠款转入执行专户 stays a scam.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
import re

from analyzer.lexicon import load as load_lexicon
from analyzer.report import Finding
from knowledge import derived_cache

DATA = Path(__file__).resolve().parent.parent / "knowledge" / "data" / "rules" / "zz_money45.toml"
_SERIOUS = ("high", "medium")


@dataclass(frozen=True)
class Frame:
    voice_rules: frozenset[str]
    voice_min: int
    route_rules: frozenset[str]
    route_min: int
    own: re.Pattern[str]
    stranger: re.Pattern[str]


@lru_cache(maxsize=1)
def frame() -> Frame:
    table = derived_cache.loads_toml(DATA.read_text(encoding="utf-8"))["collector_demand"]
    lexicon = load_lexicon()
    return Frame(frozenset(table["voice_rules"]), int(table["voice_min"]),
                 frozenset(table["route_rules"]), int(table["route_min"]),
                 derived_cache.compile(lexicon.expand("{thirtysix_own_debt}")),
                 derived_cache.compile(lexicon.expand("{moneyff_stranger_route}")))


def yields(f: str, findings: list[Finding]) -> bool:
    """Whether the serious scam findings of a message whose folded text is `f` give way to its threat findings:
    they only say who speaks or where the money goes, the reader's own debt is named, enough threats are there, and
    no route to a stranger is given."""
    scam = {x.rule_id for x in findings if x.category == "scam" and x.severity in _SERIOUS}
    if not scam:
        return False
    threats = sum(x.category == "unlawful_threat" and x.severity in _SERIOUS for x in findings)
    fr = frame()
    if scam <= fr.voice_rules:
        enough = threats >= fr.voice_min
    elif scam <= fr.voice_rules | fr.route_rules:
        enough = threats >= fr.route_min
    else:
        return False
    return enough and fr.own.search(f) is not None and fr.stranger.search(f) is None
