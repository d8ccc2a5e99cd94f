"""Store: the DuckDB file behind ingest, queries, exports, the API and the dashboard.

Documents are keyed by the contract's ``doc`` (file name, URL or record id). A document
whose content hash and pipeline version are already stored is skipped; a changed one is
replaced. Each batch of documents is written in one transaction, so an interrupted
ingest leaves no half-written document.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from warta.errors import StoreError
from warta.model import (
    Actor,
    Count,
    DateMention,
    Document,
    Entity,
    Event,
    Line,
    Mention,
    Place,
    Quote,
    Sentence,
)
from warta.pipeline import Failure
from warta.store.migrations import ALL_TABLES, DOC_TABLES, MIGRATIONS
from warta.store.search import Search, refresh


def doc_id_for(doc: str) -> str:
    return hashlib.sha1(doc.encode("utf-8")).hexdigest()[:16]


@dataclass
class RunSummary:
    run_id: str
    stored: int = 0
    skipped: int = 0
    failed: int = 0


class Store:
    def __init__(self, path: str | Path = ":memory:", *, read_only: bool = False) -> None:
        self.path = str(path)
        self._search: Search | None = None
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc
        if not read_only:
            self.migrate()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema -----------------------------------------------------------------------
    def migrate(self) -> list[int]:
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR,"
            " applied_at TIMESTAMP DEFAULT current_timestamp)"
        )
        done = {r[0] for r in self.con.execute("SELECT version FROM schema_migrations").fetchall()}
        applied = []
        for version, description, sql in MIGRATIONS:
            if version in done:
                continue
            with self.transaction():
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_migrations (version, description) VALUES (?, ?)",
                                 [version, description])
            applied.append(version)
        if applied:
            # DuckDB 1.4.4 cannot replay an ALTER TABLE from the write-ahead log after a crash
            # ("GetDefaultDatabase with no default database set"): write the new schema to the
            # database file now, so a killed ingest leaves only row changes in the log
            self.con.execute("CHECKPOINT")
        return applied

    def schema_version(self) -> int:
        row = self.con.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # -- runs -------------------------------------------------------------------------
    def start_run(self, command: str, pipeline_version: str) -> RunSummary:
        run = RunSummary(run_id=uuid.uuid4().hex[:12])
        self.con.execute(
            "INSERT INTO ingest_runs (run_id, started, pipeline_version, command, documents, skipped, failures)"
            " VALUES (?, ?, ?, ?, 0, 0, 0)",
            [run.run_id, datetime.now(UTC).replace(tzinfo=None), pipeline_version, command],
        )
        return run

    def finish_run(self, run: RunSummary) -> None:
        self.con.execute(
            "UPDATE ingest_runs SET finished = ?, documents = ?, skipped = ?, failures = ? WHERE run_id = ?",
            [datetime.now(UTC).replace(tzinfo=None), run.stored, run.skipped, run.failed, run.run_id],
        )
        self.refresh_search()

    # -- full-text search ---------------------------------------------------------------
    def search(self) -> Search:
        """How free text is matched here (BM25 index when fresh, else ILIKE); see ``store.search``."""
        if self._search is None:
            self._search = Search.detect(self.con)
        return self._search

    def forget_search(self) -> None:
        """Look again at the next search (another connection may have rebuilt the index)."""
        self._search = None

    def refresh_search(self) -> bool:
        """Rebuild the full-text indexes after a write; False where fts cannot be loaded."""
        self._search = None
        return refresh(self.con)

    def is_current(self, doc: str, sha256: str, pipeline_version: str) -> bool:
        row = self.con.execute(
            "SELECT sha256, pipeline_version FROM documents WHERE doc_id = ?", [doc_id_for(doc)]
        ).fetchone()
        return row is not None and row[0] == sha256 and row[1] == pipeline_version

    def record_failures(self, run_id: str | None, failures: Sequence[Failure]) -> None:
        if failures:
            self.con.executemany(
                'INSERT INTO errors (run_id, "where", stage, kind, reason) VALUES (?, ?, ?, ?, ?)',
                [[run_id, f.where, f.stage, f.kind, f.reason] for f in failures],
            )

    # -- writes -----------------------------------------------------------------------
    def write_batch(self, docs: Sequence[Document], pipeline_version: str, run_id: str | None = None,
                    failures: Sequence[Failure] = ()) -> None:
        """Replace these documents (and record these failures) in one transaction."""
        self._search = None  # the full-text index no longer matches until it is refreshed
        rows: dict[str, list[list[Any]]] = {t: [] for t in ("documents", *DOC_TABLES)}
        ids = []
        for doc in docs:
            did = doc_id_for(doc.doc)
            ids.append(did)
            for table, table_rows in _rows(did, doc, pipeline_version, run_id).items():
                rows[table].extend(table_rows)
        with self.transaction():
            if ids:
                for table in ("documents", *DOC_TABLES):
                    self.con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [ids])
            for table, table_rows in rows.items():
                if table_rows:
                    marks = ", ".join("?" * len(table_rows[0]))
                    self.con.executemany(f"INSERT INTO {table} VALUES ({marks})", table_rows)
            self.record_failures(run_id, failures)

    # -- reads ------------------------------------------------------------------------
    def doc_ids(self) -> list[str]:
        return [r[0] for r in self.con.execute("SELECT doc FROM documents ORDER BY doc").fetchall()]

    def outdated(self, pipeline_version: str) -> list[tuple[str, str, str]]:
        """(doc, origin, raw) of documents stored by another pipeline version."""
        return [
            (r[0], r[1], r[2])
            for r in self.con.execute(
                "SELECT doc, origin, raw FROM documents WHERE pipeline_version <> ? ORDER BY doc", [pipeline_version]
            ).fetchall()
        ]

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ALL_TABLES:
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out

    def load_document(self, doc: str) -> Document | None:
        """Read one document back with everything extracted from it."""
        did = doc_id_for(doc)
        cur = self.con.execute("SELECT * FROM documents WHERE doc_id = ?", [did])
        row = cur.fetchone()
        if row is None:
            return None
        d = dict(zip([c[0] for c in cur.description], row, strict=True))

        def fetch(table: str) -> list[dict[str, Any]]:
            c = self.con.execute(f"SELECT * FROM {table} WHERE doc_id = ? ORDER BY idx", [did])
            names = [x[0] for x in c.description]
            return [dict(zip(names, r, strict=True)) for r in c.fetchall()]

        return Document(
            doc=d["doc"], origin=d["origin"], sha256=d["sha256"], raw=d["raw"], media_type=d["media_type"],
            url=d["url"], fetched=d["fetched"], lang=d["lang"], title=d["title"], outlet=d["outlet"],
            published=d["published"].isoformat() if d["published"] else None,
            published_inferred=d["published_inferred"],
            authors=tuple(d["authors"] or ()), dateline=d["dateline"], text=d["text"],
            lines=tuple(Line(r["text"], r["start"], r["end"], r["label"], r["rule"]) for r in fetch("lines")),
            captions=tuple(d["captions"] or ()),
            paragraphs=tuple((int(a), int(b)) for a, b in json.loads(d["paragraphs"] or "[]")),
            paragraph_langs=tuple(d["paragraph_langs"] or ()),
            sentences=tuple(Sentence(r["start"], r["end"], r["text"], r["paragraph"]) for r in fetch("sentences")),
            dates=tuple(DateMention(r["text"], r["start"], r["end"], r["value"], r["granularity"], r["time"])
                        for r in fetch("dates")),
            mentions=tuple(Mention(r["text"], r["start"], r["end"], r["kind"], r["key"], r["source"],
                                   r["metonymic"], r["sector"], r["role"]) for r in fetch("mentions")),
            entities=tuple(_entity(r) for r in fetch("entities")),
            events=tuple(_event(r) for r in fetch("events")),
            quotes=tuple(Quote(r["speaker"], r["text"], r["verb"], r["start"], r["end"], r["kind"],
                               r["speaker_text"]) for r in fetch("quotes")),
            counts=tuple(Count(r["text"], r["number"], r["what"], r["who"], r["start"], r["end"], r["unit"],
                               r["value"], bool(r["approx"])) for r in fetch("counts")),
            hints=tuple((str(k), str(v)) for k, v in json.loads(d["hints"] or "[]")),
        )

    def query(self, sql: str, params: Iterable[Any] = ()) -> tuple[list[str], list[tuple[Any, ...]]]:
        cur = self.con.execute(sql, list(params))
        return [c[0] for c in cur.description], cur.fetchall()


def _entity(r: dict[str, Any]) -> Entity:
    place = Place(r["place_name"], r["place_country"], r["place_lat"], r["place_lon"]) if r["place_name"] else None
    return Entity(r["key"], r["name"], r["kind"], r["country"], r["role"], tuple(r["mentions"] or ()),
                  r["org"], r["sector"], r["wikidata"], place)


def _actor(r: dict[str, Any], p: str) -> Actor | None:
    if r[f"{p}_text"] is None:
        return None
    return Actor(r[f"{p}_text"], r[f"{p}_country"], r[f"{p}_org"], r[f"{p}_person"], r[f"{p}_sector"],
                 r[f"{p}_start"], r[f"{p}_end"], r[f"{p}_key"], bool(r.get(f"{p}_implied")))


def _event(r: dict[str, Any]) -> Event:
    loc = Place(r["loc_name"], r["loc_country"], r["loc_lat"], r["loc_lon"]) if r["loc_name"] is not None else None
    return Event(r["sentence"], r["start"], r["end"], _actor(r, "src"), _actor(r, "tgt"), r["type"], r["mode"],
                 r["cameo_root"], r["quad_class"], r["goldstein"], r["modality"], r["date"], loc,
                 r["reported_by"], r["confidence"], r["trigger"], r["trigger_start"], r["trigger_end"])


def _actor_cols(a: Actor | None) -> list[Any]:
    if a is None:
        return [None] * 9
    return [a.text, a.country, a.org, a.person, a.sector, a.start, a.end, a.key, a.root]


def _rows(did: str, doc: Document, version: str, run_id: str | None) -> dict[str, list[list[Any]]]:
    return {
        "documents": [[
            did, doc.doc, doc.origin, doc.url, doc.fetched, doc.sha256, version, run_id, doc.media_type,
            doc.lang, doc.title, doc.outlet, doc.published, list(doc.authors), doc.dateline, doc.text, doc.raw,
            list(doc.captions), json.dumps([list(p) for p in doc.paragraphs]), list(doc.paragraph_langs),
            json.dumps([list(h) for h in doc.hints]), datetime.now(UTC).replace(tzinfo=None), doc.published_inferred,
        ]],
        "lines": [[did, i, ln.start, ln.end, ln.label, ln.rule, ln.text] for i, ln in enumerate(doc.lines)],
        "sentences": [[did, i, s.start, s.end, s.paragraph, s.text] for i, s in enumerate(doc.sentences)],
        "entities": [
            [did, i, e.key, e.name, e.kind, e.country, e.role, e.org, e.sector, e.wikidata, list(e.mentions),
             e.place.name if e.place else None, e.place.country if e.place else None,
             e.place.lat if e.place else None, e.place.lon if e.place else None]
            for i, e in enumerate(doc.entities)
        ],
        "mentions": [[did, i, m.key, m.text, m.start, m.end, m.kind, m.source, m.metonymic, m.sector, m.role]
                     for i, m in enumerate(doc.mentions)],
        "events": [
            [did, i, e.sentence, e.start, e.end, e.type, e.mode, e.cameo_root, e.quad_class, e.goldstein,
             e.modality, e.date, e.reported_by, e.confidence, e.trigger, e.trigger_start, e.trigger_end,
             *_actor_cols(e.source), *_actor_cols(e.target),
             e.location.name if e.location else None, e.location.country if e.location else None,
             e.location.lat if e.location else None, e.location.lon if e.location else None,
             e.source.implied if e.source else None, e.target.implied if e.target else None]
            for i, e in enumerate(doc.events)
        ],
        "quotes": [[did, i, q.speaker, q.text, q.verb, q.start, q.end, q.kind, q.speaker_text]
                   for i, q in enumerate(doc.quotes)],
        "counts": [[did, i, c.text, c.number, c.what, c.who, c.start, c.end, c.unit, c.value, c.approx]
                   for i, c in enumerate(doc.counts)],
        "dates": [[did, i, d.text, d.value, d.granularity, d.start, d.end, d.time] for i, d in enumerate(doc.dates)],
    }
