"""The three table-driven lender checks that test_lender19 and test_lender22 share: each file keeps its own cases
(id, text, expected) and gets the same three tests for them."""
from __future__ import annotations

from typing import Any, Callable

import pytest


def lender_checks(named: list[tuple[str, str, str]], unregistered: list[tuple[str, str, str]],
                  not_a_lender: list[tuple[str, str]]) -> tuple[Callable[..., None], ...]:
    """Registry lender named (its id), an unregistered brand reported by name with no id, no lender at all."""

    @pytest.mark.parametrize(("text", "lid"), [c[1:] for c in named], ids=[c[0] for c in named])
    def test_registry_lender_named(analyzer: Any, text: str, lid: str) -> None:
        lender = analyzer.analyze(text).lender
        assert lender is not None and lender.id == lid, lender

    @pytest.mark.parametrize(("text", "name"), [c[1:] for c in unregistered], ids=[c[0] for c in unregistered])
    def test_unregistered_name_reported(analyzer: Any, text: str, name: str) -> None:
        lender = analyzer.analyze(text).lender
        assert lender is not None and lender.name == name and lender.id is None, lender

    @pytest.mark.parametrize("text", [c[1] for c in not_a_lender], ids=[c[0] for c in not_a_lender])
    def test_no_lender(analyzer: Any, text: str) -> None:
        assert analyzer.analyze(text).lender is None

    return test_registry_lender_named, test_unregistered_name_reported, test_no_lender
