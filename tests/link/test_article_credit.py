"""The guide's article-wide rules (section 7) through the whole pipeline: an article's opening or closing credit
covers every event; a date given for one mention of an act dates its other mentions."""

from __future__ import annotations

from warta.model import Document, RawArticle
from warta.pipeline import Pipeline


def _events(pipeline: Pipeline, body: str) -> list[tuple[str, str | None, str | None]]:
    doc = pipeline.process(RawArticle(doc="t.txt", origin="t", text="Judul\n\n" + body, published_hint="2025-10-20"))
    assert isinstance(doc, Document)
    return [(e.type, e.reported_by, e.date) for e in doc.events]


def test_an_opening_credit_covers_every_event(pipeline: Pipeline) -> None:
    got = _events(pipeline, "Dilansir AFP, Minggu (19/10/2025), Israel menyerang Rafah.\n\n"
                            "Iran mengecam serangan Israel itu.")
    assert got and all(r == "AFP" for _, r, _ in got)


def test_a_credit_inside_the_body_covers_its_own_sentence_only(pipeline: Pipeline) -> None:
    got = _events(pipeline, "Israel menyerang Rafah, menurut laporan Reuters.\n\nIran mengecam serangan Israel itu.")
    assert ("ASSAULT", "Reuters") in {(t, r) for t, r, _ in got}
    assert ("ACCUSE", None) in {(t, r) for t, r, _ in got}


def test_a_closing_formula_covers_every_event(pipeline: Pipeline) -> None:
    got = _events(pipeline, "Israel menyerang Rafah.\n\nIran mengecam serangan Israel itu, demikian dilansir Reuters.")
    assert got and all(r == "Reuters" for _, r, _ in got)


def test_a_date_of_one_mention_dates_the_others(pipeline: Pipeline) -> None:
    got = _events(pipeline, "Israel menyerang Rafah pada Sabtu (18/10/2025).\n\n"
                            "Dalam serangan itu, Israel kembali menyerang Rafah.")
    assert [d for t, _, d in got if t == "ASSAULT"] == ["2025-10-18", "2025-10-18"]
