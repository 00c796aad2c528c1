"""State that must hold across the processes of `cuishou serve --workers N`.

Case-import drafts, import-job progress and the API rate limiter live in memory (drafts must
never touch disk). With one process they are plain objects; with several they live in one
extra process, a multiprocessing manager started by the master before it forks the workers,
and every worker talks to the same objects through proxies over a private socket (the
manager's auth key is inherited by fork). So a volunteer whose upload reached one worker finds
the draft from any other, and the rate limit counts a client's requests across all workers.
Login sessions need nothing here: they are cookies signed with the one secret key.
"""
from __future__ import annotations

import os
import threading
import time
from multiprocessing.managers import SyncManager
from typing import Any, Callable


class _Manager(SyncManager):
    """Hosts the shared objects (types registered in SharedState)."""


def _types() -> dict[str, Callable[..., Any]]:
    from webapp.api.settings import RateLimiter
    from webapp.cases.jobs import DraftStore, JobTable

    return {"DraftStore": DraftStore, "JobTable": JobTable, "RateLimiter": RateLimiter}


def _follow_parent(parent: int) -> None:
    """In the manager process: end when the server that started it is gone, even if it was
    killed before it could shut the manager down (no orphan holding drafts in memory)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, name="follow-parent", daemon=True).start()


class SharedState:
    """The running manager process; `make(name, *args)` creates a DraftStore, JobTable or
    RateLimiter there and returns its proxy (same methods). Start it in the master, before
    the workers fork; `shutdown()` when the server stops."""

    def __init__(self) -> None:
        for name, factory in _types().items():
            _Manager.register(name, factory)
        self._manager = _Manager()
        self._manager.start(_follow_parent, (os.getpid(),))

    def make(self, name: str, *args: Any) -> Any:
        return getattr(self._manager, name)(*args)

    def shutdown(self) -> None:
        self._manager.shutdown()
