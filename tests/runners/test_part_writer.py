"""PartWriter streams row groups into bounded parts: same rows, in order, few held in memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.pipeline import Failure
from warta.runners.parquet import TABLES, PartWriter, rows_for

pq = pytest.importorskip("pyarrow.parquet", reason="the Parquet writer needs pyarrow")


def test_rows_split_into_groups_and_parts_in_order(tmp_path: Path) -> None:
    writer = PartWriter(tmp_path, rows_per_part=5, rows_per_group=2)
    held = []
    for i in range(11):
        writer.add(rows_for(Failure(f"doc{i}", "clean", "stage", f"reason {i}"), "v", "run1"))
        held.append(len(writer.buffers["errors"]))
    assert max(held) < 2  # a full group is written at once, not kept
    assert writer.close()["errors"] == 11
    parts = sorted((tmp_path / "errors").glob("*.parquet"))
    assert [p.name for p in parts] == ["part-00000.parquet", "part-00001.parquet"]
    groups = [pq.ParquetFile(p).metadata.num_row_groups for p in parts]
    assert groups == [3, 3]  # 2+2+2 rows, then 2+2+1
    where = [w for p in parts for w in pq.read_table(p).column("where").to_pylist()]
    assert where == [f"doc{i}" for i in range(11)]


def test_empty_tables_get_one_part_with_the_schema(tmp_path: Path) -> None:
    writer = PartWriter(tmp_path)
    assert writer.close() == dict.fromkeys(TABLES, 0)
    for t in TABLES:
        (part,) = (tmp_path / t).glob("*.parquet")
        assert pq.read_table(part).num_rows == 0 and len(pq.read_schema(part)) > 1
