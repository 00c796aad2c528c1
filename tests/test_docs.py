"""Docs stay true: every finding kind, verdict and CLI command appears in README.md,
and CI runs the README's test command."""
from __future__ import annotations

import re
from pathlib import Path

from knowledge import registry

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_finding_kind_and_verdict_is_documented():
    for kind in registry.kinds():
        assert f"`{kind}`" in README, kind
    for label in registry.verdicts():
        assert f"`{label}`" in README, label


def test_every_cli_command_is_documented():
    from webapp.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name in sub.choices:
        assert re.search(rf"cuishou {re.escape(name)}\b", README), f"`cuishou {name}` is not in README.md"


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "sh scripts/test.sh" in README
    assert "scripts/test.sh" in ci
    assert "sh scripts/run.sh" in README
