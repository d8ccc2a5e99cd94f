"""Session 11 (docs/actors.md "Session 11"): Indonesian civil-society bodies are actors of Indonesia with a sector:
students' executive bodies read with their campus ("BEM UI", "BEM Universitas Gadjah Mada"), legal-aid offices with
their city ("LBH Surabaya"), unions with their name ("Serikat Pekerja Sinar Jaya"), the civil coalition ("Koalisi
Masyarakat Sipil", and a bare "Koalisi" back to it), well-known unions, NGOs and student groups by name; a person
introduced by a role in such a body is its member."""

from __future__ import annotations

import dataclasses

from warta.actors.stage import ActorStage
from warta.model import Document, Entity, Mention, RawArticle


def coded(stage: ActorStage, text: str) -> tuple[list[Mention], dict[str, Entity]]:
    doc = Document.from_raw(RawArticle(doc="t", origin="t", text=text))
    doc = stage(dataclasses.replace(doc, text=text, published="2025-03-10", lang="id"))
    return list(doc.mentions), {e.key: e for e in doc.entities}


def body(stage: ActorStage, text: str, surface: str) -> list[tuple[str | None, str | None]]:
    """(country, sector) of every organisation mention written exactly ``surface``."""
    mentions, ents = coded(stage, text)
    return [(ents[m.key].country, m.sector) for m in mentions if m.text == surface and m.kind == "org"]


def test_a_students_executive_body_with_its_campus_acronym(stage: ActorStage) -> None:
    text = "BEM UGM mendesak pemerintah membatalkan kenaikan uang kuliah tunggal tahun ini."
    assert body(stage, text, "BEM UGM") == [("IDN", "EDU")]


def test_a_students_executive_body_with_the_universitys_full_name(stage: ActorStage) -> None:
    text = "Badan Eksekutif Mahasiswa Universitas Airlangga menggelar aksi di depan gedung DPRD pada Kamis."
    assert body(stage, text, "Badan Eksekutif Mahasiswa Universitas Airlangga") == [("IDN", "EDU")]


def test_bem_inside_another_word_is_no_body(stage: ActorStage) -> None:
    # near miss: "BEMO" (a minibus brand) and "Bembi" hold the letters but are no students' body
    mentions, _ents = coded(stage, "Warga menaiki BEMO tua itu bersama Bembi menuju pasar kota.")
    assert not any(m.text.startswith("BEM") and m.kind == "org" for m in mentions)


def test_a_university_alone_is_no_civil_actor(stage: ActorStage) -> None:
    # near miss: without "BEM" the campus stays a place-like name, not a students' body
    mentions, _ents = coded(stage, "Universitas Airlangga membuka pendaftaran mahasiswa baru pekan depan.")
    assert not any(m.sector == "EDU" and m.kind == "org" for m in mentions)


def test_a_member_named_after_the_body_takes_its_sector(stage: ActorStage) -> None:
    text = "Ketua BEM Undip, Rizal Maulana, menilai kebijakan itu merugikan mahasiswa."
    mentions, ents = coded(stage, text)
    person = next(ents[m.key] for m in mentions if m.kind == "person")
    assert (person.country, person.sector, person.org) == ("IDN", "EDU", "Badan Eksekutif Mahasiswa Undip")


def test_a_legal_aid_office_with_its_city(stage: ActorStage) -> None:
    text = "LBH Surabaya meminta polisi membebaskan para pengunjuk rasa yang ditahan sejak Senin."
    assert body(stage, text, "LBH Surabaya") == [("IDN", "NGO")]


def test_a_company_union_by_its_name(stage: ActorStage) -> None:
    text = "Serikat Pekerja Sinar Jaya menolak rencana pemutusan hubungan kerja di pabrik itu."
    assert body(stage, text, "Serikat Pekerja Sinar Jaya") == [("IDN", "LAB")]


def test_the_civil_coalition_and_its_bare_back_reference(stage: ActorStage) -> None:
    text = ("Koalisi Masyarakat Sipil menilai revisi undang-undang itu mengancam kebebasan sipil. Koalisi juga "
            "meminta DPR menunda pembahasan.")
    mentions, ents = coded(stage, text)
    coalition = [m for m in mentions if m.text in ("Koalisi Masyarakat Sipil", "Koalisi")]
    assert [m.text for m in coalition] == ["Koalisi Masyarakat Sipil", "Koalisi"]
    assert {m.key for m in coalition} == {"ner:org:Koalisi Masyarakat Sipil"}
    assert ents[coalition[0].key].country == "IDN"
    assert not any(m.kind == "person" and "Sipil" in m.text for m in mentions)


