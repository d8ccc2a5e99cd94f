"""HTML pages: main text and metadata with trafilatura, publication date with htmldate."""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura
from htmldate import find_date


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    text: str
    title: str | None
    published: str | None
    authors: tuple[str, ...]
    sitename: str | None
    url: str | None


def extract_html(html: str, url: str | None = None) -> HtmlExtract:
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        target_language=None,
        deduplicate=True,
    )
    text = (doc.text if doc is not None else "") or ""
    title = doc.title if doc is not None else None
    published = doc.date if doc is not None else None
    if not published:
        try:
            published = find_date(html, url=url, extensive_search=True, outputformat="%Y-%m-%d")
        except Exception:  # htmldate raises on odd markup; a missing date is not an error
            published = None
    author = doc.author if doc is not None else None
    authors = tuple(a.strip() for a in author.split(";") if a.strip()) if author else ()
    return HtmlExtract(
        text=text,
        title=title,
        published=published[:10] if published else None,
        authors=authors,
        sitename=doc.sitename if doc is not None else None,
        url=(doc.url if doc is not None else None) or url,
    )
