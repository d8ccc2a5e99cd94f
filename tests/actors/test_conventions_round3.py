"""Actor conventions of the annotation guide the event coder relies on: bare "rezim", "badan dunia itu",
bare courts, the Syrian and Rohingya armed groups, the UN General Assembly's Indonesian names."""

from __future__ import annotations

import dataclasses

import pytest

from warta.actors.stage import ActorStage
from warta.data import load_yaml
from warta.model import Document, Mention, RawArticle


def run(stage: ActorStage, text: str) -> Document:
    doc = Document.from_raw(RawArticle(doc="t", origin="t", text=text))
    return stage(dataclasses.replace(doc, text=text, published="2024-01-10"))


def at(doc: Document, surface: str) -> Mention:
    found = [m for m in doc.mentions if m.text == surface]
    assert found, f"no mention {surface!r} in {[m.text for m in doc.mentions]}"
    return found[0]


SYRIA = ("Pasukan Suriah dan milisi Iran menyerang desa di Suriah. Iran membantah. Suriah menolak. "
         "Turki dan Irak prihatin. Suriah dan Iran bertemu di Irak. ")


def test_bare_rezim_is_the_lead_country_without_a_clear_focus(stage: ActorStage) -> None:
    # Syria four times, Iran three: no clear focus, but the lead sentence names Syria, the most named
    doc = run(stage, SYRIA + "\n\n\"Ini serangan terbesar oleh rezim di desa itu,\" kata juru bicara itu.")
    rezim = at(doc, "rezim")
    assert rezim.key == "SYR" and rezim.sector == "GOV"


def test_bare_rezim_stays_unresolved_when_the_lead_names_another_country(stage: ActorStage) -> None:
    text = ("Turki mengecam serangan itu. Suriah dan Iran bertemu. Suriah menolak. Iran membantah. Suriah diam. "
            "\n\nPelanggaran oleh rezim terus terjadi.")
    assert not any(m.text == "rezim" for m in run(stage, text).mentions)


def test_rezim_with_a_country_keeps_that_country(stage: ActorStage) -> None:
    doc = run(stage, SYRIA + "Rezim Israel membantah.")
    assert at(doc, "Rezim Israel").key == "ISR"


def test_badan_dunia_itu_is_the_un(stage: ActorStage) -> None:
    doc = run(stage, "AS memotong dana untuk badan dunia itu. Badan dunia tersebut menyesalkan keputusan AS.")
    assert at(doc, "badan dunia itu").key == "org:UN"
    assert at(doc, "Badan dunia tersebut").key == "org:UN"


def test_bare_court_is_the_focus_countrys_judiciary(stage: ActorStage) -> None:
    text = ("Israel menahan remaja itu. Tentara Israel menangkapnya. Israel menuduhnya menyerang. Israel diam. "
            "Pengacaranya mengatakan pengadilan tersebut menolak jaminan. Mahkamah menunda sidang.")
    doc = run(stage, text)
    court = at(doc, "pengadilan")
    assert court.key == "ISR" and court.sector == "JUD"
    assert at(doc, "Mahkamah").key == "ISR"


def test_bare_court_in_an_indonesian_article_is_left_alone(stage: ActorStage) -> None:
    text = ("Indonesia menolak tuduhan itu. Pemerintah Indonesia membantah. Presiden Indonesia berbicara. "
            "Pengadilan menolak gugatan itu. Dia dibawa ke pengadilan tersebut.")
    assert not any(m.text.lower() == "pengadilan" for m in run(stage, text).mentions)


def test_court_with_a_country_after_it_is_that_countrys(stage: ActorStage) -> None:
    text = ("Israel menahan remaja itu. Israel menuduhnya. Israel menolak. Mahkamah Agung AS menolak banding.")
    assert at(run(stage, text), "Mahkamah Agung AS").key == "USA"


@pytest.mark.parametrize("surface", ["FSA", "Free Syrian Army", "Tentara Pembebasan Suriah"])
def test_free_syrian_army_is_a_syrian_rebel_group(stage: ActorStage, surface: str) -> None:
    doc = run(stage, f"Kelompok itu bergabung dengan {surface} pada Senin.")
    m = at(doc, surface)
    ent = next(e for e in doc.entities if e.key == m.key)
    assert ent.country == "SYR" and ent.sector == "REB"


@pytest.mark.parametrize("surface", ["ARSA", "Arakan Rohingya Salvation Army", "militan Rohingya",
                                     "gerilyawan Rohingya"])
def test_rohingya_armed_group_is_myanmars_rebels(stage: ActorStage, surface: str) -> None:
    doc = run(stage, f"Serangan oleh {surface} memicu operasi militer.")
    m = at(doc, surface)
    ent = next(e for e in doc.entities if e.key == m.key)
    assert ent.country == "MMR" and ent.sector == "REB"


@pytest.mark.parametrize("surface", ["Sidang Umum PBB", "Majelis Umum PBB", "Sidang Majelis Umum"])
def test_general_assembly_is_an_organ_of_the_un(stage: ActorStage, surface: str) -> None:
    doc = run(stage, f"Pemimpin itu tidak menghadiri {surface} di New York.")
    assert at(doc, surface).key == "org:UNGA"
    entry = next(e for e in load_yaml("actors/organisations.yaml") if e["id"] == "UNGA")
    assert entry["parent"] == "UN"


def test_a_trial_or_a_court_as_place_is_no_actor(stage: ActorStage) -> None:
    text = ("Israel menahan remaja itu. Israel menuduhnya. Israel menolak. Israel diam. "
            "Pengadilan pertama akan digelar pada Senin. Ia mewakili diri di pengadilan tanpa wali. "
            "Pengadilan memutuskan ia bersalah.")
    courts = [m for m in run(stage, text).mentions if m.text.lower() == "pengadilan"]
    assert [(text[m.end : m.end + 12], m.key) for m in courts] == [(" memutuskan ", "ISR")]
