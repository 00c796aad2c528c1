"""The batch map on a Dask cluster, for when one machine is not enough (`.[dask]` extra).

From a notebook::

    from distributed import Client
    from analyzer.batch.distributed import analyze_partitioned

    with Client("tls://scheduler.example.org:8786", security=Security(...)) as client:
        tally = analyze_partitioned("s3://bucket/sms/*.jsonl", "s3://bucket/reports/", client=client)

Input: one path, a glob or a list of them, local or any fsspec URL (s3://, gcs://, memory://).
A JSON Lines file is cut into blocks of `blocksize` bytes on line boundaries, one partition
each (a cheap first pass counts lines per block so every result keeps its file line number);
a CSV or XML file is one partition (a quoted CSV field may hold a newline, and XML has one
root). Output: `target` is a directory; partition i is written by its worker to
`part-00000i.jsonl` (or `.csv`, each with its header), so reading the parts in name order
gives the results in input order, equal to `cuishou batch` on one machine. Each worker builds
the analyzer once (the first task it runs) and keeps it; message text travels to the workers
and back, so use your own cluster and `tls://` with certificates (`connect`).
"""
from __future__ import annotations

import io
from contextlib import AbstractContextManager
from typing import Any, Iterable

from analyzer.batch.engine import CHUNK_SIZE, Tally, render_chunk
from analyzer.batch.output import csv_header
from analyzer.batch.readers import FORMATS, read_jsonl, read_records
from analyzer.case.importers import detect_format
from analyzer.batch.records import BatchInputError, Record

DEFAULT_BLOCKSIZE = 64 * 1024 * 1024
# dask and fsspec come with the optional `.[dask]` extra, so they are imported where used:
# this module imports (and the CLI can say what to install) without them.


def connect(address: str, security: Any = None, timeout: str = "30s") -> AbstractContextManager[Any]:
    """A distributed.Client for `address`. For `tls://…` the certificates come from `security`
    (a distributed.security.Security) or else from Dask's configuration, e.g. the environment
    variables DASK_DISTRIBUTED__COMM__TLS__CA_FILE, …__CLIENT__CERT and …__CLIENT__KEY."""
    from distributed import Client
    from distributed.security import Security

    if address.startswith("tls://") and security is None:
        security = Security()
        if not security.tls_ca_file:
            raise BatchInputError("tls:// 地址需要证书：请设置 DASK_DISTRIBUTED__COMM__TLS__CA_FILE、"
                                  "DASK_DISTRIBUTED__COMM__TLS__CLIENT__CERT 和 …__CLIENT__KEY（见 README）。")
    return Client(address, security=security, timeout=timeout)


def _count_lines(url: str, offset: int, length: int, storage_options: dict[str, Any]) -> int:
    import fsspec
    from fsspec.utils import read_block

    with fsspec.open(url, "rb", **storage_options) as f:
        block = read_block(f, offset, length, delimiter=b"\n")
    return block.count(b"\n") + (1 if block and not block.endswith(b"\n") else 0)


def _write(records: Iterable[Record], target: str, fmt: str, include_text: bool,
           storage_options: dict[str, Any]) -> tuple[int, dict[str, int]]:
    import fsspec

    tally = Tally()
    with fsspec.open(target, "wb", **storage_options) as out:
        if fmt == "csv":
            out.write(csv_header(include_text).encode("utf-8"))
        chunk: list[Record] = []
        for record in records:
            chunk.append(record)
            if len(chunk) >= CHUNK_SIZE:
                _flush(chunk, out, fmt, include_text, tally)
        _flush(chunk, out, fmt, include_text, tally)
    return tally.messages, tally.by_code


def _flush(chunk: list[Record], out: Any, fmt: str, include_text: bool, tally: Tally) -> None:
    if not chunk:
        return
    text, n, errors = render_chunk(chunk, fmt, include_text)
    out.write(text.encode("utf-8"))
    tally.messages += n
    for code, k in errors.items():
        tally.by_code[code] = tally.by_code.get(code, 0) + k
    chunk.clear()


