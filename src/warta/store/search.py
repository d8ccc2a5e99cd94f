"""Full-text search over sentences and articles with DuckDB's ``fts`` extension.

``INSTALL fts`` downloads from DuckDB's extension server, which deployment machines often
cannot reach, so the extension comes from PyPI instead: the ``duckdb-ext-fts`` wheel ships
the binary for one DuckDB release, which is why ``duckdb`` is pinned to that release.

The BM25 indexes (``PRAGMA create_fts_index``) are snapshots: they do not follow later
inserts. ``refresh`` rebuilds them at the end of every ingest or load and records a
fingerprint of the tables; a store whose fingerprint no longer matches (or a platform
without the extension) falls back to ``ILIKE`` substring search, so results are never
stale, only slower. ``Search.mode`` says which one answers (the API reports it in
``/api/stats``).

Words are stemmed with Snowball's Indonesian stemmer ("serangan", "menyerang" and
"diserang" all find "serang"), accents stripped, case folded, and every word of the query
must occur (``conjunctive``), as a search box is expected to behave.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

INDEX_TABLE = "search_sentences"
STEMMER = "indonesian"
_OPTIONS = f"stemmer = '{STEMMER}', stopwords = 'none', ignore = '(\\.|[^\\p{{L}}\\p{{N}}])+', " \
           "strip_accents = 1, lower = 1, overwrite = 1"


def _packaged_extension(con: duckdb.DuckDBPyConnection) -> Path | None:
    spec = importlib.util.find_spec("duckdb_ext")
    if spec is None or not spec.submodule_search_locations:
        return None
    row = con.execute("PRAGMA platform").fetchone()
    platform = str(row[0]) if row else ""
    for base in spec.submodule_search_locations:
        path = Path(base) / "extensions" / f"v{duckdb.__version__}" / platform / "fts.duckdb_extension"
        if path.is_file():
            return path
    return None


def load_fts(con: duckdb.DuckDBPyConnection) -> bool:
    """Load the fts extension: already installed, else the packaged binary; False if neither."""
    try:
        con.execute("LOAD fts")
        return True
    except duckdb.Error:
        pass
    path = _packaged_extension(con)
    if path is None:
        return False
    try:
        con.execute(f"LOAD '{path.as_posix()}'")
    except duckdb.Error:
        return False
    return True


def _fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    """What the indexes were built from: which documents with which content (a replaced document
    changes its sha256 even when counts and timestamps do not), and how many sentences."""
    row = con.execute(
        "SELECT (SELECT count(*) FROM documents), (SELECT max(ingested_at) FROM documents), "
        "(SELECT bit_xor(hash(doc_id || ':' || sha256)) FROM documents), (SELECT count(*) FROM sentences)"
    ).fetchone()
    return "|".join(str(v) for v in (row or ()))


def _indexed_fingerprint(con: duckdb.DuckDBPyConnection) -> str | None:
    try:
        row = con.execute("SELECT fingerprint FROM search_state WHERE name = 'fts'").fetchone()
    except duckdb.Error:
        return None  # no index built yet
    return str(row[0]) if row else None


def refresh(con: duckdb.DuckDBPyConnection) -> bool:
    """Rebuild both indexes (writable store) unless they already match the data (an ingest that
    stored nothing new); False where the extension is unavailable."""
    if not load_fts(con):
        return False
    if _indexed_fingerprint(con) == _fingerprint(con):
        return True
    con.execute(
        f"CREATE OR REPLACE TABLE {INDEX_TABLE} AS "
        "SELECT doc_id || ':' || idx AS sid, doc_id, idx, start, \"end\", text FROM sentences"
    )
    con.execute(f"PRAGMA create_fts_index('{INDEX_TABLE}', 'sid', 'text', {_OPTIONS})")
    con.execute(f"PRAGMA create_fts_index('documents', 'doc_id', 'title', 'text', {_OPTIONS})")
    con.execute("CREATE TABLE IF NOT EXISTS search_state (name VARCHAR PRIMARY KEY, fingerprint VARCHAR)")
    con.execute("INSERT OR REPLACE INTO search_state VALUES ('fts', ?)", [_fingerprint(con)])
    return True


@dataclass(frozen=True, slots=True)
class Search:
    """How free text is matched in one open store: ``fts`` (BM25 index) or ``ilike``."""

    mode: str
    reason: str = ""

    @classmethod
    def detect(cls, con: duckdb.DuckDBPyConnection) -> Search:
        if not load_fts(con):
            return cls("ilike", "the fts extension is not available for this DuckDB build")
        indexed = _indexed_fingerprint(con)
        if indexed is None:
            return cls("ilike", "no full-text index yet (it is built by ingest/load)")
        if indexed != _fingerprint(con):
            return cls("ilike", "the full-text index is older than the data (re-run ingest or load)")
        return cls("fts")

    @property
    def fts(self) -> bool:
        return self.mode == "fts"

    def sentence_hits(self, text: str) -> tuple[str, list[Any]]:
        """A subquery of (doc_id, idx, start, end, score) for the sentences matching ``text``."""
        if self.fts:
            return (
                "(SELECT doc_id, idx, start, \"end\", score FROM (SELECT *, "
                f"fts_main_{INDEX_TABLE}.match_bm25(sid, ?, conjunctive := 1) AS score FROM {INDEX_TABLE}) "
                "WHERE score IS NOT NULL)", [text])
        return ("(SELECT doc_id, idx, start, \"end\", 0.0 AS score FROM sentences WHERE text ILIKE ?)",
                [f"%{text}%"])

    def event_clause(self, text: str) -> tuple[str, list[Any]]:
        """A condition over ``events e``: the event's sentence matches ``text``."""
        if self.fts:
            hits, params = self.sentence_hits(text)
            return (f"EXISTS (SELECT 1 FROM {hits} h WHERE h.doc_id = e.doc_id "
                    "AND h.start <= e.start AND e.start < h.\"end\")", params)
        return "e.sentence ILIKE ?", [f"%{text}%"]

    def document_clause(self, text: str) -> tuple[str, list[Any]]:
        """A condition over ``documents d``: title or clean text matches ``text``."""
        if self.fts:
            return ("d.doc_id IN (SELECT doc_id FROM (SELECT doc_id, "
                    "fts_main_documents.match_bm25(doc_id, ?, conjunctive := 1) AS score FROM documents) "
                    "WHERE score IS NOT NULL)", [text])
        return "(d.text ILIKE ? OR d.title ILIKE ?)", [f"%{text}%", f"%{text}%"]


ILIKE = Search("ilike", "substring match")
