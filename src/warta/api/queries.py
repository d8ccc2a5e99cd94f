"""Read queries the API needs beyond ``warta.store.queries``; all parameterised.

Free text in sentences, events and articles is matched by the store's BM25 index
(``warta.store.search``; ILIKE where the index is missing or stale); names, quotes and
count labels are short and matched by ILIKE.
"""

from __future__ import annotations

from typing import Any

from warta.store.db import Store
from warta.store.queries import EventFilter, document_where

Rows = list[dict[str, Any]]

# The day an event is counted on: its own resolved date when it parses, else publication.
EVENT_DAY = "coalesce(try_cast(left(e.date, 10) AS DATE), d.published)"


def _dicts(store: Store, sql: str, params: list[Any]) -> Rows:
    cols, rows = store.query(sql, params)
    return [dict(zip(cols, r, strict=True)) for r in rows]


def _scalar(store: Store, sql: str, params: list[Any]) -> int:
    _, rows = store.query(sql, params)
    return int(rows[0][0]) if rows and rows[0][0] is not None else 0


def count_documents(store: Store, outlet: str | None, search: str | None) -> int:
    where, params = document_where(outlet, search, store)
    return _scalar(store, f"SELECT count(*) FROM documents d{where}", params)


DOC_FIELDS = ("doc_id, doc, origin, url, fetched, sha256, pipeline_version, media_type, lang, title, outlet, "
              "published, published_inferred, authors, dateline, text, captions, paragraphs, paragraph_langs, ingested_at")
FACT_TABLES = ("lines", "sentences", "entities", "mentions", "events", "quotes", "counts", "dates")


def document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """One document with every extracted fact (offsets into ``text``) and all source lines."""
    found = _dicts(store, f"SELECT {DOC_FIELDS} FROM documents WHERE doc_id = ? OR doc = ? LIMIT 1",
                   [doc_id, doc_id])
    if not found:
        return None
    out = found[0]
    did = out["doc_id"]
    for table in FACT_TABLES:
        rows = _dicts(store, f"SELECT * FROM {table} WHERE doc_id = ? ORDER BY idx", [did])
        for r in rows:
            r.pop("doc_id", None)
        out[table] = rows
    out["removed_lines"] = [ln for ln in out["lines"] if ln.get("label") != "body"]
    return out


