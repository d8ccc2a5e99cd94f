"""Sixteenth pass (docs/event-coder.md "Sixteenth pass — a country's own bodies"): a meeting, agreement, request or
accusation between two bodies of one country, one of them a ministry named in full, keeps both sides (IDN→IDN, the
guide's intra-state events); a town of the body's own country is no counterpart."""

from __future__ import annotations

from collections.abc import Callable

Events = Callable[[str, str], list[tuple[str, str | None, str | None, str]]]


def test_a_ministry_meeting_the_police(of_type: Events) -> None:
    got = of_type("Kementerian Lingkungan Hidup bertemu dengan Polri di Jakarta pada Senin (3/3/2025).", "CONSULT")
    assert ("CONSULT", "IDN", "IDN", "asserted") in got


def test_an_mou_between_two_ministries(of_type: Events) -> None:
    got = of_type("Kemenkeu menandatangani nota kesepahaman dengan Kementerian Pertanian pada Selasa.", "AGREE")
    assert ("AGREE", "IDN", "IDN", "asserted") in got


def test_a_meeting_noun_between_two_ministries(of_type: Events) -> None:
    got = of_type("Pertemuan antara Kementerian Pertanian dan Kementerian Perdagangan digelar di Jakarta pekan lalu.",
                  "CONSULT")
    assert ("CONSULT", "IDN", "IDN", "asserted") in got


def test_two_ministries_signing_together(of_type: Events) -> None:
    got = of_type("Kementerian Kebudayaan dan Kementerian Pariwisata menandatangani nota kesepahaman di Jakarta.",
                  "AGREE")
    assert ("AGREE", "IDN", "IDN", "asserted") in got


def test_a_ministry_helping_a_town_of_its_country_is_no_event(coded: Callable[[str], list[tuple[str, ...]]]) -> None:
    # near miss: a state caring for its own people and towns is a domestic administrative act (guide, section 1)
    got = coded("Kementerian Sosial menyalurkan bantuan kepada warga korban banjir di Bekasi.")
    assert not any(e[1] == "IDN" and e[2] == "IDN" for e in got), got


def test_a_ministry_meeting_a_foreign_ministry_is_international(of_type: Events) -> None:
    # near miss: the partner's country named after its ministry makes it that country's
    got = of_type("Kementerian Perdagangan bertemu dengan Kementerian Perdagangan Jepang di Tokyo.", "CONSULT")
    assert ("CONSULT", "IDN", "JPN", "asserted") in got and ("CONSULT", "IDN", "IDN", "asserted") not in got


def test_two_cabinet_bodies_by_short_name(of_type: Events) -> None:
    got = of_type("Kemenko IPK bertemu dengan Kemendukbangga di Jakarta pada Senin (3/3/2025).", "CONSULT")
    assert ("CONSULT", "IDN", "IDN", "asserted") in got
