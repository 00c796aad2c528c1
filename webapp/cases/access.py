"""Who may open saved cases (issue 14): the passphrase, server-side sessions, the one-time
setup token, the allowed Host names and the wrong-passphrase throttle.

Nothing here trusts the network position of a request. Saved cases always need the
passphrase; the first one is set from the CLI (`cuishou case passphrase`) or, while none
exists, on the machine itself with the one-time token `cuishou serve` prints. Sessions,
the token and the throttle live in the cases database (tables access_*), so they hold
across restarts and across worker processes; a browser holds only a random session id
(in the signed session cookie), whose SHA-256 is what the database keeps.
"""
from __future__ import annotations

import hashlib
import ipaddress
import math
import secrets
import sqlite3
import time
from dataclasses import dataclass
from typing import Any

DEFAULT_HOSTS = ("localhost", "127.0.0.1", "::1")
SESSION_IDLE_SECONDS = 30 * 60
SESSION_MAX_SECONDS = 12 * 3600
SETUP_TOKEN_SECONDS = 24 * 3600
# Wrong passphrases: this many are free per client in the window, then each try must wait
# BASE * 2**(extra tries) seconds after the last one, up to MAX. All clients together get
# GLOBAL_FREE before a shorter global backoff starts (spread-out guessing from many addresses).
THROTTLE_WINDOW_SECONDS = 15 * 60
THROTTLE_FREE = 5
THROTTLE_BASE_SECONDS = 2.0
THROTTLE_MAX_SECONDS = 15 * 60
GLOBAL_FREE = 50
GLOBAL_MAX_SECONDS = 60.0

SCHEMA = """
create table if not exists access_sessions (id_hash text primary key, created real not null, seen real not null);
create table if not exists access_failures (client text not null, at real not null);
create index if not exists access_failures_at on access_failures (at);
create table if not exists access_setup (id integer primary key check (id = 1), token_hash text not null,
                                         created real not null);
"""


@dataclass(frozen=True)
class Limits:
    """Timeouts and throttle settings, from the app config (tests shorten them)."""

    idle: float = SESSION_IDLE_SECONDS
    absolute: float = SESSION_MAX_SECONDS
    free: int = THROTTLE_FREE
    base: float = THROTTLE_BASE_SECONDS
    maximum: float = THROTTLE_MAX_SECONDS
    global_free: int = GLOBAL_FREE
    global_base: float = 1.0

    @classmethod
    def from_config(cls, config: Any) -> "Limits":
        return cls(idle=float(config.get("CASES_SESSION_IDLE_SECONDS", SESSION_IDLE_SECONDS)),
                   absolute=float(config.get("CASES_SESSION_MAX_SECONDS", SESSION_MAX_SECONDS)),
                   free=int(config.get("CASES_THROTTLE_FREE", THROTTLE_FREE)),
                   base=float(config.get("CASES_THROTTLE_BASE_SECONDS", THROTTLE_BASE_SECONDS)),
                   maximum=float(config.get("CASES_THROTTLE_MAX_SECONDS", THROTTLE_MAX_SECONDS)),
                   global_free=int(config.get("CASES_THROTTLE_GLOBAL_FREE", GLOBAL_FREE)),
                   global_base=float(config.get("CASES_THROTTLE_GLOBAL_BASE_SECONDS", 1.0)))


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def ensure_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)


def set_passphrase(store: Any, phrase: str) -> None:
    """Set the passphrase of a CaseStore and end every session: whoever knew the old one is out.
    The one way to set it, for the web pages and `cuishou case passphrase` alike."""
    store.set_passphrase(phrase)  # raises ValueError when too short
    ensure_schema(store.db.conn)
    end_all_sessions(store.db.conn)
    drop_setup_token(store.db.conn)


# -- hosts -------------------------------------------------------------------------------------
def host_name(host_header: str) -> str:
    """The name in a Host header, without port, brackets or a trailing dot, lower-cased."""
    host = host_header.strip().lower()
    if host.startswith("["):
        host = host[1:].split("]", 1)[0]
    elif host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host.rstrip(".")


def allowed_hosts(extra: Any) -> frozenset[str]:
    names = list(DEFAULT_HOSTS)
    if isinstance(extra, str):
        extra = [n for n in extra.replace(",", " ").split()]
    names.extend(extra or ())
    return frozenset(host_name(n) for n in names if n and n.strip())


def is_loopback(address: str | None) -> bool:
    try:
        return ipaddress.ip_address(address or "").is_loopback
    except ValueError:
        return False


