"""Sixteenth-pass rules (docs/event-coder.md "Sixteenth pass — ACCUSE recall II"), found on the iteration sets
(domestic 2023-2025 news, the guide §16): a summons by investigators answered, a named person reported, an objection
with its other party, a passive questioning with its agent, new evaluative terms — through the whole pipeline, on
sentences written for these tests, each with a near miss that must stay silent."""

from __future__ import annotations

from collections.abc import Callable

OfType = Callable[[str, str], list[tuple[str, str | None, str | None, str]]]
Expected = tuple[str, str | None, str | None]
FormCodes = Callable[[str, str, Expected], None]
FormSilent = Callable[[str, str, str, bool], None]


def test_summons_answered_is_questioning(form_codes: FormCodes) -> None:
    body = "Bupati Kudus Hartopo memenuhi panggilan penyidik Kejaksaan Tinggi Jawa Tengah pada Senin pagi."
    form_codes("memenuhi panggilan penyidik", body, ("ACCUSE", "IDN", "IDN"))


def test_summons_skipped_stays_silent(form_stays_silent: FormSilent) -> None:
    body = "Bupati Kudus Hartopo kembali tidak memenuhi panggilan penyidik Kejaksaan Tinggi Jawa Tengah."
    form_stays_silent("memenuhi panggilan penyidik", body, "ACCUSE", False)


def test_call_up_to_a_national_team_stays_silent(of_type: OfType) -> None:
    body = "Gelandang muda Marselino Ferdinan memenuhi panggilan Timnas Indonesia untuk laga pekan depan."
    assert not of_type(body, "ACCUSE"), of_type(body, "ACCUSE")


def test_named_person_reported(form_codes: FormCodes) -> None:
    body = "Politikus PDIP Adian Napitupulu melaporkan Roy Suryo setelah unggahan itu beredar."
    form_codes("melaporkan", body, ("ACCUSE", "IDN", "IDN"))


def test_reporting_to_a_person_stays_silent(form_stays_silent: FormSilent) -> None:
    body = "Gubernur Jawa Tengah Ahmad Luthfi melaporkan kepada Presiden Prabowo Subianto soal kesiapan panen raya."
    form_stays_silent("melaporkan", body, "ACCUSE", False)


def test_news_about_a_person_stays_silent(form_stays_silent: FormSilent) -> None:
    body = "Wartawan di Istana melaporkan Presiden Prabowo Subianto berjalan kaki menuju masjid."
    form_stays_silent("melaporkan", body, "ACCUSE", False)


def test_objection_to_anothers_words(form_codes: FormCodes) -> None:
    body = "Ketua Komisi III DPR Habiburokhman keberatan dengan pernyataan Kapolri Listyo Sigit soal anggaran."
    form_codes("keberatan dengan", body, ("ACCUSE", "IDN", "IDN"))


def test_not_minding_stays_silent(form_stays_silent: FormSilent) -> None:
    body = "Ketua Komisi III DPR Habiburokhman tidak keberatan dengan pernyataan Kapolri Listyo Sigit soal anggaran."
    form_stays_silent("keberatan dengan", body, "ACCUSE", False)


def test_new_evaluative_term_is_criticism(of_type: OfType) -> None:
    body = "Ketua Komisi III DPR Habiburokhman menilai Kapolri Listyo Sigit tebang pilih dalam menangani kasus narkoba."
    assert ("ACCUSE", "IDN", "IDN", "asserted") in of_type(body, "ACCUSE")


def test_new_evaluative_term_negated_is_a_clearance(of_type: OfType) -> None:
    body = ("Ketua Komisi III DPR Habiburokhman menilai Kapolri Listyo Sigit tidak tebang pilih dalam menangani "
            "kasus narkoba.")
    assert not of_type(body, "ACCUSE"), of_type(body, "ACCUSE")


def test_passive_questioning_with_its_agent(form_codes: FormCodes) -> None:
    body = "Wali Kota Semarang Hevearita Gunaryanti diperiksa KPK pada Kamis siang."
    form_codes("diperiksa", body, ("ACCUSE", "IDN", "IDN"))


def test_passive_medical_check_stays_silent(form_stays_silent: FormSilent) -> None:
    body = "Presiden Prabowo Subianto diperiksa tim dokter RSPAD Gatot Soebroto pada Kamis siang."
    form_stays_silent("diperiksa", body, "ACCUSE", False)
