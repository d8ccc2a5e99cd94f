"""The Spark runner: the same picklable pipeline over a cluster with ``mapPartitions``.

Inputs are read as whole files from any Hadoop-compatible path (``file://``, ``hdfs://``,
``s3a://``) and handed, as byte streams, to warta's own readers, so text, HTML, JSONL,
CSV and WARC behave exactly as with ``warta ingest``. The pipeline ships to the Python
workers as a broadcast value (a reused worker keeps its loaded lexicons between tasks);
each partition yields store rows built by :mod:`warta.runners.parquet`, and every table
is written as partitioned Parquet that DuckDB reads directly. A record that fails becomes
an ``errors`` row; it never fails the job. No pipeline logic lives here.
"""

from __future__ import annotations

import gzip
import importlib.util
import io
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlparse

from warta.errors import ConfigError
from warta.model import RawArticle
from warta.pipeline import Failure, Pipeline
from warta.runners.parquet import (
    MANIFEST,
    TABLES,
    RunInfo,
    iso_now,
    new_run_id,
    rows_for,
    schema,
)
from warta.settings import Settings

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

_SCHEMES = ("file:", "hdfs:", "s3a:", "s3:", "s3n:", "gs:", "abfs:", "abfss:", "wasb:", "wasbs:", "viewfs:")


def _require_pyspark() -> None:
    if importlib.util.find_spec("pyspark") is None:
        raise ConfigError("the Spark engine needs PySpark: pip install 'warta[spark]' (and Java 17)")


# Local mode only: the JVM shares the machine's cores with the Python workers, and it only
# moves bytes (shuffle, row conversion, Parquet). Its C2 JIT compiler spent more CPU than all
# executor threads together (4-5 s against ~1.5 s per 500 articles, measured); C1 alone
# compiles cheaply and the JVM's whole CPU share halves. A cluster's long-lived executors
# amortise C2, so nothing is changed there (nor when the caller set driver Java options).
LOCAL_JAVA_OPTIONS = "-XX:TieredStopAtLevel=1"


def spark_session(master: str | None = None, app: str = "warta") -> SparkSession:
    """A session for the runner; ``master`` None keeps what spark-submit configured."""
    _require_pyspark()
    from pyspark.sql import SparkSession

    # local mode: Python workers run this interpreter, so they import this warta
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app)
    conf = {
        "spark.sql.session.timeZone": "UTC",
        "spark.sql.parquet.outputTimestampType": "TIMESTAMP_MICROS",
        "spark.ui.showConsoleProgress": "false",
        "spark.python.worker.reuse": "true",
    }
    if master:
        builder = builder.master(master)
        if master.startswith("local") and "--driver-java-options" not in os.environ.get("PYSPARK_SUBMIT_ARGS", ""):
            conf["spark.driver.extraJavaOptions"] = LOCAL_JAVA_OPTIONS
    for key, value in conf.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def to_uri(path: str) -> str:
    """A Hadoop URI for a CLI path: schemes pass through, local paths become absolute file: URIs."""
    if path.startswith(_SCHEMES):
        return path
    return Path(path).resolve().as_uri()


def where_of(uri: str) -> str:
    """The record origin for a file: a local path for ``file:`` URIs (as ``warta ingest`` gives)."""
    parsed = urlparse(uri)
    return unquote(parsed.path) if parsed.scheme == "file" else uri


def read_file(uri: str, content: bytes, settings: Settings) -> Iterator[RawArticle | Failure]:
    """Records of one whole file's bytes, through warta's readers (``.gz`` transparently)."""
    from warta.ingest.readers import read_stream

    where = where_of(uri)
    name = PurePosixPath(urlparse(uri).path).name
    if name.lower().endswith(".gz"):
        try:
            content = gzip.decompress(content)
        except (OSError, EOFError) as exc:
            yield Failure(where, "read", "unreadable", f"cannot read: {exc}")
            return
        name = name[:-3]
    yield from read_stream(name, where, io.BufferedReader(io.BytesIO(content)), settings)


