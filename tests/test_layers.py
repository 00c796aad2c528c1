"""The dependency direction webapp -> analyzer -> knowledge, checked by importing every module
of the lower layers in a fresh interpreter where the higher layers (and flask) cannot be imported."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

_PROBE = textwrap.dedent("""
    import importlib, importlib.abc, pkgutil, sys

    BLOCKED = {blocked!r}

    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"{{name}} is imported from a lower layer")
            return None

    sys.meta_path.insert(0, Block())
    package = importlib.import_module({package!r})
    names = [package.__name__]
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        names.append(info.name)
    for name in names:
        importlib.import_module(name)
    print(len(names))
""")


@pytest.mark.parametrize(("package", "blocked"), [
    ("analyzer", ("webapp", "flask", "werkzeug")),
    ("knowledge", ("webapp", "analyzer", "flask", "werkzeug")),
], ids=["analyzer", "knowledge"])
def test_lower_layer_imports_nothing_above_it(package: str, blocked: tuple[str, ...]) -> None:
    probe = _PROBE.format(package=package, blocked=set(blocked))
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) > 3  # the walk really found the package's modules


def test_probe_catches_an_upward_import() -> None:
    """The probe itself can fail: webapp's views import flask, so blocking flask stops it. (The
    package webapp itself imports flask only inside create_app, so that `cuishou analyze` does not.)"""
    probe = _PROBE.format(package="webapp.api", blocked={"flask"})
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode != 0 and "is imported from a lower layer" in done.stderr
