"""Stages and their composition.

A stage is a callable ``Document -> Document`` that declares which document fields it
reads and writes (as spaCy components declare ``requires``/``assigns``). ``Pipeline``
checks the order once, at composition: a stage may only read fields that the input
already has or that an earlier stage writes. Stages hold their lexicons and models,
loaded once when the pipeline is built; a stage pickles by its settings and reloads
on the other side, so a composed pipeline ships to worker processes and Spark.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar, Protocol, runtime_checkable

from warta.errors import ConfigError, InputError, LexiconError, StageError
from warta.model import Document, RawArticle
from warta.settings import Settings
from warta.version import PIPELINE_VERSION

# Fields a document has when it enters the pipeline (set by Document.from_raw).
INPUT_FIELDS = frozenset({"doc", "origin", "sha256", "raw", "media_type", "url", "fetched", "hints"})
_DOCUMENT_FIELDS = frozenset(f.name for f in dataclasses.fields(Document))


@runtime_checkable
class Stage(Protocol):
    name: ClassVar[str]
    reads: ClassVar[frozenset[str]]
    writes: ClassVar[frozenset[str]]

    def __call__(self, doc: Document) -> Document: ...


class BaseStage:
    """Convenience base: stores settings, pickles by settings (resources reload lazily)."""

    name: ClassVar[str] = "stage"
    reads: ClassVar[frozenset[str]] = frozenset()
    writes: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __reduce__(self) -> tuple[type[BaseStage], tuple[Settings]]:
        return (type(self), (self.settings,))

    def __call__(self, doc: Document) -> Document:  # pragma: no cover - abstract
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class Failure:
    """A document or record that could not be processed, with the reason (never raised)."""

    where: str
    stage: str
    kind: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}" if self.stage in ("read", "ingest") else (
            f"{self.where}: {self.stage}: {self.reason}"
        )


def check_order(stages: Sequence[Stage]) -> None:
    """Raise ConfigError if a stage reads a field nothing before it writes."""
    available = set(INPUT_FIELDS)
    seen: set[str] = set()
    for stage in stages:
        if stage.name in seen:
            raise ConfigError(f"stage {stage.name!r} appears twice")
        seen.add(stage.name)
        unknown = (stage.reads | stage.writes) - _DOCUMENT_FIELDS
        if unknown:
            raise ConfigError(f"stage {stage.name!r} declares unknown fields: {sorted(unknown)}")
        missing = stage.reads - available
        if missing:
            raise ConfigError(
                f"stage {stage.name!r} reads {sorted(missing)} before any stage writes it"
            )
        available |= stage.writes


class Pipeline:
    """An ordered, checked composition of stages."""

    def __init__(self, stages: Sequence[Stage], settings: Settings) -> None:
        check_order(stages)
        self.stages: tuple[Stage, ...] = tuple(stages)
        self.settings = settings
        self.version = PIPELINE_VERSION

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    def run(self, doc: Document) -> Document:
        """Run every stage; a stage's exception becomes a StageError naming document and stage."""
        for stage in self.stages:
            try:
                out = stage(doc)
            except (InputError, ConfigError, LexiconError):
                raise  # bad input is reported by process(); setup errors stop the run
            except Exception as exc:
                raise StageError(doc.doc, stage.name, f"{type(exc).__name__}: {exc}") from exc
            if not isinstance(out, Document):
                raise StageError(doc.doc, stage.name, "stage did not return a Document")
            doc = out
        return doc

    def process(self, raw: RawArticle) -> Document | Failure:
        """Process one record; failures are returned, not raised, so batches go on."""
        try:
            return self.run(Document.from_raw(raw))
        except InputError as exc:
            return Failure(exc.where, "ingest", exc.kind, exc.reason)
        except StageError as exc:
            return Failure(exc.where, exc.stage, "stage", exc.reason)

    def process_many(
        self, records: Iterable[RawArticle | Failure]
    ) -> Iterator[Document | Failure]:
        for rec in records:
            yield rec if isinstance(rec, Failure) else self.process(rec)

    def __reduce__(self) -> tuple[type[Pipeline], tuple[tuple[Stage, ...], Settings]]:
        return (Pipeline, (self.stages, self.settings))


def build_pipeline(settings: Settings | None = None) -> Pipeline:
    """The standard warta pipeline: clean → language → sentences → dates → counts →
    actors → quotes → events → link."""
    from warta.actors.stage import ActorStage
    from warta.clean.stage import CleanStage
    from warta.events.stage import EventStage
    from warta.language.stage import (
        CountStage,
        DateStage,
        LanguageStage,
        QuoteStage,
        SentenceStage,
    )
    from warta.link.stage import LinkStage

    s = settings or Settings()
    return Pipeline(
        [
            CleanStage(s),
            LanguageStage(s),
            SentenceStage(s),
            DateStage(s),
            CountStage(s),
            ActorStage(s),
            QuoteStage(s),
            EventStage(s),
            LinkStage(s),
        ],
        s,
    )
