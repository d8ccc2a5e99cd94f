"""Territory: the country whose place an act is aimed at ("serangan ke Gaza", "menggempur Kharkiv")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from warta.events._patterns import _IN_PLACE, _TERRITORY
from warta.model import Entity, Mention, Sentence

if TYPE_CHECKING:
    from warta.events.coder import EventCoder


_OBJECT_NAME = re.compile(r"\s+(?:(?:kota|desa|wilayah|kawasan|distrik|provinsi|kamp(?:\s+pengungsi)?)\s+)?"
                          r"(?P<name>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})")


def _place_in(text: str, sent: Sentence, places: list[Mention]) -> Mention | None:
    """The place the sentence puts its act in: the first one named after "di/ke" ("di Lima", "ke Jalan …, Kota X")."""
    return next((m for m in places if sent.start <= m.start < sent.end
                 and _IN_PLACE.search(text, max(sent.start, m.start - 40), m.start)), None)


def _territory_of(coder: EventCoder, text: str, start: int, end: int,
                  entities: dict[str, Entity]) -> list[Mention]:
    """A gazetteer place "di/ke X" right after an attack, as its owner country's mention."""
    assert coder.place_country is not None
    m = _TERRITORY.search(text, start, min(end, start + 80))
    if m is None or re.search(r";|,|\.\s", text[start : m.start()]):
        return []
    return _named_place(coder.town_country, m, entities)


def _object_city(coder: EventCoder, text: str, start: int, entities: dict[str, Entity]) -> list[Mention]:
    """A gazetteer place right after a transitive verb, as its owner country's mention."""
    assert coder.place_country is not None
    m = _OBJECT_NAME.match(text, start)
    return _named_place(coder.town_country, m, entities) if m is not None else []


def _named_place(lookup: Callable[[str], str | None] | None, m: re.Match[str],
                 entities: dict[str, Entity]) -> list[Mention]:
    """The longest leading words of a matched capitalised ``name`` the gazetteer knows, as a mention of its
    owner country (registered in ``entities``): "Khan Younis pada Senin" → Khan Younis, PSE."""
    if lookup is None:
        return []
    words = m["name"].split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        country = lookup(name)
        if country:
            entities.setdefault(country, Entity(country, country, "place", country, None, ()))
            return [Mention(name, m.start("name"), m.start("name") + len(name), "place", country)]
    return []


def _territory_back(coder: EventCoder, text: str, sent_start: int, end: int,
                    entities: dict[str, Entity]) -> list[Mention]:
    """The latest gazetteer place "di/ke X" within the sentence or the two before, for "wilayah tersebut"."""
    assert coder.place_country is not None
    start = sent_start
    for _ in range(2):
        prev = text.rfind(". ", 0, max(0, start - 2))
        start = prev + 2 if prev >= 0 else 0
    found: list[Mention] = []
    for m in _TERRITORY.finditer(text, start, end):
        found = _named_place(coder.place_country, m, entities) or found
    return found
