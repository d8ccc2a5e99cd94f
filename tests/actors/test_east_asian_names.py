"""Chinese and Vietnamese names found by their shape (ActorStage `_east_asian_names`; packaged lexicon, no NER)."""

from __future__ import annotations

import dataclasses

import pytest

from warta.actors._common import _PINYIN
from warta.actors.stage import ActorStage
from warta.model import Document, RawArticle


def people(stage: ActorStage, text: str) -> set[str]:
    doc = Document.from_raw(RawArticle(doc="t", origin="t", text=text))
    doc = stage(dataclasses.replace(doc, text=text, published="2017-07-14", lang="id"))
    names = {e.key: e.name for e in doc.entities if e.kind == "person"}
    return {names[m.key] for m in doc.mentions if m.key in names}


@pytest.mark.parametrize(("word", "ok"), [("xiaobo", True), ("zedong", True), ("chunying", True), ("xia", True),
                                          ("jakarta", False), ("said", False), ("mengatakan", False)])
def test_pinyin_syllables(word: str, ok: bool) -> None:
    assert bool(_PINYIN.fullmatch(word)) is ok


def test_chinese_and_vietnamese_names_are_people(stage: ActorStage) -> None:
    found = people(stage, "Peraih Nobel Liu Xiaobo meninggal. Pemikiran Mao Zedong masih diajarkan. "
                          "Sekjen partai Nguyen Phu Trong menerima tamu.")
    assert {"Liu Xiaobo", "Mao Zedong", "Nguyen Phu Trong"} <= found, found


@pytest.mark.parametrize(
    "text",
    ["Warga berkumpul di Liu Xiaobo Memorial.",  # a capitalised word goes on: a thing's name
     "Penonton menonton film Han Solo di bioskop.",  # a thing's noun before it
     "Lagunya What Do You Mean sangat terkenal.",  # English words, no family name
     "Kapal itu berlayar ke Lin Dan.",  # a place preposition before it
     "Penggemar Han Solo datang ke Solo."],  # a region as the given name
)
def test_shapes_that_are_not_people(stage: ActorStage, text: str) -> None:
    assert not people(stage, text), people(stage, text)
