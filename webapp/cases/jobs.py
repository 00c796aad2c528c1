"""Unsaved imports held in memory (drafts) and background import jobs with progress.

Nothing here touches disk: a draft lives only until it expires, is saved by the
volunteer, or the server stops."""
from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Any, Callable

from analyzer.case.model import Case

DRAFT_TTL_SECONDS = 4 * 3600
MAX_DRAFTS = 20


class DraftStore:
    def __init__(self, ttl: float = DRAFT_TTL_SECONDS, limit: int = MAX_DRAFTS) -> None:
        self.ttl, self.limit = ttl, limit
        self._items: OrderedDict[str, tuple[float, Case]] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, case: Case) -> str:
        token = secrets.token_urlsafe(16)
        with self._lock:
            self._expire()
            self._items[token] = (time.monotonic(), case)
            while len(self._items) > self.limit:
                self._items.popitem(last=False)
        return token

    def get(self, token: str) -> Case | None:
        with self._lock:
            self._expire()
            item = self._items.get(token)
        return item[1] if item else None

    def replace(self, token: str, case: Case) -> bool:
        """Put a changed draft (the volunteer's marks) back under its token; False if it expired."""
        with self._lock:
            self._expire()
            if token not in self._items:
                return False
            self._items[token] = (self._items[token][0], case)
        return True

    def pop(self, token: str) -> Case | None:
        with self._lock:
            item = self._items.pop(token, None)
        return item[1] if item else None

    def _expire(self) -> None:
        now = time.monotonic()
        for token in [t for t, (at, _) in self._items.items() if now - at > self.ttl]:
            del self._items[token]


@dataclass(frozen=True)
class JobStatus:
    state: str = "running"  # running | done | failed
    stage: str = "读取"
    done: int = 0
    total: int = 0
    draft: str | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        pct = 100 * self.done // self.total if self.total else (100 if self.state == "done" else 0)
        return {"state": self.state, "stage": self.stage, "done": self.done, "total": self.total,
                "percent": pct, "draft": self.draft, "error": self.error}


class JobTable:
    """Import-job statuses by id, the oldest forgotten beyond `limit`. Shared between the
    processes of `cuishou serve --workers N` through webapp.shared_state."""

    def __init__(self, limit: int = 200) -> None:
        self.limit = limit
        self._jobs: dict[str, JobStatus] = {}
        self._lock = threading.Lock()

    def set(self, job_id: str, status: JobStatus) -> None:
        with self._lock:
            self._jobs[job_id] = status
            if len(self._jobs) > self.limit:
                self._jobs.pop(next(iter(self._jobs)))

    def update(self, job_id: str, **changes: Any) -> None:
        with self._lock:
            if job_id in self._jobs:
                self._jobs[job_id] = replace(self._jobs[job_id], **changes)

    def get(self, job_id: str) -> JobStatus | None:
        with self._lock:
            return self._jobs.get(job_id)


class JobRunner:
    """Runs an import in a daemon thread; the page polls its status by job id."""

    def __init__(self, drafts: DraftStore, table: JobTable | None = None) -> None:
        self.drafts = drafts
        self.table = table if table is not None else JobTable()

    def start(self, work: Callable[[Callable[[str, int, int], None]], Case],
              expected_errors: tuple[type[BaseException], ...] = (ValueError,)) -> str:
        job_id = secrets.token_urlsafe(12)
        self._set(job_id, JobStatus())

        def progress(stage: str, done: int, total: int) -> None:
            self._update(job_id, stage=stage, done=done, total=total)

        def run() -> None:
            try:
                case = work(progress)
            except expected_errors as exc:  # a bad file, reported to the volunteer
                self._update(job_id, state="failed", error=str(exc))
                return
            except Exception:  # noqa: BLE001 - a bug must not leave the page polling forever
                self._update(job_id, state="failed", error="导入时发生内部错误，请把文件分成小一些的部分再试。")
                raise
            self._update(job_id, state="done", stage="完成", draft=self.drafts.put(case))

        threading.Thread(target=run, name=f"case-import-{job_id[:6]}", daemon=True).start()
        return job_id

    def status(self, job_id: str) -> JobStatus | None:
        return self.table.get(job_id)

    def _set(self, job_id: str, status: JobStatus) -> None:
        self.table.set(job_id, status)

    def _update(self, job_id: str, **changes: Any) -> None:
        self.table.update(job_id, **changes)
