"""Titles that name no holder (predicates, changes of office, plurals), a title standing for the official the text
introduced, and place names given an age (ActorStage; packaged lexicon, no NER)."""

from __future__ import annotations

import dataclasses

import pytest

from warta.actors.stage import ActorStage
from warta.model import Document, RawArticle


def run(stage: ActorStage, text: str, published: str | None = "2025-09-09") -> Document:
    doc = Document.from_raw(RawArticle(doc="t", origin="t", text=text))
    return stage(dataclasses.replace(doc, text=text, published=published, lang="id"))


def person_at(doc: Document, surface: str) -> str | None:
    """The person a mention covering ``surface`` names, if any."""
    start = doc.text.index(surface)
    names = {e.key: e.name for e in doc.entities if e.kind == "person"}
    return next((names[m.key] for m in doc.mentions if m.kind == "person" and m.start <= start < m.end
                 and m.key in names), None)


@pytest.mark.parametrize(
    "text",
    ["Yusril merupakan Menteri Sekretaris Negara pada era itu.",
     "Rupiah melemah setelah pergantian Menteri Keuangan pekan ini.",
     "Perombakan jajaran menteri tersebut terjadi pada lima kementerian."],
)
def test_a_title_that_names_no_holder(stage: ActorStage, text: str) -> None:
    title = next(w for w in ("Menteri Sekretaris Negara", "Menteri Keuangan", "menteri tersebut") if w in text)
    assert person_at(run(stage, text), title) is None


def test_the_same_titles_still_name_the_holder(stage: ActorStage) -> None:
    assert person_at(run(stage, "Menteri Keuangan mengatakan rupiah akan pulih."), "Menteri Keuangan") \
        == "Purbaya Yudhi Sadewa"


def test_a_title_with_a_country_stands_for_the_official_introduced(stage: ActorStage) -> None:
    text = ("Duta Besar India untuk Indonesia, Pradeep Kumar Rawat, menyerahkan surat kepercayaan. "
            "Retno Marsudi mengatakan topik itu dibahas dengan Duta Besar India.")
    doc = run(stage, text, published="2017-09-13")
    assert person_at(doc, "Duta Besar India.") == "Pradeep Kumar Rawat"
    plural = text.replace("dengan Duta Besar India", "dengan para Duta Besar India")
    assert person_at(run(stage, plural, published="2017-09-13"), "Duta Besar India.") is None


def test_a_place_name_given_an_age_is_a_person(stage: ActorStage) -> None:
    text = ("\"Motornya mogok,\" kata Vatikan (27), pengendara asal Demak. Vatikan yang hendak menuju Kendal "
            "kesulitan. Paus tinggal di Vatikan.")
    doc = run(stage, text)
    people = [m for m in doc.mentions if m.kind == "person" and m.text == "Vatikan"]
    assert len(people) == 2  # the rider twice; "di Vatikan" stays the place
    assert not any(m.kind == "person" for m in run(stage, "Paus berada di Vatikan (VAT) hari ini.").mentions)


def test_sang_juru_bicara_is_the_spokesman_introduced(stage: ActorStage) -> None:
    text = ("Informasi itu disampaikan oleh juru bicara maskapai, Mohammad Taghi Tabatabai, kepada televisi. "
            "Sang juru bicara menyebut pesawat jatuh di Gunung Dena.")
    assert person_at(run(stage, text), "Sang juru bicara") == "Mohammad Taghi Tabatabai"
    unnamed = ("Menlu Korea Utara Ri Yong-ho berbicara. \"Kami siap,\" kata sang juru bicara, yang namanya tidak "
               "disebutkan.")
    assert person_at(run(stage, unnamed), "sang juru bicara") is None  # nobody was introduced as spokesman


def test_an_aide_before_a_principal_is_a_person_of_his_country(stage: ActorStage) -> None:
    text = ("Juru bicara Duterte Harry Roque mengatakan Manila memutuskan keluar dari program itu. "
            "\"Kami memilih keluar,\" kata Roque.")
    doc = run(stage, text, published="2017-12-21")
    assert person_at(doc, "Duterte Harry") == "Rodrigo Duterte"  # the principal, a mention of his own
    roque = next(e for e in doc.entities if e.name == "Harry Roque")
    assert (roque.country, roque.role) == ("PHL", "Juru bicara Duterte")
    assert person_at(doc, "Harry Roque") == "Harry Roque"
