"""Sixteenth-pass rules (docs/event-coder.md "Sixteenth pass — international stories II"), found on the international
items of the dev and dev4 iteration sets and on unseen IndoSum text — through the whole pipeline, on sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

OfType = Callable[[str, str], list[tuple[str, str | None, str | None, str]]]
Coded = Callable[[str], list[tuple[str, str | None, str | None, str]]]
Silent = Callable[[str, str, str, bool], None]


def test_an_accord_under_negotiation_is_no_agreement(of_type: OfType) -> None:
    body = "Jepang akan merundingkan perjanjian dagang dengan Vietnam bulan depan."
    assert not of_type(body, "AGREE")
    got = {e[1:3] for e in of_type(body, "CONSULT")}
    assert got & {("JPN", "VNM"), ("VNM", "JPN")}, got


def test_an_accord_talked_about_is_no_agreement(of_type: OfType) -> None:
    body = "Parlemen Kanada menunda pemungutan suara mengenai kesepakatan dagang dengan Meksiko."
    assert not of_type(body, "AGREE")


def test_an_accord_held_is_no_agreement(of_type: OfType) -> None:
    body = "Norwegia tetap memiliki kesepakatan perikanan dengan Uni Eropa."
    assert not of_type(body, "AGREE")


def test_an_accord_signed_is_still_an_agreement(of_type: OfType) -> None:
    # near miss: signing the accord is the agreement
    body = "Jepang dan Vietnam menandatangani perjanjian dagang di Hanoi."
    got = {e[1:3] for e in of_type(body, "AGREE")}
    assert got & {("JPN", "VNM"), ("VNM", "JPN")}, got


def test_what_a_threat_followed_is_an_act_of_its_own(of_type: OfType) -> None:
    body = "Ancaman Iran itu dilontarkan menyusul latihan militer bersama antara Amerika Serikat dan Israel pekan lalu."
    got = {e[1:3] for e in of_type(body, "COOPERATE")}
    assert got & {("USA", "ISR"), ("ISR", "USA")}, got


def test_what_is_threatened_stays_the_threat_content(of_type: OfType) -> None:
    # near miss: no "menyusul" between the threat and the act, so the attack is only threatened
    body = "Iran mengancam akan menyerang Israel."
    assert not of_type(body, "ASSAULT")
    assert of_type(body, "THREATEN")


def test_a_suicide_bombing_with_no_actor_strikes_the_place(of_type: OfType) -> None:
    body = "Serangan bom bunuh diri di Kandahar menewaskan sedikitnya 25 orang."
    assert ("ASSAULT", None, "AFG", "asserted") in of_type(body, "ASSAULT")


def test_an_attack_noun_with_the_place_after_the_victims(of_type: OfType) -> None:
    body = "Serangan bunuh diri pada Kamis menewaskan 31 orang di pusat kota Kabul."
    assert ("ASSAULT", None, "AFG", "asserted") in of_type(body, "ASSAULT")


def test_an_attack_with_no_place_stays_silent(of_type: OfType) -> None:
    # near miss: no actor and no place, so there is nobody to code
    body = "Serangan itu menewaskan setidaknya 12 orang."
    assert not of_type(body, "ASSAULT")


def test_declining_to_comment_is_no_rejection(form_stays_silent: Silent) -> None:
    form_stays_silent("menolak berkomentar", "Kementerian Pertahanan Rusia menolak berkomentar soal laporan itu.",
                      "REJECT", True)
    form_stays_silent("menolak mengonfirmasi", "Gedung Putih menolak mengonfirmasi jumlah tentara yang dikirim.",
                      "REJECT", True)


def test_refusing_a_demand_is_still_a_rejection(of_type: OfType) -> None:
    # near miss: "menolak" with a demand as its object
    body = "Rusia menolak tuntutan Ukraina."
    assert ("REJECT", "RUS", "UKR", "asserted") in of_type(body, "REJECT")


def test_a_sanction_added_by_the_subject(of_type: OfType) -> None:
    body = "Dewan Keamanan PBB menambah sanksi bagi Iran."
    assert ("SANCTION", "UN", "IRN", "asserted") in of_type(body, "SANCTION")


def test_an_embargo_imposed_by_the_subject(of_type: OfType) -> None:
    body = "Uni Eropa menerapkan embargo senjata terhadap Myanmar."
    assert ("SANCTION", "EU", "MMR", "asserted") in of_type(body, "SANCTION")


def test_adding_aid_is_not_a_light_verb(of_type: OfType) -> None:
    # near miss: "menambah" counts only before a sanction, embargo or blockade noun
    body = "Pemerintah menambah bantuan sosial bagi warga miskin."
    assert not of_type(body, "AID")
