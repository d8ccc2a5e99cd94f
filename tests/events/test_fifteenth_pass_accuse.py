"""Fifteenth-pass rules (docs/event-coder.md "Fifteenth pass — ACCUSE recall"), found on the iteration sets (domestic
2023-2025 news, the guide §12-16): a search told by its noun, questioning an actor's conduct, bribes taken said of
an actor by investigators — through the whole pipeline, on sentences written for these tests, each with a near miss
that must stay silent."""

from __future__ import annotations

from collections.abc import Callable

Coded = Callable[[str], list[tuple[str, str | None, str | None, str]]]
OfType = Callable[[str, str], list[tuple[str, str | None, str | None, str]]]
Expected = tuple[str, str | None, str | None]

_SEARCH_LEAD = "Kejaksaan Negeri Bantul menggeledah Kantor Dinas Pendidikan Bantul terkait dugaan korupsi. "


def test_search_noun_with_its_own_predicate(of_type: OfType) -> None:
    body = _SEARCH_LEAD + "Penggeledahan dilakukan pada Selasa (3/6) siang."
    assert len(of_type(body, "ACCUSE")) == 2, of_type(body, "ACCUSE")


def test_search_noun_talked_about(of_type: OfType) -> None:
    body = "Wakil Bupati Bantul angkat bicara soal penggeledahan Kantor Dinas Pendidikan Bantul oleh jaksa."
    assert ("ACCUSE", "IDN", "IDN", "asserted") in of_type(body, "ACCUSE")


def test_search_noun_as_a_source_stays_silent(of_type: OfType) -> None:
    body = _SEARCH_LEAD + "Dari hasil penggeledahan itu ditemukan sejumlah dokumen anggaran."
    assert len(of_type(body, "ACCUSE")) == 1, of_type(body, "ACCUSE")


def test_questioning_an_actors_conduct(form_codes: Callable[[str, str, Expected], None]) -> None:
    body = "Ketua Komisi II DPR mempertanyakan kinerja KPU dalam menyusun daftar pemilih."
    form_codes("mempertanyakan kinerja", body, ("ACCUSE", "IDN", "IDN"))


def test_questioning_with_no_actor_stays_silent(form_stays_silent: Callable[[str, str, str, bool], None]) -> None:
    body = "Ketua Komisi II DPR mempertanyakan keputusan yang diambil dalam rapat itu."
    form_stays_silent("mempertanyakan keputusan", body, "ACCUSE", False)


def test_bribe_said_of_an_actor_by_investigators(form_codes: Callable[[str, str, Expected], None]) -> None:
    body = ("Bupati Kudus Hartopo diperiksa KPK pekan lalu. "
            "KPK menduga Hartopo menerima gratifikasi dari sejumlah kontraktor.")
    form_codes("menerima gratifikasi", body, ("ACCUSE", "IDN", "IDN"))


def test_bribe_denied_by_the_actor_stays_silent(of_type: OfType) -> None:
    body = "Bupati Kudus Hartopo membantah pernah menerima gratifikasi dari kontraktor."
    assert not of_type(body, "ACCUSE"), of_type(body, "ACCUSE")


def test_judgement_negated_before_its_term_is_a_clearance(of_type: OfType) -> None:
    body = "Bawaslu menilai anggota KPU Idham Holik tidak terbukti melanggar kode etik."
    assert not of_type(body, "ACCUSE"), of_type(body, "ACCUSE")


def test_judgement_not_negated_stays_an_accusation(of_type: OfType) -> None:
    body = "Bawaslu menilai anggota KPU Idham Holik melanggar kode etik."
    assert ("ACCUSE", "IDN", "IDN", "asserted") in of_type(body, "ACCUSE")


def test_mockery_of_a_named_party(form_codes: Callable[[str, str, Expected], None]) -> None:
    body = "Ketua Umum PDIP Megawati Soekarnoputri menyindir Presiden Prabowo Subianto soal utang negara."
    form_codes("menyindir", body, ("ACCUSE", "IDN", "IDN"))


def test_mockery_of_nobody_named_stays_silent(form_stays_silent: Callable[[str, str, str, bool], None]) -> None:
    body = "Sejumlah warganet menyindir unggahan itu di media sosial."
    form_stays_silent("menyindir", body, "ACCUSE", False)


def test_criticism_in_the_speakers_quoted_words(of_type: OfType) -> None:
    body = ('Ketua BEM UI Agung Prasetyo berorasi di depan Gedung DPR. '
            '"Menteri ESDM Bahlil Lahadalia ini sangat jauh dari pro rakyat," tegasnya.')
    assert ("ACCUSE", "IDN", "IDN", "asserted") in of_type(body, "ACCUSE")


def test_quoted_term_after_a_possessor_stays_silent(of_type: OfType) -> None:
    body = ('Ketua BEM UI Agung Prasetyo berorasi di depan Gedung DPR. '
            '"Rencana pencalonan wakilnya Pak Prabowo Subianto gagal total," tegasnya.')
    assert not of_type(body, "ACCUSE"), of_type(body, "ACCUSE")


def test_judged_act_of_another_body_of_the_same_country(of_type: OfType) -> None:
    body = ("Presiden Prabowo Subianto mengumumkan kebijakan baru soal impor beras. "
            "Ketua DPR Puan Maharani menilai kebijakan tersebut keliru.")
    assert ("ACCUSE", "IDN", "IDN", "asserted") in of_type(body, "ACCUSE")


def test_judged_act_with_no_earlier_actor_stays_silent(of_type: OfType) -> None:
    body = "Ketua DPR Puan Maharani menilai kebijakan tersebut keliru."
    assert not of_type(body, "ACCUSE"), of_type(body, "ACCUSE")
