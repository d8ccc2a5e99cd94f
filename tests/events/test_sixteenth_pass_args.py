"""Sixteenth-pass rules (docs/event-coder.md "Sixteenth pass — argument assignment"): events whose type is right but
whose source or target was wrong or missing — a reaction to "that act" after the source's own untargeted act, an act
named back by its noun and a demonstrative, New York as a place in the United States, a person's initials that a
country's acronym also spells, a lexicon acronym the text defines for another name, and the neighbourhood unit RT —
through the whole pipeline, on sentences written for these tests, each with a near miss."""

from __future__ import annotations

from collections.abc import Callable

Coded = Callable[[str], list[tuple[str, str | None, str | None, str]]]
OfType = Callable[[str, str], list[tuple[str, str | None, str | None, str]]]

_ACCUSATION = "Thailand menuduh Kamboja menembakkan roket ke wilayahnya. "
_PROTEST = "Ribuan warga Amerika Serikat menggelar protes terhadap Presiden Donald Trump di Washington. "


def test_denial_of_that_accusation_targets_the_accuser(of_type: OfType) -> None:
    # the rocket fire (Cambodia's own act, no target) no longer hides the accusation (THA → KHM)
    body = _ACCUSATION + "Kamboja membantah tuduhan itu."
    assert ("REJECT", "KHM", "THA", "asserted") in of_type(body, "REJECT"), of_type(body, "REJECT")


def test_denial_with_its_content_clause_names_no_accuser(of_type: OfType) -> None:
    body = _ACCUSATION + "Kamboja membantah bahwa pasukannya menembakkan roket."
    assert all(t != "THA" for _, _, t, _ in of_type(body, "REJECT")), of_type(body, "REJECT")


def test_act_named_back_takes_the_same_sides_target(of_type: OfType) -> None:
    body = _PROTEST + "Senator Chuck Schumer juga bergabung dalam protes tersebut."
    assert of_type(body, "PROTEST").count(("PROTEST", "USA", "USA", "asserted")) == 2, of_type(body, "PROTEST")


def test_act_not_named_back_carries_no_target(of_type: OfType) -> None:
    body = _PROTEST + "Senator Chuck Schumer juga mengomentari protes warga."
    assert ("PROTEST", "USA", None, "asserted") in of_type(body, "PROTEST"), of_type(body, "PROTEST")


def test_new_york_is_in_the_united_states(of_type: OfType) -> None:
    assert ("COERCE", "USA", "IDN", "asserted") in of_type("Seorang WNI ditahan di New York.", "COERCE")


def test_a_detention_at_home_stays_at_home(of_type: OfType) -> None:
    assert ("COERCE", "IDN", "IDN", "asserted") in of_type("Seorang WNI ditahan di Jakarta.", "COERCE")


def test_initials_declared_a_persons_are_no_country(coded: Coded) -> None:
    body = ("KPK menahan tersangka, yakni Saudara AS selaku Komisaris Utama PT Maju Jaya Abadi. AS disangkakan "
            "melanggar Pasal 2 UU Tipikor.")
    got = coded(body)
    assert ("COERCE", "IDN", "IDN", "asserted") in got and all("USA" not in e for e in got), got


def test_the_countrys_acronym_without_a_cue_stays_the_country(of_type: OfType) -> None:
    body = "Pemerintah Indonesia mengecam AS atas keputusan itu."
    assert ("ACCUSE", "IDN", "USA", "asserted") in of_type(body, "ACCUSE")


def test_acronym_defined_for_a_regency_is_no_igo(coded: Coded) -> None:
    body = "Bupati Ogan Komering Ilir (OKI) Muchendi Mahzareki meminta Pemkab OKI memperketat pengawasan."
    got = coded(body)
    assert ("REQUEST", "IDN", "IDN", "asserted") in got and all("OIC" not in e for e in got), got


def test_acronym_defined_for_its_own_body_stays(of_type: OfType) -> None:
    body = "Organisasi Kerja Sama Islam (OKI) mengecam Israel atas serangan itu."
    assert ("ACCUSE", "OIC", "ISR", "asserted") in of_type(body, "ACCUSE")


def test_neighbourhood_head_is_no_russian_outlet(coded: Coded) -> None:
    got = coded("Ketua RT 05 meminta warga menjaga kebersihan lingkungan.")
    assert all("RUS" not in e for e in got), got


def test_russia_today_is_still_named_in_full() -> None:
    from warta.actors.lexicon import ActorLexicon

    entry = ActorLexicon.load().entries["media:RT"]
    assert entry.country == "RUS" and "Russia Today" in entry.aliases and "RT" not in entry.aliases, entry
