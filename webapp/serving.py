"""How `cuishou serve` runs the app under waitress (issue 14): body limits, a bound on the
memory that request bodies may take, a JSON 413 from the server itself, the forwarding
header trusted behind a proxy, the allowed Host names and the one-time setup token.

Memory. Waitress reads a whole request body before the app sees it, and keeps it in memory
(inbuf_overflow: uploads never touch disk). So the server's limit is the largest route's
(a case import: analyzer's MAX_UPLOAD_BYTES plus the multipart envelope), anything larger is
answered here with the app's JSON error shape, and all bodies being read at once may hold at
most BODY_BUDGET bytes: a connection whose body does not fit waits, unread (TCP holds the
client back), until others finish.
"""
from __future__ import annotations

import json
import re
import socket
import threading
import time
from typing import Any

from waitress.channel import HTTPChannel
from waitress.parser import HTTPRequestParser
from waitress.server import create_server as waitress_server
from waitress.task import ErrorTask

from analyzer.case.importers import MAX_UPLOAD_BYTES

# The case import route accepts the file plus 1 MB of form envelope (webapp/cases/gate.py);
# one byte more reaches waitress's own limit (it refuses content_length >= its limit).
IMPORT_BODY_LIMIT = MAX_UPLOAD_BYTES + 1024 * 1024
MAX_REQUEST_BODY = IMPORT_BODY_LIMIT + 1
# Bodies over SMALL_BODY count against the budget; six imports at their limit fit in it.
SMALL_BODY = 256 * 1024
BODY_BUDGET = 6 * MAX_REQUEST_BODY
CONNECTION_LIMIT = 100
# After a 413, keep reading (and dropping) what the client still sends, so that it reads
# the answer instead of a connection reset; at most this long and this much.
LINGER_SECONDS = 5.0
LINGER_BYTES = 2 * MAX_REQUEST_BODY

PROXY_HEADERS = {
    "x-forwarded": {"x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"},
    "forwarded": {"forwarded"},
}

TOO_LARGE = json.dumps({"error": {"code": "body_too_large", "message": (
    f"The request body is larger than this server accepts ({MAX_UPLOAD_BYTES // (1024 * 1024)} MB for a case "
    "import, 5 MB for a screenshot, 2 MB for JSON requests).")}}).encode("ascii")


class BodyBudget:
    """Bytes that request bodies being received may take, shared by all connections."""

    def __init__(self, limit: int) -> None:
        self.limit, self.used = limit, 0
        self._lock = threading.Lock()

    def take(self, n: int) -> bool:
        with self._lock:
            if self.used and self.used + n > self.limit:
                return False  # one body alone may always use the whole budget
            self.used += n
            return True

    def give(self, n: int) -> None:
        with self._lock:
            self.used = max(0, self.used - n)


class JsonErrorTask(ErrorTask):
    """Waitress's own error answers in the app's JSON error shape; 413 leaves the
    connection draining rather than reset."""

    def execute(self) -> None:
        error = self.request.error
        if getattr(error, "code", None) != 413:
            super().execute()
            return
        self.status = "413 Payload Too Large"
        self.response_headers.append(("Content-Type", "application/json"))
        self.set_close_on_finish()
        self.content_length = len(TOO_LARGE)
        self.channel.linger = True
        self.write(TOO_LARGE)


_NON_ASCII = re.compile(rb"[\x80-\xff]")


class Utf8UriParser(HTTPRequestParser):
    """Waitress refuses a request line holding raw UTF-8 (its urlsplit decodes bytes as ASCII) with a plain-text
    400 Bad URI, before the app can answer in its JSON error shape. curl, and many HTTP libraries, send
    `GET /api/v1/knowledge?q=上门催收` (the README's own example) that way; a browser percent-encodes it first.
    Here the request line's non-ASCII bytes are percent-encoded as a browser would, so both reach the app alike."""

    def parse_header(self, header_plus: bytes) -> None:
        end = header_plus.find(b"\r\n")
        if end > 0 and _NON_ASCII.search(header_plus, 0, end):
            line = _NON_ASCII.sub(lambda m: b"%%%02X" % m.group()[0], header_plus[:end])
            header_plus = line + header_plus[end:]
        super().parse_header(header_plus)


