"""Seventeenth-pass rules (docs/event-coder.md "Seventeenth pass — COERCE and PROTEST recall"): arrests of people
named back and set apart from the verb, and taking part in a protest told by its noun — through the whole pipeline,
on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

OfType = Callable[[str, str], list[tuple[str, str | None, str | None, str]]]


def test_people_held_set_apart_by_a_partitive_are_arrested(of_type: OfType) -> None:
    body = ("Kejaksaan Negeri Bandung menetapkan enam tersangka kasus korupsi dana desa. "
            "Dari enam tersangka, lima di antaranya telah ditahan.")
    assert ("COERCE", "IDN", "IDN", "asserted") in of_type(body, "COERCE")


def test_people_held_set_apart_by_an_apposition_are_arrested(of_type: OfType) -> None:
    body = "Pelaku berinisial RS (24), warga Kecamatan Cibeunying, ditangkap di sebuah rumah kos di Bandung."
    assert ("COERCE", "IDN", "IDN", "asserted") in of_type(body, "COERCE")


def test_people_named_back_keep_the_latest_arrests_sides(of_type: OfType) -> None:
    body = ("Tiga migran Afghanistan ditangkap di Jerman karena diduga merencanakan serangan.\n\n"
            "Jaksa mengatakan penyelidikan masih berlangsung. Kantor kejaksaan tidak merinci rencana itu. "
            "Media setempat menyebut mereka tinggal di asrama pengungsi.\n\n"
            "Para tersangka, yang berusia antara 20 hingga 25 tahun, itu ditangkap pada Kamis pagi.")
    got = [e[1:3] for e in of_type(body, "COERCE")]
    assert got.count(("DEU", "AFG")) == 2 and ("AFG", "AFG") not in got, got


def test_a_passive_of_another_act_after_an_apposition_codes_no_arrest(of_type: OfType) -> None:
    # near miss: people set apart from a passive that is no arrest
    body = "Para tersangka, yang berusia antara 20 hingga 25 tahun, itu diperiksa secara maraton oleh penyidik."
    assert not [e for e in of_type(body, "COERCE") if e[3] == "asserted"]


def test_taking_part_in_a_protest_told_by_its_noun_is_a_protest(of_type: OfType) -> None:
    body = "Ribuan buruh ikut bergabung dalam demonstrasi menentang Presiden Emmanuel Macron di Paris."
    assert any(s == "FRA" for _, s, _, _ in of_type(body, "PROTEST"))


def test_following_a_rally_is_a_protest(of_type: OfType) -> None:
    body = "Ratusan mahasiswa Universitas Riau mengikuti aksi unjuk rasa di depan Gedung DPRD Riau."
    assert any(s == "IDN" for _, s, _, _ in of_type(body, "PROTEST"))


def test_someone_described_by_the_protest_they_joined_is_no_protest(of_type: OfType) -> None:
    # near miss: "yang ikut unjuk rasa" describes the victim; the clause's subject did not protest
    body = "Kepala Kepolisian Peru mengatakan seorang polisi menembak Ruiz, seorang penyanyi yang ikut unjuk rasa."
    assert not of_type(body, "PROTEST")


def test_following_a_meeting_is_no_protest(of_type: OfType) -> None:
    # near miss: the joining verb before a noun that is no protest
    body = "Ratusan mahasiswa Universitas Riau mengikuti rapat di Gedung DPRD Riau."
    assert not of_type(body, "PROTEST")


_LIMA = ("Ribuan warga Peru berunjuk rasa di Lima menentang Presiden Peru Jose Jeri. Kepolisian Peru menyebut unjuk rasa "
         "itu berlangsung hingga malam.\n\n")


def test_stones_thrown_by_a_crowd_in_a_one_country_story_fall_on_its_people(of_type: OfType) -> None:
    body = _LIMA + "Para demonstran lainnya juga melemparkan batu dan menyalakan kembang api."
    assert ("ASSAULT", "PER", "PER", "asserted") in of_type(body, "ASSAULT")


def test_stones_not_thrown_code_no_attack(of_type: OfType) -> None:
    # near miss: a negated act is not given the implied people
    body = _LIMA + "Para demonstran tidak melemparkan batu dan tidak menyalakan kembang api."
    assert not [e for e in of_type(body, "ASSAULT") if e[3] == "asserted"]
