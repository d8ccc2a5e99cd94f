"""run_local's batches: results in input order, failures kept in place, no raw record held."""

from __future__ import annotations

from typing import Any

from warta.model import RawArticle
from warta.pipeline import Failure
from warta.runners.local import _merge, _submit


class _Done:
    def __init__(self, value: list[Any]) -> None:
        self.value = value

    def get(self) -> list[Any]:
        return self.value


class _Pool:
    """Stands in for a multiprocessing pool: 'processes' each record into its doc name."""

    def __init__(self) -> None:
        self.sent: list[RawArticle] = []

    def map_async(self, fn: Any, raws: list[RawArticle], chunksize: int) -> _Done:
        self.sent += raws
        return _Done([f"done:{r.doc}" for r in raws])


def test_batch_keeps_only_failures_and_merges_in_order() -> None:
    fail = Failure("b.html", "read", "input", "not UTF-8")
    batch: list[RawArticle | Failure] = [RawArticle("a", "a", "<html>" + "x" * 1000), fail,
                                         RawArticle("c", "c", "teks")]
    pool = _Pool()
    slots, done = _submit(pool, batch, chunksize=2)  # type: ignore[arg-type]  # a stand-in pool
    assert slots == [None, fail, None]  # the caller holds no raw text while workers run
    assert [r.doc for r in pool.sent] == ["a", "c"]
    assert list(_merge(slots, done)) == ["done:a", fail, "done:c"]
