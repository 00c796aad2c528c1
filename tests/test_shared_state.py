"""State shared by the processes of `cuishou serve --workers N`: what one forked process stores
(a draft, a job's progress, rate-limit hits) another one sees, and the limit counts them all."""
from __future__ import annotations

import multiprocessing

import pytest

from webapp.cases.jobs import JobRunner, JobStatus
from analyzer.case.model import Case, CaseMessage

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")


@pytest.fixture
def shared():
    from webapp.shared_state import SharedState

    state = SharedState()
    yield state
    state.shutdown()


def _other_process(drafts, table, limiter, token, out) -> None:
    case = drafts.get(token)
    out.put((case.title, case.messages[0].text, table.get("job").state, limiter.hit("10.0.0.1")))
    table.update("job", state="done", draft=drafts.put(case))


def test_what_one_process_stores_another_sees(shared):
    drafts, table = shared.make("DraftStore"), shared.make("JobTable")
    limiter = shared.make("RateLimiter", 2, 60)
    message = CaseMessage(seq=1, line=1, text="您已逾期", sender=None, received_at=None, direction="in")
    token = drafts.put(Case(id=None, title="张三的短信", messages=(message,)))
    table.set("job", JobStatus())
    assert limiter.hit("10.0.0.1") == 0
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    proc = ctx.Process(target=_other_process, args=(drafts, table, limiter, token, out))
    proc.start()
    seen = out.get(timeout=30)
    proc.join(timeout=30)
    assert proc.exitcode == 0
    assert seen == ("张三的短信", "您已逾期", "running", 0)
    status = table.get("job")
    assert status.state == "done" and drafts.get(status.draft).title == "张三的短信"
    assert limiter.hit("10.0.0.1") > 0  # the third hit in the window, counted across both processes
    assert JobRunner(drafts, table).status("job") == status
