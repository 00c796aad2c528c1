"""Case pages (blueprint `cases`, under /cases): import by upload or paste, the case page,
save/delete, export. Every page asks for the volunteer's passphrase: the lock (login, sessions,
allowed hosts, throttle) is webapp/cases/gate.py and access.py."""
from __future__ import annotations

import secrets
from typing import Any

from flask import (Blueprint, Flask, Response, abort, current_app, g, jsonify, redirect, render_template, request,
                   url_for)

from analyzer.case.analysis import analyze_import
from analyzer.case.importers import FORMATS, MAX_UPLOAD_BYTES, ImportFormatError, read_bytes
from analyzer.case.model import Case
from analyzer.case.redact import redact_case
from analyzer.case.roles import ROLE_NAMES
from analyzer.case.summary import message_views, ordered, summarize
from webapp.cases import access
from webapp.cases.export import EXPORTERS, add_filters, segments
from webapp.cases.jobs import DraftStore, JobRunner, JobTable
from webapp.cases.store import CaseNotFoundError, CaseStore, default_path
from webapp.errors import ApiError

bp = Blueprint("cases", __name__, url_prefix="/cases")
PAGE_SIZE = 100
EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


class CasesState:
    def __init__(self, app: Flask) -> None:
        self.store_path = default_path(app.config.get("CASES_DB"))
        # With several server processes (cuishou serve --workers N) drafts and job progress
        # live in the shared-state process, so any worker finds what another one stored.
        shared = app.config.get("SHARED_STATE")
        self.drafts = shared.make("DraftStore") if shared else DraftStore()
        self.jobs = JobRunner(self.drafts, shared.make("JobTable") if shared else JobTable())
        self.access_ready = False

    def store(self) -> CaseStore:
        """One connection per request (sqlite3 connections must not cross threads), closed at teardown."""
        if "cases_store" not in g:
            g.cases_store = CaseStore(self.store_path)
            if not self.access_ready:  # the lock's tables (sessions, throttle, setup token)
                access.ensure_schema(g.cases_store.db.conn)
                self.access_ready = True
        return g.cases_store


@bp.record_once
def _setup(state: Any) -> None:
    app: Flask = state.app
    if not app.secret_key:
        app.secret_key = secrets.token_hex(32)  # sessions end when the server restarts
    app.extensions["cases"] = CasesState(app)
    gate.init_app(app)
    add_filters(app.jinja_env.filters)


@bp.teardown_app_request
def _close_store(_: BaseException | None) -> None:
    store = g.pop("cases_store", None)
    if store is not None:
        store.close()


def _state() -> CasesState:
    return current_app.extensions["cases"]


