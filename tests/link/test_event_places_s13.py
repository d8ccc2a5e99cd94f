"""Session 13's place and attribution rules through the whole pipeline, on sentences written for the test: a later
mention of a scene act takes the place the article gave that act (not a statement, not a whole country, not a
planned occurrence); a credit naming the article's own outlet is not reported_by; "diberitakan X" is a credit; a wire
credited in three paragraphs covers the article, two do not."""

from __future__ import annotations

from warta.model import Document, Event, RawArticle
from warta.pipeline import Pipeline


def _doc(pipeline: Pipeline, body: str, outlet: str | None = None) -> list[Event]:
    doc = pipeline.process(RawArticle(doc="t.txt", origin="t", text="Judul\n\n" + body, published_hint="2025-10-20",
                                      outlet_hint=outlet))
    assert isinstance(doc, Document)
    return list(doc.events)


def _places(events: list[Event], type_: str) -> list[str | None]:
    return [e.location.name if e.location else None for e in events if e.type == type_]


def test_a_later_mention_of_a_rally_takes_its_place(pipeline: Pipeline) -> None:
    got = _doc(pipeline, "Ribuan buruh berunjuk rasa di Makassar pada Senin (20/10/2025).\n\n"
                         "Para buruh itu berunjuk rasa hingga sore hari.")
    assert _places(got, "PROTEST") == ["Makassar", "Makassar"]


def test_a_whole_country_places_no_later_mention(pipeline: Pipeline) -> None:
    got = _doc(pipeline, "Ribuan warga berunjuk rasa di Peru pada Senin (20/10/2025).\n\n"
                         "Para warga itu berunjuk rasa hingga sore hari.")
    assert _places(got, "PROTEST") == ["Peru", None]


def test_a_statement_is_not_placed_by_an_earlier_mention(pipeline: Pipeline) -> None:
    got = _doc(pipeline, "Polisi meminta warga menjaga ketertiban di Makassar.\n\n"
                         "Polisi juga meminta warga tidak terprovokasi.")
    assert _places(got, "REQUEST")[1:] == [None]


def test_a_planned_meeting_does_not_take_the_held_meetings_place(pipeline: Pipeline) -> None:
    got = _doc(pipeline, "Presiden Prabowo Subianto bertemu Presiden Prancis Emmanuel Macron di Paris pada Senin "
                         "(20/10/2025).\n\nPrabowo akan kembali bertemu Macron tahun depan.")
    consult = [e for e in got if e.type == "CONSULT"]
    assert [e.modality for e in consult] == ["asserted", "planned"]
    assert consult[0].location is not None and consult[1].location is None


def test_the_articles_own_outlet_is_not_reported_by(pipeline: Pipeline) -> None:
    body = "Dilansir detikNews, KPK menangkap seorang bupati di Jakarta."
    assert [e.reported_by for e in _doc(pipeline, body, outlet="Detik")] == [None]
    assert [e.reported_by for e in _doc(pipeline, body, outlet="Kompas")] == ["Detik"]


def test_diberitakan_credits_an_outlet_but_not_an_earlier_story(pipeline: Pipeline) -> None:
    assert [e.reported_by for e in _doc(pipeline, "Diberitakan Reuters, Israel menyerang Rafah.")] == ["Reuters"]
    assert [e.reported_by for e in _doc(pipeline, "Diberitakan sebelumnya, Israel menyerang Rafah.")] == [None]


_CREDITED = ("Israel menyerang Rafah, dilansir AFP.", "Iran mengecam serangan itu, seperti dilansir AFP.",
             "Menurut AFP, Mesir menyerukan gencatan senjata.")


def test_a_wire_credited_in_three_paragraphs_covers_the_article(pipeline: Pipeline) -> None:
    got = _doc(pipeline, "\n\n".join(("Turki mengecam serangan Israel.", *_CREDITED)))
    assert got and all(e.reported_by == "AFP" for e in got)


def test_a_wire_credited_in_two_paragraphs_covers_its_sentences_only(pipeline: Pipeline) -> None:
    got = _doc(pipeline, "\n\n".join(("Turki mengecam serangan Israel.", *_CREDITED[:2])))
    assert [e.reported_by for e in got if e.source and e.source.root == "TUR"] == [None]
