"""CSV cells a spreadsheet would run as formulas (CSV injection): the one neutralising function
for every CSV the project writes (the batch CSV in analyzer/batch/output.py, the case export
in webapp/cases/export.py), so the two cannot drift apart."""
from __future__ import annotations

from typing import Any

# Excel, LibreOffice and Google Sheets run a cell starting with one of these as a formula
# (=HYPERLINK(...) from an imported sender field); tab and CR are the OWASP additions.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: Any) -> Any:
    """A text cell starting a formula gets a leading apostrophe (kept as text, as OWASP advises);
    anything else, numbers included, is returned unchanged."""
    if isinstance(cell, str) and cell.startswith(FORMULA_START):
        return "'" + cell
    return cell
