"""Shared checks for the integrator-fix tests (test_fix38, test_fix57, test_fix59, test_fix60): one own example message
analysed against what its report must and must not show, and the real HTTP requests to the app (the JSON API and the
result page) behind the conftest ``live_server`` fixture. Each file keeps its own messages and expectations; only the
checking lives here."""
from __future__ import annotations

import json
import urllib.parse
import urllib.request
from collections.abc import Iterable
from typing import Any

from analyzer import Report, analyze


def rule_ids(report: Report, *, merged: bool = True) -> set[str]:
    """The rule ids of a report's findings; with ``merged``, also the ids merged into them."""
    ids = {f.rule_id for f in report.findings}
    if merged:
        ids |= {r for f in report.findings for r in f.merged_rule_ids}
    return ids


def kinds(report: Report) -> set[str]:
    return {f.kind for f in report.findings}


def check_message(text: str, *, label: str | None = None, not_label: str | None = None,
                  kinds_in: Iterable[str] = (), kinds_out: Iterable[str] = (),
                  rules_in: Iterable[str] = (), rules_out: Iterable[str] = (),
                  rules_any: Iterable[str] = (), merged: bool = True) -> Report:
    """Analyse ``text`` and assert each expectation given: the verdict is ``label`` (or is not ``not_label``); every kind
    in ``kinds_in`` and no kind in ``kinds_out`` is found; every rule id in ``rules_in``, none in ``rules_out`` and at
    least one of ``rules_any`` (when given) fires (``merged``: ids merged into a finding count). Returns the report for
    the caller's own further checks."""
    report = analyze(text)
    found_kinds, found_rules = kinds(report), rule_ids(report, merged=merged)
    seen = [(f.rule_id, f.excerpt) for f in report.findings]
    if label is not None:
        assert report.verdict.label == label, (text, seen)
    if not_label is not None:
        assert report.verdict.label != not_label, (text, seen)
    for kind in kinds_in:
        assert kind in found_kinds, (kind, text, seen)
    for kind in kinds_out:
        assert kind not in found_kinds, (kind, text, seen)
    for rule in rules_in:
        assert rule in found_rules, (rule, text, seen)
    for rule in rules_out:
        assert rule not in found_rules, (rule, text, seen)
    wanted = set(rules_any)
    if wanted:
        assert found_rules & wanted, (sorted(wanted), text, seen)
    return report


def post_analyze(base_url: str, text: str) -> dict[str, Any]:
    """One real JSON POST to /api/v1/analyze; the report as JSON."""
    data = json.dumps({"text": text}).encode("utf-8")
    request = urllib.request.Request(base_url + "/api/v1/analyze", data=data,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as r:  # noqa: S310 - our own test server
        return json.loads(r.read().decode("utf-8"))


def post_check_page(base_url: str, text: str) -> str:
    """One real form POST to /check; the result page's HTML."""
    data = urllib.parse.urlencode({"text": text}).encode()
    with urllib.request.urlopen(base_url + "/check", data=data, timeout=30) as r:  # noqa: S310 - our own test server
        return r.read().decode("utf-8")


def check_api_labels(base_url: str, cases: Iterable[tuple[str, str]]) -> dict[str, dict[str, Any]]:
    """POST each (text, label) case to the API and assert its verdict label; the reports by text, for further checks."""
    reports: dict[str, dict[str, Any]] = {}
    for text, label in cases:
        report = post_analyze(base_url, text)
        assert report["verdict"]["label"] == label, text
        reports[text] = report
    return reports
