"""The one fixture chain every test uses (the Flask tutorial's flaskr pattern):

    kb_path (session)       the knowledge base, built once into a temporary directory
    make_app (session)      create_app() with that knowledge base and a temporary cases database,
                            secret key and instance path; keyword arguments override the config
    app, client             a fresh app per test and its test client
    case_client             a test client signed in to case mode (passphrase CASE_PASSPHRASE)
    live_server (module)    the real app behind waitress on a loopback port, for real HTTP
    api (module)            an ApiClient on live_server: every response checked against the OpenAPI document
    base_url (module)       live_server's base URL
    serve_app (function)    a live server for an app built with other settings (closed after the test)
    browser (session)       Debian's Chromium driven by Playwright (skips when it is not installed)
    phone (function)        a page in that browser on a 390 × 844 phone (live_server.phone_page);
                            test_browser.py keeps its own 360 × 740 phone, watched
    output_dir (session)    where screenshots go: a temporary directory
    analyzer (session)      the analyzer (rules compiled, lender index built once)

An autouse guard points XDG_DATA_HOME at a temporary directory and clears the CUISHOU_*
path variables, so nothing a test does is written to $HOME or the checkout even if a test
forgets to pass a path. The compiled-pattern file (knowledge/derived_cache.py) is pointed at a
directory under the system's temporary directory before anything is collected (rules are
compiled during collection), and kept there between runs as a speed-up only: it is
content-addressed and stamped, and tests/test_derived_cache.py recompiles every entry.
"""
from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from live_server import CHROMIUM, LiveServer, chromium, phone_page


def pytest_configure(config: pytest.Config) -> None:
    owner = os.getuid() if hasattr(os, "getuid") else "user"
    os.environ["CUISHOU_CACHE_DIR"] = os.path.join(tempfile.gettempdir(), f"cuishou-checker-tests-{owner}")


@pytest.fixture(scope="session", autouse=True)
def _writes_stay_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
        for name in ("CUISHOU_KB_PATH", "CUISHOU_CASES_DB", "CUISHOU_SECRET_KEY"):
            mp.delenv(name, raising=False)
        yield


@pytest.fixture(scope="session")
def analyzer():
    from analyzer import get_analyzer

    return get_analyzer()


@pytest.fixture(scope="session")
def kb_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from knowledge.store import KnowledgeBase

    path = tmp_path_factory.mktemp("kb") / "knowledge.sqlite3"
    KnowledgeBase.open(path)  # build it once for the session
    return path


@pytest.fixture(scope="session")
def make_app(kb_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Any]:
    from webapp import create_app

    def build(**config: Any) -> Any:
        tmp = tmp_path_factory.mktemp("app")
        return create_app({"TESTING": True, "SECRET_KEY": "test", "KB_PATH": str(kb_path),
                           "CASES_DB": str(tmp / "cases.db"), "INSTANCE_PATH": str(tmp / "instance"), **config})
    return build


@pytest.fixture()
def app(make_app: Callable[..., Any]) -> Any:
    return make_app()


@pytest.fixture()
def client(app: Any) -> Any:
    return app.test_client()


CASE_PASSPHRASE = "志愿者口令2026"


def set_case_passphrase(app: Any, phrase: str = CASE_PASSPHRASE) -> None:
    """Set the case-mode passphrase in the app's cases database, as `cuishou case passphrase` does."""
    from webapp.cases import access
    from webapp.cases.store import CaseStore

    store = CaseStore(app.config["CASES_DB"])
    try:
        access.set_passphrase(store, phrase)
    finally:
        store.close()


def csrf_token_of(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


@pytest.fixture()
def case_client(app: Any) -> Any:
    set_case_passphrase(app)
    client = app.test_client()
    token = csrf_token_of(client.get("/cases/login").text)
    r = client.post("/cases/login", data={"csrf_token": token, "passphrase": CASE_PASSPHRASE})
    assert r.status_code == 302, r.text[:300]
    return client


@pytest.fixture(scope="module")
def live_server(make_app: Callable[..., Any]) -> Iterator[LiveServer]:
    # TESTING off, as in production: a bug is answered with the 500 page, not re-raised
    server = LiveServer(make_app(TESTING=False))
    yield server
    server.close()


@pytest.fixture(scope="module")
def base_url(live_server: LiveServer) -> str:
    return live_server.url


@pytest.fixture(scope="module")
def api(live_server: LiveServer) -> Any:
    from api_support import ApiClient
    from webapp.api import openapi_document

    return ApiClient(live_server, openapi_document(live_server.app))


@pytest.fixture()
def serve_app(make_app: Callable[..., Any]) -> Iterator[Callable[..., LiveServer]]:
    servers: list[LiveServer] = []

    def start(server_options: dict[str, Any] | None = None, **config: Any) -> LiveServer:
        server = LiveServer(make_app(**config), **(server_options or {}))
        servers.append(server)
        return server
    yield start
    for server in servers:
        server.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed")
    with chromium() as browser:
        yield browser


@pytest.fixture()
def phone(browser: Any) -> Iterator[Any]:
    with phone_page(browser) as page:
        yield page


@pytest.fixture(scope="session")
def output_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def catalog() -> Any:
    """The knowledge base's entries (laws, guides, channels, FAQ), loaded from knowledge/data."""
    from knowledge.entries import load_catalog

    return load_catalog()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of knowledge/data, to break on purpose."""
    import shutil

    from knowledge.entries import DATA_DIR

    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target
