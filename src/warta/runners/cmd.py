"""``warta run`` and ``warta load``: the pipeline at scale into Parquet, then into DuckDB."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import click

from warta.errors import WartaError


def _submitted() -> bool:
    """True under spark-submit, which sets the master itself."""
    return "PYSPARK_GATEWAY_PORT" in os.environ or "SPARK_ENV_LOADED" in os.environ


def _report(info: object, seconds: float, out: str) -> None:
    from warta.runners.parquet import RunInfo

    assert isinstance(info, RunInfo)
    docs = info.rows.get("documents", 0)
    click.echo(f"warta: {docs} documents, {info.failures} failed in {seconds:.1f}s ({info.engine}) → {out}")
    click.echo("  rows: " + ", ".join(f"{t} {n}" for t, n in info.rows.items()))


@click.command("run")
@click.argument("paths", nargs=-1, required=True)
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True)
@click.option("--out", required=True, help="output folder (or Hadoop URI for spark) for the Parquet tables")
@click.option("--workers", type=int, default=None, help="local: worker processes (default: all cores)")
@click.option("--master", default=None, help="spark: master URL (default: as spark-submit set it, else local[*])")
@click.option("--partitions", type=int, default=None, help="spark: tasks (default: 2 × parallelism)")
@click.option("--no-ner", is_flag=True, help="skip the statistical NER model (lexicon only)")
def run(paths: tuple[str, ...], engine: str, out: str, workers: int | None, master: str | None,
        partitions: int | None, no_ner: bool) -> None:
    """Run the pipeline over inputs and write Parquet tables (documents, events, ..., errors)."""
    from warta.pipeline import build_pipeline
    from warta.settings import Settings

    pipeline = build_pipeline(Settings(use_ner=not no_ner))
    t0 = time.perf_counter()
    try:
        if engine == "local":
            from warta.runners.parquet import run_local_to_parquet

            info = run_local_to_parquet(list(paths), Path(out), pipeline, workers or os.cpu_count() or 1)
        else:
            from warta.runners.spark import run_spark, spark_session

            spark = spark_session(master or ("local[*]" if not _submitted() else None))
            try:
                info = run_spark(spark, list(paths), out, pipeline, partitions)
            finally:
                spark.stop()
    except WartaError as exc:
        raise click.ClickException(str(exc)) from exc
    _report(info, time.perf_counter() - t0, out)
    sys.exit(1 if info.failures else 0)


@click.command("load")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--db", default="warta.duckdb", show_default=True, help="DuckDB file")
def load(folder: str, db: str) -> None:
    """Merge the Parquet tables of a `warta run` into a DuckDB file (loading twice changes nothing)."""
    from warta.runners.parquet import load as load_tables
    from warta.store import Store

    try:
        with Store(db) as store:
            counts = load_tables(Path(folder), store)
    except WartaError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"warta: loaded {folder} → {db}: " + ", ".join(f"{t} {n}" for t, n in counts.items()))


commands = [run, load]
