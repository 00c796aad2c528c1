"""The app served by waitress (the production server) on a free loopback port, for tests
that need real HTTP: API tests, browser tests. The server is built as `cuishou serve`
builds it (webapp/serving.py: body limits, JSON 413, body budget); keyword options override
waitress settings, e.g. trusted_proxy for the proxy-header tests."""
from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from webapp.serving import create_server, waitress_options


class LiveServer:
    def __init__(self, app: Any, threads: int = 4, **options: Any) -> None:
        self.app = app
        self.server = create_server(app, **{**waitress_options("127.0.0.1", 0, threads), **options})
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
        # Connections a client left open (keep-alive) stay in waitress's map after the listener
        # closes; close them here, or the garbage collector reports their sockets as unclosed
        # (a ResourceWarning, an error under filterwarnings) in whichever test happens to run then.
        for channel in list(self.server._map.values()):
            channel.close()


@contextmanager
def serve(app: Any, threads: int = 4) -> Iterator[str]:
    """Serve app until the block ends; yields its base URL."""
    server = LiveServer(app, threads)
    try:
        yield server.url
    finally:
        server.close()


# Debian's chromium, driven by Playwright; nothing is downloaded. Without the
# background-networking flags Chromium keeps trying to reach Google from a closed network.
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
# For a test that takes the browser in its body or outside the `browser` fixture (which skips on its own).
needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")

# The phone a borrower reads the answer on: 390 × 844 CSS pixels, held in the hand (mobile viewport, touch),
# set to Chinese and Beijing time.
PHONE = {"width": 390, "height": 844}
MOBILE = {"is_mobile": True, "has_touch": True, "locale": "zh-CN", "timezone_id": "Asia/Shanghai"}


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium browser for the duration of the block."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def phone_page(browser: Any, *, mobile: bool = True, **options: Any) -> Iterator[Any]:
    """A page in a new context of browser with the PHONE viewport, closed with its context when the block ends.
    mobile=True adds MOBILE; mobile=False keeps the viewport alone. options are new_context's keywords, e.g.
    device_scale_factor=1 or java_script_enabled=False, and override both."""
    context = browser.new_context(**{"viewport": PHONE, **(MOBILE if mobile else {}), **options})
    try:
        yield context.new_page()
    finally:
        context.close()
