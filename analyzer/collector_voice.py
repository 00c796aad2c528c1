"""scamthr47: a collector's own voice is an unlawful threat, not a scam.

Since round 38's move47 this is the entry "collector_voice" of one data-driven frame, analyzer/scam_yields.py and
knowledge/data/rules/zz_scam_yields.toml (with threat36's "pose" and money45's "voice" and "route"); this module keeps
the old names (`frame()`, `threat_count()`, `lender_named()`, `yields()`) for its callers.

The labels split on who speaks: a scam is not the real lender or collector and wants money, codes, installs or data
through a stranger's route; an unlawful threat is the collector itself pressing for the reader's own debt with
unlawful means. Some scam rules only say how a message is said or who seems to say it — a collection department
dressed into the signature, "借了钱就换手机号", "私信我", "你找了反催收也没用" (the entry's `rules`), and, when the
message names a lender of the directory, a court's or a law firm's signature or "还了就撤案" (`lender_rules`). When
they are the only serious scam findings (every rule merged into them too), the message is about the reader's own
debt, it carries an unlawful-threat finding, and nothing in it is a route to a stranger (a finding of a `route_kinds`
kind at any severity: a link, a fee, a personal account; or a legal `route_markers` marker: a personal number, a link
that is not the court's, an app, a reply menu), the collector is speaking: analyzer/verdict.decide lets the threat
decide. The scam findings stay in the report.

Read from the findings alone (what decide() sees): the text-level guards are the rules themselves — a call-back
number, a personal account, a QR code or a WeChat to add each have their own scam rule, outside the entry's rules.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from analyzer import scam_yields
from analyzer.report import Finding, LenderMatch
from analyzer.scam_yields import lender_named, threat_count

if TYPE_CHECKING:
    from analyzer.detectors.legal import LegalCheck

__all__ = ["Frame", "frame", "lender_named", "threat_count", "yields"]


@dataclass(frozen=True)
class Frame:
    voice_rules: frozenset[str]
    claim_rules: frozenset[str]
    route_kinds: frozenset[str]
    route_markers: frozenset[str]
    threat_min: int


def frame() -> Frame:
    e = scam_yields.entry("collector_voice")
    return Frame(e.own_rules, e.lender_rules, e.route_kinds, e.route_markers, e.threats_min)


def yields(findings: list[Finding], is_debt: bool, legal: LegalCheck | None, lender: LenderMatch | None) -> bool:
    """Whether the serious scam findings only say how the collector of the reader's own debt speaks (the entry
    "collector_voice" of analyzer/scam_yields.py holds)."""
    return scam_yields.holds(scam_yields.entry("collector_voice"), "", findings, is_debt, legal, lender)