def spark_schema(table: str) -> Any:
    """The Spark schema of one store table (from the DuckDB column types)."""
    from pyspark.sql import types as T

    simple = {"VARCHAR": T.StringType(), "JSON": T.StringType(), "INTEGER": T.IntegerType(),
              "BIGINT": T.LongType(), "DOUBLE": T.DoubleType(), "BOOLEAN": T.BooleanType(),
              "DATE": T.DateType(), "TIMESTAMP": T.TimestampNTZType()}

    def kind(k: str) -> Any:
        if k.endswith("[]"):
            return T.ArrayType(kind(k[:-2]))
        if k not in simple:
            raise ConfigError(f"no Spark type for DuckDB column type {k}")
        return simple[k]

    return T.StructType([T.StructField(n, kind(k), True) for n, k in schema()[table]])


def wide_schema() -> Any:
    """One row type for all tables: the table's name and one struct column per table.

    The Python stage then runs once; each table is a projection of the cached result
    that the JVM writes without going back to Python.
    """
    from pyspark.sql import types as T

    fields = [T.StructField("_table", T.StringType(), False)]
    fields += [T.StructField(t, spark_schema(t), True) for t in TABLES]
    return T.StructType(fields)


# One pipeline per Python worker process and settings, as in runners.local: a reused
# worker keeps its loaded lexicons and model across tasks, jobs and runs.
_WORKER_PIPELINES: dict[tuple[Settings, str, tuple[str, ...]], Pipeline] = {}


def _worker_pipeline(shipped: Pipeline) -> Pipeline:
    key = (shipped.settings, shipped.version, shipped.names)
    return _WORKER_PIPELINES.setdefault(key, shipped)


def _process_partition(
    records: Iterable[RawArticle | Failure], shipped: Pipeline, run_id: str
) -> Iterator[tuple[Any, ...]]:
    pipeline = _worker_pipeline(shipped)
    slot = {t: i for i, t in enumerate(TABLES)}
    empty: list[Any] = [None] * len(TABLES)
    for rec in records:
        out = rec if isinstance(rec, Failure) else pipeline.process(rec)
        for table, rows in rows_for(out, pipeline.version, run_id).items():
            for row in rows:
                wide = empty.copy()
                wide[slot[table]] = tuple(row)
                yield (table, *wide)


def _write_text(spark: SparkSession, uri: str, text: str) -> None:
    """Write a small file through the Hadoop file system of ``uri`` (any scheme)."""
    jvm = spark.sparkContext._jvm  # py4j gateway: the Hadoop FS API has no Python binding
    jsc = spark.sparkContext._jsc
    assert jvm is not None and jsc is not None
    path = jvm.org.apache.hadoop.fs.Path(uri)
    fs = path.getFileSystem(jsc.hadoopConfiguration())
    stream = fs.create(path, True)
    try:
        stream.write(bytearray(text.encode("utf-8")))
    finally:
        stream.close()


def run_spark(
    spark: SparkSession,
    paths: Sequence[str],
    out: str,
    pipeline: Pipeline,
    partitions: int | None = None,
) -> RunInfo:
    """Read ``paths``, run ``pipeline`` in ``partitions`` tasks, write every table under ``out``."""
    from pyspark import StorageLevel

    sc = spark.sparkContext
    run_id, started = new_run_id(), iso_now()
    out_uri = to_uri(out).rstrip("/")
    settings = pipeline.settings
    files = (
        spark.read.format("binaryFile")
        .option("recursiveFileLookup", "true")
        .load([to_uri(p) for p in paths])
        .select("path", "content")
        .rdd
    )
    # several tasks per core: the last tasks of a stage are short, so no core idles long
    n = partitions or max(2, sc.defaultParallelism * 4)
    records = files.flatMap(lambda row: read_file(row[0], bytes(row[1]), settings)).repartition(n)
    shipped = sc.broadcast(pipeline)
    rows = records.mapPartitions(lambda part: _process_partition(part, shipped.value, run_id))
    wide = spark.createDataFrame(rows, wide_schema(), verifySchema=False).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        counts = {str(r[0]): int(r[1]) for r in wide.groupBy("_table").count().collect()}
        for table in TABLES:
            wide.where(wide["_table"] == table).select(f"{table}.*").write.mode("errorifexists").parquet(
                f"{out_uri}/{table}"
            )
    finally:
        wide.unpersist()
        shipped.unpersist()
    info = RunInfo(run_id, pipeline.version, "spark", "run --engine spark", started, iso_now(),
                   {t: counts.get(t, 0) for t in TABLES}, counts.get("errors", 0))
    _write_text(spark, f"{out_uri}/{MANIFEST}", info.to_json() + "\n")
    return info