def sentences(store: Store, search: str, limit: int, offset: int) -> tuple[int, Rows]:
    """Sentences matching ``search``, best BM25 score first (publication order under ILIKE)."""
    hits, params = store.search().sentence_hits(search)
    total = _scalar(store, f"SELECT count(*) FROM {hits} h", params)
    rows = _dicts(
        store,
        "SELECT s.doc_id, d.doc, d.title, d.outlet, d.published, s.idx, s.start, s.\"end\", s.text, "
        f"round(h.score, 4) AS score FROM {hits} h JOIN sentences s USING (doc_id, idx) "
        "JOIN documents d USING (doc_id) ORDER BY h.score DESC, d.published NULLS LAST, d.doc, s.idx "
        "LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return total, rows


def actors(store: Store, kind: str | None, search: str | None, limit: int, offset: int) -> tuple[int, Rows]:
    clauses, params = [], []
    if kind:
        clauses.append("kind = ?")
        params.append(kind)
    if search:
        clauses.append("(name ILIKE ? OR key ILIKE ?)")
        params += [f"%{search}%", f"%{search}%"]
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    total = _scalar(store, f"SELECT count(*) FROM (SELECT 1 FROM entities{where} GROUP BY name, kind)", params)
    rows = _dicts(
        store,
        "SELECT name, kind, any_value(key) AS key, any_value(country) AS country, any_value(org) AS org, "
        "any_value(role) AS role, count(DISTINCT doc_id) AS documents, sum(len(mentions)) AS surface_forms "
        f"FROM entities{where} GROUP BY name, kind ORDER BY documents DESC, name LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return total, rows


def timeline(store: Store, f: EventFilter, interval: str, by: str) -> Rows:
    """Event counts per day or week, split by PLOVER type or QuadClass."""
    unit = "week" if interval == "week" else "day"
    key = "CAST(e.quad_class AS VARCHAR)" if by == "quad_class" else "e.type"
    where, params = f.where(store)
    cond = " AND " if where else " WHERE "
    return _dicts(
        store,
        f"SELECT CAST(date_trunc('{unit}', {EVENT_DAY}) AS DATE) AS period, {key} AS key, count(*) AS events, "
        f"avg(e.goldstein) AS mean_goldstein FROM events e JOIN documents d USING (doc_id){where}"
        f"{cond}{EVENT_DAY} IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2",
        params,
    )


def network(store: Store, f: EventFilter, limit: int) -> dict[str, Rows]:
    """Directed actor graph: edges weighted by event count, with mean Goldstein score."""
    where, params = f.where(store)
    cond = " AND " if where else " WHERE "
    edges = _dicts(
        store,
        "SELECT e.src_root AS source, e.tgt_root AS target, count(*) AS events, avg(e.goldstein) AS mean_goldstein, "
        "count(DISTINCT e.doc_id) AS documents FROM events e JOIN documents d USING (doc_id)"
        f"{where}{cond}e.src_root IS NOT NULL AND e.tgt_root IS NOT NULL AND e.src_root <> e.tgt_root "
        "GROUP BY 1, 2 ORDER BY events DESC, source, target LIMIT ?",
        [*params, limit],
    )
    weight: dict[str, int] = {}
    for e in edges:
        for end in (e["source"], e["target"]):
            weight[end] = weight.get(end, 0) + int(e["events"])
    nodes = [{"id": k, "events": v} for k, v in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"nodes": nodes, "edges": edges}


def places(store: Store, f: EventFilter, limit: int) -> Rows:
    where, params = f.where(store)
    cond = " AND " if where else " WHERE "
    return _dicts(
        store,
        "SELECT e.loc_name AS name, e.loc_country AS country, e.loc_lat AS lat, e.loc_lon AS lon, "
        "count(*) AS events, count(DISTINCT e.doc_id) AS documents, avg(e.goldstein) AS mean_goldstein "
        f"FROM events e JOIN documents d USING (doc_id){where}{cond}(e.loc_lat IS NOT NULL OR e.loc_country IS NOT NULL) "
        "GROUP BY 1, 2, 3, 4 ORDER BY events DESC, name LIMIT ?",
        [*params, limit],
    )


def _doc_facts(store: Store, table: str, columns: str, clauses: list[str], params: list[Any], doc: str | None,
               limit: int, offset: int) -> tuple[int, Rows]:
    """One page of a per-document fact table (alias ``t``) with its article, in publication order."""
    if doc:
        clauses, params = [*clauses, "(d.doc = ? OR d.doc_id = ?)"], [*params, doc, doc]
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    base = f"FROM {table} t JOIN documents d USING (doc_id){where}"
    total = _scalar(store, f"SELECT count(*) {base}", params)
    rows = _dicts(store, f"SELECT {columns} {base} ORDER BY d.published NULLS LAST, d.doc, t.idx LIMIT ? OFFSET ?",
                  [*params, limit, offset])
    return total, rows


def quotes(store: Store, speaker: str | None, search: str | None, doc: str | None, limit: int,
           offset: int) -> tuple[int, Rows]:
    clauses: list[str] = []
    params: list[Any] = []
    if speaker:
        clauses.append("(t.speaker ILIKE ? OR t.speaker_text ILIKE ?)")
        params += [f"%{speaker}%", f"%{speaker}%"]
    if search:
        clauses.append("t.text ILIKE ?")
        params.append(f"%{search}%")
    return _doc_facts(store, "quotes", "t.doc_id, d.doc, d.title, d.published, t.idx, t.speaker, t.speaker_text, "
                      "t.verb, t.kind, t.start, t.\"end\", t.text", clauses, params, doc, limit, offset)


def counts(store: Store, what: str | None, doc: str | None, limit: int, offset: int) -> tuple[int, Rows]:
    clauses: list[str] = ["t.what ILIKE ?"] if what else []
    params: list[Any] = [f"%{what}%"] if what else []
    return _doc_facts(store, "counts", "t.doc_id, d.doc, d.published, t.idx, t.text, t.number, t.unit, t.what, "
                      "t.who, t.start, t.\"end\"", clauses, params, doc, limit, offset)
