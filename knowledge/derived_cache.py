"""Compiled regular expressions and parsed data kept between processes, as Python keeps compiled
modules in __pycache__.

A cold `cuishou analyze` spent about two thirds of its 2.8 s parsing and generating code for
regular expressions: about 3,000 expanded rule patterns parsed for their prefilter gates, 5,000
rule sources parsed to validate the data, some 700 module patterns compiled at import and the
literal-first rewrites. What re.compile produces is a pure function of the source, the flags and
the Python build, and the gates and rewrites are pure functions of the source and of the module
that computes them; the data's TOML (~0.25 s to parse) is a pure function of its text. So they are
kept in one derived file and rebuilt whenever a lookup misses:

- content-addressed: an entry's key is a digest of its full source (and flags, or the namespace
  and `stamp` of a `memo`; a TOML file's full text), so a changed rule or lexicon class is a
  different key and is compiled afresh: nothing is served for a source that is not exactly the one
  it was built from;
- `memo` stamps are the hash of the module computing the values (`source_hash`): editing
  analyzer/prefilter.py or analyzer/firstchar.py makes every old value unreachable;
- the file is stamped with the Python version, the regex engine's MAGIC and code size and this
  module's own hash (any mismatch discards it); its index carries a crc32, and so does every entry,
  read from the mapped file only when asked for (a damaged entry is recomputed). A full file holds
  about 30 MB (every pattern a warmed server compiles); a cold `cuishou analyze` reads ~2 MB of it.

Where: $CUISHOU_CACHE_DIR, else $XDG_CACHE_HOME/cuishou-checker (~/.cache/cuishou-checker). An
empty CUISHOU_CACHE_DIR turns the file off (everything is then computed as before). The file is
only an accelerator: an unreadable or unwritable one is ignored. tests/test_derived_cache.py
recomputes every entry and fails on any that differs from what the code builds now.
"""
from __future__ import annotations

import atexit
import datetime as dt
import hashlib
import marshal
import mmap
import os
import re
import sys
import tempfile
import threading
import tomllib
import zlib
from array import array
from collections.abc import Callable
from pathlib import Path
from re import _compiler  # noqa: PLC2701 - the code generator re.compile uses, stable across 3.11-3.13
from re import _parser  # noqa: PLC2701
from typing import Any

import _sre  # noqa: PLC2701 - builds the pattern object exactly as re._compiler.compile does

FILE_NAME = "derived-cache.bin"
_MAGIC = b"cuishou-derived-cache 1\n"
# The array type whose items are the regex engine's code words.
_TYPECODE = next(t for t in "ILQ" if array(t).itemsize == _sre.CODESIZE)
# Past this size the file is rewritten with only what the writing process used (edited rules and
# changed modules leave entries nobody asks for again).
MAX_BYTES = 96 << 20

_lock = threading.RLock()
# The file as read: (index: key -> (offset, length, crc32) from `base`, the mapped file, base); one
# tuple, so that a thread reading it while save() replaces it sees one file or the other.
_file: tuple[dict[bytes, tuple[int, int, int]], mmap.mmap | None, int] | None = None
_fresh: dict[bytes, bytes] = {}  # entries computed by this process (marshalled)
_used: set[bytes] = set()
_values: dict[bytes, Any] = {}  # memo values already read, by key
_registered = False


def source_hash(*paths: str | Path) -> str:
    """A stamp for `memo`: the sha256 of the given source files (the modules computing the values)."""
    h = hashlib.sha256()
    for path in paths:
        h.update(Path(path).read_bytes())
    return h.hexdigest()


_STAMP = repr((sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE, source_hash(__file__)))


def cache_dir() -> Path | None:
    """Where the file lives, or None when it is turned off (CUISHOU_CACHE_DIR set but empty)."""
    own = os.environ.get("CUISHOU_CACHE_DIR")
    if own is not None:
        return Path(own) if own else None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "cuishou-checker"


def cache_file() -> Path | None:
    found = cache_dir()
    return found / FILE_NAME if found is not None else None


def _key(*parts: str) -> bytes:
    return hashlib.blake2b("\0".join(parts).encode("utf-8", "surrogatepass"), digest_size=20).digest()


def _load() -> tuple[dict[bytes, tuple[int, int, int]], mmap.mmap | None, int]:
    """File: magic, stamp, and the index's length and crc32 (one line each), the index (marshal), then
    the entries (marshal each)."""
    empty: tuple[dict[bytes, tuple[int, int, int]], None, int] = ({}, None, 0)
    path = cache_file()
    if path is None:
        return empty
    try:
        with open(path, "rb") as f:
            mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # missing, unreadable or empty
        return empty
    try:
        magic_end = len(_MAGIC)
        stamp_end = mapped.find(b"\n", magic_end)
        size_end = mapped.find(b"\n", stamp_end + 1)
        if mapped[:magic_end] != _MAGIC or mapped[magic_end:stamp_end].decode() != _STAMP:
            return empty
        size, crc = map(int, mapped[stamp_end + 1:size_end].split())
        header = mapped[size_end + 1:size_end + 1 + size]
        if len(header) != size or zlib.crc32(header) != crc:
            return empty
        index = marshal.loads(header)
    except Exception:  # noqa: BLE001 - a damaged or foreign file is no cache
        return empty
    return index, mapped, size_end + 1 + size


def _read_file() -> tuple[dict[bytes, tuple[int, int, int]], mmap.mmap | None, int]:
    global _file
    found = _file
    if found is None:
        with _lock:
            if _file is None:
                _file = _load()
            found = _file
    return found


