"""The local runner: the pipeline over records, in this process or N worker processes."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult

from warta.model import Document, RawArticle
from warta.pipeline import Failure, Pipeline

# a batch in flight: its failures in input order (None where a record went to the workers)
Submitted = tuple[list[Failure | None], "AsyncResult[list[Document | Failure]]"]
_WORKER_PIPELINE: list[Pipeline] = []  # one per worker process, set by the initializer


def _init(pipeline: Pipeline) -> None:
    _WORKER_PIPELINE[:] = [pipeline]


def _work(rec: RawArticle) -> Document | Failure:
    return _WORKER_PIPELINE[0].process(rec)


def run_local(
    pipeline: Pipeline, records: Iterable[RawArticle | Failure], workers: int = 1, chunksize: int = 8
) -> Iterator[Document | Failure]:
    """Results in input order. With workers > 1 the pipeline is pickled to each worker once."""
    if workers <= 1:
        yield from pipeline.process_many(records)
        return
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_init, initargs=(pipeline,)) as pool:
        # two batches in flight: workers compute the next batch while the caller consumes
        # (and stores) this one; memory stays bounded by two batches, and the caller keeps
        # only each batch's failures (not its raw records, which may be whole HTML pages)
        previous: Submitted | None = None
        pending: list[RawArticle | Failure] = []
        for rec in records:
            pending.append(rec)
            if len(pending) >= chunksize * workers * 4:
                submitted = _submit(pool, pending, chunksize)
                pending = []
                if previous is not None:
                    yield from _merge(*previous)
                previous = submitted
        submitted = _submit(pool, pending, chunksize)
        pending = []
        if previous is not None:
            yield from _merge(*previous)
        yield from _merge(*submitted)


def _submit(pool: mp.pool.Pool, batch: list[RawArticle | Failure], chunksize: int) -> Submitted:
    """Send the batch's records to the workers; the returned slots hold only its failures."""
    slots = [rec if isinstance(rec, Failure) else None for rec in batch]
    raws = [r for r in batch if isinstance(r, RawArticle)]
    return slots, pool.map_async(_work, raws, chunksize=chunksize)


def _merge(slots: list[Failure | None], done: AsyncResult[list[Document | Failure]]) -> Iterator[Document | Failure]:
    """The batch's results in input order: a failure where it was read, else the next result."""
    results = iter(done.get())
    for slot in slots:
        yield slot if slot is not None else next(results)
