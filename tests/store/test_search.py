"""Full-text search: BM25 over sentences and articles, ILIKE when the index is stale."""

from __future__ import annotations

import platform
from dataclasses import replace
from pathlib import Path

import pytest

from warta.api import queries as aq
from warta.ingest import iter_inputs
from warta.ingest_job import ingest
from warta.model import Document
from warta.store import Store
from warta.store.queries import EventFilter, count_events, documents
from warta.store.search import ILIKE

FTS_PLATFORM = platform.system() == "Linux" and platform.machine() == "x86_64"
needs_fts = pytest.mark.skipif(not FTS_PLATFORM, reason="duckdb-ext-fts ships Linux x86_64 binaries only")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, pipeline, seed_paths, settings) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("search") / "w.duckdb"
    with Store(path) as store:
        ingest(store, pipeline, iter_inputs([str(p) for p in seed_paths], settings))
    return path


@needs_fts
def test_ingest_builds_a_fresh_index(db: Path) -> None:
    with Store(db, read_only=True) as store:
        found = store.search()
        assert found.mode == "fts", found.reason


@needs_fts
def test_stemmed_words_match_other_forms(db: Path) -> None:
    with Store(db, read_only=True) as store:
        total, rows = aq.sentences(store, "serangan", 50, 0)
        texts = [r["text"].lower() for r in rows]
        # the Indonesian stemmer maps serangan/menyerang/diserang to one stem
        assert total == len(rows) >= 2
        assert any("menyerang" in t and "serangan" not in t for t in texts), texts
        assert all("serang" in t or "nyerang" in t for t in texts)  # meN- + s → meny-
        assert rows == sorted(rows, key=lambda r: -r["score"])


@needs_fts
def test_every_query_word_must_occur(db: Path) -> None:
    with Store(db, read_only=True) as store:
        _, both = aq.sentences(store, "gencatan Qatar", 100, 0)
        _, one = aq.sentences(store, "gencatan", 100, 0)
    assert both and len(both) < len(one)
    assert all("gencatan" in r["text"].lower() and "qatar" in r["text"].lower() for r in both)


@needs_fts
def test_events_and_documents_filter_through_the_index(db: Path) -> None:
    with Store(db, read_only=True) as store:
        n = count_events(store, EventFilter(search="menyerang"))
        _, stemmed = store.query("SELECT count(*) FROM events WHERE sentence ILIKE '%serang%' "
                                 "OR sentence ILIKE '%nyerang%'")
        assert 1 <= n <= int(stemmed[0][0])
        _, docs = documents(store, search="Blinken")
        _, substring = store.query("SELECT count(*) FROM documents WHERE text ILIKE '%blinken%'")
        assert len(docs) == int(substring[0][0]) >= 1
        _, none = documents(store, search="zzzqqq")
        assert none == []


@needs_fts
def test_a_write_without_refresh_falls_back_to_ilike(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(db.read_bytes())
    with Store(copy) as store:
        doc = store.load_document(store.doc_ids()[0])
        assert isinstance(doc, Document)
        store.write_batch([replace(doc, doc="another.txt", sha256="0" * 64)], "test")
        found = store.search()
        assert found.mode == "ilike" and "older" in found.reason
        # substring search still sees the new document
        _, rows = documents(store, search=doc.text[10:30])
        assert {r[1] for r in rows} >= {"another.txt"}
        assert store.refresh_search() and store.search().mode == "fts"


def test_ilike_clauses_are_parameterised() -> None:
    clause, params = ILIKE.event_clause("x' OR 1=1 --")
    assert "?" in clause and "OR 1=1" not in clause and params == ["%x' OR 1=1 --%"]
    clause, params = ILIKE.document_clause("a")
    assert clause.count("?") == len(params) == 2


@needs_fts
def test_an_ingest_that_changes_nothing_keeps_the_index(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "same.duckdb"
    copy.write_bytes(db.read_bytes())
    with Store(copy) as store:
        _, before = store.query("SELECT count(*) FROM search_sentences")
        store.con.execute("DELETE FROM search_sentences WHERE idx = 0")  # marks whether a rebuild happens
        assert store.refresh_search() and store.search().mode == "fts"
        _, after = store.query("SELECT count(*) FROM search_sentences")
        assert int(after[0][0]) < int(before[0][0])  # same data: not rebuilt
        doc = store.load_document(store.doc_ids()[0])
        assert isinstance(doc, Document)
        store.write_batch([replace(doc, sha256="1" * 64)], "test")  # same counts, new content
        assert store.search().mode == "ilike"
        assert store.refresh_search()
        _, rebuilt = store.query("SELECT count(*) FROM search_sentences")
        assert int(rebuilt[0][0]) == int(before[0][0])
