"""Ingest as a library call: read inputs, run the pipeline, store, summarise."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from warta.model import Document, RawArticle
from warta.pipeline import Failure, Pipeline
from warta.runners.local import run_local
from warta.store import Store


@dataclass
class IngestResult:
    run_id: str
    stored: int = 0
    skipped: int = 0
    failures: list[Failure] = field(default_factory=list)
    events_by_type: dict[str, int] = field(default_factory=dict)


def ingest(
    store: Store,
    pipeline: Pipeline,
    records: Iterable[RawArticle | Failure],
    *,
    command: str = "ingest",
    workers: int = 1,
    batch_size: int = 16,
    force: bool = False,
    on_result: Callable[[Document | Failure | None], None] | None = None,
) -> IngestResult:
    """Process and store records; unchanged documents (same hash, same pipeline) are skipped."""
    run = store.start_run(command, pipeline.version)
    result = IngestResult(run.run_id)

    def todo() -> Iterable[RawArticle | Failure]:
        for rec in records:
            if isinstance(rec, RawArticle) and not force and store.is_current(rec.doc, rec.sha256, pipeline.version):
                result.skipped += 1
                if on_result:
                    on_result(None)
                continue
            yield rec

    batch: list[Document] = []
    failures: list[Failure] = []

    def flush() -> None:
        store.write_batch(batch, pipeline.version, run.run_id, failures)
        result.stored += len(batch)
        result.failures.extend(failures)
        batch.clear()
        failures.clear()

    for out in run_local(pipeline, todo(), workers=workers):
        if isinstance(out, Failure):
            failures.append(out)
        else:
            batch.append(out)
            for ev in out.events:
                result.events_by_type[ev.type] = result.events_by_type.get(ev.type, 0) + 1
        if on_result:
            on_result(out)
        if len(batch) + len(failures) >= batch_size:
            flush()
    flush()
    run.stored, run.skipped, run.failed = result.stored, result.skipped, len(result.failures)
    store.finish_run(run)
    return result
