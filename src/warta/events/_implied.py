"""Events whose actor the sentence leaves unnamed, implied: a crowd's protest (its country's people), arrests, charges and
sentences by the authorities of the place, an appeal refused by its courts, the main clause's subject of a fronted arrest,
the unnamed side of unrest."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from warta.events._arguments import _implied_actor, _is_country, _root, _sector, _unique
from warta.events._event import CodedEvent
from warta.events._home import _crowd_root
from warta.events._patterns import _CROWD_SECTORS
from warta.events._places import _place_in
from warta.events.lexicon import Trigger
from warta.model import Entity, Mention, Sentence

if TYPE_CHECKING:
    from warta.events.coder import EventCoder


# authorities (EventCoder._occurred, _crowd, _by_authorities, …).

# what a crowd protests against: "menentang kebijakan Trump", "memprotes serangan Israel", "anti-Israel"
_AGAINST = re.compile(r"\b(?:menentang|memprotes|mengecam|mengutuk|melawan|terhadap|anti-?)\s*", re.IGNORECASE)

# "adik ipar Presiden Joko Widodo tersebut terbukti …": the person named is the kin, not the one concerned
_RELATIVE_OF = re.compile(r"\b(?:adik|kakak|istri|suami|anak|ipar|ayah|ibu|keponakan|menantu|mertua|paman|bibi|cucu|"
                          r"pengacara|kuasa\s+hukum|ajudan|sopir|asisten)\s+$", re.IGNORECASE)

# the people a protest noun names: "mogok makan tahanan Palestina", "unjuk rasa warga Peru"
_CROWD_OF = re.compile(r"\s+(?:(?:para|ribuan|ratusan|puluhan)\s+)?(?:tahanan|narapidana|warga|rakyat|mahasiswa|pelajar|buruh|"
                       r"pekerja|petani|nelayan|pendukung|demonstran|pengunjuk\s+rasa|aktivis|masyarakat|umat|kaum|"
                       r"pemuda|pengungsi|imigran|migran|penduduk)\s+", re.IGNORECASE)


def _crowd(coder: EventCoder, text: str, sent: Sentence, trig: Trigger, ts: int, te: int, places: list[Mention],
           entities: dict[str, Entity], clause_start: int, actors: list[Mention],
           scene: str | None = None) -> CodedEvent | None:
    """A demonstration by an unnamed crowd (not a boycott or strike, which have their actor): "Aksi Bela
    Palestina bergaung di Jakarta", "Demonstrasi juga dilakukan di kota-kota kecil di seluruh wilayah AS".
    The protesters are civilians of the country where it takes place, named with di/ke in the sentence
    (the guide's Aksi Bela Palestina: IDN). Its target is the actor protested against, else carried over.
    No place named: the scene of the story's protests ("Demonstrasi ini berujung kericuhan" after protests
    in Lima), else the article's own country."""
    where = _place_in(text, sent, places)
    people = next((m for m in actors if te <= m.start <= te + 30 and _is_country(m, entities)
                   and _CROWD_OF.fullmatch(text, te, m.start)), None)
    if people is not None:
        where = people  # "mogok makan tahanan Palestina di Israel": the protesters are Palestinians
    if where is None and scene is not None and scene in entities \
            and coder.modality(text[max(clause_start, ts - 80) : ts]) == "asserted":
        where = Mention(text[ts:te], ts, te, "place", scene)
    if where is None:
        return None
    crowd = replace(where, sector="OPP")
    src_actors = coder._actors([crowd], entities)
    if not src_actors or src_actors[0].root is None:
        return None
    modality = coder.modality(text[max(clause_start, ts - 80) : ts])
    against = _AGAINST.search(text, te, sent.end)
    target = next((m for m in actors if against is not None and 0 <= m.start - against.end() <= 40
                   and _root(m, entities) is not None), None)
    if target is None:
        return CodedEvent(trig, ts, te, src_actors, (), modality, 0.55, ((src_actors[0], None),), (crowd,), ())
    tgt_actors = coder._actors([target], entities)
    return CodedEvent(trig, ts, te, src_actors, tgt_actors, modality, 0.6, ((src_actors[0], tgt_actors[0]),),
                      (crowd,), (target,))


def _by_authorities(coder: EventCoder, text: str, sent: Sentence, trig: Trigger, ts: int, te: int, tgt: list[Mention],
                    places: list[Mention], entities: dict[str, Entity], clause_start: int,
                    home: str | None = None) -> CodedEvent | None:
    """A passive arrest, detention or sentence with no agent named: the implied authorities (police for
    arrests, courts for sentences) of the country where it happened, named with "di" in the sentence,
    else of the detainee's country ("WNI ditangkap di Kamboja" → KHM → IDN; "Khariq ditahan" → IDN → IDN)."""
    # (a people of a country is a victim — "Empat pengungsi Suriah ditangkap di Belanda" — the country alone is not)
    victims = [m for m in _unique(tgt, entities, coder.org_roots) if _root(m, entities) is not None
               and not (_is_country(m, entities) and m.sector is None)
               and not _RELATIVE_OF.search(text, max(0, m.start - 24), m.start)]
    if not victims and (home is None or tgt):
        return None
    where = next((m for m in places if sent.start <= m.start < sent.end
                  and re.search(r"\bdi\s+(?:[\w-]+\s+){0,2}$", text[max(sent.start, m.start - 20) : m.start])), None)
    country = _root(where, entities) if where is not None else _root(victims[0], entities) if victims else home
    if country is None or len(country) != 3 or not country.isupper():
        return None  # (an organisation's root is no state)
    entities.setdefault(country, Entity(country, country, "place", country, None, ()))
    sector = "JUD" if trig.type == "SANCTION" else "COP"
    authority = _implied_actor(country, sector, ts, te)
    modality = coder.modality(text[max(clause_start, ts - 80) : ts])
    tgt_actors = coder._actors(victims, entities) or (_implied_actor(country, "CVL", ts, te),)
    return CodedEvent(trig, ts, te, (authority,), tgt_actors, modality, 0.55,
                      tuple((authority, b) for b in tgt_actors), (), tuple(victims))


