"""Case mode for legal-aid volunteers: import a phone's messages in bulk, see the
pattern, save a redacted case on request, export evidence.

Modules: model (value types), importers (text/CSV/JSONL/XML), analysis (runs the
analyzer over a batch), summary (pure aggregation), redact, store (SQLite via
sqlite-utils), letters and export (HTML/CSV/JSON), views (Flask blueprint), cli.
Nothing here imports flask at module level except views.
"""
from __future__ import annotations

from webapp.cases.model import Case, CaseMessage, ImportIssue, ImportResult, RawMessage

__all__ = ["Case", "CaseMessage", "ImportIssue", "ImportResult", "RawMessage"]
