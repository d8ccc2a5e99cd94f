"""Parameterised queries over the store, shared by the CLI and the API."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from warta.errors import ConfigError
from warta.store.db import Store
from warta.store.search import ILIKE

EVENT_COLUMNS = (
    "e.doc_id, d.doc, d.outlet, d.published, e.date, e.type, e.mode, e.cameo_root, e.quad_class, e.goldstein, "
    "e.modality, e.src_text, e.src_root, e.src_person, e.src_sector, e.tgt_text, e.tgt_root, e.tgt_person, "
    "e.tgt_sector, e.loc_name, e.loc_country, e.loc_lat, e.loc_lon, e.reported_by, e.confidence, e.trigger, "
    "e.trigger_start, e.trigger_end, e.src_start, e.src_end, e.tgt_start, e.tgt_end, e.start, e.\"end\", e.sentence"
)


@dataclass(frozen=True, slots=True)
class EventFilter:
    actor: str | None = None  # a root (USA, Hamas), a person or a name fragment
    dyad: str | None = None  # "USA-QAT": source root, target root (either order with undirected)
    type: str | None = None
    quad_class: int | None = None
    modality: str | None = None
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    doc: str | None = None
    search: str | None = None

    def where(self, store: Store | None = None) -> tuple[str, list[Any]]:
        """The WHERE clause over ``events e JOIN documents d``; ``search`` goes through ``store``'s
        full-text index when one is given (consulted only when there is text), else ILIKE."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.actor:
            a = self.actor
            clauses.append(
                "(upper(e.src_root) = upper(?) OR upper(e.tgt_root) = upper(?) OR e.src_person ILIKE ? "
                "OR e.tgt_person ILIKE ? OR upper(e.src_org) = upper(?) OR upper(e.tgt_org) = upper(?))"
            )
            params += [a, a, f"%{a}%", f"%{a}%", a, a]
        if self.dyad:
            parts = [p.strip() for p in self.dyad.replace(",", "-").split("-") if p.strip()]
            if len(parts) != 2:
                raise ConfigError(f"dyad must look like SRC-TGT (e.g. USA-QAT), got {self.dyad!r}")
            clauses.append("upper(e.src_root) = upper(?) AND upper(e.tgt_root) = upper(?)")
            params += parts
        if self.type:
            clauses.append("e.type = upper(?)")
            params.append(self.type)
        if self.quad_class is not None:
            clauses.append("e.quad_class = ?")
            params.append(self.quad_class)
        if self.modality:
            clauses.append("e.modality = lower(?)")
            params.append(self.modality)
        if self.since:
            clauses.append("coalesce(e.date, CAST(d.published AS VARCHAR)) >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("coalesce(e.date, CAST(d.published AS VARCHAR)) <= ?")
            params.append(self.until)
        if self.outlet:
            clauses.append("d.outlet ILIKE ?")
            params.append(f"%{self.outlet}%")
        if self.doc:
            clauses.append("(d.doc = ? OR d.doc_id = ?)")
            params += [self.doc, self.doc]
        if self.search:
            clause, more = (store.search() if store is not None else ILIKE).event_clause(self.search)
            clauses.append(clause)
            params += more
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def events(store: Store, f: EventFilter, limit: int = 100, offset: int = 0) -> tuple[list[str], list[tuple[Any, ...]]]:
    where, params = f.where(store)
    sql = (
        f"SELECT {EVENT_COLUMNS} FROM events e JOIN documents d USING (doc_id){where} "
        "ORDER BY coalesce(e.date, CAST(d.published AS VARCHAR)) NULLS LAST, d.doc, e.idx LIMIT ? OFFSET ?"
    )
    return store.query(sql, [*params, limit, offset])


def count_events(store: Store, f: EventFilter) -> int:
    where, params = f.where(store)
    _, rows = store.query(f"SELECT count(*) FROM events e JOIN documents d USING (doc_id){where}", params)
    return int(rows[0][0])


def document_where(outlet: str | None, search: str | None, store: Store | None = None) -> tuple[str, list[Any]]:
    """The WHERE clause (over ``documents d``) and parameters for the document filters; ``search`` as in
    :meth:`EventFilter.where`."""
    clauses: list[str] = []
    params: list[Any] = []
    if outlet:
        clauses.append("d.outlet ILIKE ?")
        params.append(f"%{outlet}%")
    if search:
        clause, more = (store.search() if store is not None else ILIKE).document_clause(search)
        clauses.append(clause)
        params += more
    return ((" WHERE " + " AND ".join(clauses)) if clauses else ""), params


def documents(store: Store, outlet: str | None = None, search: str | None = None, limit: int = 100,
              offset: int = 0) -> tuple[list[str], list[tuple[Any, ...]]]:
    where, params = document_where(outlet, search, store)
    sql = (
        "SELECT d.doc_id, d.doc, d.title, d.outlet, d.published, d.lang, length(d.text) AS chars, "
        "(SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id) AS events, "
        "(SELECT count(*) FROM quotes q WHERE q.doc_id = d.doc_id) AS quotes "
        f"FROM documents d{where} ORDER BY d.published NULLS LAST, d.doc LIMIT ? OFFSET ?"
    )
    return store.query(sql, [*params, limit, offset])


def actors(store: Store, kind: str | None = None, limit: int = 100) -> tuple[list[str], list[tuple[Any, ...]]]:
    where, params = ("WHERE kind = ?", [kind]) if kind else ("", [])
    sql = (
        "SELECT name, kind, any_value(country) AS country, any_value(org) AS org, any_value(role) AS role, "
        "count(DISTINCT doc_id) AS documents, sum(len(mentions)) AS surface_forms "
        f"FROM entities {where} GROUP BY name, kind ORDER BY documents DESC, name LIMIT ?"
    )
    return store.query(sql, [*params, limit])


def stats(store: Store) -> dict[str, Any]:
    out: dict[str, Any] = dict(store.counts())
    _, by_type = store.query("SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC, 1")
    out["events_by_type"] = {t: int(n) for t, n in by_type}
    _, by_mod = store.query("SELECT modality, count(*) FROM events GROUP BY modality ORDER BY 2 DESC")
    out["events_by_modality"] = {t: int(n) for t, n in by_mod}
    _, by_outlet = store.query("SELECT coalesce(outlet, '?'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC")
    out["documents_by_outlet"] = {t: int(n) for t, n in by_outlet}
    return out