def _remedy_refused(coder: EventCoder, text: str, sent: Sentence, trig: Trigger, ts: int, te: int, places: list[Mention],
                    entities: dict[str, Entity], clause_start: int, home: str) -> CodedEvent | None:
    """An appeal, suit or petition refused in the passive with no agent: by the implied courts of the place named
    with "di" in the sentence, else of ``home``, to the implied people of that country who filed it."""
    where = next((m for m in places if sent.start <= m.start < sent.end
                  and re.search(r"\bdi\s+(?:[\w-]+\s+){0,2}$", text[max(sent.start, m.start - 20) : m.start])), None)
    country = _root(where, entities) if where is not None else home
    if country is None or len(country) != 3 or not country.isupper():
        return None
    entities.setdefault(country, Entity(country, country, "place", country, None, ()))
    court = _implied_actor(country, "JUD", ts, te)
    filer = _implied_actor(country, "CVL", ts, te)
    modality = coder.modality(text[max(clause_start, ts - 80) : ts])
    return CodedEvent(trig, ts, te, (court,), (filer,), modality, 0.55, ((court, filer),))


def _fronted_arrest(coder: EventCoder, text: str, sent: Sentence, trig: Trigger, ts: int, te: int, actors: list[Mention],
                    entities: dict[str, Entity]) -> CodedEvent | None:
    """"Sebelum menangkap ketiga tersangka tersebut, Kejaksaan Negeri Kuningan telah …": an arrest in a fronted
    time clause has no subject of its own; it is the main clause's, named right after the clause's comma."""
    comma = text.find(",", te, sent.end)
    if comma < 0:
        return None
    subject = next((m for m in actors if comma < m.start <= comma + 3 and _root(m, entities) is not None), None)
    if subject is None:
        return None
    held = [m for m in actors if te <= m.start and m.end <= comma and _root(m, entities) is not None]
    authority = coder._actors([subject], entities)[0]
    tgt_actors = coder._actors(held, entities) or (_implied_actor(authority.country, "CVL", ts, te),)
    return CodedEvent(trig, ts, te, (authority,), tgt_actors, "asserted", 0.55,
                      tuple((authority, b) for b in tgt_actors), (subject,), tuple(held))


def _unrest(coder: EventCoder, text: str, sent: Sentence, trig: Trigger, ts: int, te: int, src: list[Mention],
            tgt: list[Mention], places: list[Mention], entities: dict[str, Entity], clause_start: int,
            scene: str | None, actors: list[Mention]) -> CodedEvent | None:
    """Clashes, crowd control and emergency rule in a story of unrest, with a party left unnamed: "bentrokan
    terjadi setelah beberapa demonstran menerobos pagar" (the crowd and the police), "polisi … melepaskan
    tembakan gas air mata" (at the crowd), "Status darurat itu berlaku di Lima" (the government over its
    people). The unnamed side is implied, of the crowd's or the place's country, else of the story's protests
    (``scene``); with neither, no event."""
    def crowd(m: Mention) -> bool:
        return _sector(m, entities) in _CROWD_SECTORS and m.text[1:] == m.text[1:].lower()

    def force(m: Mention) -> bool:
        return _sector(m, entities) in ("COP", "MIL")

    where = _place_in(text, sent, places)
    country = _root(where, entities) if where is not None else scene
    named = [m for m in src + tgt if _root(m, entities) is not None]
    crowds, forces = [m for m in named if crowd(m)], [m for m in named if force(m)]
    modality = coder.modality(text[max(clause_start, ts - 80) : ts])
    if trig.mode in ("martial-law", "curfew"):
        if named or country is None or len(country) != 3:
            return None  # "Pemerintah Peru mengumumkan keadaan darurat": the normal path
        a, b = _implied_actor(country, "GOV", ts, te), _implied_actor(country, "CVL", ts, te)
    elif forces and not crowds and trig.mode == "crowd-control" and not tgt and scene is not None:
        home = _root(forces[0], entities)
        a, b = coder._actors(forces[:1], entities)[0], _implied_actor(home, "OPP", ts, te)
    elif crowds and not forces and len({m.key for m in named}) == len(crowds) \
            and (scene is not None or any(_sector(m, entities) == "OPP" for m in crowds)):
        home = _root(crowds[0], entities)
        a, b = coder._actors(crowds[:1], entities)[0], _implied_actor(home, "COP", ts, te)
        if trig.mode == "crowd-control":
            a, b = b, a  # the police disperse the crowd
    elif not named and (stage := scene or _crowd_root(actors, entities, crowd)) is not None and len(stage) == 3 \
            and not any(force(m) or _is_country(m, entities) for m in actors):
        # (a force named elsewhere in the sentence is no unnamed side: "peluru karet yang ditembakkan oleh
        # seorang tentara Israel"; a crowd elsewhere in the sentence sets the stage: "bentrokan terjadi setelah
        # beberapa demonstran …")
        a, b = _implied_actor(stage, "OPP", ts, te), _implied_actor(stage, "COP", ts, te)
        if trig.mode == "crowd-control":
            a, b = b, a
    else:
        return None
    for actor in (a, b):
        if actor.country is not None:
            entities.setdefault(actor.country, Entity(actor.country, actor.country, "place", actor.country, None,
                                                      ()))
    return CodedEvent(trig, ts, te, (a,), (b,), modality, 0.55, ((a, b),), (), ())
