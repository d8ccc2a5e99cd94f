"""WARC/ARC: HTML responses only, streamed record by record (warcio)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from warta.errors import InputError
from warta.ingest._decode import decode, read_capped
from warta.model import RawArticle
from warta.pipeline import Failure
from warta.settings import Settings


def read_warc(where: str, stream: BinaryIO, settings: Settings) -> Iterator[RawArticle | Failure]:
    n = 0
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            if record.rec_type != "response":
                continue
            n += 1
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"{where}#{n}"
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
            status = record.http_headers.get_statuscode() if record.http_headers else ""
            if "html" not in ctype.lower() or not str(status).startswith("2"):
                continue  # images, scripts, redirects, errors: not articles
            here = f"{where}#{uri}"
            try:
                data = read_capped(record.content_stream(), settings.max_bytes)
                if len(data) <= settings.max_bytes and getattr(record.raw_stream, "limit", 0) > 0:
                    # warcio stops at end of file without complaint: bytes the header promised are missing
                    yield Failure(here, "read", "truncated", "WARC record body is truncated (file cut short?)")
                    continue
                text = decode(here, data, settings.max_bytes)
            except InputError as exc:
                yield Failure(exc.where, "read", exc.kind, exc.reason)
                continue
            except Exception as exc:  # a truncated record body: report it, keep the rest
                yield Failure(here, "read", "truncated", f"cannot read record body: {exc}")
                continue
            fetched = record.rec_headers.get_header("WARC-Date")
            yield RawArticle(doc=uri, origin=here, text=text, media_type="html", url=uri, fetched=fetched)
    except ArchiveLoadFailed as exc:
        yield Failure(where, "read", "malformed", f"not a valid WARC/ARC or truncated after record {n}: {exc}")
    except (OSError, EOFError, ValueError) as exc:
        yield Failure(where, "read", "truncated", f"WARC truncated after record {n}: {exc}")