@bp.get("/")
def index() -> Any:
    return render_template("cases/index.html", saved=_state().store().list(), formats=FORMATS,
                           deleted=request.args.get("deleted"), max_mb=MAX_UPLOAD_BYTES // (1024 * 1024))


def _read_upload() -> tuple[bytes, str | None]:
    upload = request.files.get("file")
    if upload and upload.filename:
        return upload.read(), upload.filename
    text = request.form.get("text", "")
    if text.strip():
        return text.encode("utf-8"), None
    raise ImportFormatError("请上传文件，或把短信粘贴到文本框里。")


@bp.post("/import")
def import_messages() -> Any:
    fmt = request.form.get("format", "auto")
    title = request.form.get("title", "").strip()
    wants_job = request.form.get("async") == "1"
    try:
        data, filename = _read_upload()
        if fmt not in ("auto",) + FORMATS:
            raise ImportFormatError(f"不支持的格式：{fmt}")
    except ImportFormatError as exc:
        return _import_error(str(exc), wants_job)
    analyzer = current_app.extensions.get("analyzer")

    def work(progress: Any) -> Case:
        result = read_bytes(data, fmt, filename, progress=lambda d, t: progress("读取", d, t))
        return analyze_import(result, title=title or (filename or "粘贴的短信"), analyzer=analyzer,
                              progress=lambda d, t: progress("分析", d, t))

    if wants_job:
        job = _state().jobs.start(work, expected_errors=(ImportFormatError,))
        return jsonify(job=job, status=url_for("cases.job_status", job_id=job)), 202
    try:
        case = work(lambda *_: None)
    except ImportFormatError as exc:
        return _import_error(str(exc), False)
    return redirect(url_for("cases.draft", token=_state().drafts.put(case)), code=303)


def _import_error(message: str, as_json: bool) -> Any:
    if as_json:
        raise ApiError(400, "bad_import", message)
    return render_template("cases/index.html", saved=_state().store().list(), formats=FORMATS, error=message,
                           max_mb=MAX_UPLOAD_BYTES // (1024 * 1024)), 400


@bp.get("/jobs/<job_id>")
def job_status(job_id: str) -> Any:
    status = _state().jobs.status(job_id)
    if status is None:
        raise ApiError(404, "not_found", "没有这个导入任务。")
    body = status.to_dict()
    if status.draft:
        body["url"] = url_for("cases.draft", token=status.draft)
    return jsonify(body)


def _draft(token: str) -> Case:
    case = _state().drafts.get(token)
    if case is None:
        abort(404, description="这次导入已过期或已保存，请重新导入。")
    return case


def _saved(case_id: int) -> Case:
    try:
        return _state().store().open(case_id)
    except CaseNotFoundError:
        abort(404, description="没有这个个案。")


# 按风险 lists the worst first, in the verdicts' order of precedence (README: scam > unlawful_threat > legal_notice >
# aggressive > reminder > not_collection), then by risk, then in time order. A volunteer with a hundred messages
# otherwise scrolled the time line page by page to find the threats.
RISK_ORDER = ("scam", "unlawful_threat", "legal_notice", "aggressive", "reminder", "not_collection")


def _by_risk(views: dict[int, dict[str, Any]]) -> Any:
    def key(m: Any) -> tuple[int, int]:
        v = views[m.seq]
        label = v["label"] if v["shown"] and m.direction != "out" else "not_collection"
        risk = ((m.analysis or {}).get("verdict") or {}).get("risk") or 0
        rank = RISK_ORDER.index(label) if label in RISK_ORDER else len(RISK_ORDER)
        return rank, -int(risk)
    return key


def _render_case(case: Case, token: str | None) -> str:
    show_all = request.args.get("show") == "all"
    by_risk = request.args.get("order") == "risk"
    views = message_views(case.messages, case.roles)
    summary = summarize(case.messages, case.roles, views)
    msgs = ordered(case.messages)
    collection = [m for m in msgs if views[m.seq]["shown"]]  # collection, scams and legal notices
    listed = msgs if show_all else collection
    if by_risk:
        listed = sorted(listed, key=_by_risk(views))  # stable: time order within the same rank and risk
    pages = max(1, -(-len(listed) // PAGE_SIZE))
    page = min(max(request.args.get("page", 1, type=int) or 1, 1), pages)
    return render_template("cases/case.html", case=case, token=token, summary=summary, show_all=show_all, by_risk=by_risk,
                           page=page, pages=pages, listed=listed[(page - 1) * PAGE_SIZE: page * PAGE_SIZE],
                           listed_total=len(listed), others=len(msgs) - len(collection), segments=segments,
                           svg=_svg(summary), views=views, role_names=ROLE_NAMES,
                           relayed=[m for m in msgs if views[m.seq]["relayed"]])


def _svg(summary: dict[str, Any]) -> Any:
    from markupsafe import Markup

    from webapp.cases.chart import timeline_svg

    return Markup(timeline_svg(summary["timeline"]))


@bp.get("/draft/<token>")
def draft(token: str) -> Any:
    return _render_case(_draft(token), token)


@bp.post("/draft/<token>/save")
def save(token: str) -> Any:
    case = _draft(token)
    names = [n for n in request.form.get("names", "").replace("，", ",").split(",") if n.strip()]
    title = request.form.get("title", "").strip() or case.title
    case = case.with_(title=title, notes=request.form.get("notes", ""))
    case_id = _state().store().save(redact_case(case, names))
    _state().drafts.pop(token)
    return redirect(url_for("cases.show", case_id=case_id), code=303)


def _marks(case: Case) -> dict[str, str]:
    """The marks posted from the case page (role.<number key> = role code or empty for
    "automatic"), merged over the case's; only numbers of this case are accepted."""
    keys = {n["key"] for n in summarize(case.messages, case.roles)["numbers"]}
    marks = dict(case.roles)
    for field, value in request.form.items():
        if not field.startswith("role."):
            continue
        key = field[len("role."):]
        if key not in keys:
            continue
        if value in ROLE_NAMES:
            marks[key] = value
        elif value == "":
            marks.pop(key, None)
        else:
            abort(400, description="未知的号码标记。")
    return marks


@bp.post("/draft/<token>/roles")
def draft_roles(token: str) -> Any:
    case = _draft(token)
    if not _state().drafts.replace(token, case.with_(roles=_marks(case))):
        abort(404, description="这次导入已过期或已保存，请重新导入。")
    return redirect(url_for("cases.draft", token=token) + "#numbers", code=303)


@bp.post("/<int:case_id>/roles")
def roles(case_id: int) -> Any:
    case = _saved(case_id)
    _state().store().update_roles(case_id, _marks(case))
    return redirect(url_for("cases.show", case_id=case_id) + "#numbers", code=303)


@bp.get("/<int:case_id>")
def show(case_id: int) -> Any:
    return _render_case(_saved(case_id), None)


@bp.post("/<int:case_id>/notes")
def notes(case_id: int) -> Any:
    _saved(case_id)
    _state().store().update_notes(case_id, request.form.get("notes", ""))
    return redirect(url_for("cases.show", case_id=case_id), code=303)


@bp.post("/<int:case_id>/delete")
def delete(case_id: int) -> Any:
    try:
        _state().store().delete(case_id)
    except CaseNotFoundError:
        abort(404, description="没有这个个案。")
    return redirect(url_for("cases.index", deleted=case_id), code=303)


def _export(case: Case, fmt: str, stem: str) -> Response:
    if fmt not in EXPORTERS:
        abort(404)
    # Names come by POST so that they never appear in a URL, a history or a proxy log.
    names = [n for n in request.form.get("names", "").replace("，", ",").split(",") if n.strip()]
    render, mimetype = EXPORTERS[fmt]
    body = render(redact_case(case, names))
    resp = Response(body, content_type=mimetype)
    if fmt == "html" and request.values.get("view") == "1":
        resp.headers["Content-Security-Policy"] = EXPORT_CSP  # the report's own inline CSS, nothing else
    else:
        resp.headers["Content-Disposition"] = f'attachment; filename="{stem}.{fmt}"'
        resp.headers["Content-Security-Policy"] = EXPORT_CSP
    return resp


@bp.route("/draft/<token>/export.<fmt>", methods=["GET", "POST"])
def export_draft(token: str, fmt: str) -> Response:
    return _export(_draft(token), fmt, "case-draft")


@bp.route("/<int:case_id>/export.<fmt>", methods=["GET", "POST"])
def export_saved(case_id: int, fmt: str) -> Response:
    return _export(_saved(case_id), fmt, f"case-{case_id}")


from webapp.cases import gate  # noqa: E402  (registers the lock's guard and login pages on bp)
