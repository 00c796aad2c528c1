"""Errors raised while loading curated data."""
from __future__ import annotations


class DataError(ValueError):
    """A data file in knowledge/data is invalid; the message names the file and field."""

    def __init__(self, file: str, field: str, message: str) -> None:
        self.file = file
        self.field = field
        self.problem = message
        super().__init__(f"{file}: {field}: {message}")
