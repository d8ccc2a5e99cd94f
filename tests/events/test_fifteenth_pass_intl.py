"""Fifteenth-pass rules (docs/event-coder.md "Fifteenth pass — international stories"), found on the international
items of the dev, dev2 and dev4 iteration sets — through the whole pipeline, on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

OfType = Callable[[str, str], list[tuple[str, str | None, str | None, str]]]


def test_an_agreement_a_visit_produced_is_the_visit_parties(of_type: OfType) -> None:
    body = "Kunjungan Perdana Menteri Jepang ke Vietnam menghasilkan kesepakatan kerja sama di bidang energi."
    got = {e[1:3] for e in of_type(body, "AGREE")}
    assert got & {("JPN", "VNM"), ("VNM", "JPN")}, got


def test_talks_that_yield_agreements_are_the_talkers(of_type: OfType) -> None:
    body = "Pertemuan Menteri Luar Negeri Malaysia dengan Menteri Luar Negeri Thailand membuahkan tiga kesepakatan."
    got = {e[1:3] for e in of_type(body, "AGREE")}
    assert got & {("MYS", "THA"), ("THA", "MYS")}, got


def test_an_agreement_something_else_produced_is_no_meeting_outcome(of_type: OfType) -> None:
    # near miss: no visit or talks before "menghasilkan", so there are no parties to give the agreement
    body = "Proyek kereta cepat itu menghasilkan kesepakatan dagang baru."
    assert not of_type(body, "AGREE")


def test_the_rohingya_people_are_coded_as_myanmar(of_type: OfType) -> None:
    body = "Otoritas Malaysia menangkap 40 pengungsi Rohingya di Langkawi."
    assert ("COERCE", "MYS", "MMR", "asserted") in of_type(body, "COERCE")


def test_rohingya_alone_is_no_actor(of_type: OfType) -> None:
    # near miss: "Rohingya" is a demonym (after a head noun), not a name standing for the state
    body = "Rohingya menyerang."
    assert not of_type(body, "ASSAULT")


def test_a_test_site_is_no_test(of_type: OfType) -> None:
    # near miss of the MOBILIZE weapons form "uji coba nuklir": the site where tests are held is named, no test
    body = "Citra satelit memperlihatkan kesibukan di situs uji coba nuklir Punggye-ri milik Korea Utara."
    assert not of_type(body, "MOBILIZE")


def test_a_test_at_the_site_is_still_a_test(of_type: OfType) -> None:
    body = "Korea Utara melakukan uji coba nuklir ketujuh di situs Punggye-ri."
    assert ("MOBILIZE", "PRK", None, "asserted") in of_type(body, "MOBILIZE")


def test_a_foreign_immigration_service_acts_for_its_state(of_type: OfType) -> None:
    body = "Seorang WNI ditahan petugas imigrasi Jepang di Bandara Narita."
    assert ("COERCE", "JPN", "IDN", "asserted") in of_type(body, "COERCE")


def test_an_indonesian_immigration_office_stays_indonesian(of_type: OfType) -> None:
    # near miss: no foreign country after the immigration word, so the office is the home one
    body = "Pihak Imigrasi Soekarno-Hatta menahan seorang WNA asal China."
    assert ("COERCE", "IDN", "CHN", "asserted") in of_type(body, "COERCE")
