"""Language-layer stages: language id, sentences, dates, counts, quotes."""

from __future__ import annotations

import dataclasses
from functools import cached_property

from warta.language.dates import Calendar, DateFinder, parse_iso
from warta.language.langid import LanguageIdentifier
from warta.language.numbers import CountFinder, NumberLexicon
from warta.language.quotes import QuoteFinder, QuoteLexicon, RawQuote
from warta.language.segment import Segmenter
from warta.model import Document, Entity, Mention, Quote
from warta.pipeline import BaseStage


class LanguageStage(BaseStage):
    name = "language"
    reads = frozenset({"text", "paragraphs"})
    writes = frozenset({"lang", "paragraph_langs"})

    @cached_property
    def identifier(self) -> LanguageIdentifier:
        return LanguageIdentifier(self.settings.languages, self.settings.lexicon_dir)

    def __call__(self, doc: Document) -> Document:
        langs = tuple(self.identifier.identify(doc.text[s:e]) for s, e in doc.paragraphs)
        return dataclasses.replace(doc, lang=self.identifier.identify(doc.text[:5000]), paragraph_langs=langs)


class SentenceStage(BaseStage):
    name = "sentences"
    reads = frozenset({"text", "paragraphs"})
    writes = frozenset({"sentences"})

    @cached_property
    def segmenter(self) -> Segmenter:
        return Segmenter.load(self.settings.lexicon_dir)

    def __call__(self, doc: Document) -> Document:
        return dataclasses.replace(doc, sentences=self.segmenter.sentences(doc.text, doc.paragraphs))


class DateStage(BaseStage):
    name = "dates"
    reads = frozenset({"text", "published"})
    writes = frozenset({"dates", "published_inferred"})

    @cached_property
    def finder(self) -> DateFinder:
        return DateFinder(Calendar.load(self.settings.lexicon_dir))

    def __call__(self, doc: Document) -> Document:
        published = parse_iso(doc.published)
        inferred = None if published else self.finder.anchor(doc.text)
        return dataclasses.replace(doc, dates=tuple(self.finder.find(doc.text, published or inferred)),
                                   published_inferred=inferred.isoformat() if inferred else None)


class CountStage(BaseStage):
    name = "counts"
    reads = frozenset({"text", "sentences", "dates"})
    writes = frozenset({"counts"})

    @cached_property
    def finder(self) -> CountFinder:
        return CountFinder(NumberLexicon.load(self.settings.lexicon_dir))

    def __call__(self, doc: Document) -> Document:
        return dataclasses.replace(doc, counts=tuple(self.finder.find(doc.text, doc.sentences, doc.dates)))


class QuoteStage(BaseStage):
    name = "quotes"
    reads = frozenset({"text", "sentences", "mentions", "entities"})
    writes = frozenset({"quotes"})

    @cached_property
    def finder(self) -> QuoteFinder:
        return QuoteFinder(QuoteLexicon.load(self.settings.lexicon_dir))

    def __call__(self, doc: Document) -> Document:
        by_key = {e.key: e for e in doc.entities}
        people = sorted((m for m in doc.mentions if m.kind == "person"), key=lambda m: m.start)
        quotes: list[Quote] = []
        last_speaker: str | None = None
        raw = self.finder.find(doc.text, doc.sentences)
        fallback = self.finder.resolve_sources(doc.text, raw)  # surface names when no person mention fits
        for rq, (surface, unnamed) in zip(raw, fallback, strict=True):
            # an unnamed source ("seorang pejabat Hamas", or "pejabat tersebut" after one) has no name
            speaker = None if unnamed else self._speaker(rq, surface, people, by_key, last_speaker)
            quotes.append(
                Quote(
                    speaker=speaker,
                    text=doc.text[rq.start : rq.end],
                    verb=rq.verb,
                    start=rq.start,
                    end=rq.end,
                    kind=rq.kind,
                    speaker_text=rq.speaker_text,
                )
            )
            last_speaker = None if unnamed else speaker or last_speaker
        return dataclasses.replace(doc, quotes=tuple(quotes))

    def _speaker(self, rq: RawQuote, surface: str | None, people: list[Mention], by_key: dict[str, Entity],
                 last_speaker: str | None) -> str | None:
        """The speaker's canonical name: the person mention at the cue, else the one a pronoun refers
        to, else the finder's surface name."""
        speaker: str | None = None
        if rq.speaker_start >= 0 and not rq.pronoun:
            speaker = _person_at(people, by_key, rq.speaker_start, rq.speaker_end)
            if speaker is None and rq.speaker_text:
                speaker = _person_named(by_key, rq.speaker_text)
        if speaker is None and rq.pronoun:
            speaker = _last_person_before(people, by_key, rq.start) or last_speaker
        if speaker is None and surface:
            speaker = _person_named(by_key, surface) or _plain_name(surface, self.finder.lex.role_heads)
        return speaker


def _person_at(people: list[Mention], by_key: dict[str, Entity], start: int, end: int) -> str | None:
    for m in people:
        if m.start < end and start < m.end:
            ent = by_key.get(m.key)
            return ent.name if ent else None
    return None


def _person_named(by_key: dict[str, Entity], text: str) -> str | None:
    words = set(text.split())
    for ent in by_key.values():
        if ent.kind == "person" and (ent.name == text or words & set(ent.name.split())):
            return ent.name
    return None


def _last_person_before(people: list[Mention], by_key: dict[str, Entity], pos: int) -> str | None:
    best = None
    for m in people:
        if m.end <= pos:
            best = m
    if best is None:
        return None
    ent = by_key.get(best.key)
    return ent.name if ent else None


def _plain_name(surface: str, role_heads: frozenset[str]) -> str | None:
    """A surface that reads as a person's name (1-4 capitalised words, no role word), else None."""
    words = surface.split()
    if not 1 <= len(words) <= 4 or words[0].lower() in role_heads:
        return None
    return surface if all(w[:1].isupper() for w in words) else None