def test_a_bare_coalition_before_a_name_is_another_coalition(stage: ActorStage) -> None:
    # near miss: "Koalisi Indonesia Maju" is a party coalition, and no civil coalition was named before
    mentions, _ents = coded(stage, "Koalisi Indonesia Maju menyepakati calon kepala daerah untuk pilkada.")
    assert not any(m.key == "ner:org:Koalisi Masyarakat Sipil" for m in mentions)


def test_well_known_unions_ngos_and_student_groups_by_name(stage: ActorStage) -> None:
    text = ("KSPI, KontraS, YLBHI, Walhi dan PMII menolak aturan baru itu. Amnesty International Indonesia juga "
            "mengecamnya.")
    mentions, ents = coded(stage, text)
    found = {m.text: (ents[m.key].country, ents[m.key].sector) for m in mentions if m.kind == "org"}
    assert found == {"KSPI": ("IDN", "LAB"), "KontraS": ("IDN", "NGO"), "YLBHI": ("IDN", "NGO"),
                     "Walhi": ("IDN", "NGO"), "PMII": ("IDN", "EDU"),
                     "Amnesty International Indonesia": ("IDN", "NGO")}


def test_the_common_word_kontras_is_no_body(stage: ActorStage) -> None:
    # near miss: "Kontras" opening a sentence is the word "contrast"
    mentions, _ents = coded(stage, "Kontras dengan tahun lalu, harga beras turun tajam bulan ini.")
    assert not any(m.kind == "org" for m in mentions)


def test_a_member_named_with_a_unit_of_the_body(stage: ActorStage) -> None:
    text = "Kepala Departemen Advokasi BEM Unair Dimas Pratama mengatakan aksi akan berlanjut pekan depan."
    mentions, ents = coded(stage, text)
    person = next(ents[m.key] for m in mentions if m.kind == "person")
    assert (person.country, person.sector) == ("IDN", "EDU")


def test_a_person_after_a_state_body_list_is_no_member(stage: ActorStage) -> None:
    # near miss: the name follows the body after "dan", outside any role phrase
    text = "Hadir pula LBH Medan dan Rizal Maulana dalam pertemuan itu."
    mentions, ents = coded(stage, text)
    assert all(ents[m.key].org is None for m in mentions if m.kind == "person")


def test_a_campus_glued_to_a_name_is_split_off(stage: ActorStage) -> None:
    text = "Ketua BEM Unsri Fajar Hidayat mengatakan aksi akan digelar di depan kantor gubernur."
    mentions, ents = coded(stage, text)
    assert [(m.text, m.kind) for m in mentions if m.kind in ("org", "person")] == [
        ("BEM Unsri", "org"), ("Fajar Hidayat", "person")]
    person = next(ents[m.key] for m in mentions if m.kind == "person")
    assert (person.country, person.sector, person.org) == ("IDN", "EDU", "Badan Eksekutif Mahasiswa Unsri")


def test_a_name_after_another_word_keeps_its_first_word(stage: ActorStage) -> None:
    # near miss: no students' body before the name, so nothing is split off
    mentions, _ents = coded(stage, "Mahasiswa bernama Fajar Hidayat Nugroho mengatakan aksi akan berlanjut.")
    assert not any(m.kind == "org" for m in mentions)


def test_a_students_alliance_named_with_its_place(stage: ActorStage) -> None:
    text = "Ratusan orang dari Aliansi Mahasiswa Maluku berunjuk rasa di depan kantor gubernur pada Rabu."
    assert body(stage, text, "Aliansi Mahasiswa Maluku") == [("IDN", "EDU")]


def test_a_lower_case_alliance_is_left_to_the_sector_word(stage: ActorStage) -> None:
    # near miss: "aliansi mahasiswa" written lower-case is no named body
    mentions, _ents = coded(stage, "Sejumlah aliansi mahasiswa menggelar aksi di depan kantor gubernur.")
    assert not any(m.kind == "org" for m in mentions)
