"""LinkStage: an event's own date, its place and who reported it, from its sentence."""

from __future__ import annotations

import dataclasses
import re
from functools import cached_property

from warta.actors.lexicon import ActorLexicon
from warta.link.gazetteer import Gazetteer
from warta.model import DateMention, Document, Event, Place
from warta.pipeline import BaseStage

_PLACE = re.compile(
    r"\b(?:[Dd]i|[Kk]e)\s+(?:ibu kota\s+\w+,\s+|kota\s+|wilayah\s+)?(?P<name>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3})"
)
_GENERIC_MEDIA = re.compile(
    r"\b(?P<m>media(?:-media)?\s+(?:[A-Z]\w+|pemerintah\s+\w+))\s+(?:melaporkan|memberitakan|menyebutkan)"
)
# a place after these belongs to another act or clause
_PLACE_BREAK = re.compile(
    r"[;.]|\b(?:gencatan senjata|perdamaian|krisis|konflik|perang|yang|untuk|agar|bahwa|setelah|sebelum)\b",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\b(?:sejak|semenjak)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NOW = re.compile(r"\b(?:kini|hari ini|saat ini|pagi ini|malam ini|siang ini)\b", re.IGNORECASE)
_CUE = (
    r"(?:menurut(?:\s+laporan)?|kepada|(?:seperti\s+)?dikutip(?:\s+dari)?|mengutip|dilansir(?:\s+dari)?"
    r"|seperti dilaporkan|laporan|dilaporkan|melansir|menurut sumber)"
)
_OUTLET_NOUN = r"(?:kantor berita\s+|media\s+|surat kabar\s+|harian\s+|stasiun televisi\s+)?"
_REPORT_VERB = r"(?:melaporkan|memberitakan|menyebutkan|mengabarkan)"


def _historical(text: str, dates: list[DateMention], published: str | None) -> bool:
    """Every date in the sentence lies over a year before publication (the guide's cut-off),
    and none opens an ongoing period ("sejak Oktober 2023")."""
    if not dates or not published or not published[:4].isdigit():
        return False
    if any(_SINCE.search(text[max(0, d.start - 12) : d.start]) for d in dates):
        return False
    year = int(published[:4])
    years = [int(d.value[:4]) for d in dates if d.value and d.value[:4].isdigit()]
    return bool(years) and len(years) == len(dates) and max(years) < year - 1


class LinkStage(BaseStage):
    name = "link"
    reads = frozenset({"text", "sentences", "events", "dates", "mentions", "published", "published_inferred"})
    writes = frozenset({"events"})

    @cached_property
    def lexicon(self) -> ActorLexicon:
        return ActorLexicon.load(self.settings.lexicon_dir)

    @cached_property
    def gazetteer(self) -> Gazetteer:
        return Gazetteer.build(self.lexicon, self.settings.lexicon_dir)

    @cached_property
    def media(self) -> re.Pattern[str]:
        names: dict[str, str] = {}
        for e in self.lexicon.entries.values():
            if e.kind == "media":
                for a in e.aliases:
                    names[a] = e.name
        self._media_names = names
        alts = "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True))
        return re.compile(rf"{_CUE}\s+{_OUTLET_NOUN}(?P<m>{alts})\b|(?P<m2>{alts})\s+{_REPORT_VERB}")

    def __call__(self, doc: Document) -> Document:
        if not doc.events:
            return doc
        media = self.media
        linked: list[Event] = []
        sent_index = {s.start: i for i, s in enumerate(doc.sentences)}
        # where the NER model found a place, a town of the gazetteer's second tier may be named ("di Khan Younis")
        towns = frozenset(m.start for m in doc.mentions if m.kind == "place" and m.source == "ner")
        published = doc.published or doc.published_inferred  # the story's day when the date is unknown
        for ev in doc.events:
            sdates = [d for d in doc.dates if ev.start <= d.start and d.end <= ev.end and d.value]
            if _historical(doc.text, sdates, published):
                continue  # background ("Pada 2011, Israel melepaskan …"): not a current event
            # the day the act happened: a day-precise date in its sentence; "kini"/"hari ini" on a
            # one-off asserted act is the publication day; vague times (bulan lalu, sejak 2023) give none
            date = next((d.value for d in sdates if d.granularity == "day"), None)
            if date is None and ev.modality == "asserted" and not sdates and _NOW.search(ev.sentence):
                date = published
            place = self._place(doc.text, ev, towns)
            reported = self._reported(doc, ev, media, sent_index)
            linked.append(dataclasses.replace(ev, date=date, location=place, reported_by=reported))
        return dataclasses.replace(doc, events=tuple(linked))

    def _place(self, text: str, ev: Event, towns: frozenset[int] = frozenset()) -> Place | None:
        """Where the act happened: "di/ke X" right after its trigger, or a sentence-initial "Di X, …".

        A place further away usually belongs to another act ("membahas gencatan senjata di Gaza"
        places the ceasefire, not the talks); phone calls have no place.
        """
        if ev.mode == "phone":
            return None
        anchor = ev.trigger_end if ev.trigger_end >= 0 else ev.start
        for m in _PLACE.finditer(text, ev.start, ev.end):
            gap = text[anchor : m.start()]
            after = m.start() >= anchor and len(gap) <= 80 and not _PLACE_BREAK.search(gap)
            initial = not text[ev.start : m.start()].strip(" \"“")
            if not (after or initial):
                continue
            found = self._lookup(m["name"])
            if found is None and m.start("name") in towns:
                town = self.gazetteer.town(m["name"])
                found = dataclasses.replace(town, name=m["name"]) if town is not None else None
            if found is not None:
                return found
        return None

    def _lookup(self, name: str) -> Place | None:
        words = name.split()
        for n in range(len(words), 0, -1):
            cand = " ".join(words[:n])
            place = self.gazetteer.lookup(cand)
            if place is not None:
                return dataclasses.replace(place, name=cand)
            entry = next((e for e in self.lexicon.entries.values()
                          if e.kind == "country" and cand in e.aliases), None)
            if entry is not None:
                return Place(cand, entry.country, None, None)
        return None

    def _reported(self, doc: Document, ev: Event, media: re.Pattern[str], sent_index: dict[int, int]) -> str | None:
        idx = sent_index.get(ev.start)
        spans = [(ev.start, ev.end)]
        if idx is not None and idx > 0:
            prev = doc.sentences[idx - 1]
            if prev.paragraph == doc.sentences[idx].paragraph:
                spans.append((prev.start, prev.end))
        for s, e in spans:
            m = media.search(doc.text, s, e)
            if m:
                surface = m["m"] or m["m2"]
                return self._media_names.get(surface, surface)
            g = _GENERIC_MEDIA.search(doc.text, s, e)
            if g:
                return g["m"]
        return None
