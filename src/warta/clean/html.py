"""HTML pages: main text and metadata with trafilatura, publication date with htmldate.

trafilatura's title is the page's ``og:title``/``<title>``, which usually carries the site
name ("… - Kompas.com", "KapanLagi.com: …", "… | Republika Online"). :func:`clean_title`
drops such site segments, and prefers the page's ``<h1>`` where it is the headline inside a
longer title ("Kapanlagi.com: Musik - Bikin Gaduh Kota, …" → the ``<h1>`` "Bikin Gaduh Kota, …").
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import trafilatura
from htmldate import find_date
from lxml import html as lxml_html  # type: ignore[import-untyped]  # lxml ships no stubs
from lxml.etree import ParserError  # type: ignore[import-untyped]  # lxml ships no stubs

_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|»|·)\s+|(?<=\w):\s+")
# Containers of links to other articles ("Berita Terkait", "Terpopuler", teaser lists).
_TEASER_CLASS = re.compile(
    r"(?i)(^|[\s_-])(related|terkait|recommend\w*|rekomendasi|populer|popular|terpopuler|trending|"
    r"baca-?juga|berita-?lain(nya)?|most-?read|read-?also)([\s_-]|$)"
)
_MIN_TEXT = 200
_SENT_END = re.compile(r"[.!?\"”’]\s*$")
_LINKED_HEADING = "./descendant::*[self::h2 or self::h3 or self::h4 or self::h5]//a"
_DOMAINISH = re.compile(r"(?i)\b[a-z0-9-]+\.(?:com|co\.id|id|net|org|co|tv|news)\b")


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    text: str
    title: str | None
    published: str | None
    authors: tuple[str, ...]
    sitename: str | None
    url: str | None
    description: str | None = None  # the page's meta description: the text of last resort


def prune_teasers(html: str) -> str:
    """Remove teaser lists and related-article boxes before extraction.

    A list item holding a linked heading ("<li><h3><a …>Other story</a></h3><p>summary</p>")
    is a teaser of another article; so is a container whose class or id says "related",
    "terkait", "populer" …. trafilatura keeps such summaries when they look like prose.
    """
    try:
        tree = lxml_html.fromstring(html)
    except (ParserError, ValueError):
        return html
    doomed = []
    for el in tree.iter("li", "div", "section", "aside", "ul"):
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        teaser_item = el.tag == "li" and bool(el.xpath(_LINKED_HEADING))
        teaser_box = el.tag != "li" and bool(_TEASER_CLASS.search(names)) and len(el.xpath(".//p")) < 20
        if teaser_item or teaser_box:
            doomed.append(el)
    if not doomed:
        return html
    for el in doomed:
        parent = el.getparent()
        if parent is not None:
            parent.remove(el)
    return str(lxml_html.tostring(tree, encoding="unicode"))


def _recover_lead(text: str, html: str, url: str | None) -> str:
    """Prepend lead paragraphs that precision mode dropped.

    Some layouts put the opening paragraph as bare text beside a bold byline rather than in a
    ``<p>``; ``favor_precision`` then loses it. The recall-mode extraction keeps it: full
    sentences of 15+ words directly before the first precision paragraph are added back.
    """
    lines = [ln for ln in text.split("\n") if ln.strip()]
    recall = trafilatura.extract(html, url=url, favor_recall=True, include_comments=False,
                                 include_tables=False, deduplicate=True) or ""
    rlines = [ln for ln in recall.split("\n") if ln.strip()]
    if not lines or lines[0] not in rlines:
        return text
    lead: list[str] = []
    j = rlines.index(lines[0]) - 1
    while j >= 0 and len(rlines[j].split()) >= 15 and _SENT_END.search(rlines[j]) and rlines[j] not in text:
        lead.insert(0, rlines[j])
        j -= 1
    return "\n".join([*lead, text]) if lead else text


def _page_titles(html: str) -> tuple[str | None, list[str]]:
    """The page's og:title (or <title>) and its <h1> texts."""
    try:
        tree = lxml_html.fromstring(html)
    except (ParserError, ValueError):
        return None, []
    og = tree.xpath('//meta[@property="og:title" or @name="og:title"]/@content')
    title = og[0] if og else None
    if not title:
        found = tree.xpath("//title/text()")
        title = found[0] if found else None
    h1s = [" ".join(h.text_content().split()) for h in tree.xpath("//h1")]
    return (" ".join(html_lib.unescape(title).split()) if title else None), [h for h in h1s if h]


def clean_title(
    title: str | None, h1s: list[str], is_site: Callable[[str], bool]
) -> str | None:
    """Drop site-name segments at either end of a page title; prefer a matching <h1>."""
    if not title:
        return max(h1s, key=len) if h1s else None
    parts = _SEPARATORS.split(title)
    seps = _SEPARATORS.findall(title)
    # Strip site segments (and a section label glued to them) from the ends.
    while len(parts) > 1 and is_site(parts[0]):
        parts, seps = parts[1:], seps[1:]
    while len(parts) > 1 and is_site(parts[-1]):
        parts, seps = parts[:-1], seps[:-1]
    cleaned = parts[0] + "".join(s + p for s, p in zip(seps, parts[1:], strict=True))
    cleaned = cleaned.strip()
    key = cleaned.casefold()
    for h in sorted(h1s, key=len, reverse=True):
        hk = h.casefold()
        if len(h.split()) >= 3 and hk != key and hk in key and key.endswith(hk):
            return h
    return cleaned or None


def extract_html(html: str, url: str | None = None, is_site: Callable[[str], bool] | None = None) -> HtmlExtract:
    def run(markup: str) -> Any:
        return trafilatura.bare_extraction(
            markup,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            target_language=None,
            deduplicate=True,
        )

    pruned = prune_teasers(html)
    doc = run(pruned)
    text = (doc.text if doc is not None else "") or ""
    if text:
        text = _recover_lead(text, pruned, url)
    if len(text) < _MIN_TEXT:
        # Pruning can take a short page's only text (a photo page's caption list): retry whole.
        whole = run(html)
        if whole is not None and len(whole.text or "") > len(text):
            doc, text = whole, whole.text or ""
    description = " ".join((doc.description or "").split()) if doc is not None else ""
    sitename = doc.sitename if doc is not None else None
    page_title, h1s = _page_titles(html)
    raw_title = page_title or (doc.title if doc is not None else None)

    def site(segment: str) -> bool:
        seg = segment.strip().casefold()
        if not seg:
            return True
        if sitename and (seg == sitename.casefold() or sitename.casefold() in seg):
            return True
        if _DOMAINISH.search(segment) and len(segment.split()) <= 4:
            return True
        return bool(is_site and is_site(segment))

    title = clean_title(raw_title, h1s, site)
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
        sitename=sitename,
        description=description or None,
        url=(doc.url if doc is not None else None) or url,
    )
