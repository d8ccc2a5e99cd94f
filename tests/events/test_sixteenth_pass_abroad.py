"""Sixteenth-pass rule (docs/event-coder.md "Sixteenth pass — the host state's authorities abroad"), found on dev4's
stories of Indonesians held in Saudi Arabia and the United States — through the whole pipeline, on sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

OfType = Callable[[str, str], list[tuple[str, str | None, str | None, str]]]

_ABROAD = ("Tiga pekerja migran Indonesia di Malaysia terancam hukuman berat. KBRI Kuala Lumpur terus memberikan "
           "pendampingan hukum kepada mereka di Malaysia.\n\n")


def test_an_unnamed_arrest_of_an_indonesian_abroad_is_the_host_states(of_type: OfType) -> None:
    body = _ABROAD + "Seorang WNI ditahan sejak Januari 2023 karena tuduhan pencurian."
    got = {e[1:3] for e in of_type(body, "COERCE")}
    assert ("MYS", "IDN") in got and ("IDN", "IDN") not in got, got


def test_a_detention_told_by_its_noun_abroad_is_the_host_states(of_type: OfType) -> None:
    body = _ABROAD + "Sejak penahanan itu terjadi, keluarga WNI tersebut terus menunggu kabar."
    got = {e[1:3] for e in of_type(body, "COERCE")}
    assert ("MYS", "IDN") in got and ("IDN", "IDN") not in got, got


def test_the_charge_an_arrest_abroad_is_told_with_is_the_host_states(of_type: OfType) -> None:
    body = _ABROAD + "Seorang WNI ditahan atas dugaan pencurian."
    got = {e[1:3] for e in of_type(body, "ACCUSE")}
    assert ("MYS", "IDN") in got and ("IDN", "IDN") not in got, got


def test_the_same_arrest_at_home_stays_indonesian(of_type: OfType) -> None:
    # near miss: no Indonesian mission abroad in the story, so the act is told at home
    body = ("Tiga warga Bekasi terancam hukuman berat. Kuasa hukum terus memberikan pendampingan kepada mereka.\n\n"
            "Seorang WNI ditahan sejak Januari 2023 karena tuduhan pencurian.")
    got = {e[1:3] for e in of_type(body, "COERCE")}
    assert ("MYS", "IDN") not in got and all(s == "IDN" for s, _ in got), got


def test_an_arrest_abroad_told_at_a_place_at_home_stays_indonesian(of_type: OfType) -> None:
    # near miss: the sentence names a place in Indonesia (the worker was held after coming home)
    body = _ABROAD + "Setibanya di Jakarta, seorang WNI ditahan karena tuduhan pencurian."
    got = {e[1:3] for e in of_type(body, "COERCE")}
    assert ("MYS", "IDN") not in got, got
