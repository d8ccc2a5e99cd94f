"""CleanStage: raw input → clean body text, captions, boilerplate lines and metadata."""

from __future__ import annotations

import dataclasses
from functools import cached_property

from warta.clean.boilerplate import BoilerplateRules, classify_lines
from warta.clean.metadata import (
    OutletIndex,
    credited_names,
    date_from_url,
    outlet_from_url,
    parse_byline,
)
from warta.errors import EmptyInput
from warta.language.dates import Calendar, DateFinder
from warta.model import Document, Line
from warta.pipeline import BaseStage


class CleanStage(BaseStage):
    name = "clean"
    reads = frozenset({"raw", "media_type", "url", "hints"})
    writes = frozenset(
        {"text", "lines", "captions", "paragraphs", "title", "outlet", "published", "authors", "dateline"}
    )

    @cached_property
    def rules(self) -> BoilerplateRules:
        return BoilerplateRules.load(self.settings.lexicon_dir)

    @cached_property
    def outlets(self) -> OutletIndex:
        return OutletIndex.load(self.settings.lexicon_dir)

    @cached_property
    def dates(self) -> DateFinder:
        return DateFinder(Calendar.load(self.settings.lexicon_dir))

    def __call__(self, doc: Document) -> Document:
        source = doc.raw
        title = doc.hint("title")
        published = doc.hint("published")
        authors: list[str] = [a for a in (doc.hint("authors") or "").split("\x1f") if a]
        outlet = self.outlets.by_name(doc.hint("outlet") or "") or doc.hint("outlet")
        url = doc.url
        description: str | None = None
        if doc.media_type == "html":
            # imported here: trafilatura/htmldate/lxml cost ~18 MB that text-only runs never need
            from warta.clean.html import extract_html

            ex = extract_html(doc.raw, url, self.outlets.is_site)
            description = ex.description
            source = ex.text
            title = title or ex.title
            published = published or ex.published
            authors = authors or list(ex.authors)
            url = url or ex.url
            outlet = outlet or outlet_from_url(url, self.outlets) or (
                self.outlets.by_name(ex.sitename) if ex.sitename else None
            ) or ex.sitename
        if not source.strip() and description and len(description.split()) >= 8:
            source = description
        if not source.strip():
            raise EmptyInput(doc.doc, "no article text found (an HTML page with no main text?)")

        lines = classify_lines(source, self.rules, title)
        if description and not any(line.label == "body" for line in lines):
            # A photo or video page: nothing but captions and clutter; its summary is the text.
            lines = classify_lines(description, self.rules, None) if len(description.split()) >= 8 else lines
        body: list[str] = []
        captions: list[str] = []
        dateline: str | None = None
        menu_outlet: str | None = None
        byline_done = False
        for line in lines:
            if line.label == "title" and not title:
                title = line.text
            elif line.label == "caption":
                captions.append(line.text)
            elif line.label == "boilerplate":
                authors.extend(n for n in credited_names(line.text) if n not in authors)
                if line.rule == "menu":
                    menu_outlet = menu_outlet or self.outlets.by_menu(line.text)
                elif line.rule == "outlet-dash-only":  # "Suara.com -" alone above the body
                    menu_outlet = menu_outlet or self.outlets.by_name(line.text.rstrip(" -–—"))
            elif line.label == "body":
                text = self.rules.strip_noise(line.text)
                if not byline_done:
                    byline_done = True
                    by = parse_byline(text, self.outlets, self.dates)
                    if by.strip:
                        text = text[by.strip :].lstrip()
                        outlet = outlet or by.outlet
                        dateline = by.dateline
                        published = published or by.published
                if text:
                    body.append(text)

        outlet = outlet or outlet_from_url(url, self.outlets) or menu_outlet
        published = published or date_from_url(url)
        text = ""
        paragraphs: list[tuple[int, int]] = []
        for para in map(repair_mojibake, body):
            if text:
                text += "\n\n"
            paragraphs.append((len(text), len(text) + len(para)))
            text += para
        if not text:
            raise EmptyInput(doc.doc, "no article body left after removing page clutter")
        kept: tuple[Line, ...] = lines if doc.media_type == "text" else ()
        return dataclasses.replace(
            doc,
            text=text,
            lines=kept,
            captions=tuple(captions),
            paragraphs=tuple(paragraphs),
            title=" ".join(repair_mojibake(title).split()) if title else None,
            outlet=outlet,
            published=published,
            authors=tuple(authors),
            dateline=dateline,
        )


_MOJIBAKE_MARKS = ("Ã", "â€", "Â")


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as Latin-1/cp1252 ("AntÃ³nio" → "António"), common in scraped exports.

    ftfy's ``fix_encoding`` only; it runs on the few paragraphs that show the telltale
    sequences, so clean text elsewhere is never rewritten.
    """
    if not any(mark in text for mark in _MOJIBAKE_MARKS):
        return text
    import ftfy

    return str(ftfy.fix_encoding(text))
