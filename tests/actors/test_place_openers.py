"""NER place and body spans that open with an English word the person-name rules stop at ("New", "Times"):
the word is the name's, not a cue to trim ("New York" was cut to "York", "Times Square" to "Square")."""

from __future__ import annotations

import pytest

from warta.actors._ner import _trim_ner


@pytest.mark.parametrize(("span", "kind", "surface"), [
    ("New York", "place", "New York"),
    ("New York City", "place", "New York City"),
    ("Times Square", "place", "Times Square"),
    ("New Jersey", "place", "New Jersey"),
    ("New York Times", "org", "New York Times"),
])
def test_place_openers_stay(span: str, kind: str, surface: str) -> None:
    text = f"Demo digelar di {span}, kemarin."
    start = text.index(span)
    assert _trim_ner(text, start, start + len(span), kind)[1] == surface  # type: ignore[arg-type]  # literal kinds


def test_person_spans_still_lose_the_stop_word() -> None:
    # a person's name never opens with "New": the person rules are unchanged
    text = "kata New Anthony Blinken di sana"
    start = text.index("New")
    assert _trim_ner(text, start, start + len("New Anthony Blinken"), "person")[1] == "Anthony Blinken"


def test_opener_alone_is_still_trimmed() -> None:
    # "Times" alone, or before a lower-case word, opens no name
    text = "menurut Times kemarin"
    start = text.index("Times")
    assert _trim_ner(text, start, start + len("Times kemarin"), "org")[1] == ""
