"""Countries of people the lexicon lacks from the story they are in (ActorStage: `_story_country`,
`_place_country`, `_titled_locals`, `_story_people`; packaged lexicon, no NER)."""

from __future__ import annotations

import dataclasses

import pytest

from warta.actors.stage import ActorStage
from warta.model import Document, Entity, RawArticle


def run(stage: ActorStage, text: str, lang: str = "id") -> Document:
    doc = Document.from_raw(RawArticle(doc="t", origin="t", text=text))
    return stage(dataclasses.replace(doc, text=text, published="2025-10-20", lang=lang))


def person(doc: Document, name: str) -> Entity:
    found = [e for e in doc.entities if e.kind == "person" and e.name == name]
    assert found, f"no person {name!r} in {[e.name for e in doc.entities]}"
    return found[0]


EXPORTS = ("Gubernur Jawa Tengah Ahmad Luthfi mengatakan ekspor ke Amerika Serikat tetap tinggi. "
           "Produk dari Semarang dan Kendal diminati Amerika Serikat. Pembeli membeli kayu olahan. "
           "Direktur Riset IndoStrategi Ali Noer Zaman mengatakan ekspor Jawa Tengah ke Amerika Serikat naik. "
           "Menurut dia, Jawa Tengah dan Semarang siap.")


def test_regions_make_an_indonesian_story_though_america_is_named_more(stage: ActorStage) -> None:
    doc = run(stage, EXPORTS)
    hits = stage.matcher.hits(doc.text)
    ranked = stage._country_counts(hits)
    assert ranked[0][0] == "USA"  # the countries alone would make it an American story
    assert stage._story_country(doc.text, hits, ranked) == "IDN"
    assert person(doc, "Ahmad Luthfi").country == "IDN"  # a governor of Central Java, not of the US
    assert person(doc, "Ali Noer Zaman").country == "IDN"  # an official with a role in a domestic story


def test_an_official_in_a_foreign_story_keeps_no_country(stage: ActorStage) -> None:
    text = EXPORTS.replace("Jawa Tengah", "Texas").replace("Semarang", "Dallas").replace("Kendal", "Austin")
    doc = run(stage, text)
    assert person(doc, "Ali Noer Zaman").country is None


@pytest.mark.parametrize(
    ("phrase", "country"),
    [("Gubernur Jawa Tengah", "IDN"), ("Kepala Dinas Pendidikan Mataram", "IDN"), ("Menpora RI", "IDN"),
     ("Duta Besar Pakistan", "PAK"), ("Direktur Riset", None), ("Wali Kota Surabaya", "IDN")],
)
def test_a_role_places_itself(stage: ActorStage, phrase: str, country: str | None) -> None:
    assert stage._place_country(phrase) == country


def test_no_other_country_named_means_the_outlets(stage: ActorStage) -> None:
    text = "Banjir merendam jalan. \"Motor saya mogok,\" kata Wawan Setiawan di lokasi. Wawan Setiawan menunggu."
    assert person(run(stage, text), "Wawan Setiawan").country == "IDN"
    foreign = text + " Warga Palestina ikut menonton. Palestina disebut."
    assert person(run(stage, foreign), "Wawan Setiawan").country is None  # another country named: no default
    assert person(run(stage, text, lang="en"), "Wawan Setiawan").country is None  # no outlet country known


def test_a_national_team_player_is_of_its_country(stage: ActorStage) -> None:
    text = ("Pemain sayap Timnas Indonesia Osvaldo Ardiles Haay ditarik keluar saat melawan Thailand. "
            "\"Hanya kram,\" kata Osvaldo Ardiles Haay. Thailand menang, Filipina menunggu.")
    assert person(run(stage, text), "Osvaldo Ardiles Haay").country == "IDN"
    club = text.replace("Timnas Indonesia", "klub Persipura")  # no country before the name: none stated
    assert person(run(stage, club), "Osvaldo Ardiles Haay").country is None
