"""The Parquet table set a run writes: one folder per store table, read by DuckDB directly.

Rows are built by the store's own ``_rows`` so every column matches the DuckDB schema
(names and order taken from the migrations, types coerced to the column's type), and
``load`` merges a table set into a DuckDB file the way ``warta ingest`` would: a document
already stored is replaced, so loading the same output twice changes nothing.

Layout: ``OUT/<table>/part-*.parquet`` for each table of :data:`TABLES`, plus
``OUT/_warta_run.json`` (run id, pipeline version, counts) written last, as a commit mark.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import duckdb

from warta.errors import ConfigError, StoreError
from warta.model import Document
from warta.pipeline import Failure, Pipeline
from warta.store.db import _rows, doc_id_for
from warta.store.migrations import DOC_TABLES, MIGRATIONS

TABLES: tuple[str, ...] = ("documents", *DOC_TABLES, "errors")
MANIFEST = "_warta_run.json"
Rows = dict[str, list[list[Any]]]


@cache
def schema() -> dict[str, tuple[tuple[str, str], ...]]:
    """(column, DuckDB type) per table, from the migrations applied to an empty database."""
    con = duckdb.connect(":memory:")
    try:
        for _version, _desc, sql in MIGRATIONS:
            con.execute(sql)
        return {t: tuple((str(r[0]), str(r[1])) for r in con.execute(f"DESCRIBE {t}").fetchall())
                for t in TABLES}
    finally:
        con.close()


def new_run_id() -> str:
    return uuid.uuid4().hex[:12]


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _coerce(value: Any, kind: str) -> Any:
    """A Python value as the column's type expects it (DATE from an ISO string, etc.)."""
    if value is None:
        return None
    if kind == "DATE" and isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    if kind in ("INTEGER", "BIGINT") and not isinstance(value, bool):
        return int(value)
    if kind == "DOUBLE":
        return float(value)
    return value


def error_row(failure: Failure, run_id: str | None) -> list[Any]:
    return [run_id, _now(), failure.where, failure.stage, failure.kind, failure.reason]


def rows_for(out: Document | Failure, version: str, run_id: str | None) -> Rows:
    """Rows per table for one pipeline result, in column order with coerced types."""
    if isinstance(out, Failure):
        raw: Rows = {"errors": [error_row(out, run_id)]}
    else:
        raw = _rows(doc_id_for(out.doc), out, version, run_id)
    cols = schema()
    return {t: [[_coerce(v, k) for v, (_, k) in zip(r, cols[t], strict=True)] for r in rs]
            for t, rs in raw.items() if rs}


