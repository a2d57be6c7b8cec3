"""Fuzzing the API's parameters from its own OpenAPI schema (schemathesis): whatever a client
sends, with or without the token, the answer is never a server error (issue 16)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import schemathesis
from fuzzing import case as fuzz_case
from fuzzing import examples
from hypothesis import given
from hypothesis import strategies as st

from sitrep.analyze import Analyzer
from sitrep.web import create_app

TOKEN = "a-fuzzing-token-of-some-length"


@pytest.fixture(scope="module")
def api_schema(web_store: Path, tmp_path_factory: pytest.TempPathFactory, analyzer: Analyzer):
    copy = tmp_path_factory.mktemp("fuzz-api") / "served.duckdb"
    shutil.copy(web_store, copy)
    app = create_app(copy, token=TOKEN, analyzer=analyzer)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.fixture(scope="module")
def operations(api_schema) -> list:
    return [result.ok() for result in api_schema.get_all_operations()]


@examples(short=10, long=1000)
@given(data=st.data())
def test_no_parameter_makes_a_server_error(operations: list, data: st.DataObject) -> None:
    operation = data.draw(st.sampled_from(operations))
    case = data.draw(operation.as_strategy())
    with fuzz_case("api"):
        headers = {"Authorization": f"Bearer {TOKEN}"} if case.method != "GET" else None
        response = case.call(headers=headers)
    assert response.status_code < 500, (case.method, case.path, response.text[:300])
