"""Cluster mode (the `.[dask]` extra): a real distributed.LocalCluster with two worker
processes writes partitioned output whose parts, read in name order, equal the local run;
memory:// works through fsspec; tls:// without certificates is refused with a clear message."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
fsspec = pytest.importorskip("fsspec")

from analyzer.batch import analyze_file  # noqa: E402
from analyzer.batch.distributed import analyze_partitioned, connect  # noqa: E402
from analyzer.batch.records import BatchInputError  # noqa: E402

DATA = Path(__file__).parent / "data" / "messages.jsonl"


def source(tmp_path: Path) -> Path:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines[:8] + ["not json", ""] + lines[8:]) + "\n", encoding="utf-8")
    return path


def parts_text(directory: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(directory.iterdir()))


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                       timeout="60s")
    c = distributed.Client(cluster, timeout="60s")
    try:
        yield c
    finally:
        c.close(timeout=30)
        cluster.close(timeout=30)


def test_cluster_output_equals_local_run(tmp_path, client):
    src = source(tmp_path)
    for fmt in ("jsonl", "csv"):
        local = tmp_path / f"local.{fmt}"
        analyze_file(src, local, fmt=fmt, workers=1, progress=False)
        out = tmp_path / f"parts-{fmt}"
        tally = analyze_partitioned(str(src), str(out), fmt=fmt, client=client, blocksize=1024, timeout=120)
        names = sorted(p.name for p in out.iterdir())
        assert len(names) > 3 and names[0] == f"part-000000.{fmt}"
        if fmt == "jsonl":
            assert parts_text(out) == local.read_text(encoding="utf-8")
        else:  # every part starts with the header
            header = local.read_text(encoding="utf-8").splitlines(keepends=True)[0]
            body = "".join(p.read_text(encoding="utf-8").removeprefix(header) for p in sorted(out.iterdir()))
            assert header + body == local.read_text(encoding="utf-8")
        assert tally.messages == 21 and tally.errors == 1


def test_cli_with_a_scheduler_address(tmp_path, client):
    import subprocess
    import sys

    src = source(tmp_path)
    local = tmp_path / "local.jsonl"
    analyze_file(src, local, workers=1, progress=False)
    out = tmp_path / "cli-parts"
    proc = subprocess.run([sys.executable, "-m", "webapp", "batch", str(src), "-o", str(out), "-q",
                           "--dask-scheduler", client.scheduler.address], capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    assert "明文" not in proc.stderr.decode()  # a loopback scheduler: nothing leaves the machine
    assert parts_text(out) == local.read_text(encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "webapp", "batch", str(src), "--dask-scheduler",
                           client.scheduler.address], capture_output=True, timeout=120)
    assert proc.returncode == 2 and "-o" in proc.stderr.decode()


def test_memory_urls_and_no_text_without_a_cluster(tmp_path):
    src = source(tmp_path)
    local = tmp_path / "local.jsonl"
    analyze_file(src, local, include_text=False, workers=1, progress=False)
    with fsspec.open("memory://batch-test/in/a.jsonl", "wb") as f:
        f.write(src.read_bytes())
    try:
        with dask.config.set(scheduler="threads"):  # memory:// lives in this process only
            tally = analyze_partitioned("memory://batch-test/in/*.jsonl", "memory://batch-test/out",
                                        include_text=False, blocksize=2048)
        fs = fsspec.filesystem("memory")
        parts = sorted(fs.ls("/batch-test/out", detail=False))
        written = "".join(fs.cat(p).decode("utf-8") for p in parts)
        assert written == local.read_text(encoding="utf-8")
        assert tally.messages == len(written.splitlines())
        reports = [json.loads(line).get("report") for line in written.splitlines()]
        assert any(reports) and all("text" not in r for r in reports if r)
    finally:
        fsspec.filesystem("memory").rm("/batch-test", recursive=True)


def test_plain_tcp_to_another_machine_is_warned_about():
    from analyzer.batch.cli import _private

    assert not _private("tcp://10.0.0.5:8786") and not _private("10.0.0.5:8786")
    assert _private("tls://10.0.0.5:8786") and _private("tcp://127.0.0.1:8786") and _private("localhost:8786")


def test_tls_needs_certificates(monkeypatch):
    for var in ("DASK_DISTRIBUTED__COMM__TLS__CA_FILE",):
        monkeypatch.delenv(var, raising=False)
    with pytest.raises(BatchInputError, match="证书"):
        connect("tls://127.0.0.1:1")
