"""JSONL and CSV exports of news APIs: one article per line/row, fields mapped."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from typing import BinaryIO

from warta.errors import InputError, MalformedRecord
from warta.ingest._decode import check_size
from warta.model import RawArticle
from warta.pipeline import Failure
from warta.settings import Settings

# Common field names, most specific first; --text-field etc. override them.
TEXT_FIELDS = ("text", "isi_berita", "content", "body", "isi", "article", "Text", "Content", "maintext")
TITLE_FIELDS = ("title", "judul", "headline", "Title", "Judul")
DATE_FIELDS = ("published", "date", "tanggal", "date_publish", "published_at", "pubdate", "Date", "Tanggal")
URL_FIELDS = ("url", "tautan", "link", "source_url", "URL", "Link")
ID_FIELDS = ("id", "doc", "doc_id", "ID")
OUTLET_FIELDS = ("outlet", "source", "media", "Media", "sitename")
AUTHOR_FIELDS = ("authors", "author", "penulis")


def _pick(rec: Mapping[str, object], override: str | None, names: tuple[str, ...]) -> str | None:
    for name in (override,) if override else names:
        value = rec.get(name) if name else None
        if value is None:
            continue
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        text = str(value).strip()
        if text:
            return text
    return None


def _normalise_date(value: str | None) -> str | None:
    if not value:
        return None
    from warta.language.dates import parse_record_date

    return parse_record_date(value)


def record_to_raw(where: str, rec: Mapping[str, object], settings: Settings) -> RawArticle:
    text = _pick(rec, settings.text_field, TEXT_FIELDS)
    if text is None:
        wanted = settings.text_field or "/".join(TEXT_FIELDS[:4])
        raise MalformedRecord(where, f"no text field ({wanted}); use --text-field")
    url = _pick(rec, settings.url_field, URL_FIELDS)
    rid = _pick(rec, settings.id_field, ID_FIELDS)
    authors_raw = _pick(rec, None, AUTHOR_FIELDS)
    is_html = "<p" in text[:2000].lower() or "<div" in text[:2000].lower()
    return RawArticle(
        doc=url or rid or where,
        origin=where,
        text=text,
        media_type="html" if is_html else "text",
        title_hint=_pick(rec, settings.title_field, TITLE_FIELDS),
        published_hint=_normalise_date(_pick(rec, settings.date_field, DATE_FIELDS)),
        outlet_hint=_pick(rec, None, OUTLET_FIELDS),
        authors_hint=tuple(a.strip() for a in authors_raw.split(",") if a.strip()) if authors_raw else (),
        url=url,
    )


def read_jsonl(where: str, stream: BinaryIO, settings: Settings) -> Iterator[RawArticle | Failure]:
    for lineno, line in enumerate(stream, 1):
        here = f"{where}:{lineno}"
        if not line.strip():
            continue
        try:
            check_size(here, len(line), settings.max_bytes)
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise MalformedRecord(here, f"invalid UTF-8 at byte {exc.start}") from exc
            try:
                rec = json.loads(text)
            except json.JSONDecodeError as exc:
                raise MalformedRecord(here, f"malformed JSON: {exc.msg} (column {exc.colno})") from exc
            if not isinstance(rec, dict):
                raise MalformedRecord(here, "a JSONL line must be an object")
            yield record_to_raw(here, rec, settings)
        except InputError as exc:
            yield Failure(exc.where, "read", exc.kind, exc.reason)


def read_csv(
    where: str, stream: BinaryIO, settings: Settings, delimiter: str = ","
) -> Iterator[RawArticle | Failure]:
    csv.field_size_limit(settings.max_bytes)
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="strict", newline="")
    try:
        reader = csv.DictReader(text, delimiter=delimiter)
        row_no = 1
        while True:
            here = f"{where}:row {row_no}"
            try:
                row = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError as exc:
                yield Failure(here, "read", "undecodable", f"invalid UTF-8 at byte {exc.start}; rest of file skipped")
                return
            except csv.Error as exc:
                yield Failure(here, "read", "malformed", f"malformed CSV: {exc}")
                row_no += 1
                continue
            try:
                yield record_to_raw(here, row, settings)
            except InputError as exc:
                yield Failure(exc.where, "read", exc.kind, exc.reason)
            row_no += 1
    finally:
        text.detach()
