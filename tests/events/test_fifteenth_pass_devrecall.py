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