def _entries() -> dict[bytes, tuple[int, int, int]]:
    return _read_file()[0]


def _read(key: bytes) -> bytes | None:
    """The marshalled entry, or None when it is not kept or its bytes are damaged."""
    found = _fresh.get(key)
    if found is not None:
        return found
    index, mapped, base = _read_file()
    where = index.get(key)
    if where is None or mapped is None:
        return None
    offset, length, crc = where
    start = base + offset
    blob = mapped[start:start + length]
    return blob if len(blob) == length and zlib.crc32(blob) == crc else None


def _lookup(key: bytes) -> tuple[bool, Any]:
    blob = _read(key)
    if blob is None:
        return False, None
    try:
        value = marshal.loads(blob)
    except Exception:  # noqa: BLE001 - damaged: recomputed
        return False, None
    _used.add(key)
    return True, value


def _store(key: bytes, value: Any) -> None:
    global _registered
    blob = marshal.dumps(value)
    with _lock:
        _fresh[key] = blob
        _used.add(key)
        if not _registered:
            _registered = True
            atexit.register(save)


def compile(source: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - stands in for re.compile
    """re.compile(source, flags): the same pattern object, its code taken from the file when the
    file holds this exact source and flags."""
    flags = int(flags)
    key = _key("re", str(flags), source)
    hit, found = _lookup(key)
    if not hit:
        parsed = _parser.parse(source, flags)
        # Kept as bytes: a list of ints marshals to several times the size.
        code = array(_TYPECODE, _compiler._code(parsed, flags)).tobytes()
        found = (flags | parsed.state.flags, parsed.state.groups, dict(parsed.state.groupdict), code)
        _store(key, found)
    final, groups, groupindex, code = found
    indexgroup: list[str | None] = [None] * groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    words = array(_TYPECODE)
    words.frombytes(code)
    return _sre.compile(source, final, words.tolist(), groups - 1, groupindex, tuple(indexgroup))


def check(source: str) -> None:
    """Raise re.error where re.compile(source) would. A source this Python already compiled or
    checked is known good; otherwise it is parsed (a look-behind's width is only checked by the code
    generator, so a pattern with one is compiled)."""
    key = _key("valid", source)
    if key in _fresh or key in _entries() or _key("re", "0", source) in _entries():
        return
    if "(?<" in source:
        compile(source)
    else:
        _parser.parse(source)
    _store(key, None)


def memo(namespace: str, stamp: str, source: str, compute: Callable[[str], Any], keep: bool = True) -> Any:
    """compute(source), kept in the file under `namespace` and `stamp` (source_hash of the module that
    computes it). Values must be marshal-able (str, int, tuple, list, dict, frozenset...). `keep`: also
    kept in memory for the next call (not for values asked for once, such as a data file's)."""
    key = _key(namespace, stamp, source)
    try:
        return _values[key]
    except KeyError:
        pass
    hit, value = _lookup(key)
    if not hit:
        value = compute(source)
        _store(key, value)
    if keep:
        _values[key] = value
    return value


def loads_toml(text: str) -> dict[str, Any]:
    """tomllib.loads(text) (a new dict each call; a TOMLDecodeError as tomllib raises it), kept by the
    text's digest. Dates and times are kept as tagged tuples, which TOML itself never produces."""
    return _untagged(memo("tomllib.loads", "1", text, _tagged_loads, keep=False))


_TIME_TYPES: dict[str, Callable[[str], Any]] = {
    "datetime": dt.datetime.fromisoformat, "date": dt.date.fromisoformat, "time": dt.time.fromisoformat}


def _tagged_loads(text: str) -> Any:
    return _tagged(tomllib.loads(text))


def _tagged(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _tagged(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_tagged(v) for v in value]
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        kind = "datetime" if isinstance(value, dt.datetime) else "date" if isinstance(value, dt.date) else "time"
        return (kind, value.isoformat())
    return value


def _untagged(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _untagged(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_untagged(v) for v in value]
    if isinstance(value, tuple):
        return _TIME_TYPES[value[0]](value[1])
    return value


def save() -> None:
    """Write the file if something was added (atomically: a reader sees the old file or the new one)."""
    path = cache_file()
    if not _fresh or path is None:
        return
    with _lock:
        old = _entries()
        keys = list(old) + [k for k in _fresh if k not in old]
        if sum(old[k][1] for k in old) + sum(map(len, _fresh.values())) > MAX_BYTES:
            keys = [k for k in keys if k in _used]
        index: dict[bytes, tuple[int, int, int]] = {}
        region: list[bytes] = []
        offset = 0
        for key in keys:
            blob = _read(key)
            if blob is None:
                continue
            index[key] = (offset, len(blob), zlib.crc32(blob))
            region.append(blob)
            offset += len(blob)
        header = marshal.dumps(index)
        _fresh.clear()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".derived-cache-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(_MAGIC + _STAMP.encode() + b"\n" + f"{len(header)} {zlib.crc32(header)}\n".encode())
                out.write(header)
                out.writelines(region)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return  # a read-only home or a full disk: the next process computes again
    with _lock:  # this process now reads the new file (its entries were copied into it)
        _reset()


def _reset() -> None:
    global _file
    _file = None  # the old mapping is closed when nothing refers to it
    _fresh.clear()


def clear_memory() -> None:
    """Forget what was read or computed (tests: the next use reads the file again)."""
    with _lock:
        _reset()
        _used.clear()
        _values.clear()
