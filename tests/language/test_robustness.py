"""No input makes a language finder raise or run in more than linear time.

Each finder runs on an adversarial seed (long runs of digits, dots, quotes, capitals, open
quotation marks, reporting verbs) and on that seed repeated ten times; catastrophic regex
backtracking would make the ratio grow with the square of the length or worse. Bounds are
generous (ratio < 40 for 10x the input) so that a loaded machine does not make the test flaky.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warta.language.dates import Calendar, DateFinder
from warta.language.numbers import CountFinder, NumberLexicon
from warta.language.quotes import QuoteFinder, QuoteLexicon
from warta.language.segment import Segmenter

SEG = Segmenter.load()
DATES = DateFinder(Calendar.load())
COUNTS = CountFinder(NumberLexicon.load())
QUOTES = QuoteFinder(QuoteLexicon.load())
PUB = date(2025, 10, 22)

_PIECES = ["Rp ", " juta", " kata ", " mengatakan ", " bahwa ", "Senin ", "(21/8)", " pukul 09.15 ", "2024",
           "Menurut ", " Dr. ", "nya", " persen", " tahun "]
ALPHABET = st.sampled_from([*"aA1.,:;-/()“”\"' \n", *_PIECES])


def run_all(text: str) -> None:
    paras = tuple((i, i + len(p)) for i, p in _paragraphs(text))
    sents = SEG.sentences(text, paras)
    dates = tuple(DATES.find(text, PUB))
    COUNTS.find(text, sents, dates)
    quotes = QUOTES.find(text, sents)
    QUOTES.resolve(text, quotes)
    for s in sents:
        assert text[s.start : s.end] == s.text


def _paragraphs(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for p in text.split("\n"):
        if p.strip():
            out.append((pos, p))
        pos += len(p) + 1
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ALPHABET, max_size=200).map("".join))
def test_never_raises(text: str) -> None:
    run_all(text)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_any_unicode(text: str) -> None:
    run_all(text)


ADVERSARIAL = {
    "digits": "1.234.567,89 " * 40 + "1" * 400,
    "dots": "A. B. C. " * 60 + "." * 300,
    "capitals": " ".join(["Kepala"] + ["Dinas"] * 300) + " mengatakan",
    "open_quotes": "“" + "kata mereka, " * 100,
    "quote_marks": "\"a\" " * 150 + "”" * 150,
    "verbs": "mengatakan bahwa " * 120 + "menurut " * 60,
    "dates": "Senin (21/8) " * 60 + "(1/1/" * 60 + "pukul 1.1 " * 60,
    "numbers": "puluhan ribu ratusan juta Rp 1,5 miliar USD " * 30,
    "no_space": "a" * 1200 + "1" * 1200,
}


def _time(fn: Callable[[], None]) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_linear_time(name: str) -> None:
    seed = ADVERSARIAL[name]
    small = _time(lambda: run_all((seed + "\n") * 2))
    big = _time(lambda: run_all((seed + "\n") * 20))
    # linear: ~10x; quadratic: ~100x. Floor the small time to absorb timer noise.
    assert big / max(small, 0.005) < 40, f"{name}: {small:.4f}s -> {big:.4f}s"
