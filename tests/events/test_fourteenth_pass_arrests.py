"""Fourteenth-pass rules (docs/event-coder.md "Fourteenth pass — arrests in less common shapes"), found on dev2
(domestic 2023-2025 news, the guide §12-13, §16): an arrest told in a relative clause, a police speaker's
object-focus verb, an arrest not yet made, a court ordering the accused kept in detention — through the whole
pipeline, on sentences written for these tests, each with a near miss that must stay silent."""

from __future__ import annotations

from collections.abc import Callable

Coded = Callable[[str], list[tuple[str, str | None, str | None, str]]]
Expected = tuple[str, str | None, str | None]

_LEAD = "Kepolisian Resor Sleman di Yogyakarta menggelar jumpa pers. "


def _arrests(coded: Coded, body: str) -> list[tuple[str, str | None, str | None, str]]:
    return [e for e in coded(body) if e[0] == "COERCE"]


def test_relative_clause_arrest_is_asserted(coded: Coded) -> None:
    body = _LEAD + "Sementara tiga pria lainnya yang ditangkap di Depok mengaku menjual obat terlarang."
    assert ("COERCE", "IDN", "IDN", "asserted") in _arrests(coded, body)


def test_relative_clause_of_a_thing_stays_background(coded: Coded) -> None:
    body = _LEAD + "Sementara mobil yang ditahan di Depok dibawa ke kantor polisi."
    assert not _arrests(coded, body)


def test_police_object_focus_arrest(form_codes: Callable[[str, str, Expected], None]) -> None:
    body = _LEAD + '"Lima orang yang kami tangkap itu berperan sebagai kurir," ujar Kapolres.'
    form_codes("kami tangkap", body, ("COERCE", "IDN", "IDN"))


def test_police_object_focus_amankan(form_codes: Callable[[str, str, Expected], None]) -> None:
    body = _LEAD + '"Pelaku sudah kita amankan di markas," kata Kapolres.'
    form_codes("kita amankan", body, ("COERCE", "IDN", "IDN"))


def test_object_focus_of_evidence_or_chance_stays_silent(form_stays_silent: Callable[[str, str, str, bool], None]) -> None:
    form_stays_silent("kami amankan", _LEAD + '"Pisau yang dipakai pelaku juga sudah kami amankan," kata Kapolres.',
                      "COERCE", False)
    form_stays_silent("kita tangkap", "Gubernur Jawa Tengah di Semarang membuka pameran dagang. "
                      '"Pasar ekspor ini kesempatan yang harus kita tangkap," ujarnya.', "COERCE", False)


def test_arrest_not_yet_made_is_negated(coded: Coded) -> None:
    body = ("Warga Desa Sukamaju di Bogor mendatangi kantor polisi. "
            '"Wajah pelaku terekam kamera, tapi sampai hari ini kenapa belum ditangkap," kata seorang warga.')
    assert ("COERCE", "IDN", "IDN", "negated") in _arrests(coded, body)


def test_suspect_not_yet_detained_is_negated(coded: Coded) -> None:
    body = "Kejaksaan Negeri Bandung menetapkan empat tersangka korupsi. Satu tersangka belum ditahan karena sakit."
    assert ("COERCE", "IDN", "IDN", "negated") in _arrests(coded, body)


def test_remark_on_criminals_at_large_stays_silent(coded: Coded) -> None:
    body = ("Warga Desa Sukamaju di Bogor mengeluhkan keamanan. "
            '"Orang itu jelas penjahat, tapi entah kenapa belum ditangkap," kata seorang warga.')
    assert not _arrests(coded, body)


def test_court_orders_accused_kept_in_detention(coded: Coded) -> None:
    body = ("Pengadilan Negeri Surabaya membacakan putusan perkara penipuan. "
            "Memerintahkan Terdakwa tetap ditahan, dan membebankan biaya perkara kepada terdakwa.")
    assert ("COERCE", "IDN", "IDN", "asserted") in _arrests(coded, body)


def test_order_to_arrest_someone_else_is_still_content(coded: Coded) -> None:
    body = ("Pengadilan Negeri Surabaya membacakan putusan perkara penipuan. "
            "Hakim memerintahkan jaksa untuk menahan saksi tersebut.")
    assert ("COERCE", "IDN", "IDN", "asserted") not in _arrests(coded, body)


def test_arrest_in_fronted_time_clause_is_the_main_subjects(coded: Coded) -> None:
    body = ("Kejaksaan Negeri Bekasi di Bekasi mengusut kasus korupsi dana desa. Setelah menangkap dua tersangka itu, "
            "Kejaksaan Negeri Bekasi menggeledah kantor desa.")
    assert ("COERCE", "IDN", "IDN", "asserted") in _arrests(coded, body)


def test_restraint_in_fronted_time_clause_stays_silent(coded: Coded) -> None:
    body = ("Kejaksaan Negeri Bekasi di Bekasi mengusut kasus korupsi dana desa. Setelah menahan diri beberapa hari, "
            "warga Bekasi akhirnya mendatangi kantor desa.")
    assert not _arrests(coded, body)


def test_arrest_not_made_by_the_police_named_after(coded: Coded) -> None:
    body = ("Puluhan pedagang di Cirebon mendatangi Polres Cirebon. Mereka kecewa karena pelaku terekam kamera "
            "saat merusak lapak namun tak kunjung ditangkap polisi.")
    assert ("COERCE", "IDN", "IDN", "negated") in _arrests(coded, body)


def test_offenders_in_general_not_arrested_stay_silent(coded: Coded) -> None:
    body = ("Puluhan pedagang di Cirebon mendatangi Polres Cirebon. Ia menyebut banyak pelaku kejahatan di kota lain "
            "yang bebas berkeliaran dan belum ditangkap polisi.")
    assert not any(m == "negated" for _, _, _, m in _arrests(coded, body))
