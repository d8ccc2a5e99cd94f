"""Fifteenth-pass rules (docs/event-coder.md "Fifteenth pass — requests and rejections"), found on dev..dev5: a demand
whose content only the authorities can carry out is made of the home state, not of the public; a request "atas
permintaan" someone is that someone's request of the one who acted; a rejection told in the passive after the
accusation it rejects is an act — through the whole pipeline, on sentences written for these tests, each with a
near miss that must not fire."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str | None, str | None, str]]
OfType = Callable[[str, str], Events]

_LEAD = "Polda Jawa Tengah menangkap 20 mahasiswa di Semarang. "


def test_demand_for_sanctions_is_made_of_the_home_state(of_type: OfType) -> None:
    body = _LEAD + "Anggota DPR RI Budi Santoso meminta agar pelaku pemukulan terhadap mahasiswa itu segera ditindak tegas."
    assert ("REQUEST", "IDN", "IDN", "asserted") in of_type(body, "REQUEST")


def test_demand_for_a_release_is_made_of_the_home_state(of_type: OfType) -> None:
    body = _LEAD + "Anggota DPR RI Budi Santoso meminta agar mahasiswa yang ditahan karena unjuk rasa itu dibebaskan."
    assert ("REQUEST", "IDN", "IDN", "asserted") in of_type(body, "REQUEST")


def test_appeal_to_keep_calm_stays_a_call_to_the_public(of_type: OfType) -> None:
    body = _LEAD + "Anggota DPR RI Budi Santoso meminta agar mahasiswa tetap tenang dan tidak terpancing."
    assert of_type(body, "REQUEST") == [("REQUEST", "IDN", None, "asserted")]


def test_at_the_request_of_a_state(of_type: OfType) -> None:
    body = "Kepolisian Jerman menangkap seorang bekas jenderal Rwanda di Frankfurt atas permintaan Belgia."
    assert ("REQUEST", "BEL", "DEU", "asserted") in of_type(body, "REQUEST")


def test_at_the_request_of_an_audience_stays_silent(of_type: OfType) -> None:
    body = "Band itu memainkan tiga lagu tambahan atas permintaan penonton di Jakarta."
    assert not of_type(body, "REQUEST")


def test_accusation_denied_in_the_passive(of_type: OfType) -> None:
    body = ("Gubernur Jawa Barat menuding Menteri Keuangan Purbaya menyebar data keliru. "
            "Tuduhan itu dibantah oleh Menteri Keuangan Purbaya.")
    assert ("REJECT", "IDN", "IDN", "asserted") in of_type(body, "REJECT")


def test_accusation_restated_without_a_denial_stays_silent(of_type: OfType) -> None:
    body = ("Gubernur Jawa Barat menuding Menteri Keuangan Purbaya menyebar data keliru. "
            "Tuduhan itu disampaikan dalam rapat di Bandung.")
    assert not of_type(body, "REJECT")


def test_appeal_refused_in_the_passive_is_the_courts(of_type: OfType) -> None:
    body = ("Warga Kendeng mengajukan gugatan ke PTUN Semarang atas izin tambang itu. "
            "Namun gugatan mereka ditolak pada sidang pekan lalu.")
    assert ("REJECT", "IDN", "IDN", "asserted") in of_type(body, "REJECT")


def test_other_things_refused_in_the_passive_stay_silent(of_type: OfType) -> None:
    body = "Warga Kendeng mengirim surat ke kantor bupati. Namun lamaran kerja yang dikirimkannya ditolak."
    assert not of_type(body, "REJECT")


def test_who_is_named_in_a_denied_claim_is_no_target(of_type: OfType) -> None:
    """"membantah bahwa …": the actors of the content denied are not the denial's target, abroad or at home (the
    claimant is unnamed; the guide: target null)."""
    body = "Kementerian Luar Negeri Rusia membantah bahwa pasukan Rusia menyerang rumah sakit di Kharkiv."
    assert of_type(body, "REJECT") == [("REJECT", "RUS", None, "asserted")]
    body = ("Menteri Hukum Yasonna Laoly berbicara di Jakarta. Yasonna membantah bahwa Komisi Pemberantasan Korupsi "
            "(KPK) akan kehilangan kewenangannya.")
    assert of_type(body, "REJECT") == [("REJECT", "IDN", None, "asserted")]


def test_a_denied_accusation_keeps_its_accuser(of_type: OfType) -> None:
    # near miss: the accuser named after the denial verb is its target
    body = "Kementerian Luar Negeri Rusia membantah tuduhan Ukraina soal serangan ke rumah sakit di Kharkiv."
    assert ("REJECT", "RUS", "UKR", "asserted") in of_type(body, "REJECT")
