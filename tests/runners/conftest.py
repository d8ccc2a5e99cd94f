"""Fixtures for the runner tests: comparing two Parquet outputs, and a local Spark session.

Spark tests need Java and PySpark. When either is missing the session fixture tries to
install it (pip for PySpark; apt-get for Java only when running as root) and otherwise
skips with the reason, so a plain checkout still passes.
"""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# columns that legitimately differ between two runs of the same input
VOLATILE = {"documents": ("run_id", "ingested_at"), "errors": ("run_id", "at")}


def table_rows(out: Path, table: str) -> list[tuple[Any, ...]]:
    """A table of a run, volatile columns dropped, in a canonical order."""
    import duckdb

    drop = ", ".join(f'"{c}"' for c in VOLATILE.get(table, ()))
    exclude = f"EXCLUDE ({drop})" if drop else ""
    con = duckdb.connect(":memory:")
    try:
        return con.execute(f"SELECT * {exclude} FROM read_parquet('{out}/{table}/*.parquet') ORDER BY ALL").fetchall()
    finally:
        con.close()


@pytest.fixture(scope="session")
def rows_of() -> Any:
    return table_rows


def _ensure_pyspark() -> str | None:
    try:
        importlib.import_module("pyspark")
        importlib.import_module("pyarrow")
        return None
    except ModuleNotFoundError:
        pass
    proc = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "pyspark>=3.5", "pyarrow>=15"],
                          capture_output=True, text=True, timeout=600, check=False)
    if proc.returncode != 0:
        return f"PySpark is not installed and `pip install pyspark pyarrow` failed: {proc.stderr.strip()[-300:]}"
    importlib.invalidate_caches()
    return None


def _ensure_java() -> str | None:
    if shutil.which("java") or os.environ.get("JAVA_HOME"):
        return None
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        proc = subprocess.run(["apt-get", "install", "-y", "openjdk-17-jre-headless"],
                              capture_output=True, text=True, timeout=900, check=False)
        if proc.returncode == 0 and shutil.which("java"):
            return None
        return f"Java is missing and `apt-get install -y openjdk-17-jre-headless` failed: {proc.stderr.strip()[-300:]}"
    return "Java 17 is missing (install openjdk-17-jre-headless or set JAVA_HOME); not root, so not installing it"


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    reason = _ensure_java() or _ensure_pyspark()
    if reason:
        pytest.skip(reason)
    from warta.runners.spark import spark_session

    session = spark_session("local[2]", app="warta-tests")
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
