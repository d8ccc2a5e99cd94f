"""EventStage: code every sentence of the clean text into PLOVER/CAMEO events."""

from __future__ import annotations

import dataclasses
import re
from functools import cached_property

from warta.actors.lexicon import ActorLexicon
from warta.events.coder import CodedEvent, EventCoder
from warta.events.lexicon import EventLexicon, org_roots
from warta.link.gazetteer import Gazetteer
from warta.model import Actor, Document, Entity, Event, Mention, Sentence
from warta.pipeline import BaseStage

_LOCATIVE_BEFORE = re.compile(r"\b(?:di|ke|dari|kota|wilayah|provinsi|kawasan)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _operating_country(text: str, in_sent: list[Mention], entities: dict[str, Entity],
                       focus: str | None) -> str | None:
    """Where an armed group without a state acts in this sentence: the country of the first place named as a
    location ("di Raqa", "di Mosul", "di Marawi, Filipina"; not "dukungan Amerika Serikat"), else the article's."""
    for m in in_sent:
        ent = entities.get(m.key)
        if m.kind == "place" and not m.metonymic and ent is not None and ent.country is not None \
                and _LOCATIVE_BEFORE.search(text, max(0, m.start - 30), m.start):
            return ent.country
    return focus


def _stateless(actor: Actor | None, where: str | None) -> Actor | None:
    """The guide (section 5): armed and rebel groups take the country they operate in, also those with no state
    of their own (ISIS in Mosul is IRQ, in Marawi PHL); their name stays in ``org``."""
    if actor is None or where is None or actor.country is not None or actor.sector != "REB" or actor.org is None \
            or actor.person is not None:
        return actor
    return dataclasses.replace(actor, country=where)


