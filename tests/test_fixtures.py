"""The fixture chain itself: the app a test gets keeps everything in temporary directories."""
from __future__ import annotations

import os
from pathlib import Path


def test_app_keeps_its_files_in_tmp(app, kb_path, tmp_path_factory):
    tmp = Path(tmp_path_factory.getbasetemp())
    for path in (kb_path, Path(app.config["CASES_DB"]), Path(app.instance_path)):
        assert tmp in path.parents, path
    assert app.extensions["knowledge"].path == kb_path
    assert app.config["SECRET_KEY"] == "test" and not Path(app.instance_path, "secret_key").exists()
    assert tmp in Path(os.environ["XDG_DATA_HOME"]).parents


def test_each_test_gets_its_own_cases_database(make_app, app):
    assert make_app().config["CASES_DB"] != app.config["CASES_DB"]
