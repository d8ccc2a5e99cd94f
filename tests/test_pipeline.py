from __future__ import annotations

import pickle
from dataclasses import replace
from typing import ClassVar

import pytest

from warta.errors import ConfigError
from warta.model import Document, RawArticle
from warta.pipeline import BaseStage, Failure, Pipeline, check_order


class _Reads(BaseStage):
    name = "reads-events"
    reads: ClassVar[frozenset[str]] = frozenset({"events"})
    writes: ClassVar[frozenset[str]] = frozenset({"quotes"})

    def __call__(self, doc: Document) -> Document:
        return doc


class _Boom(BaseStage):
    name = "boom"

    def __call__(self, doc: Document) -> Document:
        raise RuntimeError("kaboom")


def test_order_check_rejects_reading_unwritten_fields(settings) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError, match="reads"):
        check_order([_Reads(settings)])


def test_standard_pipeline_order_is_valid(pipeline: Pipeline) -> None:
    assert pipeline.names[0] == "clean"
    assert pipeline.names.index("actors") < pipeline.names.index("events") < pipeline.names.index("link")


def test_pipeline_pickles_and_gives_same_output(pipeline: Pipeline, seed_paths) -> None:  # type: ignore[no-untyped-def]
    clone = pickle.loads(pickle.dumps(pipeline))
    raw = RawArticle(doc="x.txt", origin="x.txt", text=seed_paths[3].read_text())
    assert clone.process(raw) == pipeline.process(raw)


def test_stage_failure_becomes_failure_record(settings) -> None:  # type: ignore[no-untyped-def]
    p = Pipeline([_Boom(settings)], settings)
    out = p.process(RawArticle(doc="a.txt", origin="a.txt", text="halo"))
    assert isinstance(out, Failure)
    assert out.stage == "boom" and "kaboom" in out.reason and out.where == "a.txt"


def test_records_are_immutable(seed_docs) -> None:  # type: ignore[no-untyped-def]
    doc = seed_docs[0]
    with pytest.raises(AttributeError):
        doc.text = "x"
    assert replace(doc, text="x").text == "x" and doc.text != "x"
