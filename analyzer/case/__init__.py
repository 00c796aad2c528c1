"""A case for legal-aid volunteers, without Flask: import a phone's messages (importers),
analyse them as a batch (analysis), aggregate (summary) and redact before saving or export.

The case store (SQLite), exports, jobs and views stay in webapp/cases/: they are the web
app's persistence and presentation, not part of turning messages into a report.
"""
from __future__ import annotations

from analyzer.case.model import Case, CaseMessage, ImportIssue, ImportResult, RawMessage

__all__ = ["Case", "CaseMessage", "ImportIssue", "ImportResult", "RawMessage"]
