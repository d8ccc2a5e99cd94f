"""Eleventh-pass judgement rules (docs/event-coder.md "Eleventh pass — judgements"): a judgement told in the passive
of the actor judged ("Adi dinilai melanggar kode etik") is ACCUSE disapprove by its judge, who is named in the
sentence ("menurut X") or is the body whose ruling the story told before — through the whole pipeline, on
sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

Coded = Callable[[str], list[tuple[str, str | None, str | None, str]]]


def _accusations(coded: Coded, body: str) -> list[tuple[str, str | None, str | None, str]]:
    return [e for e in coded(body) if e[0] == "ACCUSE"]


def test_a_passive_finding_is_accused_by_the_body_that_ruled(coded: Coded) -> None:
    body = ("Dewan Keamanan PBB menjatuhkan sanksi baru kepada Korea Utara pada Senin. "
            "Korea Utara dinilai melanggar resolusi tentang uji coba rudal balistik.")
    assert ("ACCUSE", "UN", "PRK", "asserted") in _accusations(coded, body)


def test_a_passive_finding_of_a_domestic_ethics_council(coded: Coded) -> None:
    body = ("Mahkamah Agung menjatuhkan sanksi kepada hakim Budi Santoso. "
            "Sebelumnya, Budi Santoso dinyatakan melakukan pelanggaran berat terhadap kode etik hakim.")
    assert ("ACCUSE", "IDN", "IDN", "asserted") in _accusations(coded, body)


def test_the_judge_named_with_menurut(coded: Coded) -> None:
    body = "Menurut Turki, Israel dinilai melanggar hukum internasional di Gaza."
    assert _accusations(coded, body) == [("ACCUSE", "TUR", "ISR", "asserted")]


def test_a_passive_judgement_with_no_judge_in_the_story_is_no_event(coded: Coded) -> None:
    # near miss: nobody ruled and nobody is named as the judge
    assert _accusations(coded, "Israel dinilai melanggar hukum internasional di Gaza.") == []


def test_a_passive_judgement_of_no_actor_is_no_event(coded: Coded) -> None:
    # near miss: players of a team are no political actor
    body = ("Dewan Keamanan PBB menjatuhkan sanksi baru kepada Korea Utara. "
            "Keempat pemain itu dianggap telah melanggar disiplin tim.")
    assert _accusations(coded, body) == []


def test_a_passive_judgement_without_a_negative_term_is_no_accusation(coded: Coded) -> None:
    # near miss: "dinilai berhasil" praises nobody's wrongdoing
    body = ("Dewan Keamanan PBB menjatuhkan sanksi baru kepada Korea Utara. "
            "Korea Utara dinilai berhasil meluncurkan rudal balistik.")
    assert _accusations(coded, body) == []


def test_the_judge_is_the_teller_of_the_quote(coded: Coded) -> None:
    body = "\"Dewan Keamanan PBB dinilai gagal melindungi warga Gaza,\" kata Menteri Luar Negeri Turki Hakan Fidan."
    assert ("ACCUSE", "TUR", "UN", "asserted") in _accusations(coded, body)


def test_an_untold_passive_judgement_is_no_event(coded: Coded) -> None:
    # near miss: the same judgement with no teller, no judge named and no ruling before it
    assert _accusations(coded, "Dewan Keamanan PBB dinilai gagal melindungi warga Gaza.") == []


def test_too_weak_is_a_criticism(coded: Coded) -> None:
    # evaluation.yaml: "kurang tegas" (too weak) judges the actor, passive or active
    assert ("ACCUSE", "TUR", "UN", "asserted") in _accusations(
        coded, "Menurut Turki, Dewan Keamanan PBB dinilai kurang tegas terhadap Israel.")
    assert ("ACCUSE", "TUR", "UN", "asserted") in _accusations(
        coded, "Presiden Turki Recep Tayyip Erdogan menilai Dewan Keamanan PBB kurang tegas terhadap Israel.")


def test_a_passive_success_told_by_a_speaker_is_no_accusation(coded: Coded) -> None:
    # near miss: a teller, but no negative term after the passive verb
    body = "Menteri Luar Negeri Turki Hakan Fidan mengatakan, Israel dinilai berhasil menekan inflasi."
    assert _accusations(coded, body) == []
