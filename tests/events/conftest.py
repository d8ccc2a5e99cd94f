"""Events coded through the whole pipeline on a synthetic article, for the rule tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from warta.model import Document, RawArticle
from warta.pipeline import Pipeline

Coded = Callable[[str], list[tuple[str, str | None, str | None, str]]]


@pytest.fixture(scope="session")
def coded(pipeline: Pipeline) -> Coded:
    """(type, source root, target root, modality) of each event the pipeline codes in ``body``,
    an article under a one-word title published 2024-05-01."""
    def run(body: str) -> list[tuple[str, str | None, str | None, str]]:
        doc = pipeline.process(RawArticle(doc="t.txt", origin="t", text="Judul\n\n" + body,
                                          published_hint="2024-05-01"))
        assert isinstance(doc, Document)
        return [(e.type, e.source.root if e.source else None, e.target.root if e.target else None, e.modality)
                for e in doc.events]

    return run
