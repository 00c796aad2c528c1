"""Flask app: pages for borrowers and volunteers, JSON API for other apps."""
from __future__ import annotations

from typing import Any

from flask import Flask


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the app once: analyzer and knowledge base are loaded here, not per request."""
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
        JSON_AS_ASCII=False,
    )
    if test_config:
        app.config.update(test_config)

    from analyzer import get_analyzer

    app.extensions["analyzer"] = get_analyzer()

    from webapp import api, pages

    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)
    return app
