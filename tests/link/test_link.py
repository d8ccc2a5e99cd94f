"""LinkStage on a synthetic document: date from the sentence, place from "di X", media cue."""

from __future__ import annotations

import re

from warta.link.stage import LinkStage
from warta.model import Actor, DateMention, Document, Event, Sentence
from warta.settings import Settings


def _doc(text: str, dates: tuple[DateMention, ...] = ()) -> Document:
    trig = re.search(r"menyerang|menolak", text)
    assert trig is not None
    ev = Event(sentence=text, start=0, end=len(text), trigger_start=trig.start(), trigger_end=trig.end(),
               source=Actor("Israel", "ISR", None, None, "GOV"),
               target=None, type="ASSAULT", mode=None, cameo_root="19", quad_class=4, goldstein=-10.0,
               modality="asserted", date=None, location=None, reported_by=None, confidence=0.9)
    return Document(doc="t", origin="t", sha256="0", raw=text, text=text, published="2024-05-02",
                    sentences=(Sentence(0, len(text), text, 0),), events=(ev,), dates=dates)


def test_place_date_and_reporter() -> None:
    text = "Israel menyerang Rafah di Jalur Gaza pada 1 Mei 2024, menurut laporan Reuters."
    i = text.index("1 Mei 2024")
    doc = _doc(text, (DateMention("1 Mei 2024", i, i + 10, "2024-05-01", "day"),))
    ev = LinkStage(Settings())(doc).events[0]
    assert ev.date == "2024-05-01"
    assert ev.location is not None and ev.location.country == "PSE" and ev.location.lat is not None
    assert ev.reported_by == "Reuters"


def test_today_takes_publication_date_and_undated_stays_null() -> None:
    assert LinkStage(Settings())(_doc("Israel hari ini menyerang Rafah.")).events[0].date == "2024-05-02"
    assert LinkStage(Settings())(_doc("Israel menyerang Rafah.")).events[0].date is None


def test_currently_is_a_state_not_a_day() -> None:
    """"saat ini" (currently) tells an ongoing state ("Saat ini polisi tengah mendalami kasus"), not a one-off act of
    the publication day: the iteration sets' annotators left such events undated (date accuracy dev3 0.405 -> 0.440,
    dev5 0.442 -> 0.532, dev 0.804 -> 0.809)."""
    assert LinkStage(Settings())(_doc("Saat ini Israel menyerang Rafah.")).events[0].date is None
    assert LinkStage(Settings())(_doc("Israel kini menyerang Rafah.")).events[0].date == "2024-05-02"  # near miss


def test_place_of_another_act_is_not_taken() -> None:
    ev = LinkStage(Settings())(_doc("Israel menolak usulan gencatan senjata di Gaza.")).events[0]
    assert ev.location is None


def test_background_event_dated_years_before_publication_is_dropped() -> None:
    text = "Pada 2011, Israel menyerang Rafah."
    i = text.index("2011")
    doc = _doc(text, (DateMention("2011", i, i + 4, "2011", "year"),))
    assert LinkStage(Settings())(doc).events == ()


def test_an_undated_article_takes_the_inferred_story_day() -> None:
    from dataclasses import replace

    doc = replace(_doc("Israel kini menyerang Rafah."), published=None, published_inferred="2024-08-21")
    assert LinkStage(Settings())(doc).events[0].date == "2024-08-21"
    assert LinkStage(Settings())(replace(doc, published_inferred=None)).events[0].date is None


def test_a_year_that_dates_the_case_does_not_make_the_act_background() -> None:
    text = "Israel menolak tuntutan dalam perkara dugaan korupsi proyek pelabuhan periode 2008-2012."
    i, j = text.index("2008"), text.index("2012")
    dates = (DateMention("2008", i, i + 4, "2008", "year"), DateMention("2012", j, j + 4, "2012", "year"))
    assert len(LinkStage(Settings())(_doc(text, dates)).events) == 1
    # near miss: the same years with no case noun between them and the act still date the act
    text = "Israel menolak usulan itu pada 2008 dan 2012."
    i, j = text.index("2008"), text.index("2012")
    dates = (DateMention("2008", i, i + 4, "2008", "year"), DateMention("2012", j, j + 4, "2012", "year"))
    assert LinkStage(Settings())(_doc(text, dates)).events == ()
