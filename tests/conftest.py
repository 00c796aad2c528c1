"""Shared fixtures. The analyzer is built once per session (it compiles the rules and
lender index); per-area fixtures live in the test modules that need them."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def analyzer():
    from analyzer import get_analyzer

    return get_analyzer()
