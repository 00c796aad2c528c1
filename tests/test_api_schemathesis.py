"""Schemathesis over every operation of the API document, positive and negative examples,
against the real app behind waitress: each answer must be what the document says (status,
body schema, content type), no 5xx, and invalid input refused with a documented 4xx
(issue 14: the spec drift it found). Examples are bounded so the run stays under a minute.

Operations are collected by hand and driven through hypothesis (`@given` on each
operation's strategy) rather than with schemathesis's pytest plugin, whose fixture-based
parametrization does not run on pytest 9.

One check is left out: positive_data_acceptance, which wants a 2xx for every schema-valid
body. A schema cannot say "a real calendar time" or "a readable image", so a string that is
not a time gets the documented 400 invalid_time; every other check (no 5xx, documented
status, body schema, content type, negative data refused with 4xx) runs."""
from __future__ import annotations

import copy

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

from webapp.api.views import openapi_document

MAX_EXAMPLES = {GenerationMode.POSITIVE: 8, GenerationMode.NEGATIVE: 8}


@pytest.fixture(scope="module")
def api_schema(live_server):
    with live_server.app.app_context():
        document = copy.deepcopy(openapi_document(live_server.app))
    return schemathesis.openapi.from_dict(document)


def operation_ids(live_server) -> list[str]:
    with live_server.app.app_context():
        document = openapi_document(live_server.app)
    return [f"{method.upper()} {path}" for path, item in document["paths"].items() for method in item]


@pytest.mark.parametrize("mode", list(MAX_EXAMPLES), ids=lambda m: m.value)
def test_every_operation_answers_as_documented(api_schema, live_server, mode):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) == len(operation_ids(live_server)) >= 12  # every operation, none skipped

    for operation in operations:
        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=MAX_EXAMPLES[mode], deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            case.call_and_validate(base_url=live_server.url, excluded_checks=[positive_data_acceptance])

        try:
            check()
        except Unsatisfiable:
            # an operation without parameters or body (health, kinds) has no invalid input to send
            assert mode is GenerationMode.NEGATIVE, operation.label
