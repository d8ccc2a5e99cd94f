"""Dispatch paths to readers by extension and content; stream records."""

from __future__ import annotations

import gzip
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, cast

from warta.errors import InputError
from warta.ingest._decode import check_size, decode, read_capped
from warta.ingest.feeds import read_feed
from warta.ingest.records import read_csv, read_jsonl
from warta.ingest.warc import read_warc
from warta.model import RawArticle
from warta.pipeline import Failure
from warta.settings import Settings

Record = RawArticle | Failure

_TEXT = {".txt", ".text", ".md", ""}
_HTML = {".html", ".htm", ".xhtml"}
_JSONL = {".jsonl", ".ndjson", ".json"}
_CSV = {".csv", ".tsv"}
_WARC = {".warc", ".arc"}
_FEED = {".rss", ".atom", ".xml"}
_CONTAINERS = {".warc", ".arc", ".gz", ".jsonl", ".ndjson", ".json", ".csv", ".tsv"}
KNOWN_SUFFIXES = _TEXT | _HTML | _JSONL | _CSV | _WARC | _FEED


def _readable_name(path: Path) -> bool:
    """Inside a directory only files of a known kind are read (not databases, images, …);
    a file named on the command line is always tried."""
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return Path(name).suffix in KNOWN_SUFFIXES


def _fail(exc: InputError) -> Failure:
    return Failure(exc.where, "read", exc.kind, exc.reason)


def _kind(name: str, head: bytes) -> str:
    """The reader for a file: by extension, then by sniffing its first bytes."""
    suffix = Path(name).suffix.lower()
    if suffix in _WARC:
        return "warc"
    if suffix in _JSONL:
        return "jsonl"
    if suffix in _CSV:
        return "csv"
    if suffix in _HTML:
        return "html"
    if suffix in _FEED:
        lower = head[:2048].lower()
        return "feed" if (b"<rss" in lower or b"<feed" in lower or b"<rdf" in lower) else "html"
    lower = head[:2048].lstrip().lower()
    if lower.startswith(b"warc/"):
        return "warc"
    if lower.startswith((b'{"', b'[{"', b"[\n", b"[ {")):
        return "jsonl"  # JSON lines (or an array) arriving without a telling name, e.g. on stdin
    if lower.startswith((b"<!doctype html", b"<html")) or b"<body" in lower:
        return "html"
    if lower.startswith((b"<?xml", b"<rss", b"<feed")) and (b"<rss" in lower or b"<feed" in lower):
        return "feed"
    return "text"


def _open(path: Path) -> tuple[str, BinaryIO]:
    """Open a file, transparently gunzipping ``.gz``; return the inner name and stream."""
    if path.name.lower().endswith((".warc.gz", ".arc.gz")):
        return path.stem, path.open("rb")  # warcio reads gzipped records member by member
    if path.suffix.lower() == ".gz":
        return path.stem, io.BufferedReader(gzip.GzipFile(path, "rb"))
    return path.name, path.open("rb")


def _read_capped(where: str, stream: BinaryIO, max_bytes: int) -> bytes:
    """At most ``max_bytes`` of a stream; refuse (without reading on) when there is more."""
    data = read_capped(stream, max_bytes)
    check_size(where, len(data), max_bytes)
    return data


def read_stream(name: str, where: str, stream: BinaryIO, settings: Settings) -> Iterator[Record]:
    """Records of one open stream; the reader is chosen by name, then by the first bytes."""
    try:
        if not isinstance(stream, io.BufferedReader):  # BytesIO, sockets: peekable without reading all
            stream = io.BufferedReader(cast(Any, stream))
        head = stream.peek(4096)[:4096]
    except (OSError, EOFError) as exc:
        yield Failure(where, "read", "unreadable", f"cannot read (truncated or corrupt?): {exc}")
        return
    kind = _kind(name, head)
    try:
        if kind == "warc":
            yield from read_warc(where, stream, settings)
        elif kind == "jsonl":
            yield from read_jsonl(where, stream, settings)
        elif kind == "csv":
            yield from read_csv(where, stream, settings, delimiter="\t" if name.endswith(".tsv") else ",")
        elif kind == "feed":
            yield from read_feed(where, _read_capped(where, stream, settings.max_bytes), settings)
        else:
            data = _read_capped(where, stream, settings.max_bytes)
            text = decode(where, data, settings.max_bytes)
            yield RawArticle(
                doc=Path(name).name,
                origin=where,
                text=text,
                media_type="html" if kind == "html" else "text",
            )
    except InputError as exc:
        yield _fail(exc)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Failure(where, "read", "unreadable", f"cannot read (truncated or corrupt?): {exc}")


def read_path(path: Path, settings: Settings) -> Iterator[Record]:
    """Records of one file (not a directory)."""
    where = str(path)
    try:
        size = path.stat().st_size
        # One-document files are refused by size before a byte is read; container formats
        # (WARC, JSONL, CSV, .gz) are streamed and their records checked one by one.
        if path.suffix.lower() not in _CONTAINERS:
            check_size(where, size, settings.max_bytes)
        name, stream = _open(path)
    except InputError as exc:
        yield _fail(exc)
        return
    except OSError as exc:
        yield Failure(where, "read", "unreadable", f"cannot open: {exc.strerror or exc}")
        return
    with stream:
        yield from read_stream(name, where, stream, settings)


def iter_inputs(paths: list[str], settings: Settings) -> Iterator[Record]:
    """Records from files, directories (recursive, sorted) and ``-`` (stdin), in order."""
    for p in paths:
        if p == "-":  # streamed like a file: a JSONL or WARC pipe is never read whole
            stdin: BinaryIO = sys.stdin.buffer
            yield from read_stream("stdin", "<stdin>", stdin, settings)
            continue
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith(".") and _readable_name(child):
                    yield from read_path(child, settings)
        elif path.exists():
            yield from read_path(path, settings)
        else:
            yield Failure(p, "read", "missing", "no such file or directory")
