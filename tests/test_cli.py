"""The CLI end to end in a temporary directory, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from warta.serialize import contract_schema

ROOT = Path(__file__).resolve().parent.parent


def warta(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "warta.cli", *args], cwd=cwd, capture_output=True, text=True,
                          input=stdin, timeout=300)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("cli")
    r = warta("ingest", str(ROOT / "examples"), "--db", "w.duckdb", cwd=d)
    assert r.returncode == 0, r.stderr
    assert "5 stored" in r.stdout
    return d


def test_extract_jsonl_validates(tmp_path: Path) -> None:
    r = warta("extract", *sorted(str(p) for p in (ROOT / "examples").glob("*.txt")), "--format", "jsonl", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.strip().splitlines()
    assert len(lines) == 5
    for line in lines:
        rec = json.loads(line)
        jsonschema.validate(rec, contract_schema())
        assert rec["text"]


def test_extract_stdin(tmp_path: Path) -> None:
    r = warta("extract", "-", cwd=tmp_path, stdin="Qatar dan Mesir bertemu dengan pejabat Hamas di Kairo.")
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout)
    assert rec["doc"] == "stdin" and rec["lang"] == "id"


def test_ingest_twice_same_counts(store_dir: Path) -> None:
    before = json.loads(warta("stats", "--db", "w.duckdb", "--format", "json", cwd=store_dir).stdout)
    r = warta("ingest", str(ROOT / "examples"), "--db", "w.duckdb", cwd=store_dir)
    assert r.returncode == 0 and "0 stored, 5 unchanged" in r.stdout
    after = json.loads(warta("stats", "--db", "w.duckdb", "--format", "json", cwd=store_dir).stdout)
    for key in ("documents", "sentences", "events", "entities", "quotes", "counts", "dates"):
        assert before[key] == after[key], key


def test_events_by_actor(store_dir: Path) -> None:
    r = warta("events", "--db", "w.duckdb", "--actor", "QAT", "--format", "jsonl", cwd=store_dir)
    assert r.returncode == 0, r.stderr
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert rows and all("QAT" in (x["src_root"], x["tgt_root"]) for x in rows)
    assert all(x["sentence"] for x in rows)


def test_query_commands_and_export(store_dir: Path) -> None:
    for cmd in (["docs"], ["actors"], ["stats"], ["events", "--type", "CONSULT", "--format", "csv"]):
        r = warta(*cmd, "--db", "w.duckdb", cwd=store_dir)
        assert r.returncode == 0, (cmd, r.stderr)
        assert r.stdout.strip()
    for fmt in ("parquet", "csv", "jsonl", "gdelt", "plover"):
        r = warta("export", f"out-{fmt}", "--db", "w.duckdb", "--format", fmt, cwd=store_dir)
        assert r.returncode == 0, r.stderr
        assert any((store_dir / f"out-{fmt}").iterdir())


def test_bad_dyad_is_a_clear_error(store_dir: Path) -> None:
    r = warta("events", "--db", "w.duckdb", "--dyad", "USA", cwd=store_dir)
    assert r.returncode == 2
    assert r.stderr.startswith("warta: error:") and "Traceback" not in r.stderr


def test_every_eval_subcommand_is_registered(tmp_path: Path) -> None:
    r = warta("eval", "--help", cwd=tmp_path)
    assert r.returncode == 0
    for name in ("clean", "language", "ner", "actors", "events"):
        assert f"  {name}" in r.stdout, name
    for name in ("serve", "run", "load"):
        assert warta(name, "--help", cwd=tmp_path).returncode == 0, name
