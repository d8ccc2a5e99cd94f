"""The local runner: the pipeline over records, in this process or N worker processes."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult

from warta.model import Document, RawArticle
from warta.pipeline import Failure, Pipeline

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
        # (and stores) this one; memory stays bounded by two batches
        previous: tuple[list[RawArticle | Failure], AsyncResult[list[Document | Failure]]] | None = None
        pending: list[RawArticle | Failure] = []
        for rec in records:
            pending.append(rec)
            if len(pending) >= chunksize * workers * 4:
                submitted = (pending, _submit(pool, pending, chunksize))
                if previous is not None:
                    yield from _merge(*previous)
                previous, pending = submitted, []
        submitted = (pending, _submit(pool, pending, chunksize))
        if previous is not None:
            yield from _merge(*previous)
        yield from _merge(*submitted)


def _submit(
    pool: mp.pool.Pool, batch: list[RawArticle | Failure], chunksize: int
) -> AsyncResult[list[Document | Failure]]:
    raws = [r for r in batch if isinstance(r, RawArticle)]
    return pool.map_async(_work, raws, chunksize=chunksize)


def _merge(
    batch: list[RawArticle | Failure], done: AsyncResult[list[Document | Failure]]
) -> Iterator[Document | Failure]:
    results = iter(done.get())
    for rec in batch:
        yield rec if isinstance(rec, Failure) else next(results)
