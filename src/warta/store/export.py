"""Exports of every table (Parquet, CSV, JSONL) and of events as GDELT-style TSV and PLOVER JSON."""

from __future__ import annotations

import json
from pathlib import Path

from warta.errors import ConfigError
from warta.store.db import Store
from warta.store.migrations import ALL_TABLES

FORMATS = ("parquet", "csv", "jsonl", "gdelt", "plover")


def export(store: Store, fmt: str, outdir: Path) -> list[Path]:
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}: expected one of {', '.join(FORMATS)}")
    outdir.mkdir(parents=True, exist_ok=True)
    if fmt == "gdelt":
        return [_gdelt(store, outdir / "events.gdelt.tsv")]
    if fmt == "plover":
        return [_plover(store, outdir / "events.plover.jsonl")]
    written = []
    option = {"parquet": "FORMAT parquet, COMPRESSION zstd", "csv": "FORMAT csv, HEADER true",
              "jsonl": "FORMAT json"}[fmt]
    ext = {"parquet": "parquet", "csv": "csv", "jsonl": "jsonl"}[fmt]
    for table in ALL_TABLES:
        path = outdir / f"{table}.{ext}"
        # table names come from a fixed tuple; the path is quoted by DuckDB's string literal rules
        literal = str(path).replace("'", "''")
        store.con.execute(f"COPY (SELECT * FROM {table}) TO '{literal}' ({option})")
        written.append(path)
    return written


_GDELT_SQL = """
SELECT e.doc_id || '-' || e.idx AS GLOBALEVENTID,
       strftime(coalesce(TRY_CAST(e.date AS DATE), d.published), '%Y%m%d') AS SQLDATE,
       e.src_root AS Actor1Code, coalesce(e.src_person, e.src_org, e.src_text) AS Actor1Name,
       e.src_country AS Actor1CountryCode, e.src_sector AS Actor1Type1Code,
       e.tgt_root AS Actor2Code, coalesce(e.tgt_person, e.tgt_org, e.tgt_text) AS Actor2Name,
       e.tgt_country AS Actor2CountryCode, e.tgt_sector AS Actor2Type1Code,
       e.cameo_root AS EventRootCode, e.quad_class AS QuadClass, e.goldstein AS GoldsteinScale,
       e.loc_name AS ActionGeo_FullName, e.loc_country AS ActionGeo_CountryCode,
       e.loc_lat AS ActionGeo_Lat, e.loc_lon AS ActionGeo_Long,
       strftime(d.ingested_at, '%Y%m%d%H%M%S') AS DATEADDED, coalesce(d.url, d.doc) AS SOURCEURL,
       e.type AS PloverType, e.mode AS PloverMode, e.modality AS Modality, e.reported_by AS ReportedBy,
       e.start AS SentenceStart, e."end" AS SentenceEnd
FROM events e JOIN documents d USING (doc_id) ORDER BY SQLDATE, GLOBALEVENTID
"""


def _gdelt(store: Store, path: Path) -> Path:
    literal = str(path).replace("'", "''")
    store.con.execute(f"COPY ({_GDELT_SQL}) TO '{literal}' (FORMAT csv, HEADER true, DELIMITER '\t')")
    return path


def _plover(store: Store, path: Path) -> Path:
    cols, rows = store.query(
        "SELECT e.doc_id, e.idx, d.doc, d.url, d.published, e.* EXCLUDE (doc_id, idx) "
        "FROM events e JOIN documents d USING (doc_id) ORDER BY d.doc, e.idx"
    )
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            r = dict(zip(cols, row, strict=True))
            rec = {
                "id": f"{r['doc_id']}-{r['idx']}",
                "event_type": r["type"],
                "mode": r["mode"] or "",
                "context": "",
                "event_date": r["date"] or (r["published"].isoformat() if r["published"] else None),
                "actor": r["src_text"] or "",
                "actor_country": r["src_country"],
                "actor_sector": r["src_sector"],
                "recipient": r["tgt_text"] or "",
                "recipient_country": r["tgt_country"],
                "recipient_sector": r["tgt_sector"],
                "event_loc": {"name": r["loc_name"], "country": r["loc_country"], "lat": r["loc_lat"],
                              "lon": r["loc_lon"]} if r["loc_name"] else None,
                "modality": r["modality"],
                "source": r["reported_by"],
                "text_info": {"doc": r["doc"], "url": r["url"], "sentence": r["sentence"], "start": r["start"],
                              "end": r["end"]},
                "cameo_root": r["cameo_root"],
                "goldstein": r["goldstein"],
            }
            fh.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
    return path
