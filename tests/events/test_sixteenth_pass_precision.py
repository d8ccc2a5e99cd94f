"""Sixteenth-pass precision rules (docs/event-coder.md "Sixteenth pass — precision audit on unseen text"): shapes
found by reading the coder's events on unseen 2023-2025 news — a regulation signed by the official who issues it, an
admission introduced by a comma or "memang", an apology, market demand, declining to say more to reporters, a
prosecutor's sentencing demand, teams meeting in a match — through the whole
pipeline, on sentences written for these tests, each with the event sense that must still be coded."""

from __future__ import annotations

from collections.abc import Callable

Coded = Callable[[str], list[tuple[str, str | None, str | None, str]]]
OfType = Callable[[str, str], list[tuple[str, str | None, str | None, str]]]


def test_decree_signed_by_its_issuer_is_no_agreement(of_type: OfType) -> None:
    body = ("Komisi II DPR mengkritik Komisi Pemilihan Umum (KPU). "
            "Keputusan KPU Nomor 12 Tahun 2025 tentang Tata Cara Kampanye ditandatangani Ketua KPU Mochammad Afifuddin "
            "pada 3 Mei 2025.")
    assert not of_type(body, "AGREE")


def test_signing_a_regulation_is_no_agreement(of_type: OfType) -> None:
    body = ("Presiden Prabowo Subianto meneken Peraturan Presiden Nomor 79 Tahun 2025 tentang Rencana Kerja Pemerintah "
            "bersama Menteri Keuangan.")
    assert not of_type(body, "AGREE")

def test_treaty_signed_is_still_an_agreement(of_type: OfType) -> None:
    body = "Perjanjian ekstradisi antara Indonesia dan Singapura ditandatangani kedua menteri di Bintan."
    assert [e for e in of_type(body, "AGREE") if {e[1], e[2]} == {"IDN", "SGP"}]


def test_admission_after_a_comma_is_no_support(of_type: OfType) -> None:
    body = "Wakil Ketua DPR Sufmi Dasco mengakui, Komisi III belum menerima surat dari Presiden Prabowo."
    assert not of_type(body, "SUPPORT")


def test_admission_with_memang_is_no_support(of_type: OfType) -> None:
    body = "Menteri Keuangan Sri Mulyani mengakui memang Bank Indonesia sering menahan suku bunga."
    assert not of_type(body, "SUPPORT")


def test_recognising_a_state_is_still_support(of_type: OfType) -> None:
    body = "Pemerintah Spanyol mengakui Palestina sebagai negara merdeka."
    assert ("SUPPORT", "ESP", "PSE", "asserted") in of_type(body, "SUPPORT")


def test_apology_is_no_request(of_type: OfType) -> None:
    body = "Kepala Dinas Pendidikan Jawa Barat menyampaikan permintaan maaf kepada Gubernur Dedi Mulyadi atas insiden itu."
    assert not of_type(body, "REQUEST")


def test_market_demand_is_no_request(of_type: OfType) -> None:
    body = "Bank Indonesia menilai penurunan suku bunga akan meningkatkan permintaan kredit perbankan."
    assert not of_type(body, "REQUEST")


def test_a_states_request_is_still_a_request(of_type: OfType) -> None:
    body = "Kapolri menolak permintaan DPR agar kasus itu dihentikan."
    assert [e for e in of_type(body, "REQUEST") if e[1] == "IDN"]


def test_declining_to_say_more_is_no_rejection(coded: Coded) -> None:
    body = ("Kepala Korlantas Polri Irjen Agus Suryonugroho meninjau uji coba itu di Jakarta. "
            "Saat ditanya lebih lanjut tentang lokasi uji coba berikutnya, Agus enggan berbicara banyak.")
    assert not [e for e in coded(body) if e[0] == "REJECT"]


def test_prosecutors_sentence_demand_is_a_charge(of_type: OfType) -> None:
    body = "Kejaksaan Negeri Denpasar menuntut Budi 3 tahun penjara dalam kasus penipuan."
    assert ("ACCUSE", "IDN", "IDN", "asserted") in of_type(body, "ACCUSE")
    assert not of_type(body, "REQUEST")


def test_crowds_demand_is_still_a_request(of_type: OfType) -> None:
    body = "Ribuan mahasiswa menuntut Presiden Prabowo mencabut undang-undang TNI."
    assert [e for e in of_type(body, "REQUEST") if e[1] == "IDN"]


def test_teams_meeting_in_a_match_is_no_consultation(of_type: OfType) -> None:
    body = "Tim nasional Indonesia U-16 berjumpa dengan Myanmar pada laga perdana di Vietnam."
    assert not of_type(body, "CONSULT")


def test_leaders_meeting_before_a_match_is_still_a_consultation(of_type: OfType) -> None:
    body = "Presiden Joko Widodo bertemu Perdana Menteri Malaysia Anwar Ibrahim sebelum laga final Piala AFF."
    assert [e for e in of_type(body, "CONSULT") if {e[1], e[2]} == {"IDN", "MYS"}]

