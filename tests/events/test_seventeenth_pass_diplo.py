"""Seventeenth-pass rules (docs/event-coder.md "Seventeenth pass — CONSULT / AGREE / REQUEST recall"), found on
dev..dev5: a promise by a state body or official with nobody named as its addressee, in a story told within one
country, is a promise to that country; an assurance that the speaker will act ("memastikan akan") is a promise; a
visitor received by a host ("disambut oleh") is a visit; one visit told both ways in one sentence is one event —
through the whole pipeline, on sentences written for these tests, each with a near miss that must not fire."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str | None, str | None, str]]
OfType = Callable[[str, str], Events]
Expected = tuple[str, str | None, str | None]

_LEAD = "Ratusan pedagang pasar berunjuk rasa di depan kantor Bupati Sleman, Senin (6/5). "


def test_a_police_promise_in_a_domestic_story_is_to_the_home_state(of_type: OfType) -> None:
    body = _LEAD + "Usai audiensi, Polres Sleman berjanji akan mengusut pungutan liar di pasar tersebut."
    assert ("AGREE", "IDN", "IDN", "asserted") in of_type(body, "AGREE")


def test_an_officials_assurance_to_act_is_a_promise(of_type: OfType) -> None:
    body = _LEAD + "Kepala Dinas Perdagangan Sleman memastikan akan merelokasi para pedagang sebelum akhir tahun."
    assert ("AGREE", "IDN", "IDN", "asserted") in of_type(body, "AGREE")


def test_assurance_form_is_in_the_lexicon(form_codes: Callable[[str, str, Expected], None]) -> None:
    form_codes("menjamin akan", _LEAD + "Pemerintah Kabupaten Sleman menjamin akan membuka kembali pasar itu pekan depan.",
               ("AGREE", "IDN", "IDN"))


def test_a_businessmans_vow_is_no_promise_to_the_state(of_type: OfType) -> None:
    body = "Pengusaha Amerika Serikat Elon Musk mengkritik rancangan anggaran itu. " \
           "Musk berjanji untuk mendirikan perusahaan baru di Texas tahun depan."
    assert not of_type(body, "AGREE")


def test_a_finding_with_no_akan_is_no_promise(of_type: OfType) -> None:
    body = _LEAD + "Kapolres Sleman memastikan tidak ada korban dalam unjuk rasa tersebut."
    assert not of_type(body, "AGREE")


def test_a_visitor_received_by_the_host_is_a_visit(of_type: OfType) -> None:
    body = "Presiden Prabowo Subianto tiba di Tokyo pada Senin pagi dan disambut oleh Perdana Menteri Jepang " \
           "Shigeru Ishiba di kantor perdana menteri."
    got = {(t, s, o) for t, s, o, _ in of_type(body, "CONSULT")}
    assert got & {("CONSULT", "IDN", "JPN"), ("CONSULT", "JPN", "IDN")}, got
    assert len(of_type(body, "CONSULT")) == 1  # one visit, not one per direction


def test_received_by_an_enthusiastic_crowd_is_no_visit(of_type: OfType) -> None:
    body = "Kedatangan penyanyi Korea Selatan itu di Bandara Soekarno-Hatta disambut oleh antusiasme para penggemar."
    assert not of_type(body, "CONSULT")
