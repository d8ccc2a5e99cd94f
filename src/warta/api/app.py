"""FastAPI app: JSON endpoints and the static dashboard over one DuckDB store.

Read-only unless a write token is configured. DuckDB connections are not thread-safe,
so every request gets its own cursor (a connection to the same database instance) and
runs in the thread pool (plain ``def`` endpoints). One process holds the file: read-only
(several servers may share it) or, in write mode, read-write with ingests serialised by
a lock while reads go on (DuckDB's MVCC).
"""

from __future__ import annotations

import hmac
import io
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import duckdb
from fastapi import Depends, FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.base import RequestResponseEndpoint

from warta.api import queries as aq
from warta.errors import WartaError
from warta.pipeline import Failure, Pipeline
from warta.store import queries as sq
from warta.store.db import Store, doc_id_for
from warta.store.search import Search

STATIC = Path(__file__).resolve().parent.parent / "web" / "static"
MAX_PAGE = 500
TEXT = r"^[^\x00-\x1f\x7f]*$"  # free text: any printable characters
CODE = r"^[A-Za-z_]{1,40}$"
DAY = r"^\d{4}(-\d{2}(-\d{2})?)?$"
ERRORS: dict[int | str, dict[str, Any]] = {400: {"description": "bad parameter"}}


@dataclass(frozen=True)
class ApiConfig:
    db: str
    write_token: str | None = None
    max_upload_bytes: int = 5 * 1024 * 1024
    writes_per_minute: int = 6
    use_ner: bool = True


