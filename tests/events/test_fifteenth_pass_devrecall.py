"""Fifteenth-pass rules (docs/event-coder.md "Fifteenth pass — dev recall"): an attack told through its victims
("<people of X> tewas akibat tembakan pasukan Y") takes those victims as its target — through the whole pipeline,
on sentences written for these tests, with near misses that must stay silent."""

from __future__ import annotations

from collections.abc import Callable

Coded = Callable[[str], list[tuple[str, str | None, str | None, str]]]


def _assaults(coded: Coded, body: str) -> list[tuple[str, str | None, str | None, str]]:
    return [e for e in coded(body) if e[0] == "ASSAULT"]


def test_victims_killed_by_an_attackers_fire(coded: Coded) -> None:
    body = "Dua warga Palestina tewas akibat tembakan pasukan Israel di dekat pos pemeriksaan pada Kamis."
    assert ("ASSAULT", "ISR", "PSE", "asserted") in _assaults(coded, body)


def test_victims_wounded_in_an_attack(coded: Coded) -> None:
    body = "Empat tentara Ukraina dilaporkan terluka dalam serangan pasukan Rusia pada Minggu pagi."
    assert ("ASSAULT", "RUS", "UKR", "asserted") in _assaults(coded, body)


def test_a_death_by_illness_stays_silent(coded: Coded) -> None:
    body = "Seorang pelatih Israel meninggal dunia karena serangan jantung saat berlatih pada Senin."
    assert not _assaults(coded, body)


def test_victims_of_an_unnamed_attack_stay_silent(coded: Coded) -> None:
    body = "Tiga warga Palestina tewas dalam serangan itu, kata petugas medis pada Selasa."
    assert not _assaults(coded, body)


def _accusations(coded: Coded, body: str) -> list[tuple[str, str | None, str | None, str]]:
    return [e for e in coded(body) if e[0] == "ACCUSE"]


_MEETING = "Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Mesir di Kairo pada Senin. "


def test_person_described_again_is_the_latest_speaker(coded: Coded) -> None:
    body = _MEETING + "Pria yang akrab disapa Sugi itu menilai tindakan Israel biadab dan tidak manusiawi."
    assert ("ACCUSE", "IDN", "ISR", "asserted") in _accusations(coded, body)


def test_bare_man_is_no_anaphor(coded: Coded) -> None:
    body = _MEETING + "Pria itu menilai tindakan Israel biadab dan tidak manusiawi."
    assert not _accusations(coded, body)


def test_birth_year_does_not_make_the_act_background(coded: Coded) -> None:
    body = _MEETING + "Pria kelahiran 1969 itu menilai tindakan Israel biadab dan tidak manusiawi."
    assert ("ACCUSE", "IDN", "ISR", "asserted") in _accusations(coded, body)


def test_an_old_act_stays_background(coded: Coded) -> None:
    body = _MEETING + "Pada 2011, pria itu juga menilai tindakan Israel biadab dan tidak manusiawi."
    assert not _accusations(coded, body)
