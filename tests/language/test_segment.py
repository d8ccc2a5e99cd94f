"""Sentences and tokens of Indonesian news, with offsets."""

from __future__ import annotations

import pytest

from warta.language.segment import Segmenter


@pytest.fixture(scope="module")
def seg() -> Segmenter:
    return Segmenter.load()


def texts(seg: Segmenter, text: str) -> list[str]:
    return [s.text for s in seg.sentences(text, ())]


def test_abbreviations_do_not_end_sentences(seg: Segmenter) -> None:
    text = "Dr. Tedros tiba di Jl. Sudirman No. 5 bersama Menlu AS. Ia lalu pergi."
    assert texts(seg, text) == ["Dr. Tedros tiba di Jl. Sudirman No. 5 bersama Menlu AS.", "Ia lalu pergi."]


def test_lower_case_abbreviations_and_an(seg: Segmenter) -> None:
    text = "Bantuan berupa beras, minyak, dll. dikirim a.n. Kemensos. Truk tiba pagi."
    assert texts(seg, text) == ["Bantuan berupa beras, minyak, dll. dikirim a.n. Kemensos.", "Truk tiba pagi."]


def test_may_be_final_abbreviation_ends_before_a_capital(seg: Segmenter) -> None:
    text = "Saham dibeli Itochu Corp. Sedangkan konsumsi naik."
    assert texts(seg, text) == ["Saham dibeli Itochu Corp.", "Sedangkan konsumsi naik."]


def test_numbers_and_initials(seg: Segmenter) -> None:
    text = "Korban mencapai 40.774 jiwa, naik 0,19% kata Antony J. Blinken. Data lain menyusul."
    sents = texts(seg, text)
    assert sents == ["Korban mencapai 40.774 jiwa, naik 0,19% kata Antony J. Blinken.", "Data lain menyusul."]
    toks = [t.text for t in seg.sentences(text, ())[0].tokens]
    assert "40.774" in toks and "0,19" in toks and "J." in toks


def test_quote_ending_inside_marks(seg: Segmenter) -> None:
    text = "“Kami akan terus berunding. Itu janji kami,” kata Blinken. Hamas menolak."
    assert texts(seg, text) == ["“Kami akan terus berunding. Itu janji kami,” kata Blinken.", "Hamas menolak."]


def test_question_in_quote_then_new_sentence(seg: Segmenter) -> None:
    text = "Ia bertanya, “Kapan bantuan datang?” Jawabannya belum jelas."
    assert texts(seg, text) == ["Ia bertanya, “Kapan bantuan datang?”", "Jawabannya belum jelas."]


def test_paragraphs_are_boundaries_and_offsets_hold(seg: Segmenter) -> None:
    text = "JAKARTA, KOMPAS.com - Menlu bertemu mitra\nSenin (20/10/2025) pertemuan berlanjut."
    paras = ((0, 41), (42, len(text)))
    sents = seg.sentences(text, paras)
    assert [s.paragraph for s in sents] == [0, 1]
    for s in sents:
        assert text[s.start : s.end] == s.text
        for t in s.tokens:
            assert text[t.start : t.end] == t.text


def test_clitics_and_reduplication_stay_whole(seg: Segmenter) -> None:
    toks = [t.text for t in seg.tokens("Negara-negara itu menolaknya, bukankah demikianlah sikapnya?")]
    assert toks[:4] == ["Negara-negara", "itu", "menolaknya", ","]
    assert "bukankah" in toks and "demikianlah" in toks


def test_ud_style_splits(seg: Segmenter) -> None:
    toks = [t.text for t in seg.tokens("dana Rp1,5 triliun pada 24-26 April, Januari-Oktober")]
    assert toks == ["dana", "Rp", "1,5", "triliun", "pada", "24", "-", "26", "April", ",", "Januari", "-", "Oktober"]
