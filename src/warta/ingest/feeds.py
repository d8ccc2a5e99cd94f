"""RSS/Atom files: each entry with content becomes an article (feedparser)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import feedparser

from warta.errors import MalformedRecord
from warta.model import RawArticle
from warta.pipeline import Failure
from warta.settings import Settings


def read_feed(where: str, data: bytes, settings: Settings) -> Iterator[RawArticle | Failure]:
    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        exc = MalformedRecord(where, f"malformed feed: {parsed.get('bozo_exception', 'unparseable')}")
        yield Failure(exc.where, "read", exc.kind, exc.reason)
        return
    outlet = parsed.feed.get("title") or None
    for i, entry in enumerate(parsed.entries, 1):
        link = entry.get("link") or entry.get("id") or f"{where}#{i}"
        here = f"{where}#{i}"
        contents = entry.get("content") or []
        body = contents[0].get("value") if contents else entry.get("summary") or ""
        if not body or not body.strip():
            yield Failure(here, "read", "empty", f"feed entry {link} has no content")
            continue
        published = None
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        if stamp:
            published = time.strftime("%Y-%m-%d", stamp)
        yield RawArticle(
            doc=link,
            origin=here,
            text=f"<html><body>{body}</body></html>" if "<" in body else body,
            media_type="html" if "<" in body else "text",
            title_hint=entry.get("title") or None,
            outlet_hint=outlet,
            published_hint=published,
            authors_hint=tuple(a.get("name", "") for a in entry.get("authors", []) if a.get("name")),
            url=link,
        )
