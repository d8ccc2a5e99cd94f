"""Indonesian administrative words before a place name are no place of their own: "di Kota Bandung" was placed in
Kota (India), and "Polda Metro Jaya" (the Jakarta metropolitan police) in Metro (Lampung)."""

from __future__ import annotations

from warta.model import Document, Place, RawArticle
from warta.pipeline import Pipeline


def _places(pipeline: Pipeline, body: str) -> list[Place | None]:
    doc = pipeline.process(RawArticle(doc="t.txt", origin="t", text="Judul\n\n" + body, published_hint="2025-09-01"))
    assert isinstance(doc, Document)
    return [e.location for e in doc.events]


def test_kota_before_a_city_is_the_indonesian_city(pipeline: Pipeline) -> None:
    (place,) = _places(pipeline, "Polisi menangkap dua pelaku pencurian di Kota Bandung.")
    assert place is not None and place.country == "IDN" and "Bandung" in place.name, place


def test_kota_alone_is_still_the_indian_city(pipeline: Pipeline) -> None:
    # near miss: the bare name, written as a place of its own
    (place,) = _places(pipeline, "Polisi India menangkap dua pelaku di Kota, Rajasthan.")
    assert place is not None and place.country == "IND", place


def test_polda_metro_jaya_is_jakarta_not_lampung(pipeline: Pipeline) -> None:
    (place,) = _places(pipeline, "Aktivis itu ditahan penyidik di Polda Metro Jaya.")
    assert place is not None and place.name == "Metro Jaya" and place.lat is not None and place.lat > -6.5, place