def client_key(address: str | None) -> str:
    """Throttle key: the IPv4 address, or the /64 of an IPv6 one (one host can hold a whole /64)."""
    try:
        ip = ipaddress.ip_address(address or "")
    except ValueError:
        return address or "?"
    if ip.version == 6 and not ip.is_loopback:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


# -- sessions ----------------------------------------------------------------------------------
def start_session(conn: sqlite3.Connection, limits: Limits) -> str:
    """A new session id; its hash is stored, the id goes to the browser."""
    sid = secrets.token_urlsafe(32)
    now = time.time()
    with conn:
        conn.execute("delete from access_sessions where seen < ? or created < ?",
                     (now - limits.idle, now - limits.absolute))
        conn.execute("insert into access_sessions (id_hash, created, seen) values (?, ?, ?)", (_digest(sid), now, now))
    return sid


def check_session(conn: sqlite3.Connection, sid: Any, limits: Limits) -> bool:
    """True (and the idle clock restarted) when sid is a live session; an expired one is removed."""
    if not isinstance(sid, str) or not sid:
        return False
    key = _digest(sid)
    now = time.time()
    row = conn.execute("select created, seen from access_sessions where id_hash = ?", (key,)).fetchone()
    if row is None:
        return False
    created, seen = row
    with conn:
        if now - seen > limits.idle or now - created > limits.absolute:
            conn.execute("delete from access_sessions where id_hash = ?", (key,))
            return False
        conn.execute("update access_sessions set seen = ? where id_hash = ?", (now, key))
    return True


def end_session(conn: sqlite3.Connection, sid: Any) -> None:
    if isinstance(sid, str) and sid:
        with conn:
            conn.execute("delete from access_sessions where id_hash = ?", (_digest(sid),))


def end_all_sessions(conn: sqlite3.Connection) -> int:
    with conn:
        return conn.execute("delete from access_sessions").rowcount


# -- setup token -------------------------------------------------------------------------------
def new_setup_token(conn: sqlite3.Connection) -> str:
    """A one-time token for setting the first passphrase in the browser (replaces any earlier one)."""
    token = secrets.token_urlsafe(18)
    with conn:
        conn.execute("insert or replace into access_setup (id, token_hash, created) values (1, ?, ?)",
                     (_digest(token), time.time()))
    return token


def has_setup_token(conn: sqlite3.Connection) -> bool:
    row = conn.execute("select created from access_setup where id = 1").fetchone()
    return row is not None and time.time() - row[0] <= SETUP_TOKEN_SECONDS


def check_setup_token(conn: sqlite3.Connection, token: Any) -> bool:
    if not isinstance(token, str) or not token or not has_setup_token(conn):
        return False
    row = conn.execute("select token_hash from access_setup where id = 1").fetchone()
    return row is not None and secrets.compare_digest(row[0], _digest(token.strip()))


def drop_setup_token(conn: sqlite3.Connection) -> None:
    with conn:
        conn.execute("delete from access_setup")


# -- throttle ----------------------------------------------------------------------------------
def _backoff(count: int, free: int, base: float, cap: float) -> float:
    if count < free:
        return 0.0
    return min(cap, base * 2 ** min(count - free, 40))


def wait_seconds(conn: sqlite3.Connection, client: str, limits: Limits) -> int:
    """Seconds this client must wait before its next passphrase try (0: may try now)."""
    now = time.time()
    since = now - THROTTLE_WINDOW_SECONDS
    mine = conn.execute("select count(*), max(at) from access_failures where client = ? and at > ?",
                        (client, since)).fetchone()
    every = conn.execute("select count(*), max(at) from access_failures where at > ?", (since,)).fetchone()
    waits = [0.0]
    if mine[0]:
        waits.append(mine[1] + _backoff(mine[0], limits.free, limits.base, limits.maximum) - now)
    if every[0]:
        waits.append(every[1] + _backoff(every[0], limits.global_free, limits.global_base, GLOBAL_MAX_SECONDS) - now)
    return math.ceil(max(waits))


def record_failure(conn: sqlite3.Connection, client: str) -> None:
    now = time.time()
    with conn:
        conn.execute("delete from access_failures where at < ?", (now - THROTTLE_WINDOW_SECONDS,))
        conn.execute("insert into access_failures (client, at) values (?, ?)", (client, now))


def clear_failures(conn: sqlite3.Connection, client: str) -> None:
    with conn:
        conn.execute("delete from access_failures where client = ?", (client,))
