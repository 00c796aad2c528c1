"""scamthr47: a collector's own voice is an unlawful threat, not a scam.

The labels split on who speaks: a scam is not the real lender or collector and wants money, codes, installs or data
through a stranger's route; an unlawful threat is the collector itself pressing for the reader's own debt with
unlawful means. Some scam rules only say how a message is said or who seems to say it — a collection department
dressed into the signature, "借了钱就换手机号", "私信我", "你找了反催收也没用" (`voice_rules` in
knowledge/data/rules/zz_scamthr47.toml), and, when the message names a lender of the directory, a court's or a law
firm's signature or "还了就撤案" (`claim_rules`). When they are the only serious scam findings,
the message is about the reader's own debt, it carries an unlawful-threat finding, and nothing in it is a route to a
stranger (a finding of a `route_kinds` kind at any severity: a link, a fee, a personal account; or a legal
`route_markers` marker: a personal number, a link that is not the court's, an app, a reply menu), the collector is
speaking: analyzer/verdict.decide lets the threat decide. The scam findings stay in the report.

Read from the findings alone (what decide() sees): the text-level guards are the rules themselves — a call-back
number, a personal account, a QR code or a WeChat to add each have their own scam rule, outside `voice_rules`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from analyzer.report import Finding, LenderMatch
from knowledge import derived_cache

if TYPE_CHECKING:
    from analyzer.detectors.legal import LegalCheck

DATA = Path(__file__).resolve().parent.parent / "knowledge" / "data" / "rules" / "zz_scamthr47.toml"
_SERIOUS = ("high", "medium")


@dataclass(frozen=True)
class Frame:
    voice_rules: frozenset[str]
    claim_rules: frozenset[str]
    route_kinds: frozenset[str]
    route_markers: frozenset[str]
    threat_min: int


@lru_cache(maxsize=1)
def frame() -> Frame:
    table = derived_cache.loads_toml(DATA.read_text(encoding="utf-8"))["collector_voice"]
    return Frame(frozenset(table["voice_rules"]), frozenset(table["claim_rules"]), frozenset(table["route_kinds"]),
                 frozenset(table["route_markers"]), int(table["threat_min"]))


def threat_count(findings: list[Finding]) -> int:
    """The serious threat findings, counted as analyzer/verdict.decide counts them."""
    return sum((f.category == "unlawful_threat" and f.severity in _SERIOUS)
               or (f.kind == "doorstep_visit_threat" and f.severity == "high") for f in findings)


def lender_named(lender: LenderMatch | None) -> bool:
    """The message names a lender of the directory (a bank, a consumer-finance company, a platform, an agency)."""
    return lender is not None and lender.in_registry and lender.id is not None and lender.kind != "unknown"


def yields(findings: list[Finding], is_debt: bool, legal: LegalCheck | None, lender: LenderMatch | None) -> bool:
    """Whether the serious scam findings only say how the collector of the reader's own debt speaks: every one (and
    every rule merged into it) is a voice rule, or a claim rule when a lender is named; the message is about the
    reader's debt, has enough threat findings, and gives no route to a stranger."""
    if not is_debt:
        return False
    fr = frame()
    allowed = fr.voice_rules | fr.claim_rules if lender_named(lender) else fr.voice_rules
    scam = [f for f in findings if f.category == "scam" and f.severity in _SERIOUS]
    if not scam or any(rule not in allowed for f in scam for rule in f.rule_ids):
        return False
    if threat_count(findings) < fr.threat_min:
        return False
    if any(f.kind in fr.route_kinds for f in findings):
        return False
    return legal is None or not (set(legal.markers) & fr.route_markers)
