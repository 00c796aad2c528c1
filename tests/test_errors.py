"""One error code table: every code the app can answer with is in webapp.errors.CODES or raised
through ApiError/error_response, and each is documented in the README's table."""
from __future__ import annotations

import re
from pathlib import Path

from webapp.errors import CODES

ROOT = Path(__file__).resolve().parent.parent
_RAISED = re.compile(r"""(?:ApiError|error_response)\(\s*(?:\d{3}|exc\.status)\s*,\s*"([a-z_]+)\"""")


def _codes_in_source() -> set[str]:
    codes = set(CODES.values())
    for path in (ROOT / "webapp").rglob("*.py"):
        codes |= set(_RAISED.findall(path.read_text(encoding="utf-8")))
    for path in (ROOT / "analyzer" / "ocr").rglob("*.py"):  # ImageError carries its API code
        codes |= set(re.findall(r"ImageError\(\s*\d{3}\s*,\s*\"([a-z_]+)\"", path.read_text(encoding="utf-8")))
    return codes


def test_every_error_code_is_documented() -> None:
    codes = _codes_in_source()
    assert {"invalid_json", "body_too_large", "rate_limited", "bad_import", "invalid_input"} <= codes
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = sorted(c for c in codes if f"`{c}`" not in readme)
    assert missing == []


def test_no_second_code_for_the_same_status() -> None:
    """The names the two old tables used for 413 and 429 are gone for good."""
    codes = _codes_in_source()
    assert not {"too_large", "too_many_requests", "bad_json"} & codes