def _focus(mentions: list[Mention], entities: dict[str, Entity]) -> str | None:
    """The article's country: the one its mentions name most (a country, or an actor of it), first named on ties."""
    counts: dict[str, int] = {}
    for m in mentions:
        ent = entities.get(m.key)
        if ent is not None and ent.country is not None:
            counts[ent.country] = counts.get(ent.country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


_SPORTS = re.compile(r"\b(?:pertandingan|laga|gol|turnamen|piala|timnas|tim nasional|klub|pelatih|skuad|"
                     r"semifinal|perempat final|kualifikasi|liga|stadion|pemain|ganda (?:putra|putri|campuran)|"
                     r"tunggal (?:putra|putri)|medali|atlet|bulu tangkis|sepak bola|olimpiade|SEA Games|Asian Games|"
                     r"Piala Dunia|juara dunia|kick-off|menit ke-\d+)\b", re.IGNORECASE)
_SPORTS_MIN = (6, 3)
"""A sports story names at least six sports terms, three of them different (see _sports)."""


def _sports(text: str) -> bool:
    """A sports story: there "Portugal akan berjumpa Chile" and "Indonesia menghadapi Malaysia" are teams, not
    states (GDELT's known error of coding matches as diplomacy or war)."""
    hits = [h.lower() for h in _SPORTS.findall(text)]
    return len(hits) >= _SPORTS_MIN[0] and len(set(hits)) >= _SPORTS_MIN[1]


def _team(actor: Actor | None) -> bool:
    """An actor named only by its country (no person, organisation or sector): in a sports story, a team."""
    return actor is not None and actor.person is None and actor.org is None and actor.sector in (None, "GOV") \
        and not actor.implied


_PITCH_TYPES = frozenset({"ASSAULT", "THREATEN", "COERCE", "CONSULT"})


def _on_the_pitch(ce: CodedEvent) -> bool:
    """In a sports story: two teams named by their countries, or a player's or team's "serangan", "ancaman",
    "menggempur" — the game's own words — when no organisation (FIFA, a federation, a government body) takes part."""
    actors = (*ce.sources, *ce.targets)
    if ce.sources and ce.targets and all(_team(a) for a in actors):
        return True
    return ce.trigger.type in _PITCH_TYPES and not any(a.org is not None for a in actors)


_DOMESTIC_SHARE = 0.85
"""A story is of one country when that share of its country-rooted mentions are of it (see _domestic)."""


def _domestic(mentions: list[Mention], entities: dict[str, Entity], focus: str | None) -> str | None:
    """The country of a story told within one country (a protest, an arrest, an ethics ruling), else None: where an
    act's unresolved addressee is taken to be at home (an international story's is left unnamed)."""
    rooted = [e.country for m in mentions if (e := entities.get(m.key)) is not None and e.country is not None]
    if focus is None or not rooted or sum(c == focus for c in rooted) < _DOMESTIC_SHARE * len(rooted):
        return None
    return focus


# (sixteenth pass) an Indonesian mission abroad named in the story: its nationals' case is told abroad
_MISSION_ABROAD = re.compile(r"\b(?:KBRI|KJRI|(?:Kedutaan Besar|Konsulat Jenderal|Kedubes|Konjen|Dubes|Duta Besar)"
                             r"\s+(?:RI|Republik Indonesia|Indonesia))\b")
_HOST_AUTHORITY_TYPES = frozenset({"COERCE", "SANCTION", "ACCUSE"})
"""(the charge an arrest is told with — "ditahan atas dugaan …", ACCUSE allege — goes with the arrest)"""
_HOST_SECTORS = frozenset({"COP", "JUD"})


def _host(text: str, mentions: list[Mention], entities: dict[str, Entity], domestic: str | None) -> str | None:
    """(sixteenth pass) The foreign state an Indonesian's arrest or trial is told in: in a story naming an Indonesian
    mission abroad (KBRI, KJRI, "Duta Besar RI") and not told within one country (``domestic``: an arrest in
    Pangandaran whose story mentions a KBRI stays at home), the foreign country its places name most ("di Arab
    Saudi", "Pengadilan Dammam"), first named on ties; else None."""
    if domestic is not None or not _MISSION_ABROAD.search(text):
        return None
    counts: dict[str, int] = {}
    for m in mentions:
        ent = entities.get(m.key)
        if m.kind == "place" and ent is not None and ent.country is not None and ent.country != "IDN" \
                and len(ent.country) == 3:
            counts[ent.country] = counts.get(ent.country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def _hosted(ce: CodedEvent, host: str | None, in_sent: list[Mention], entities: dict[str, Entity]) -> CodedEvent:
    """(sixteenth pass) "Mimin ditahan sejak Maret 2012", "Sejak penahanan ini terjadi" in a story of an Indonesian
    held abroad: the implied police or courts of an arrest or sentence whose country was taken from the Indonesian
    held (nobody and no place named) are the host state's (the annotation guide: the host state acts, SAU → IDN),
    as are those of the charge it is told with.
    A sentence naming a place at home ("setibanya di Jakarta, ia ditahan") keeps the Indonesian authorities."""
    if host is None or ce.trigger.type not in _HOST_AUTHORITY_TYPES or not ce.sources or not ce.targets:
        return ce
    if not all(a.implied and a.country == "IDN" and a.sector in _HOST_SECTORS for a in ce.sources) \
            or not all(a.country == "IDN" for a in ce.targets):
        return ce
    if any(m.kind == "place" and (e := entities.get(m.key)) is not None and e.country == "IDN" for m in in_sent):
        return ce
    sources = tuple(dataclasses.replace(a, country=host, key=f"{host}:{a.sector}") for a in ce.sources)
    return dataclasses.replace(ce, sources=sources, pairs=tuple((s, t) for s in sources for t in ce.targets))


def _voice(doc: Document, sent: Sentence, mentions: list[Mention], entities: dict[str, Entity]) -> Mention | None:
    """The speaker of the direct quotation a sentence stands in, as the mention of them nearest the quote."""
    quote = next((q for q in doc.quotes if q.kind == "direct" and q.speaker
                  and (q.start <= sent.start < q.end or q.start < sent.end <= q.end or sent.start <= q.start < sent.end)),
                 None)
    if quote is None or not quote.speaker:
        return None
    last = quote.speaker.split()[-1]
    # (the quote stage and the actor stage may bound a name differently: "Sumut Iskandar" and "Iskandar")
    keys = {k for k, e in entities.items() if e.name == quote.speaker
            or (e.kind == "person" and e.name.split() and e.name.split()[-1] == last)}
    named = [m for m in mentions if m.key in keys]
    return min(named, key=lambda m: abs(m.start - quote.start)) if named else None


class EventStage(BaseStage):
    name = "events"
    reads = frozenset({"text", "sentences", "mentions", "entities", "quotes"})
    writes = frozenset({"events"})

    @cached_property
    def lexicon(self) -> EventLexicon:
        return EventLexicon.load(self.settings.lexicon_dir)

    @cached_property
    def gazetteer(self) -> Gazetteer:
        return Gazetteer.build(ActorLexicon.load(self.settings.lexicon_dir), self.settings.lexicon_dir)

    @cached_property
    def coder(self) -> EventCoder:
        gazetteer = self.gazetteer

        def place_country(name: str) -> str | None:
            place = gazetteer.lookup(name)
            return place.country if place is not None else None

        def town_country(name: str) -> str | None:
            place = gazetteer.town(name)
            return place.country if place is not None else None

        return EventCoder(self.lexicon, org_roots(self.settings.lexicon_dir), place_country, town_country)

    def _town(self, ent: Entity) -> Entity:
        """A place the NER model found and the actor lexicon lacks, with its country from the gazetteer's
        towns ("di Khan Younis" → PSE), so an attack there has a target; the document's entities are unchanged."""
        if ent.kind != "place" or ent.country is not None or not ent.key.startswith("ner:"):
            return ent
        town = self.gazetteer.town(ent.name)
        return dataclasses.replace(ent, country=town.country, place=town) if town is not None else ent

    def __call__(self, doc: Document) -> Document:
        entities = {e.key: self._town(e) for e in doc.entities}
        mentions = list(doc.mentions)
        focus = _focus(mentions, entities)
        if focus is not None:
            # an organisation only the NER model found, with no country ("Kejaksaan Negeri Kuningan", "Unud"), is
            # taken for one of the article's country (which only adds to that country's count: the focus stays);
            # the document's entities are unchanged
            entities = {k: dataclasses.replace(e, country=focus) if e.kind == "org" and e.country is None
                        and k.startswith("ner:") else e for k, e in entities.items()}
        domestic = _domestic(mentions, entities, focus)
        host = _host(doc.text, mentions, entities, domestic)
        sports = _sports(doc.text)
        events: list[Event] = []
        # (sentence index, sources, targets) of recent events: anaphora reaches back two sentences
        recent: list[tuple[int, tuple[Mention, ...], tuple[Mention, ...]]] = []
        acts: list[tuple[int, CodedEvent]] = []
        lead: tuple[Mention, ...] = ()  # the previous sentence's subject, when it opens that sentence
        for i, sent in enumerate(doc.sentences):
            in_sent = [m for m in mentions if sent.start <= m.start and m.end <= sent.end]
            history = tuple((s, t) for j, s, t in reversed(recent) if i - j <= 2)
            # a meeting told again by its noun reaches further back than anaphora (the article's topic)
            prior = tuple(ce for j, ce in reversed(acts) if i - j <= 8)
            voice = _voice(doc, sent, mentions, entities)
            coded = self.coder.code(doc.text, sent, in_sent, entities, history, prior, focus,
                                    voice, domestic, lead)
            nxt = doc.sentences[i + 1] if i + 1 < len(doc.sentences) else None
            if nxt is not None:
                coded = [self.coder.listed_targets(doc.text, ce, nxt, mentions, entities) for ce in coded]
            coded = [_hosted(ce, host, in_sent, entities) for ce in coded]
            recent.extend((i, ce.source_mentions, ce.target_mentions) for ce in coded if ce.source_mentions)
            subj = self.coder.subject(doc.text, sent, in_sent, entities)
            if not coded and subj:
                # no event: the sentence's subject is still what "mereka/dia" refers to next
                recent.append((i, subj, self.coder.others(doc.text, subj, in_sent, entities)))
            elif not coded and voice is not None and voice.kind == "person":
                # a quotation's speaker ("«…,» kata Sahroni") is who a following "ia/dia" is, when nothing else is
                recent.append((i, (voice,), ()))
            acts.extend((i, ce) for ce in coded)
            # a next sentence of the paragraph that opens on its verb continues this subject
            lead = subj if nxt is not None and nxt.paragraph == sent.paragraph else ()
            emitted: set[tuple[str, str | None, str | None]] = set()
            where = _operating_country(doc.text, in_sent, entities, focus) if coded else None
            for ce in coded:
                if not ce.emit or (sports and _on_the_pitch(ce)):
                    continue  # (in a sports story two countries meeting are two teams, a striker's threat a chance)
                root = self.lexicon.cameo[ce.trigger.cameo]
                pairs: list[tuple[Actor | None, Actor | None]] = list(ce.pairs) or [
                    (s, t) for s in (ce.sources or (None,)) for t in (ce.targets or (None,))
                ]
                pairs = [(_stateless(src, where), _stateless(tgt, where)) for src, tgt in pairs]
                for src, tgt in pairs:
                    if src is not None and tgt is not None and src.root is not None and src.root == tgt.root \
                            and src.key == tgt.key and src.sector == tgt.sector:
                        continue
                    pair_key = (ce.trigger.type, src.root if src else None, tgt.root if tgt else None)
                    if pair_key in emitted and tgt is not None:
                        continue  # "pembicaraan antara Israel dan mediator Mesir dan Qatar": one act, two triggers
                    emitted.add(pair_key)
                    events.append(
                        Event(
                            sentence=sent.text,
                            start=sent.start,
                            end=sent.end,
                            source=src,
                            target=tgt,
                            type=ce.trigger.type,
                            mode=ce.trigger.mode,
                            cameo_root=ce.trigger.cameo,
                            quad_class=root.quad,
                            goldstein=root.goldstein,
                            modality=ce.modality,
                            date=None,
                            location=None,
                            reported_by=None,
                            confidence=ce.confidence,
                            trigger=doc.text[ce.trigger_start : ce.trigger_end],
                            trigger_start=ce.trigger_start,
                            trigger_end=ce.trigger_end,
                        )
                    )
        return dataclasses.replace(doc, events=tuple(events))
