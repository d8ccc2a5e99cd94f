"""The Spark engine (local[2]) writes the same tables as the local engine."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from warta.pipeline import Pipeline

pytestmark = pytest.mark.spark


def _bad_feed(folder: Path) -> Path:
    path = folder / "feed.jsonl"
    path.write_text(
        json.dumps({"id": "ok-1", "text": "Presiden Prabowo menerima Perdana Menteri Malaysia di Istana."})
        + "\n{broken json\n",
        encoding="utf-8",
    )
    return path


def _both(spark: Any, tmp: Path, inputs: list[str], pipeline: Pipeline) -> tuple[Path, Path]:
    from warta.runners.parquet import run_local_to_parquet
    from warta.runners.spark import run_spark

    local, remote = tmp / "local", tmp / "spark"
    run_local_to_parquet(inputs, local, pipeline, workers=2)  # fresh processes, like Spark's
    run_spark(spark, inputs, str(remote), pipeline, partitions=4)
    return local, remote


def test_spark_equals_local_on_the_seeds_and_keeps_bad_records(
    spark: Any, tmp_path: Path, seed_paths: list[Path], pipeline: Pipeline, rows_of: Any
) -> None:
    from warta.runners.parquet import TABLES, read_manifest

    inputs = [str(p.parent) for p in seed_paths[:1]] + [str(_bad_feed(tmp_path))]
    local, remote = _both(spark, tmp_path, inputs, pipeline)
    for table in TABLES:
        assert rows_of(remote, table) == rows_of(local, table), table
    errors = rows_of(remote, "errors")
    assert len(errors) == 1 and errors[0][0].endswith("feed.jsonl:2")
    assert len(rows_of(remote, "documents")) == len(seed_paths) + 1
    info = read_manifest(remote)
    assert info is not None and info.engine == "spark" and info.failures == 1


def test_spark_equals_local_on_500_real_articles(spark: Any, tmp_path: Path, rows_of: Any) -> None:
    """Lexicon-only (no NER model) to stay within the test budget: the runners, not the
    model, are under test, and the seeds test above runs the full pipeline."""
    from warta.eval.corpora import iter_corpus, shared_data_dir
    from warta.pipeline import build_pipeline
    from warta.runners.parquet import TABLES
    from warta.settings import Settings

    pipeline = build_pipeline(Settings(use_ner=False))
    if shared_data_dir() is None:
        pytest.skip("shared data (../shared/data with indosum) is absent: real-sample comparison not run")
    sample = tmp_path / "indosum-500.jsonl"
    with sample.open("w", encoding="utf-8") as fh:
        for art in itertools.islice(iter_corpus("indosum", full=True), 500):
            raw = art.raw
            fh.write(json.dumps({"id": raw.doc, "text": raw.text, "url": raw.url, "source": raw.outlet_hint,
                                 "published": raw.published_hint}, ensure_ascii=False) + "\n")
    local, remote = _both(spark, tmp_path, [str(sample)], pipeline)
    assert len(rows_of(local, "documents")) == 500
    for table in TABLES:
        assert rows_of(remote, table) == rows_of(local, table), table
