"""Numbers and counts of Indonesian news."""

from __future__ import annotations

import pytest

from warta.language.numbers import CountFinder, NumberLexicon, parse_digits
from warta.language.segment import Segmenter
from warta.model import Count


@pytest.fixture(scope="module")
def finder() -> CountFinder:
    return CountFinder(NumberLexicon.load())


def counts(finder: CountFinder, text: str) -> list[Count]:
    sents = Segmenter.load().sentences(text, (), with_tokens=False)
    return finder.find(text, sents, ())


@pytest.mark.parametrize(("text", "value"), [("40.774", 40774), ("1,5", 1.5), ("1.410.000.000", 1410000000),
                                              ("0,0007", 0.0007), ("2.5", 2.5), ("12", 12)])
def test_parse_digits(text: str, value: float) -> None:
    assert parse_digits(text) == pytest.approx(value)


def test_casualties_with_what_and_who(finder: CountFinder) -> None:
    c = counts(finder, "Serangan itu menewaskan 40.774 warga Palestina sejak Oktober.")
    assert [(x.number, x.what) for x in c] == [(40774, "killed")]
    c = counts(finder, "Sebanyak 1.139 orang Israel tewas dan ratusan lainnya luka-luka.")
    assert (c[0].number, c[0].what, c[0].who) == (1139, "killed", "Israel")
    assert c[1].number == 100 and c[1].approx


def test_money_and_percent(finder: CountFinder) -> None:
    c = counts(finder, "Rupiah ditutup Rp 16.216 per USD, menguat 0,19%. AS memberi USD 2 miliar dan 9,8 miliar USD.")
    got = [(x.text, x.number, x.value, x.what, x.unit) for x in c]
    assert got == [("Rp 16.216", 16216, None, "money", "IDR"), ("0,19%", 0, 0.19, "percent", "%"),
                   ("USD 2 miliar", 2000000000, None, "money", "USD"), ("9,8 miliar USD", 9800000000, None, "money", "USD")]


def test_words_scales_and_vague(finder: CountFinder) -> None:
    c = counts(finder, "Sekitar 1,5 juta orang mengungsi, puluhan ribu ditahan dan dua jurnalis tewas.")
    got = [(x.number, x.what, x.approx) for x in c]
    assert got == [(1500000, "displaced", True), (10000, "detained", True), (2, "killed", False)]


def test_troops_and_aid_trucks(finder: CountFinder) -> None:
    c = counts(finder, "Indonesia mengirim 140 personel Polri dan 60 truk bantuan.")
    assert [(x.number, x.what) for x in c] == [(140, "troops"), (60, "aid-trucks")]


def test_not_counts(finder: CountFinder) -> None:
    text = ("Pada 2024 ia ditahan 10 hari di Lantai 2 menurut Pasal 378, skor 3-0 di laga ke-59; "
            "Renita (45) salah satu saksi.")
    assert counts(finder, text) == []