class BoundedChannel(HTTPChannel):
    """A waitress connection that reserves its body's size from the budget before reading it."""

    error_task_class = JsonErrorTask
    parser_class = Utf8UriParser
    budget: BodyBudget = BodyBudget(BODY_BUDGET)
    reserved = 0
    waiting = False
    linger = False
    draining_until = 0.0
    drained = 0

    def _needs(self) -> int:
        req = self.request
        if req is None or not req.headers_finished or req.completed or req.error:
            return 0
        if req.chunked:
            return self.adj.max_request_body_size
        return req.content_length if req.content_length > SMALL_BODY else 0

    def received(self, data: bytes) -> bool:
        if self.draining_until:
            return False
        result = super().received(data)
        need = self._needs()
        if need and not self.reserved:
            if self.budget.take(need):
                self.reserved = need
            else:
                self.waiting = True  # readable() stays False until the budget has room
        return result

    def readable(self) -> bool:
        if self.draining_until:
            if time.monotonic() > self.draining_until:
                self._close_now()
                return False
            return True
        if self.waiting:
            need = self._needs()
            if need and not self.budget.take(need):
                return False
            self.reserved, self.waiting = need, False
        return super().readable()

    def writable(self) -> bool:
        return False if self.draining_until else super().writable()

    def handle_read(self) -> None:
        if not self.draining_until:
            super().handle_read()
            return
        try:
            data = self.recv(64 * 1024)
        except OSError:
            data = b""
        self.drained += len(data)
        if not data or self.drained > LINGER_BYTES:
            self._close_now()

    def service(self) -> None:
        try:
            super().service()
        finally:
            self._release()

    def handle_close(self) -> None:
        if self.linger and not self.draining_until and self.connected:
            self.linger = False
            try:
                self.socket.shutdown(socket.SHUT_WR)  # the answer is sent; now only read
            except OSError:
                pass
            else:
                self.will_close = self.close_when_flushed = False
                self.draining_until = time.monotonic() + LINGER_SECONDS
                self._release()
                return
        self._close_now()

    def _close_now(self) -> None:
        self.draining_until = 0.0
        self._release()
        super().handle_close()

    def _release(self) -> None:
        if self.reserved:
            self.budget.give(self.reserved)
            self.reserved = 0


def waitress_options(host: str, port: int, threads: int, proxy: str | None = None,
                     proxy_headers: str = "x-forwarded", url_prefix: str = "") -> dict[str, Any]:
    options: dict[str, Any] = {
        "host": host,
        "port": port,
        "threads": threads,
        "max_request_body_size": MAX_REQUEST_BODY,
        # Keep request bodies in memory: by default waitress spools anything over 512 KB
        # to a temporary file, and uploads (screenshots, case imports) must not touch disk.
        "inbuf_overflow": MAX_REQUEST_BODY,
        "connection_limit": CONNECTION_LIMIT,
        "ident": "cuishou",
        # Waitress writes no access log of its own; nothing here logs request bodies.
    }
    if proxy:
        # Trust one kind of forwarding header, only from the proxy; waitress takes
        # X-Forwarded-* or Forwarded, never both, and drops the other kind.
        options.update(trusted_proxy=proxy, trusted_proxy_count=1,
                       trusted_proxy_headers=PROXY_HEADERS[proxy_headers], clear_untrusted_proxy_headers=True)
    if url_prefix:
        options["url_prefix"] = url_prefix
    return options


def create_server(app: Any, budget: int = BODY_BUDGET, **options: Any) -> Any:
    """A waitress server whose connections use the body budget and answer 413 as JSON."""
    channel = type("Channel", (BoundedChannel,), {"budget": BodyBudget(budget)})
    server = waitress_server(app, **options)
    servers = [s for s in getattr(server, "map", {}).values() if hasattr(s, "channel_class")] or [server]
    for s in servers:
        s.channel_class = channel
    return server


def allowed_hosts(bind: str, extra: list[str] | None) -> list[str]:
    """Names the case pages answer to besides localhost: the bind address (unless it is a
    wildcard) and the --allowed-host names."""
    names = [] if bind in ("0.0.0.0", "::", "") else [bind]
    return names + list(extra or ())


def setup_token(app: Any) -> str | None:
    """A new one-time token for setting the first passphrase in the browser, or None when a
    passphrase exists (then any old token is dropped)."""
    from webapp.cases import access
    from webapp.cases.store import CaseStore, default_path

    store = CaseStore(default_path(app.config.get("CASES_DB")))
    try:
        access.ensure_schema(store.db.conn)
        if store.passphrase_hash() is not None:
            access.drop_setup_token(store.db.conn)
            return None
        return access.new_setup_token(store.db.conn)
    finally:
        store.close()
