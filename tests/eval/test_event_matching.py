"""The event scorer's one-to-one matching of predictions to gold events."""

from __future__ import annotations

from warta.eval.events import GoldEvent, PredEvent, _match

_A = "Erick Thohir berkoordinasi dengan FIFA soal bendera Palestina di Piala Dunia U-17 2023."
_B = "Upaya Ketum PSSI Erick Thohir berkoordinasi dengan FIFA soal bendera Palestina di Piala Dunia U-17 membuahkan hasil."


def _gold(sentence: str, doubtful: bool = False) -> GoldEvent:
    return GoldEvent(sentence, "CONSULT", None, "IDN", "FIFA", "asserted", None, None, None, doubtful)


def _pred(sentence: str) -> PredEvent:
    return PredEvent(sentence, "CONSULT", None, "IDN", "FIFA", "asserted", None, None, None)


def test_a_near_duplicate_sentence_does_not_take_another_sentences_prediction() -> None:
    # both gold sentences overlap the prediction's sentence by over 60 %; the one it is must win
    pairs, missed, fps = _match([_gold(_A), _gold(_B)], [_pred(_B)], "full")
    assert [g.sentence for g, _ in pairs] == [_B]
    assert [g.sentence for g in missed] == [_A] and fps == []


def test_doubtful_gold_absorbs_a_prediction_without_counting_it() -> None:
    pairs, missed, fps = _match([_gold(_A, doubtful=True)], [_pred(_A)], "full")
    assert pairs == [] and missed == [] and fps == []
