"""The curl and Python examples in README.md's "API" section run against a live server
and do what the README says; every API route is named in the README."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLE_BASE = "http://127.0.0.1:8000"


def api_section() -> str:
    m = re.search(r"^## API\n(.*?)(?=^## )", README, re.S | re.M)
    assert m, "README.md has no '## API' section"
    return m.group(1)


def blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", api_section(), re.S | re.M)


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl_examples(live_server):
    examples = [b for b in blocks("sh") if b.lstrip().startswith("curl")]
    assert len(examples) >= 2
    outputs = []
    for example in examples:
        command = "\n".join(line for line in example.splitlines() if not line.startswith("#"))
        assert EXAMPLE_BASE in command
        done = subprocess.run(["sh", "-c", command.replace(EXAMPLE_BASE, live_server.url)],
                              capture_output=True, text=True, timeout=30, check=True)
        outputs.append(json.loads(done.stdout))
        # an example may show its expected output in a comment
        shown = [line[2:] for line in example.splitlines() if line.startswith("# {")]
        if shown:
            assert outputs[-1] == json.loads(shown[0])
    assert outputs[0]["verdict"]["label"] == "unlawful_threat"
    assert {f["kind"] for f in outputs[0]["findings"]} >= {"third_party_contact", "night_or_frequency"}
    assert outputs[1]["error"]["code"] == "unknown_field"


def test_python_example(live_server):
    (example,) = blocks("python")
    assert EXAMPLE_BASE in example
    done = subprocess.run([sys.executable, "-c", example.replace(EXAMPLE_BASE, live_server.url)],
                          capture_output=True, text=True, timeout=30, check=True)
    first, *findings = done.stdout.splitlines()
    assert first.startswith("unlawful_threat ")
    assert any(line.startswith("third_party_contact high 联系你家人") for line in findings)


def test_every_api_route_is_in_the_readme(live_server):
    section = api_section() + README
    for rule in live_server.app.url_map.iter_rules():
        if rule.rule.startswith("/api/v1/") and rule.rule != "/api/v1/openapi.json":
            path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
            assert path in section, f"{path} is not in README.md"
    assert "/api/docs" in section and "/api/v1/openapi.json" in section
