"""The local engine writes the store's tables as Parquet; `warta load` merges them like ingest."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest

from warta.errors import ConfigError
from warta.ingest import iter_inputs
from warta.ingest_job import ingest
from warta.pipeline import Pipeline
from warta.runners.parquet import TABLES, load, run_local_to_parquet, schema
from warta.store import Store


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory, seed_paths: list[Path]) -> list[str]:
    bad = tmp_path_factory.mktemp("bad") / "feed.jsonl"
    bad.write_text(
        json.dumps({"id": "ok-1", "text": "Menteri Luar Negeri Retno Marsudi bertemu Menlu Australia di Jakarta."})
        + "\n{this is not json\n" + json.dumps({"id": "no-text", "title": "tanpa isi"}) + "\n",
        encoding="utf-8",
    )
    return [*(str(p) for p in seed_paths), str(bad)]


@pytest.fixture(scope="module")
def local_out(tmp_path_factory: pytest.TempPathFactory, inputs: list[str], pipeline: Pipeline) -> Path:
    out = tmp_path_factory.mktemp("run") / "out"
    run_local_to_parquet(inputs, out, pipeline, workers=1)
    return out


def test_every_table_has_the_store_columns(local_out: Path) -> None:
    con = duckdb.connect(":memory:")
    for table in TABLES:
        described = con.execute(f"DESCRIBE SELECT * FROM read_parquet('{local_out}/{table}/*.parquet')").fetchall()
        want = [(n, "VARCHAR" if k == "JSON" else k) for n, k in schema()[table]]
        assert [(r[0], r[1]) for r in described] == want, table


def test_bad_records_become_error_rows(local_out: Path, rows_of: Any) -> None:
    errors = rows_of(local_out, "errors")
    assert len(errors) == 2  # the broken JSON line and the record without text
    assert {e[0].rsplit(":", 1)[-1] for e in errors} == {"2", "3"}  # "where" points at the lines
    docs = {r[1] for r in rows_of(local_out, "documents")}
    assert "ok-1" in docs and len(docs) == 6


def test_load_equals_ingest_and_is_idempotent(
    tmp_path: Path, local_out: Path, inputs: list[str], pipeline: Pipeline
) -> None:
    with Store(tmp_path / "ingested.duckdb") as a:
        ingest(a, pipeline, iter_inputs(inputs, pipeline.settings))
        want = _dump(a)
    with Store(tmp_path / "loaded.duckdb") as b:
        load(local_out, b)
        once = _dump(b)
        load(local_out, b)
        assert _dump(b) == once
        runs = b.con.execute("SELECT count(*) FROM ingest_runs").fetchall()[0][0]
    assert runs == 1
    assert once == want


def test_refuses_a_non_empty_output_folder(tmp_path: Path, pipeline: Pipeline) -> None:
    (tmp_path / "old.txt").write_text("x", encoding="utf-8")
    with pytest.raises(ConfigError, match="not empty"):
        run_local_to_parquet([], tmp_path, pipeline, workers=1)


def test_two_workers_write_the_same_tables(
    tmp_path: Path, local_out: Path, inputs: list[str], pipeline: Pipeline, rows_of: Any
) -> None:
    out = tmp_path / "two"
    run_local_to_parquet(inputs, out, pipeline, workers=2)
    for table in TABLES:
        assert rows_of(out, table) == rows_of(local_out, table), table


def _dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every document table, volatile columns dropped, sorted; errors without run/time."""
    out = {}
    for table in ("documents", "lines", "sentences", "entities", "mentions", "events", "quotes", "counts", "dates"):
        drop = " EXCLUDE (run_id, ingested_at)" if table == "documents" else ""
        out[table] = store.con.execute(f"SELECT *{drop} FROM {table} ORDER BY ALL").fetchall()
    out["errors"] = store.con.execute('SELECT "where", stage, kind, reason FROM errors ORDER BY ALL').fetchall()
    return out


def test_cli_run_then_load(tmp_path: Path, seed_paths: list[Path]) -> None:
    from click.testing import CliRunner

    from warta.cli import cli

    out, db = tmp_path / "out", tmp_path / "w.duckdb"
    runner = CliRunner()
    ran = runner.invoke(cli, ["run", "--engine", "local", str(seed_paths[0]), "--out", str(out), "--workers", "1"])
    assert ran.exit_code == 0, ran.output
    assert "1 documents, 0 failed" in ran.output
    loaded = runner.invoke(cli, ["load", str(out), "--db", str(db)])
    assert loaded.exit_code == 0, loaded.output
    with Store(db, read_only=True) as store:
        assert store.doc_ids() == [seed_paths[0].name]
