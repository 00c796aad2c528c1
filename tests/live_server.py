"""The app served by waitress (the production server) on a free loopback port, for tests
that need real HTTP: API tests, browser tests."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from waitress.server import create_server


class LiveServer:
    def __init__(self, app: Any, threads: int = 4) -> None:
        self.app = app
        self.server = create_server(app, host="127.0.0.1", port=0, threads=threads)
        self.port = self.server.effective_port
        self.url = f"http://127.0.0.1:{self.port}"
        self._stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.server.run()
        except (OSError, ValueError):
            # Closing the listening socket from another thread wakes the poll loop with
            # EBADF; that is the expected way out while stopping, an error otherwise.
            if not self._stopping.is_set():
                raise

    def close(self) -> None:
        self._stopping.set()
        self.server.close()
        self.server.task_dispatcher.shutdown()
        self.thread.join(timeout=5)


@contextmanager
def serve(app: Any, threads: int = 4) -> Iterator[str]:
    """Serve app until the block ends; yields its base URL."""
    server = LiveServer(app, threads)
    try:
        yield server.url
    finally:
        server.close()
