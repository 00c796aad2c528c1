"""Pure analysis of one collection SMS: text in, report out. Never imports flask."""
from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from analyzer.report import SCHEMA_VERSION, Finding, InputError, Report

__all__ = ["analyze", "get_analyzer", "Report", "Finding", "InputError", "SCHEMA_VERSION"]


@lru_cache(maxsize=1)
def get_analyzer():
    """The process-wide Analyzer, built on first use (loads and compiles the data once)."""
    from analyzer.pipeline import Analyzer
    from knowledge import derived_cache

    analyzer = Analyzer()
    # The patterns compiled so far, kept for the next process (knowledge/derived_cache.py); what a message
    # compiles later is added when the process ends.
    derived_cache.save()
    return analyzer


def analyze(text: str, sender: str | None = None, received_at: str | datetime | None = None) -> Report:
    """Analyse one message. Raises InputError for a non-string or over 10,000 characters."""
    return get_analyzer().analyze(text, sender=sender, received_at=received_at)
