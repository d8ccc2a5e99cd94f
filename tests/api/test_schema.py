"""Property-based conformance: every operation, fuzzed from the OpenAPI schema, never 5xx.

Drives schemathesis through plain hypothesis (its pytest plugin does not support pytest 9).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="pip install schemathesis to fuzz the API schema")
from hypothesis import HealthCheck, given, settings  # noqa: E402 - after the optional import above

from warta.api.app import ApiConfig, create_app  # noqa: E402 - after the optional import above


def _operations(example_db: Path) -> list[Any]:
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(ApiConfig(str(example_db))))
    return [result.ok() for result in schema.get_all_operations()]


def test_every_operation_is_fuzzed_without_server_errors(example_db: Path) -> None:
    ops = _operations(example_db)
    assert len(ops) >= 12
    seen: dict[str, set[int]] = {}

    def fuzzer(op: Any) -> Any:
        label = op.label

        @given(case=op.as_strategy())
        @settings(max_examples=15, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def fuzz(case: Any) -> None:
            response = case.call()
            seen.setdefault(label, set()).add(response.status_code)
            assert response.status_code < 500, (label, case.path_parameters, case.query, response.text[:300])
            assert "application/json" in str(response.headers.get("content-type"))

        return fuzz

    for op in ops:
        fuzzer(op)()
    assert set(seen) == {op.label for op in ops}
    # the fuzzer must have reached both accepted and refused inputs somewhere
    codes = set().union(*seen.values())
    assert 200 in codes and any(400 <= c < 500 for c in codes)