class _Cursor(Store):
    """A Store view over one DuckDB cursor, so store.queries work per request."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, search: Search) -> None:
        # no super(): no new file handle; the search mode is the root store's
        self.con = con
        self.path = path
        self._search = search


@dataclass
class _State:
    """Per-app resources (no module-level state): the root connection, locks, rate window."""

    config: ApiConfig
    root: Store
    cursor_lock: threading.Lock = field(default_factory=threading.Lock)
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    writes: deque[float] = field(default_factory=deque)
    pipeline: Pipeline | None = None

    @contextmanager
    def reader(self) -> Iterator[Store]:
        with self.cursor_lock:
            cur = self.root.con.cursor()
            search = self.root.search()
        try:
            yield _Cursor(cur, self.root.path, search)
        finally:
            cur.close()

    def allow_write(self) -> bool:
        now = time.monotonic()
        with self.cursor_lock:
            while self.writes and now - self.writes[0] > 60:
                self.writes.popleft()
            if len(self.writes) >= self.config.writes_per_minute:
                return False
            self.writes.append(now)
            return True


def _err(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _page(total: int, limit: int, offset: int, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"page size (max {MAX_PAGE})")]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]
FreeText = Annotated[str | None, Query(max_length=200, pattern=TEXT)]


def event_filter(
    actor: FreeText = None,
    dyad: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9_.]{1,40}[-,][A-Za-z0-9_.]{1,40}$",
                                      description="SRC-TGT actor roots, e.g. USA-QAT")] = None,
    type: Annotated[str | None, Query(pattern=CODE, description="PLOVER event type")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
    modality: Annotated[str | None, Query(pattern=CODE)] = None,
    since: Annotated[str | None, Query(pattern=DAY, description="YYYY[-MM[-DD]], inclusive")] = None,
    until: Annotated[str | None, Query(pattern=DAY, description="YYYY[-MM[-DD]], inclusive")] = None,
    outlet: FreeText = None,
    doc: FreeText = None,
    q: FreeText = None,
) -> sq.EventFilter:
    if until:
        until += "\uffff"  # inclusive prefix: "2024-05" covers May, "2024-05-03" covers "2024-05-03T10:00"
    return sq.EventFilter(actor=actor, dyad=dyad, type=type, quad_class=quad_class, modality=modality,
                          since=since, until=until, outlet=outlet, doc=doc, search=q)


Filter = Annotated[sq.EventFilter, Depends(event_filter)]


def create_app(config: ApiConfig, pipeline: Pipeline | None = None) -> FastAPI:
    """Open the store (read-only unless a write token is set) and wire the routes.

    ``pipeline`` (for ingest) is built on first use when not given."""
    root = Store(config.db, read_only=config.write_token is None)
    state = _State(config, root, pipeline=pipeline)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        root.close()

    app = FastAPI(title="warta", version="1", description="Events, actors and articles extracted by warta.",
                  lifespan=lifespan)
    app.state.warta = state

    @app.middleware("http")
    async def guard(request: Request, call_next: RequestResponseEndpoint) -> Response:
        if request.url.path == "/api/ingest" and request.method == "POST":
            # Checked before the body is read, so refused uploads cost nothing.
            denied = _check_write(state, request)
            if denied is not None:
                return denied
        response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'"
        )
        return response

    @app.exception_handler(WartaError)
    async def warta_error(request: Request, exc: WartaError) -> JSONResponse:
        return _err(400, str(exc))

    @app.exception_handler(duckdb.ConversionException)
    async def conversion_error(request: Request, exc: duckdb.Error) -> JSONResponse:
        return _err(400, f"bad parameter value: {exc}")

    @app.exception_handler(duckdb.InvalidInputException)
    async def input_error(request: Request, exc: duckdb.Error) -> JSONResponse:
        return _err(400, f"bad parameter value: {exc}")

    @app.get("/api/config", tags=["meta"])
    def api_config() -> dict[str, Any]:
        """What the dashboard may offer: write mode and limits."""
        return {"write": config.write_token is not None, "max_page": MAX_PAGE,
                "max_upload_bytes": config.max_upload_bytes, "writes_per_minute": config.writes_per_minute}

    @app.get("/api/stats", tags=["meta"])
    def api_stats() -> dict[str, Any]:
        with state.reader() as store:
            out = sq.stats(store)
            found = store.search()
        out["search"] = {"mode": found.mode, "reason": found.reason}
        return out

    @app.get("/api/documents", tags=["documents"], responses=ERRORS)
    def api_documents(limit: Limit = 50, offset: Offset = 0, outlet: FreeText = None,
                      q: FreeText = None) -> dict[str, Any]:
        """Articles, newest last; ``q`` searches title and clean text."""
        with state.reader() as store:
            cols, rows = sq.documents(store, outlet, q, limit, offset)
            total = aq.count_documents(store, outlet, q)
        return _page(total, limit, offset, [dict(zip(cols, r, strict=True)) for r in rows])

    @app.get("/api/documents/{doc_id:path}", tags=["documents"], responses={404: {"description": "no such document"}})
    def api_document(doc_id: Annotated[str, PathParam(max_length=2000)]) -> dict[str, Any]:
        """One article: clean text, every fact with offsets, and the removed boilerplate lines."""
        with state.reader() as store:
            found = aq.document(store, doc_id)
        if found is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return found

    @app.get("/api/sentences", tags=["documents"], responses=ERRORS)
    def api_sentences(q: Annotated[str, Query(min_length=1, max_length=200, pattern=TEXT)],
                      limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Sentences containing ``q`` (case-insensitive)."""
        with state.reader() as store:
            total, rows = aq.sentences(store, q, limit, offset)
        return _page(total, limit, offset, rows)

    @app.get("/api/events", tags=["events"], responses=ERRORS)
    def api_events(f: Filter, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Coded events with sentence, actor and trigger offsets (absolute in the article text)."""
        with state.reader() as store:
            cols, rows = sq.events(store, f, limit, offset)
            total = sq.count_events(store, f)
        return _page(total, limit, offset, [dict(zip(cols, r, strict=True)) for r in rows])

    @app.get("/api/actors", tags=["actors"], responses=ERRORS)
    def api_actors(limit: Limit = 50, offset: Offset = 0,
                   kind: Annotated[str | None, Query(pattern="^(person|org|place)$")] = None,
                   q: FreeText = None) -> dict[str, Any]:
        with state.reader() as store:
            total, rows = aq.actors(store, kind, q, limit, offset)
        return _page(total, limit, offset, rows)

    @app.get("/api/timeline", tags=["events"], responses=ERRORS)
    def api_timeline(f: Filter, interval: Annotated[str, Query(pattern="^(day|week)$")] = "day",
                     by: Annotated[str, Query(pattern="^(type|quad_class)$")] = "type") -> dict[str, Any]:
        """Event counts per day or week, split by type or QuadClass."""
        with state.reader() as store:
            return {"interval": interval, "by": by, "items": aq.timeline(store, f, interval, by)}

    @app.get("/api/network", tags=["events"], responses=ERRORS)
    def api_network(f: Filter, limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100) -> dict[str, Any]:
        """Actor graph: nodes are actor roots, edges source→target with count and mean Goldstein."""
        with state.reader() as store:
            return aq.network(store, f, limit)

    @app.get("/api/places", tags=["events"], responses=ERRORS)
    def api_places(f: Filter, limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 200) -> dict[str, Any]:
        """Geocoded event locations with counts."""
        with state.reader() as store:
            return {"items": aq.places(store, f, limit)}

    @app.get("/api/quotes", tags=["documents"], responses=ERRORS)
    def api_quotes(limit: Limit = 50, offset: Offset = 0, speaker: FreeText = None, q: FreeText = None,
                   doc: FreeText = None) -> dict[str, Any]:
        with state.reader() as store:
            total, rows = aq.quotes(store, speaker, q, doc, limit, offset)
        return _page(total, limit, offset, rows)

    @app.get("/api/counts", tags=["documents"], responses=ERRORS)
    def api_counts(limit: Limit = 50, offset: Offset = 0, what: FreeText = None,
                   doc: FreeText = None) -> dict[str, Any]:
        """Numbers reported in articles (casualties, detainees, ...)."""
        with state.reader() as store:
            total, rows = aq.counts(store, what, doc, limit, offset)
        return _page(total, limit, offset, rows)

    @app.post("/api/ingest", tags=["write"], responses={
        400: {"description": "nothing to ingest"}, 401: {"description": "missing or wrong token"},
        403: {"description": "server is read-only"}, 411: {"description": "length required"},
        413: {"description": "upload too large"}, 429: {"description": "too many write requests"}})
    def api_ingest(files: Annotated[list[UploadFile] | None, File()] = None,
                   text: Annotated[str | None, Form(max_length=1_000_000)] = None,
                   name: Annotated[str | None, Form(max_length=200, pattern=TEXT)] = None) -> dict[str, Any]:
        """Run the pipeline on uploaded files and/or pasted text and store the results.

        Needs ``Authorization: Bearer <token>``; only in write mode."""
        inputs: list[tuple[str, bytes]] = []
        for i, up in enumerate(files or []):
            data = up.file.read(config.max_upload_bytes + 1)
            if len(data) > config.max_upload_bytes:
                raise HTTPException(413, "upload too large")
            inputs.append((_safe_name(up.filename, f"upload-{i}.txt"), data))
        if text and text.strip():
            inputs.append((_safe_name(name, f"pasted-{doc_id_for(text)}.txt"), text.encode("utf-8")))
        if not inputs:
            raise HTTPException(400, "send files or text")
        return _ingest(state, inputs)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    return app


def _safe_name(name: str | None, default: str) -> str:
    base = Path((name or "").replace("\\", "/")).name.strip()[:200]
    return base if base and not base.startswith(".") else default


def _check_write(state: _State, request: Request) -> JSONResponse | None:
    token = state.config.write_token
    if token is None:
        return _err(403, "server is read-only (start it with --write-token)")
    auth = request.headers.get("authorization", "")
    given = auth[7:] if auth.lower().startswith("bearer ") else ""
    if not hmac.compare_digest(given.encode(), token.encode()):
        return JSONResponse({"error": "missing or wrong bearer token"}, status_code=401,
                            headers={"WWW-Authenticate": "Bearer"})
    length = request.headers.get("content-length")
    if length is None or not length.isdigit():
        return _err(411, "Content-Length required")
    if int(length) > state.config.max_upload_bytes + 64 * 1024:  # multipart framing allowance
        return _err(413, f"upload larger than {state.config.max_upload_bytes} bytes")
    if not state.allow_write():
        return _err(429, f"at most {state.config.writes_per_minute} write requests per minute")
    return None


def _ingest(state: _State, inputs: list[tuple[str, bytes]]) -> dict[str, Any]:
    from warta.ingest.readers import read_stream
    from warta.ingest_job import ingest
    from warta.model import RawArticle
    from warta.pipeline import build_pipeline
    from warta.settings import Settings

    settings = Settings(use_ner=state.config.use_ner, max_bytes=state.config.max_upload_bytes)
    with state.write_lock:  # the single writer: one ingest at a time, reads carry on
        if state.pipeline is None:
            state.pipeline = build_pipeline(settings)
        records: list[RawArticle | Failure] = []
        for name, data in inputs:
            records.extend(read_stream(name, f"upload:{name}", io.BytesIO(data), settings))
        with state.reader() as store:
            result = ingest(store, state.pipeline, records, command="api ingest")
        state.root.forget_search()  # the ingest rebuilt the index through its own cursor
    return {
        "run_id": result.run_id, "stored": result.stored, "skipped": result.skipped,
        "failures": [str(f) for f in result.failures], "events_by_type": result.events_by_type,
        "documents": [{"doc": r.doc, "doc_id": doc_id_for(r.doc)} for r in records if isinstance(r, RawArticle)],
    }