def _json_value(value: Any) -> Any:
    """JSON for the few non-JSON values rows hold (dates and timestamps, as ISO strings)."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} to a Parquet part")


def _read_type(kind: str) -> str:
    """How a staged column is read back: JSON columns stay text (the Parquet column is a string)."""
    return "VARCHAR" if kind == "JSON" else kind.replace("JSON[]", "VARCHAR[]")


class PartWriter:
    """Streams rows into numbered Parquet parts (``<table>/part-NNNNN.parquet``) through DuckDB.

    Each row goes straight to the table's staging file (newline-delimited JSON beside the
    part, ``.part-NNNNN.ndjson``); after ``rows_per_part`` rows, and at :meth:`close`, DuckDB
    copies the staged rows, in order, into the Parquet part (row groups of ``rows_per_group``)
    and the staging file is removed. No rows are held in memory and pyarrow is not loaded
    (importing it alone cost 28 MB of the run's peak memory; duckdb is loaded anyway). A part
    is complete once :meth:`close` has run.
    """

    def __init__(self, out: Path, rows_per_part: int = 20_000, rows_per_group: int = 100_000) -> None:
        self.out = out
        self.rows_per_part = rows_per_part
        self.rows_per_group = rows_per_group
        self.parts: dict[str, int] = dict.fromkeys(TABLES, 0)
        self.written: dict[str, int] = dict.fromkeys(TABLES, 0)
        self._staged: dict[str, Any] = {}  # table -> open staging file of its current part
        self._in_part: dict[str, int] = dict.fromkeys(TABLES, 0)
        self._con = duckdb.connect(":memory:")
        for t in TABLES:
            (out / t).mkdir(parents=True, exist_ok=True)

    def _staging(self, table: str) -> Path:
        return self.out / table / f".part-{self.parts[table]:05d}.ndjson"

    def add(self, rows: Rows) -> None:
        cols = schema()
        for t, rs in rows.items():
            if not rs:
                continue
            f = self._staged.get(t)
            if f is None:
                f = self._staged[t] = self._staging(t).open("w", encoding="utf-8")
            names = [n for n, _ in cols[t]]
            for r in rs:
                f.write(json.dumps(dict(zip(names, r, strict=True)), default=_json_value, ensure_ascii=False))
                f.write("\n")
            self._in_part[t] += len(rs)
            self.written[t] += len(rs)
            if self._in_part[t] >= self.rows_per_part:
                self._end_part(t)

    def _copy(self, table: str, source: str) -> None:
        path = self.out / table / f"part-{self.parts[table]:05d}.parquet"
        self._con.execute(f"COPY ({source}) TO '{_sql_str(str(path))}' "
                          f"(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE {int(self.rows_per_group)})")
        self.parts[table] += 1
        self._in_part[table] = 0

    def _end_part(self, table: str) -> None:
        f = self._staged.pop(table, None)
        if f is None:
            return
        f.close()
        staging = self._staging(table)
        columns = ", ".join(f"'{_sql_str(n)}': '{_read_type(k)}'" for n, k in schema()[table])
        names = ", ".join(f'"{n}"' for n, _ in schema()[table])
        self._copy(table, f"SELECT {names} FROM read_json('{_sql_str(str(staging))}', format='newline_delimited', "
                          f"columns={{{columns}}}, maximum_object_size=1073741824)")
        staging.unlink()

    def close(self) -> dict[str, int]:
        for t in TABLES:
            self._end_part(t)
            if not self.parts[t]:  # no rows at all: an empty part, so the table has a schema
                cols = ", ".join(f'CAST(NULL AS {_read_type(k)}) AS "{n}"' for n, k in schema()[t])
                self._copy(t, f"SELECT {cols} LIMIT 0")
        self._con.close()
        return dict(self.written)


def _sql_str(text: str) -> str:
    return text.replace("'", "''")


@dataclass
class RunInfo:
    run_id: str
    pipeline_version: str
    engine: str
    command: str
    started: str
    finished: str
    rows: dict[str, int]
    failures: int

    def to_json(self) -> str:
        return json.dumps(self.__dict__, indent=1, sort_keys=True)


def write_manifest(out: Path, info: RunInfo) -> None:
    (out / MANIFEST).write_text(info.to_json() + "\n", encoding="utf-8")


def parquet_glob(out: str | Path, table: str) -> str:
    return f"{str(out).rstrip('/')}/{table}/*.parquet"


def check_out_dir(out: Path) -> None:
    """Refuse to mix two runs' parts in one folder."""
    if out.exists() and any(out.iterdir()):
        raise ConfigError(f"output folder {out} is not empty: choose a new --out")


def read_manifest(out: Path) -> RunInfo | None:
    path = out / MANIFEST
    if not path.exists():
        return None
    return RunInfo(**json.loads(path.read_text(encoding="utf-8")))


def load(out: Path, store: Any) -> dict[str, int]:
    """Merge a run's tables into ``store`` (a :class:`warta.store.Store`) in one transaction.

    Documents in the run replace the stored ones with the same ``doc_id`` (with all their
    rows); the run's errors replace those of the same run id; so loading twice is a no-op.
    """
    info = read_manifest(out)
    if info is None:
        raise StoreError(f"{out} has no {MANIFEST}: not a finished `warta run` output")
    con: duckdb.DuckDBPyConnection = store.con
    present = {t: parquet_glob(out, t) for t in TABLES if any((out / t).glob("*.parquet"))}
    if "documents" not in present:
        raise StoreError(f"{out} has no documents table")
    counts: dict[str, int] = {}
    with store.transaction():
        con.execute("CREATE OR REPLACE TEMP TABLE _load_ids AS SELECT DISTINCT doc_id"
                    f" FROM read_parquet('{present['documents']}')")
        for t in ("documents", *DOC_TABLES):
            con.execute(f"DELETE FROM {t} WHERE doc_id IN (SELECT doc_id FROM _load_ids)")
        con.execute("DELETE FROM errors WHERE run_id = ?", [info.run_id])
        for t, glob in present.items():
            # BY NAME: robust to column order; the run's columns must exist in the store
            con.execute(f"INSERT INTO {t} BY NAME SELECT * FROM read_parquet('{glob}')")
            row = con.execute(f"SELECT count(*) FROM read_parquet('{glob}')").fetchone()
            counts[t] = int(row[0]) if row else 0
        con.execute("DROP TABLE _load_ids")
        con.execute("DELETE FROM ingest_runs WHERE run_id = ?", [info.run_id])
        con.execute(
            "INSERT INTO ingest_runs (run_id, started, finished, pipeline_version, command, documents, skipped,"
            " failures) VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
            [info.run_id, datetime.fromisoformat(info.started), datetime.fromisoformat(info.finished),
             info.pipeline_version, info.command, counts.get("documents", 0), info.failures],
        )
    store.refresh_search()
    return counts


def iso_now() -> str:
    return _now().isoformat(timespec="seconds")


def collect(results: Iterable[Document | Failure], writer: PartWriter, version: str, run_id: str) -> int:
    """Write every result's rows; return the number of failures."""
    failures = 0
    for out in results:
        failures += isinstance(out, Failure)
        writer.add(rows_for(out, version, run_id))
    return failures


def run_local_to_parquet(paths: Sequence[str], out: Path, pipeline: Pipeline, workers: int) -> RunInfo:
    """The local engine: read inputs, run the pipeline over ``workers`` processes, write tables."""
    from warta.ingest import iter_inputs
    from warta.runners.local import run_local

    check_out_dir(out)
    run_id, started = new_run_id(), iso_now()
    writer = PartWriter(out)
    records = iter_inputs(list(paths), pipeline.settings)
    failures = collect(run_local(pipeline, records, workers=workers), writer, pipeline.version, run_id)
    info = RunInfo(run_id, pipeline.version, "local", "run --engine local", started, iso_now(),
                   writer.close(), failures)
    write_manifest(out, info)
    return info

