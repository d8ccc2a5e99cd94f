"""Indonesian regencies and districts in the gazetteer: domestic stories get their places' country."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.actors.lexicon import ActorLexicon
from warta.data import lexicon_path, provenance
from warta.errors import LexiconError
from warta.eval.corpora import shared_data_dir
from warta.link.gazetteer import WILAYAH, Gazetteer, load_wilayah, wilayah_rows, write_wilayah
from warta.model import RawArticle
from warta.pipeline import Pipeline, build_pipeline

BPS = "wilayah-indonesia-bps2018"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return build_pipeline(None)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.build(ActorLexicon.load(None))


def test_table_has_odbl_provenance() -> None:
    head = provenance(lexicon_path(WILAYAH))
    assert "ODbL" in head["licence"] and "BPS" in head["source"]


@pytest.mark.parametrize("name", ["Grobogan", "Kabupaten Grobogan", "Cimanggis", "Way Kanan", "Kota Makassar",
                                  "kota Depok", "Kecamatan Banguntapan"])
def test_regencies_and_districts_are_indonesian(gaz: Gazetteer, name: str) -> None:
    place = gaz.town(name)
    assert place is not None and place.country == "IDN", name


def test_cities_keep_their_coordinates_and_foreign_names_their_country(gaz: Gazetteer) -> None:
    makassar = gaz.town("Kota Makassar")
    assert makassar is not None and makassar.lat is not None  # the GeoNames city, not the coordinate-less regency
    for name, country in (("Paris", "FRA"), ("Gaza", "PSE"), ("Amman", "JOR")):
        place = gaz.town(name)
        assert place is not None and place.country == country, name


def test_short_district_names_are_left_out() -> None:
    names = {p.name for p in load_wilayah()}
    assert "Bola" not in names and "Ayah" not in names and len(names) > 6000


def test_table_matches_the_bps_files(tmp_path: Path) -> None:
    data = shared_data_dir()
    if data is None or not (data / BPS).is_dir():
        pytest.skip(f"{BPS} is not in the shared data directory")
    assert [(n, "IDN") for n, _k, _p in wilayah_rows(data / BPS)] == [(p.name, p.country) for p in load_wilayah()], (
        "wilayah.tsv is stale: run `python -m warta.link.gazetteer wilayah <dir>`"
    )
    assert write_wilayah(data / BPS, tmp_path / WILAYAH) == len(load_wilayah())


def test_malformed_row_is_a_lexicon_error(tmp_path: Path) -> None:
    path = tmp_path / WILAYAH
    path.parent.mkdir(parents=True)
    path.write_text("# source: x\n# licence: y\n# version: z\nname\tkind\tprovince\nGrobogan\tdesa\tJawa Tengah\n",
                    encoding="utf-8")
    with pytest.raises(LexiconError, match="expected"):
        load_wilayah(tmp_path)


def test_an_arrest_in_a_district_is_placed_there_and_falls_on_people(pipeline: Pipeline) -> None:
    doc = pipeline.process(RawArticle(
        doc="t.txt", origin="t", published_hint="2023-11-03",
        text="Judul\n\nPolisi menangkap tiga pengedar narkoba di Cimanggis, Depok, pada Kamis (2/11/2023).\n"))
    events = [e for e in getattr(doc, "events", ()) if e.type == "COERCE"]
    assert events, doc
    ev = events[0]
    assert ev.location is not None and (ev.location.name, ev.location.country) == ("Cimanggis", "IDN")
    assert ev.target is not None and ev.target.sector == "CVL" and ev.target.root == "IDN"


@pytest.mark.parametrize(("body", "place"), [
    ("Polisi menyelidiki peredaran narkoba di Yogyakarta. Lalu, satu orang lainnya ditangkap di Banguntapan.",
     "Banguntapan"),
    ("Kemudian, di Kaliangkrik Magelang, polisi menangkap dua orang pengedar narkoba.", "Kaliangkrik"),
    ("Polisi menangkap dua orang pengedar narkoba di depan Mapolrestabes Makassar.", "Makassar"),
    ("Polisi menangkap dua orang pengedar narkoba di Jalan Ahmad Yani, Kota Makassar, Sulawesi Selatan.", "Makassar"),
])
def test_a_domestic_act_is_placed_in_its_town(pipeline: Pipeline, body: str, place: str) -> None:
    doc = pipeline.process(RawArticle(doc="t.txt", origin="t", published_hint="2023-11-03",
                                                  text="Judul\n\n" + body + "\n"))
    placed = [e.location for e in getattr(doc, "events", ()) if e.type == "COERCE"]
    assert placed and placed[-1] is not None, doc
    assert (placed[-1].name, placed[-1].country) == (place, "IDN")