def _jsonl_part(url: str, offset: int, length: int, first_line: int, target: str, fmt: str, include_text: bool,
                storage_options: dict[str, Any]) -> tuple[int, dict[str, int]]:
    import fsspec
    from fsspec.utils import read_block

    with fsspec.open(url, "rb", **storage_options) as f:
        block = read_block(f, offset, length, delimiter=b"\n")
    return _write(read_jsonl(io.BytesIO(block), first_line), target, fmt, include_text, storage_options)


def _file_part(url: str, input_format: str, target: str, fmt: str, include_text: bool,
               storage_options: dict[str, Any]) -> tuple[int, dict[str, int]]:
    import fsspec

    with fsspec.open(url, "rb", **storage_options) as f:
        return _write(read_records(f, input_format), target, fmt, include_text, storage_options)


def analyze_partitioned(source: str | list[str], target: str, *, input_format: str = "auto", fmt: str = "jsonl",
                        include_text: bool = True, client: Any = None, blocksize: int = DEFAULT_BLOCKSIZE,
                        storage_options: dict[str, Any] | None = None, timeout: float | None = None) -> Tally:
    """Analyse every message in `source` on Dask and write partitioned output under `target`.

    `client` is a distributed.Client; without one Dask's current scheduler runs the tasks
    (threads in this process, or the default client if one is set). `timeout` (seconds) bounds
    each of the two passes on a client. Returns the tally.
    """
    import fsspec
    from dask import delayed

    if fmt not in ("jsonl", "csv"):
        raise BatchInputError(f"不支持的输出格式：{fmt}")
    if input_format not in ("auto",) + FORMATS:
        raise BatchInputError(f"不支持的格式：{input_format}")
    opts = dict(storage_options or {})
    fs, _, paths = fsspec.core.get_fs_token_paths(source, storage_options=opts)
    if not paths:
        raise BatchInputError(f"找不到输入：{source}")
    out_fs, out_root = fsspec.core.url_to_fs(target, **opts)
    out_fs.makedirs(out_root, exist_ok=True)
    base = target.rstrip("/")
    parts: list[tuple[str, int, int] | tuple[str, str]] = []
    for path in sorted(paths):
        url = fs.unstrip_protocol(path)
        kind = input_format
        if kind == "auto":
            with fs.open(path, "rb") as f:
                kind = detect_format(f.read(4096), path)
        if kind not in FORMATS:
            raise BatchInputError(f"不支持的格式：{kind}")
        if kind == "jsonl":
            size = fs.size(path)
            parts += [(url, offset, min(blocksize, size - offset)) for offset in range(0, max(size, 1), blocksize)]
        else:
            parts.append((url, kind))
    # First pass: lines per JSON Lines block, so each block knows its first line number.
    counts = _compute(client, timeout, [delayed(_count_lines)(*p, opts) if len(p) == 3 else None for p in parts])
    tasks = []
    line = {}
    ext = "csv" if fmt == "csv" else "jsonl"
    for i, (part, count) in enumerate(zip(parts, counts)):
        name = f"{base}/part-{i:06d}.{ext}"
        if len(part) == 3:
            url, offset, length = part
            first = line.get(url, 1)
            line[url] = first + count
            tasks.append(delayed(_jsonl_part)(url, offset, length, first, name, fmt, include_text, opts))
        else:
            tasks.append(delayed(_file_part)(part[0], part[1], name, fmt, include_text, opts))
    tally = Tally()
    for n, by_code in _compute(client, timeout, tasks):
        tally.messages += n
        for code, k in by_code.items():
            tally.errors += k
            tally.by_code[code] = tally.by_code.get(code, 0) + k
    return tally


def _compute(client: Any, timeout: float | None, tasks: list[Any]) -> list[Any]:
    real = [t for t in tasks if t is not None]
    if client is not None:
        from distributed import wait

        futures = client.compute(real)
        wait(futures, timeout=timeout)
        done = iter(client.gather(futures))
    else:
        import dask

        done = iter(dask.compute(*real))
    return [next(done) if t is not None else 0 for t in tasks]
