"""Session 10 (docs/actors.md "Session 10"): an all-capitals English country abbreviation ("DRC", "USA") names the
country in an Indonesian text only when the article names that country some other way too; a bare "Kejaksaan" or
"Kepolisian" written capitalised in an Indonesian text is Indonesia's body, whatever foreign place the story names,
and a lower-case "kejaksaan" is the story's country's, else Indonesia's; a model place span that runs from a region
into a name after a local title ("Bupati Sleman Harda Kiswaya") is the region and the office holder."""

from __future__ import annotations

import dataclasses

from warta.actors.stage import ActorStage
from warta.model import Document, RawArticle


def owners(stage: ActorStage, text: str, word: str, lang: str = "id") -> list[str | None]:
    doc = Document.from_raw(RawArticle(doc="t", origin="t", text=text))
    doc = stage(dataclasses.replace(doc, text=text, published="2025-07-04", lang=lang))
    country = {e.key: e.country for e in doc.entities}
    return [country.get(m.key) for m in doc.mentions if m.text == word]


def test_an_english_abbreviation_alone_in_an_indonesian_text_is_no_country(stage: ActorStage) -> None:
    text = ("Dinas Kominfo kota itu menganggarkan sewa ruang server DRC untuk tahun depan. Pengadaan DRC itu "
            "diperiksa inspektorat.")
    assert owners(stage, text, "DRC") == []


def test_a_name_ending_in_an_english_abbreviation_is_no_country(stage: ActorStage) -> None:
    text = "Perusahaan rintisan Hologram USA berencana membuka gerai baru bulan depan."
    assert owners(stage, text, "USA") == []


def test_the_abbreviation_beside_the_countrys_indonesian_name_is_kept(stage: ActorStage) -> None:
    # near miss: the article names the Congo in Indonesian, so "DRC" is the country
    text = ("Pasukan Garuda tiba di Republik Demokratik Kongo pekan lalu. Misi PBB di DRC diperpanjang setahun.")
    assert owners(stage, text, "DRC") == ["COD"]


def test_an_english_text_keeps_the_abbreviation(stage: ActorStage) -> None:
    # near miss: in English "DRC" is the country's usual name
    text = "The DRC government said the rebels had withdrawn from the town."
    assert owners(stage, text, "DRC", lang="en") == ["COD"]


def test_a_capitalised_prosecution_is_indonesias_in_a_story_set_abroad(stage: ActorStage) -> None:
    text = ("Imigrasi dan Kejaksaan mencari seorang tersangka penipuan yang kabur ke Jepang. Tersangka disebut tinggal "
            "di Jepang sejak tahun lalu. Pengacaranya mengatakan kliennya berobat di Jepang dan akan pulang ke "
            "Indonesia.")
    assert owners(stage, text, "Kejaksaan") == ["IDN"]


def test_a_lower_case_prosecution_in_a_local_story_is_indonesias(stage: ActorStage) -> None:
    text = ("Wali kota itu meminta jajarannya kooperatif. \"Bantu kejaksaan dengan baik,\" katanya. Ia mendukung "
            "pemeriksaan yang dilakukan oleh kejaksaan.")
    assert owners(stage, text, "kejaksaan") == ["IDN", "IDN"]


def test_a_street_named_after_the_prosecution_is_no_body(stage: ActorStage) -> None:
    # near miss: "Jalan Kejaksaan" is a street
    text = "Jembatan di Jalan Kejaksaan ditutup sementara untuk perbaikan mulai Senin."
    assert owners(stage, text, "Kejaksaan") == []


def test_a_foreign_prosecution_named_with_its_country_stays_foreign(stage: ActorStage) -> None:
    # near miss: the country after the head says whose prosecution it is
    text = "Bank itu digeledah kejaksaan Korea Selatan pada Selasa. Indonesia memantau kasus tersebut."
    assert "KOR" in owners(stage, text, "kejaksaan Korea Selatan")


def mentions(stage: ActorStage, text: str) -> list[tuple[str, str]]:
    doc = Document.from_raw(RawArticle(doc="t", origin="t", text=text))
    doc = stage(dataclasses.replace(doc, text=text, published="2025-07-04", lang="id"))
    return [(m.text, m.kind) for m in doc.mentions]


def test_a_place_span_running_into_a_local_holders_name_is_split(ner_stage: ActorStage) -> None:
    found = mentions(ner_stage, "Bupati Sleman Harda Kiswaya menyambut kedatangan rombongan itu di pendopo.")
    assert ("Harda Kiswaya", "person") in found and ("Sleman Harda Kiswaya", "place") not in found


def test_a_place_after_a_region_without_a_title_is_not_split(ner_stage: ActorStage) -> None:
    # near miss: no local title before the span, so a longer place name stays whole
    found = mentions(ner_stage, "Ia sudah lama tinggal di Sleman Barat Daya bersama keluarganya.")
    assert not any(kind == "person" for _text, kind in found)
