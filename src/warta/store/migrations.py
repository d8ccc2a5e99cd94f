"""Schema migrations, applied in order and recorded in ``schema_migrations``."""

from __future__ import annotations

MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (
        1,
        "initial schema",
        """
        CREATE TABLE ingest_runs (
            run_id VARCHAR PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, pipeline_version VARCHAR,
            command VARCHAR, documents INTEGER, skipped INTEGER, failures INTEGER);
        CREATE TABLE documents (
            doc_id VARCHAR PRIMARY KEY, doc VARCHAR NOT NULL, origin VARCHAR, url VARCHAR, fetched VARCHAR,
            sha256 VARCHAR NOT NULL, pipeline_version VARCHAR NOT NULL, run_id VARCHAR, media_type VARCHAR,
            lang VARCHAR, title VARCHAR, outlet VARCHAR, published DATE, authors VARCHAR[], dateline VARCHAR,
            text VARCHAR, raw VARCHAR, captions VARCHAR[], paragraphs JSON, paragraph_langs VARCHAR[],
            hints JSON, ingested_at TIMESTAMP DEFAULT current_timestamp);
        CREATE TABLE lines (doc_id VARCHAR, idx INTEGER, start INTEGER, "end" INTEGER, label VARCHAR,
            rule VARCHAR, text VARCHAR);
        CREATE TABLE sentences (doc_id VARCHAR, idx INTEGER, start INTEGER, "end" INTEGER, paragraph INTEGER,
            text VARCHAR);
        CREATE TABLE entities (doc_id VARCHAR, idx INTEGER, key VARCHAR, name VARCHAR, kind VARCHAR,
            country VARCHAR, role VARCHAR, org VARCHAR, sector VARCHAR, wikidata VARCHAR, mentions VARCHAR[],
            place_name VARCHAR, place_country VARCHAR, place_lat DOUBLE, place_lon DOUBLE);
        CREATE TABLE mentions (doc_id VARCHAR, idx INTEGER, key VARCHAR, text VARCHAR, start INTEGER,
            "end" INTEGER, kind VARCHAR, source VARCHAR, metonymic BOOLEAN, sector VARCHAR, role VARCHAR);
        CREATE TABLE events (doc_id VARCHAR, idx INTEGER, sentence VARCHAR, start INTEGER, "end" INTEGER,
            type VARCHAR, mode VARCHAR, cameo_root VARCHAR, quad_class INTEGER, goldstein DOUBLE,
            modality VARCHAR, date VARCHAR, reported_by VARCHAR, confidence DOUBLE,
            trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
            src_text VARCHAR, src_country VARCHAR, src_org VARCHAR, src_person VARCHAR, src_sector VARCHAR,
            src_start INTEGER, src_end INTEGER, src_key VARCHAR, src_root VARCHAR,
            tgt_text VARCHAR, tgt_country VARCHAR, tgt_org VARCHAR, tgt_person VARCHAR, tgt_sector VARCHAR,
            tgt_start INTEGER, tgt_end INTEGER, tgt_key VARCHAR, tgt_root VARCHAR,
            loc_name VARCHAR, loc_country VARCHAR, loc_lat DOUBLE, loc_lon DOUBLE);
        CREATE TABLE quotes (doc_id VARCHAR, idx INTEGER, speaker VARCHAR, text VARCHAR, verb VARCHAR,
            start INTEGER, "end" INTEGER, kind VARCHAR, speaker_text VARCHAR);
        CREATE TABLE counts (doc_id VARCHAR, idx INTEGER, text VARCHAR, number BIGINT, what VARCHAR,
            who VARCHAR, start INTEGER, "end" INTEGER, unit VARCHAR);
        CREATE TABLE dates (doc_id VARCHAR, idx INTEGER, text VARCHAR, value VARCHAR, granularity VARCHAR,
            start INTEGER, "end" INTEGER, time VARCHAR);
        CREATE TABLE errors (run_id VARCHAR, "at" TIMESTAMP DEFAULT current_timestamp, "where" VARCHAR,
            stage VARCHAR, kind VARCHAR, reason VARCHAR);
        """,
    ),
    (
        2,
        "counts keep the exact value and whether the number is approximate",
        """
        ALTER TABLE counts ADD COLUMN value DOUBLE;
        ALTER TABLE counts ADD COLUMN approx BOOLEAN DEFAULT false;
        """,
    ),
    (
        3,
        "documents without a publication date keep the story day inferred from the text",
        """
        ALTER TABLE documents ADD COLUMN published_inferred VARCHAR;
        """,
    ),
    (
        4,
        "events keep whether their source and target are implied by the act rather than named in the sentence",
        """
        ALTER TABLE events ADD COLUMN src_implied BOOLEAN;
        ALTER TABLE events ADD COLUMN tgt_implied BOOLEAN;
        """,
    ),
)

DOC_TABLES = ("lines", "sentences", "entities", "mentions", "events", "quotes", "counts", "dates")
ALL_TABLES = ("documents", *DOC_TABLES, "errors", "ingest_runs")
