"""Session 8 (docs/actors.md "Session 8"): a bare "Pemerintah" is the government of the story's country, else of
the outlet's — never the country named just before it, which is usually the one it answers; a one-word name that an
apposition introduces ("Agung, salah satu mahasiswa …") is that person wherever it stands again."""

from __future__ import annotations

import dataclasses

from warta.actors.stage import ActorStage
from warta.model import Document, RawArticle


def owners(stage: ActorStage, text: str, word: str) -> list[str | None]:
    doc = Document.from_raw(RawArticle(doc="t", origin="t", text=text))
    doc = stage(dataclasses.replace(doc, text=text, published="2017-01-04", lang="id"))
    country = {e.key: e.country for e in doc.entities}
    return [country.get(m.key) for m in doc.mentions if m.text == word]


def test_a_bare_government_answering_another_state_is_the_outlets(stage: ActorStage) -> None:
    text = ("Seorang warga negara Indonesia ditangkap polisi Australia di Sydney. "
            "Pemerintah langsung menyampaikan protes ke Australia.")
    assert owners(stage, text, "Pemerintah") == ["IDN"]


def test_a_bare_government_in_a_story_about_one_country_is_that_countrys(stage: ActorStage) -> None:
    text = ("Myanmar kembali menjadi sorotan. Militer Myanmar menyerang desa di Rakhine. Warga Myanmar mengungsi. "
            "Pemerintah membantah tuduhan itu.")
    assert owners(stage, text, "Pemerintah") == ["MMR"]


def test_a_government_named_with_its_country_is_left_to_the_lexicon(stage: ActorStage) -> None:
    # near miss: "Pemerintah Australia" is Australia's, whatever the story
    text = "Pemerintah Australia menolak permintaan itu."
    assert "AUS" in owners(stage, text, "Pemerintah Australia")


def test_a_one_word_name_introduced_by_an_apposition_is_found_again(stage: ActorStage) -> None:
    text = ("Ratusan mahasiswa berdemonstrasi di Jakarta. Agung, salah satu mahasiswa yang mengikuti aksi, "
            "menuturkan banyak hal. Agung juga mengkritik kebijakan itu. \"Harus dievaluasi,\" ucap Agung.")
    found = [m for m in owners_mentions(stage, text) if m[0] == "Agung"]
    assert len(found) == 3 and len({k for _, k in found}) == 1


def test_a_word_never_introduced_as_a_person_is_not_repeated(stage: ActorStage) -> None:
    # near miss: "Agung" in "Kejaksaan Agung" belongs to the body; with no apposition nothing is a person
    text = "Kejaksaan Agung memeriksa saksi. Jaksa Agung menolak berkomentar."
    assert not any(m[0] == "Agung" for m in owners_mentions(stage, text))


def owners_mentions(stage: ActorStage, text: str) -> list[tuple[str, str]]:
    doc = Document.from_raw(RawArticle(doc="t", origin="t", text=text))
    doc = stage(dataclasses.replace(doc, text=text, published="2025-10-20", lang="id"))
    return [(m.text, m.key) for m in doc.mentions if m.kind == "person"]


def countries_of(stage: ActorStage, text: str) -> dict[str, str | None]:
    doc = Document.from_raw(RawArticle(doc="t", origin="t", text=text))
    doc = stage(dataclasses.replace(doc, text=text, published="2025-10-21", lang="id"))
    country = {e.key: e.country for e in doc.entities}
    return {m.text: country.get(m.key) for m in doc.mentions if m.kind == "person"}


def test_a_story_about_a_countrys_bodies_is_that_countrys(ner_stage: ActorStage) -> None:
    # no country is named but a polling station abroad; the election bodies make the story Indonesian, and so the
    # official whose role the text gives ("selaku ...") is Indonesian
    text = ("DKPP menjatuhkan sanksi kepada Ketua KPU. Sidang DKPP digelar di Jakarta. KPU menerima putusan itu. "
            "Teradu I Muhammad Afifuddin, selaku Ketua merangkap anggota KPU, hadir. "
            "Pemungutan suara ulang digelar di Kuala Lumpur.")
    assert countries_of(ner_stage, text).get("Muhammad Afifuddin") == "IDN"


def test_an_embassy_does_not_make_a_story_domestic(stage: ActorStage) -> None:
    # near miss: KBRI works abroad; an embassy named three times places no story in Indonesia, election bodies do
    embassy = "KBRI mendampingi Siti Aminah. KBRI juga menyewa pengacara. KBRI berharap putusan adil."
    bodies = "DKPP memeriksa KPU. KPU membantah. DKPP memutuskan perkara itu."
    # (the rule is a private step of the stage; its input is the matcher's hits)
    assert stage._story_country(embassy, stage.matcher.hits(embassy), []) is None
    assert stage._story_country(bodies, stage.matcher.hits(bodies), []) == "IDN"
