"""Merges the findings of one message: one finding per kind and stretch of text (dedupe), and the severity a
fragment takes in a message with no debt words (without_collection_frame). Moved out of analyzer/pipeline.py
unchanged (round 21; _dedupe is now dedupe)."""
from __future__ import annotations

from dataclasses import replace

from analyzer.report import Finding


def without_collection_frame(findings: list[Finding], without_debt: dict[str, str],
                             openers: frozenset[str] = frozenset()) -> list[Finding]:
    """Findings of a message with no debt words: a rule that declares `severity_without_debt` (a fragment
    friends, couriers and quarrels use too: 我在你楼下, 你这个骗子, 等着瞧) takes that severity, unless another
    finding whose frame is a collection threat or pressure on its own (派人去你公司, 全家死光, 将上门核实,
    已起诉) stands at medium or high and makes the message one from a collector. The `openers` (aggr34: rules whose
    collection step opened the debt gate, as pressure only) never frame a fragment as a threat."""
    framed = any(f.category in _COLLECTION_CATEGORIES and f.severity != "low" and f.rule_id not in without_debt
                 and f.rule_id not in openers for f in findings)
    if framed:
        return findings
    return [replace(f, severity=without_debt[f.rule_id]) if f.rule_id in without_debt else f for f in findings]


_COLLECTION_CATEGORIES = ("unlawful_threat", "pressure")


def dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per kind and stretch of text, ordered by position, then rule id.

    Findings of the same kind whose spans overlap or nest (transitively: 你是个老赖 / 是个老赖 / 老赖) are one
    statement said once: the most severe is kept, and among equally severe ones the widest (then the earliest,
    then the smallest rule id). The kept finding keeps its own span, excerpt and explanation; the rule ids of the
    others go to its `merged_rule_ids`. Empty spans (a finding about the received time) never overlap anything;
    two on the same place are one."""
    rank = {"high": 0, "medium": 1, "low": 2}
    out: list[Finding] = []
    by_kind: dict[str, list[Finding]] = {}
    for f in findings:
        by_kind.setdefault(f.kind, []).append(f)
    for group in by_kind.values():
        group.sort(key=lambda f: (f.start, f.end, f.rule_id))
        empty: dict[tuple[int, int], list[Finding]] = {}
        clusters: list[list[Finding]] = []
        reach = -1
        for f in group:
            if f.start >= f.end:
                empty.setdefault((f.start, f.end), []).append(f)
            elif clusters and f.start < reach:
                clusters[-1].append(f)
                reach = max(reach, f.end)
            else:
                clusters.append([f])
                reach = f.end
        for cluster in clusters + list(empty.values()):
            best = min(cluster, key=lambda f: (rank[f.severity], -(f.end - f.start), f.start, f.rule_id))
            merged = tuple(sorted({f.rule_id for f in cluster} - {best.rule_id}))
            out.append(replace(best, merged_rule_ids=merged) if merged else best)
    return sorted(out, key=lambda f: (f.start, f.end, f.rule_id))
