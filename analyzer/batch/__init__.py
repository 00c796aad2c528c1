"""Many messages at once: records in, one result per record out, in input order, on every core.

    from analyzer.batch import Record, run
    for text in run([Record(id="1", text="…")], workers=2):
        ...

`analyze_file` reads JSON Lines, CSV or an SMS Backup & Restore XML as a stream and writes
JSON Lines or CSV; `analyzer.batch.distributed.analyze_partitioned` runs the same map on a Dask
cluster (the `.[dask]` extra). Pure Python, no Flask.
"""
from __future__ import annotations

from analyzer.batch.engine import Tally, run
from analyzer.batch.files import analyze_file
from analyzer.batch.output import result, without_text
from analyzer.batch.readers import FORMATS, read_records
from analyzer.batch.records import BatchInputError, Record

__all__ = ["Record", "Tally", "BatchInputError", "FORMATS", "run", "result", "without_text", "analyze_file",
           "read_records"]
