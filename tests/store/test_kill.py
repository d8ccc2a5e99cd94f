"""An ingest killed with SIGKILL mid-run leaves no half-written document; a re-run completes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from warta.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _corpus(tmp: Path, n: int) -> Path:
    src = tmp / "in"
    src.mkdir()
    seeds = sorted((ROOT / "examples").glob("*.txt"))
    for i in range(n):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        (src / f"doc{i:03d}.txt").write_text(f"{text}\n\nSalinan nomor {i}.", encoding="utf-8")
    return src


def test_sigkill_then_rerun_stores_each_document_once(tmp_path: Path) -> None:
    src = _corpus(tmp_path, 90)
    db = tmp_path / "w.duckdb"
    cmd = [sys.executable, "-m", "warta.cli", "ingest", str(src), "--db", str(db), "--no-ner"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Kill once a first batch has been committed: DuckDB's write-ahead log then has content. A log that has
    # grown may still hold a batch being written when the kill lands (then nothing is stored yet), so wait
    # until it grows again past the first batch or is checkpointed (shrinks): a later batch is under way.
    wal = Path(str(db) + ".wal")
    deadline = time.time() + 180
    first = 0
    while time.time() < deadline and proc.poll() is None:
        try:
            size = wal.stat().st_size
        except FileNotFoundError:  # not yet created, or removed by a checkpoint between two looks
            size = 0
        if not first and size > 50_000:
            first = size
        elif first and (size > first + 50_000 or size < first):
            break
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed; enlarge the corpus"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)
    with Store(db) as store:
        partial = store.counts()["documents"]
        # every stored document is whole: each has its sentences
        _, rows = store.query("SELECT count(*) FROM documents d WHERE NOT EXISTS "
                              "(SELECT 1 FROM sentences s WHERE s.doc_id = d.doc_id)")
        assert rows[0][0] == 0
    assert 0 < partial < 90, partial
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    with Store(db, read_only=True) as store:
        _, rows = store.query("SELECT count(*), count(DISTINCT doc) FROM documents")
        assert rows[0] == (90, 90)
        _, dup = store.query("SELECT count(*) FROM (SELECT doc_id, idx FROM sentences GROUP BY ALL HAVING count(*) > 1)")
        assert dup[0][0] == 0
