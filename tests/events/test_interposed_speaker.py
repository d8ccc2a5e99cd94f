"""A speech tag set inside the clause it reports ("Lalu, kata X, terduga pelaku diamankan") names the speaker, not
the patient of the clause's passive verb (found on unseen text once people's roles made the speaker an actor)."""

from __future__ import annotations

from warta.model import Document, RawArticle
from warta.pipeline import Pipeline


def _targets(pipeline: Pipeline, body: str) -> list[tuple[str, str | None]]:
    doc = pipeline.process(RawArticle(doc="t.txt", origin="t", text="Judul\n\n" + body, published_hint="2025-10-14"))
    assert isinstance(doc, Document)
    return [(e.type, e.target.text if e.target else None) for e in doc.events]


def test_interposed_speaker_is_not_the_arrested(pipeline: Pipeline) -> None:
    got = _targets(pipeline, "\"Korban diiming-imingi uang,\" kata Kasat Reskrim Polres Pangandaran, AKP Idas Wardias, "
                             "Selasa (14/10/2025).\n\nLalu, kata Idas, terduga pelaku diamankan pada 10 Oktober 2025.")
    assert got, got
    assert all("Idas" not in (t or "") for _, t in got), got


def test_subject_before_a_passive_is_still_its_patient(pipeline: Pipeline) -> None:
    # near miss: no speech tag, the official before the verb is the one examined
    got = _targets(pipeline, "Kasat Reskrim Polres Pangandaran AKP Idas Wardias diperiksa Propam Polda Jawa Barat.")
    assert any("Idas" in (t or "") for _, t in got), got
