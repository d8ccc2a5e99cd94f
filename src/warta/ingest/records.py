"""JSONL and CSV exports of news APIs: one article per line/row, fields mapped."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from typing import BinaryIO

from warta.errors import InputError, MalformedRecord
from warta.ingest._decode import check_size, read_capped
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


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[bytes, int]]:
    """Lines of at most ``max_bytes`` (plus their true length): an oversized line is skipped
    in chunks, never held in memory whole."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        size = len(line)
        if size > max_bytes and not line.endswith(b"\n"):
            while True:
                chunk = stream.readline(1 << 16)
                size += len(chunk)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield b"", size
            continue
        yield line, size


def read_jsonl(where: str, stream: BinaryIO, settings: Settings) -> Iterator[RawArticle | Failure]:
    """One article per line (a ``.json`` file holding one array is read whole, within the limit)."""
    head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
    if head.lstrip().startswith(b"["):
        yield from _read_json_array(where, stream, settings)
        return
    for lineno, (line, size) in enumerate(_lines(stream, settings.max_bytes), 1):
        here = f"{where}:{lineno}"
        try:
            check_size(here, size, settings.max_bytes)
            if not line.strip():
                continue
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


def _read_json_array(where: str, stream: BinaryIO, settings: Settings) -> Iterator[RawArticle | Failure]:
    data = read_capped(stream, settings.max_bytes)
    try:
        check_size(where, len(data), settings.max_bytes)
        try:
            items = json.loads(data.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise MalformedRecord(where, f"invalid UTF-8 at byte {exc.start}") from exc
        except json.JSONDecodeError as exc:
            raise MalformedRecord(where, f"malformed JSON: {exc.msg} (line {exc.lineno})") from exc
    except InputError as exc:
        yield Failure(exc.where, "read", exc.kind, exc.reason)
        return
    for i, rec in enumerate(items if isinstance(items, list) else [items], 1):
        here = f"{where}:[{i}]"
        if not isinstance(rec, dict):
            yield Failure(here, "read", "malformed", "an array item must be an object")
            continue
        try:
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
