"""Sixteenth-pass rules (docs/event-coder.md "Sixteenth pass — requests, refusals, meetings, support"), found on
dev..dev5: urging an actor named right after "mendorong" to act ("untuk/agar/supaya") is an appeal by the subject
right before the verb; support for a legal process, policy or step whose doer is not named, in a story told within
one country, is support for that country's state — through the whole pipeline, on sentences written for these tests,
each with a near miss that must not fire."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str | None, str | None, str]]
OfType = Callable[[str, str], Events]

_LEAD = "Polda Jawa Tengah menangkap 20 mahasiswa di Semarang. "


def test_urging_a_named_body_to_act_is_an_appeal(of_type: OfType) -> None:
    body = "Menteri Dalam Negeri Tito Karnavian mendorong Pemerintah Provinsi Jawa Timur untuk segera menyalurkan " \
           "bantuan kepada korban banjir."
    assert ("REQUEST", "IDN", "IDN", "asserted") in of_type(body, "REQUEST")


def test_urging_another_state_is_an_appeal_to_it(of_type: OfType) -> None:
    body = "Presiden Prancis Emmanuel Macron mendorong Uni Eropa agar menjatuhkan sanksi baru terhadap Rusia."
    assert ("REQUEST", "FRA", "EU", "asserted") in of_type(body, "REQUEST")


def test_a_cause_pushing_a_state_is_no_appeal(of_type: OfType) -> None:
    body = "Kenaikan harga minyak dunia akibat perang itu mendorong Jepang untuk mencari pemasok gas baru."
    assert not of_type(body, "REQUEST")


def test_pushing_growth_is_no_appeal(of_type: OfType) -> None:
    body = "Bank Indonesia mendorong pertumbuhan ekonomi agar tetap stabil."
    assert not of_type(body, "REQUEST")


def test_support_for_a_legal_process_is_for_the_home_state(of_type: OfType) -> None:
    body = _LEAD + "Gubernur Jawa Tengah Ahmad Luthfi mendukung penuh proses hukum terhadap para pelaku."
    assert ("SUPPORT", "IDN", "IDN", "asserted") in of_type(body, "SUPPORT")


def test_support_for_a_process_told_with_its_doer_unresolved(of_type: OfType) -> None:
    body = _LEAD + "Gubernur Jawa Tengah Ahmad Luthfi mendukung proses hukum yang dilakukan oleh kepolisian."
    assert ("SUPPORT", "IDN", "IDN", "asserted") in of_type(body, "SUPPORT")


def test_support_for_an_owners_programme_stays_silent(of_type: OfType) -> None:
    body = _LEAD + "Gubernur Jawa Tengah Ahmad Luthfi mengapresiasi kinerja kader partai di akar rumput."
    assert not of_type(body, "SUPPORT")


def test_support_in_an_international_story_takes_no_home_state(of_type: OfType) -> None:
    body = "Militer Israel menyerang kamp pengungsi di Rafah. Menteri Luar Negeri Jepang mendukung upaya yang " \
           "dilakukan untuk menghentikan perang."
    assert not any(e[1] == "JPN" and e[2] == "JPN" for e in of_type(body, "SUPPORT"))


def test_an_arrest_asked_for_in_the_passive_is_not_made(of_type: OfType) -> None:
    body = "KPK didesak segera menahan tersangka kasus korupsi kuota haji itu."
    assert not of_type(body, "COERCE")


def test_an_arrest_after_the_request_clause_is_made(of_type: OfType) -> None:
    body = "Tersangka diminta menyerahkan diri, lalu ditangkap polisi di Bekasi."
    assert ("COERCE", "IDN", "IDN", "asserted") in of_type(body, "COERCE")


def test_an_official_meeting_protesters_is_a_meeting_at_home(of_type: OfType) -> None:
    body = "Ketua DPRD Jawa Timur menemui massa aksi di depan gedung dewan."
    assert ("CONSULT", "IDN", "IDN", "asserted") in of_type(body, "CONSULT")


def test_a_leader_meeting_residents_on_a_tour_stays_silent(of_type: OfType) -> None:
    body = "Presiden Prabowo menemui warga di Cianjur."
    assert not of_type(body, "CONSULT")
