"""Shared fixtures: settings, the composed pipeline (built once per session), seed paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.pipeline import Pipeline, build_pipeline
from warta.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", default=False,
        help="rewrite golden files from current output instead of comparing",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def pipeline(settings: Settings) -> Pipeline:
    return build_pipeline(settings)


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    paths = sorted(EXAMPLES.glob("*.txt"))
    assert len(paths) == 5
    return paths


@pytest.fixture(scope="session")
def seed_docs(pipeline: Pipeline, seed_paths: list[Path], settings: Settings) -> list:  # type: ignore[type-arg]
    from warta.ingest import iter_inputs
    from warta.model import Document

    docs = list(pipeline.process_many(iter_inputs([str(p) for p in seed_paths], settings)))
    assert all(isinstance(d, Document) for d in docs), docs
    return docs
