"""Optional protections for the JSON API: API keys, rate limit, CORS. All off by default.

Each comes from the app config, or else from the environment (CUISHOU_ prefix):

| config key         | environment variable       | value                                             |
|--------------------|----------------------------|---------------------------------------------------|
| API_KEYS           | CUISHOU_API_KEYS           | accepted keys, a list or comma-separated; clients |
|                    |                            | send `Authorization: Bearer <key>`                |
| API_RATE_LIMIT     | CUISHOU_API_RATE_LIMIT     | requests per client, "60/minute", "5/second",     |
|                    |                            | "1000/hour" or a bare number (per minute); 0 = off |
| API_CORS_ORIGINS   | CUISHOU_API_CORS_ORIGINS   | allowed browser origins, a list or comma-separated, |
|                    |                            | "https://a.example,https://b.example" or "*"      |

A client is its API key when keys are on, else its IP address (behind a reverse
proxy, wrap the app in werkzeug's ProxyFix so that is the real client address).
/api/v1/health, /api/v1/openapi.json and /api/docs stay open to everyone and are
not rate limited, so monitors and developers can always reach them.
"""
from __future__ import annotations

import hmac
import math
import os
import re
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

ENV_PREFIX = "CUISHOU_"
OPEN_PATHS = frozenset({"/api/v1/health", "/api/v1/openapi.json", "/api/docs"})
_PERIODS = {"second": 1, "sec": 1, "s": 1, "minute": 60, "min": 60, "m": 60, "hour": 3600, "h": 3600,
            "day": 86400, "d": 86400}


class SettingsError(ValueError):
    """An API setting has a value the app cannot use."""


@dataclass(frozen=True)
class ApiSettings:
    api_keys: frozenset[str] = frozenset()
    rate_limit: int = 0  # requests per window; 0 = off
    rate_window: int = 60  # seconds
    cors_origins: tuple[str, ...] = ()

    @property
    def cors_any(self) -> bool:
        return "*" in self.cors_origins

    def allowed_origin(self, origin: str | None) -> str | None:
        """The value for Access-Control-Allow-Origin, or None when this origin is not allowed."""
        if not origin or not self.cors_origins:
            return None
        if self.cors_any:
            return "*"
        return origin if origin in self.cors_origins else None

    def key_accepted(self, authorization: str | None) -> bool:
        if not self.api_keys:
            return True
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return False
        token = token.strip().encode()
        # compare against every key in constant time, so timing does not reveal a key
        return any([hmac.compare_digest(token, k.encode()) for k in self.api_keys])


def _setting(config: Mapping[str, Any], environ: Mapping[str, str], name: str) -> Any:
    if config.get(name) not in (None, ""):
        return config[name]
    return environ.get(ENV_PREFIX + name)


def _strings(value: Any, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split(",") if v.strip())
    if isinstance(value, (list, tuple, set, frozenset)) and all(isinstance(v, str) for v in value):
        return tuple(v.strip() for v in value if v.strip())
    raise SettingsError(f"{name}: expected a list of strings or a comma-separated string, got {value!r}")


def parse_rate_limit(value: Any) -> tuple[int, int]:
    """'60/minute' → (60, 60); 0, '', None, 'off' → (0, 60)."""
    if value in (None, "", 0, "0", "off", "none", False):
        return 0, 60
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value, 60
    if isinstance(value, str):
        m = re.fullmatch(r"\s*(\d+)\s*(?:/\s*(\d*)\s*([a-z]+))?\s*", value.lower())
        if m and (m.group(3) is None or m.group(3) in _PERIODS):
            count = int(m.group(1))
            window = _PERIODS[m.group(3)] * int(m.group(2) or 1) if m.group(3) else 60
            return count, window
    raise SettingsError(f"API_RATE_LIMIT: expected e.g. '60/minute', '5/second' or a number, got {value!r}")


def load_settings(config: Mapping[str, Any], environ: Mapping[str, str] | None = None) -> ApiSettings:
    env = os.environ if environ is None else environ
    limit, window = parse_rate_limit(_setting(config, env, "API_RATE_LIMIT"))
    return ApiSettings(
        api_keys=frozenset(_strings(_setting(config, env, "API_KEYS"), "API_KEYS")),
        rate_limit=limit,
        rate_window=window,
        cors_origins=_strings(_setting(config, env, "API_CORS_ORIGINS"), "API_CORS_ORIGINS"),
    )


class RateLimiter:
    """Fixed-window counter per client, in memory; with several server processes one instance
    lives in the shared-state process (webapp/shared_state.py) and every worker counts there."""

    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self._lock = threading.Lock()
        self._window_start = 0.0
        self._counts: dict[str, int] = {}

    def hit(self, client: str, now: float | None = None) -> int:
        """Count one request; return 0 when allowed, else the seconds until the client may retry."""
        now = time.monotonic() if now is None else now
        with self._lock:
            if now - self._window_start >= self.window:
                # a new window: forget every client, so memory stays bounded by one window's clients
                self._window_start = now
                self._counts.clear()
            count = self._counts.get(client, 0) + 1
            self._counts[client] = count
            if count <= self.limit:
                return 0
            return max(1, math.ceil(self._window_start + self.window - now))
