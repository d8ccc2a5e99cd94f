"""A store built from examples/ once per module, and apps over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from warta.api.app import ApiConfig, create_app
from warta.pipeline import Pipeline
from warta.settings import Settings

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def build_store(path: Path, pipeline: Pipeline, settings: Settings) -> Path:
    from warta.ingest import iter_inputs
    from warta.ingest_job import ingest
    from warta.store import Store

    with Store(path) as store:
        result = ingest(store, pipeline, iter_inputs([str(EXAMPLES)], settings))
    assert result.stored == 5, result
    return path


@pytest.fixture(scope="module")
def example_db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline, settings: Settings) -> Path:
    return build_store(tmp_path_factory.mktemp("api") / "examples.duckdb", pipeline, settings)


@pytest.fixture(scope="module")
def client(example_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(ApiConfig(str(example_db)))) as c:
        yield c
