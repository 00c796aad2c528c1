"""Flask app: pages for borrowers and volunteers, JSON API for other apps."""
from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Flask


def _instance_secret(folder: Path) -> str:
    """A signing key kept in the instance folder, so volunteer logins survive a restart.
    CUISHOU_SECRET_KEY overrides it."""
    path = folder / "secret_key"
    try:
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        folder.mkdir(parents=True, exist_ok=True)
        key = secrets.token_hex(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(key)
        return key


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the app once: analyzer and knowledge base are loaded here, not per request.

    Settings can also come from the environment with the CUISHOU_ prefix,
    e.g. CUISHOU_MAX_CONTENT_LENGTH=1048576.
    """
    # Imported here: every `cuishou` command imports this package (webapp.cli), and only serving needs Flask.
    from flask import Flask

    # INSTANCE_PATH (tests) moves the instance folder, where the signing key is kept.
    app = Flask(__name__, instance_relative_config=True, instance_path=(test_config or {}).get("INSTANCE_PATH"))
    app.config.from_mapping(
        # Large enough for a screenshot upload; a pasted SMS is a few KB.
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
        SEND_FILE_MAX_AGE_DEFAULT=3600,
    )
    app.config.from_prefixed_env("CUISHOU")
    if test_config:
        app.config.update(test_config)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _instance_secret(Path(app.instance_path))

    from analyzer import get_analyzer

    app.extensions["analyzer"] = get_analyzer()
    app.extensions["analyzer"].warm()  # the CLI compiles lazily; a server pays it here, not per request

    from knowledge.store import KnowledgeBase

    # Built on first start and rebuilt when knowledge/data changes; KB_PATH overrides where.
    app.extensions["knowledge"] = KnowledgeBase.open(app.config.get("KB_PATH"))

    from webapp import errors, security

    security.init_app(app)
    errors.init_app(app)

    # Blueprints: one line each.
    from webapp import api, loan, pages
    from webapp.cases import views as cases  # case mode for volunteers (issue 6)
    from webapp import ocr_views  # screenshot input (issue 8); answers 501 without the [ocr] extra

    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(loan.loan_bp)
    app.register_blueprint(cases.bp)
    app.register_blueprint(ocr_views.bp)
    return app
