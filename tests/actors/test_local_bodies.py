"""Organisations the lexicon lacks are rooted at a country when their name says they are local institutions."""

from __future__ import annotations

from warta.model import Document, RawArticle
from warta.pipeline import Pipeline


def _entities(pipeline: Pipeline, body: str) -> dict[str, str | None]:
    doc = pipeline.process(RawArticle(doc="t.txt", origin="t", text="Judul\n\n" + body, published_hint="2025-10-20"))
    assert isinstance(doc, Document)
    return {e.name: e.country for e in doc.entities if e.kind == "org"}


def test_indonesian_bodies_and_acronyms_are_indonesian(pipeline: Pipeline) -> None:
    ents = _entities(pipeline, "Direktorat Jenderal Pajak (DJP) juga berkolaborasi dengan BPKP untuk sektor tambang.")
    assert ents.get("Direktorat Jenderal Pajak") == "IDN" or ents.get("DJP") == "IDN", ents


def test_a_local_body_abroad_is_of_the_story_country(pipeline: Pipeline) -> None:
    body = ("Kamboja menahan puluhan WNI. Polisi Kamboja menyebut Kamboja akan mendeportasi mereka. "
            "Menurut Kamboja, Dinas Imigrasi Provinsi Kandal akan memindahkan para WNI ke Phnom Penh.")
    ents = _entities(pipeline, body)
    assert ents.get("Dinas Imigrasi Provinsi Kandal") == "KHM", ents


def test_international_bodies_keep_their_own_root(pipeline: Pipeline) -> None:
    ents = _entities(pipeline, "PSSI berkoordinasi dengan FIFA soal bendera Palestina.")
    assert ents.get("FIFA") is None  # FIFA is an organisation root of its own, not a country's


def test_a_local_office_holder_is_of_the_story_country(pipeline: Pipeline) -> None:
    doc = pipeline.process(RawArticle(doc="t.txt", origin="t", published_hint="2025-10-20", text=(
        "Judul\n\nGubernur Jawa Barat Dedi Mulyadi meminta Menteri Keuangan Purbaya membuka data dana pemda.")))
    assert isinstance(doc, Document)
    people = {e.name: e.country for e in doc.entities if e.kind == "person"}
    assert people.get("Dedi Mulyadi") == "IDN", people
