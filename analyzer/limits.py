"""Limits and the time zone every part of the analyzer shares, defined once."""
from __future__ import annotations

from datetime import timedelta, timezone

# One message: longer input is refused (API, page, CLI) or skipped on import.
MAX_TEXT_CHARS = 10_000
# China Standard Time (UTC+8): a time given without an offset is read as Beijing time.
BEIJING = timezone(timedelta(hours=8))
