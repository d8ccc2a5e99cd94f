"""PartWriter streams rows through staging files into bounded Parquet parts: same rows, in order."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import duckdb

from warta.model import Document
from warta.pipeline import Failure
from warta.runners.parquet import TABLES, PartWriter, rows_for, schema


def _read(path: Path, column: str) -> list[object]:
    return [r[0] for r in duckdb.sql(f"SELECT \"{column}\" FROM read_parquet('{path}')").fetchall()]


def test_rows_split_into_parts_in_order(tmp_path: Path) -> None:
    writer = PartWriter(tmp_path, rows_per_part=5)
    for i in range(11):
        writer.add(rows_for(Failure(f"doc{i}", "clean", "stage", f"reason {i}"), "v", "run1"))
    assert writer.close()["errors"] == 11
    parts = sorted((tmp_path / "errors").glob("*.parquet"))
    assert [p.name for p in parts] == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    assert [w for p in parts for w in _read(p, "where")] == [f"doc{i}" for i in range(11)]
    assert not list((tmp_path / "errors").glob(".part-*"))  # staging files are gone


def test_column_types_and_values_survive(tmp_path: Path) -> None:
    text = "Blinken “bertemu” Tamim di Doha, Rabu (21/8).\n\\ 'kutip' 𝔘"
    doc = Document(doc="a'b.txt", origin="x", sha256="0", raw=text, text=text, published="2024-08-22",
                   authors=("Ana", "Budi"), paragraphs=((0, 10), (11, len(text))), hints=(("k", "v"),))
    writer = PartWriter(tmp_path)
    writer.add(rows_for(doc, "v1", "run1"))
    writer.close()
    part = tmp_path / "documents" / "part-00000.parquet"
    kinds = {r[0]: r[1] for r in duckdb.sql(f"DESCRIBE SELECT * FROM read_parquet('{part}')").fetchall()}
    assert [n for n, _ in schema()["documents"]] == list(kinds)
    assert kinds["published"] == "DATE" and kinds["ingested_at"] == "TIMESTAMP" and kinds["authors"] == "VARCHAR[]"
    assert _read(part, "text") == [text] and _read(part, "doc") == ["a'b.txt"]
    assert _read(part, "published") == [date(2024, 8, 22)] and _read(part, "authors") == [["Ana", "Budi"]]
    assert isinstance(_read(part, "ingested_at")[0], datetime)
    assert _read(part, "paragraphs") == [f"[[0, 10], [11, {len(text)}]]"]


def test_empty_tables_get_one_part_with_the_schema(tmp_path: Path) -> None:
    writer = PartWriter(tmp_path)
    assert writer.close() == dict.fromkeys(TABLES, 0)
    for t in TABLES:
        (part,) = (tmp_path / t).glob("*.parquet")
        cols = duckdb.sql(f"DESCRIBE SELECT * FROM read_parquet('{part}')").fetchall()
        assert [c[0] for c in cols] == [n for n, _ in schema()[t]]
        assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{part}')").fetchone() == (0,)


def test_the_writer_does_not_load_pyarrow(tmp_path: Path) -> None:
    loaded = "pyarrow" in sys.modules
    writer = PartWriter(tmp_path)
    writer.add(rows_for(Failure("d", "clean", "stage", "r"), "v", "run1"))
    writer.close()
    assert loaded or "pyarrow" not in sys.modules
