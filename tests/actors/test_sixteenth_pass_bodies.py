"""Sixteenth pass (docs/event-coder.md "Sixteenth pass — a country's own bodies"): a ministry named in full without
its country, and a capitalised bare "Kejaksaan", are organisations of the country (root unchanged), not the country
itself; two bodies joined by "dan" are two. Each rule has a near miss that must not change."""

from __future__ import annotations

import dataclasses

from warta.actors.stage import ActorStage
from warta.model import Document, RawArticle


def mentions(stage: ActorStage, text: str) -> list[tuple[str, str, str | None, str]]:
    """(surface, kind, country, key) of every actor mention of an Indonesian text."""
    doc = Document.from_raw(RawArticle(doc="t", origin="t", text=text))
    doc = stage(dataclasses.replace(doc, text=text, published="2025-07-21", lang="id"))
    ents = {e.key: e for e in doc.entities}
    return [(m.text, m.kind, ents[m.key].country if m.key in ents else m.key, m.key) for m in doc.mentions]


def test_a_ministry_named_in_full_is_a_body_of_its_country(stage: ActorStage) -> None:
    got = mentions(stage, "Petugas Kementerian Lingkungan Hidup memeriksa sungai itu pada Senin.")
    assert ("Kementerian Lingkungan Hidup", "org", "IDN", "ner:org:Kementerian Lingkungan Hidup") in got


def test_a_ministry_the_lexicon_names_with_the_country_keeps_its_entry(stage: ActorStage) -> None:
    # "Kementerian Luar Negeri RI" is the lexicon's Kemlu: the bare full name is the same actor
    got = mentions(stage, "Pernyataan itu disampaikan Kementerian Luar Negeri pada Selasa.")
    assert ("Kementerian Luar Negeri", "org", "IDN", "org:KEMLU") in got


def test_a_foreign_ministry_named_with_its_country_stays_that_country(stage: ActorStage) -> None:
    # near miss: a ministry with its country after it is that country's, as before
    got = mentions(stage, "Pernyataan itu disampaikan Kementerian Luar Negeri Rusia pada Selasa.")
    assert [(t, c) for t, _kind, c, _k in got] == [("Kementerian Luar Negeri Rusia", "RUS")]


def test_two_ministries_joined_by_dan_are_two_bodies(stage: ActorStage) -> None:
    got = mentions(stage, "Pejabat Kementerian Kebudayaan dan Kementerian Pariwisata hadir dalam acara itu.")
    assert [t for t, kind, _c, _k in got if kind == "org"] == ["Kementerian Kebudayaan", "Kementerian Pariwisata"]


def test_a_portfolio_with_dan_stays_one_ministry(stage: ActorStage) -> None:
    # near miss: "dan" inside a portfolio joins no second body
    got = mentions(stage, "Pejabat Kementerian Hukum dan HAM hadir dalam acara itu.")
    assert [t for t, kind, _c, _k in got if kind == "org"] == ["Kementerian Hukum dan HAM"]


def test_a_capitalised_bare_prosecution_is_the_national_body(stage: ActorStage) -> None:
    got = mentions(stage, "Bea Cukai dan Kejaksaan memburu seorang buronan kasus penyelundupan.")
    assert ("Kejaksaan", "org", "IDN", "org:KEJAGUNG") in got


def test_a_lower_case_prosecution_stays_the_bare_authority(stage: ActorStage) -> None:
    # near miss: lower-case "kejaksaan" is the common noun, the story's authorities (a place-like mention)
    got = mentions(stage, "Berkas perkara itu sudah diserahkan kepada kejaksaan pekan lalu.")
    assert all(kind != "org" for t, kind, _c, _k in got if t == "kejaksaan")


def test_a_cabinet_short_form_is_the_ministry_named_in_full(stage: ActorStage) -> None:
    got = mentions(stage, "Pejabat Kementerian Kebudayaan hadir. Kemenbud lalu menggelar pameran di Jakarta.")
    keys = {k for t, _kind, _c, k in got if t in ("Kementerian Kebudayaan", "Kemenbud")}
    assert keys == {"ner:org:Kementerian Kebudayaan"}


def test_a_cabinet_head_with_a_foreign_country_after_it_stays_foreign(stage: ActorStage) -> None:
    # near miss: the head the cabinet list added does not take over a foreign ministry
    got = mentions(stage, "Pejabat Kementerian Kebudayaan Mesir mengumumkan temuan itu.")
    assert [(t, c) for t, _kind, c, _k in got] == [("Kementerian Kebudayaan Mesir", "EGY")]


def test_a_regional_government_opening_a_clause_is_no_person(stage: ActorStage) -> None:
    # a name frame ("X meminta") took "Pemprov Jatim" for a person; it is the provincial government
    got = mentions(stage, "Kemarin, Pemprov Jatim meminta Pemkot Surabaya menutup pasar itu.")
    assert ("Pemprov Jatim", "org", "IDN", "ner:org:Pemerintah Provinsi Jawa Timur") in got


def test_a_person_named_after_a_regional_body_stays_a_person(stage: ActorStage) -> None:
    # near miss: the body's head before a person's title and name leaves the person alone
    got = mentions(stage, "Kemarin, Ketua DPRD Jatim Musyafak Rouf meminta Pemkot Surabaya menutup pasar itu.")
    assert any(kind == "person" and "Musyafak Rouf" in t for t, kind, _c, _k in got), got


def test_a_province_short_form_names_the_same_body_as_its_full_name(stage: ActorStage) -> None:
    got = mentions(stage, "Kejaksaan Tinggi Jawa Timur menahan dua tersangka. Kejati Jatim juga memeriksa saksi.")
    keys = {k for t, _kind, _c, k in got if t in ("Kejaksaan Tinggi Jawa Timur", "Kejati Jatim")}
    assert keys == {"ner:org:Kejaksaan Tinggi Jawa Timur"}


def test_a_city_keeps_its_name(stage: ActorStage) -> None:
    # near miss: a region without a short form in the list is written as it stands
    got = mentions(stage, "Pejabat Pemkot Surabaya hadir dalam rapat itu.")
    assert ("Pemkot Surabaya", "org", "IDN", "ner:org:Pemerintah Kota Surabaya") in got
