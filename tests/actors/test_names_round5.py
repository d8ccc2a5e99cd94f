"""Name forms on unseen international articles (session 5): a wife named after her husband, a town named like a
person, a Chinese family name before a given name the model tagged alone (ActorStage)."""

from __future__ import annotations

import dataclasses

import pytest

from warta.actors._common import _Named
from warta.actors.stage import ActorStage
from warta.model import Document, Mention, RawArticle
from warta.settings import Settings


def run(stage: ActorStage, text: str) -> Document:
    doc = Document.from_raw(RawArticle(doc="t", origin="t", text=text))
    return stage(dataclasses.replace(doc, text=text, published="2018-01-29", lang="id"))


def test_a_wife_named_after_her_husband_is_not_him(stage: ActorStage) -> None:
    text = ("Presiden Joko Widodo dan Ibu Negara Iriana Joko Widodo tiba di Kabul. "
            "Presiden Jokowi dan Ibu Iriana disambut Presiden Ashraf Ghani.")
    doc = run(stage, text)
    wife = text.index("Iriana Joko Widodo") + len("Iriana ")  # where the husband's name inside hers starts
    assert not any(m.key == "person:joko-widodo" and m.start <= wife < m.end for m in doc.mentions)
    assert any(m.key == "person:joko-widodo" and m.text == "Presiden Joko Widodo" for m in doc.mentions)
    alone = text.replace("dan Ibu Iriana ", "")  # "Iriana" never used alone: no sign of another person
    doc = run(stage, alone)
    assert any(m.key == "person:joko-widodo" and m.start <= wife < m.end for m in doc.mentions)


def test_a_town_of_the_gazetteer_is_no_person(stage: ActorStage) -> None:
    assert "Albu Kamal" in stage._town_names
    text = "Pasukan merebut Albu Kamal. Albu Kamal dibebaskan."
    key = "ner:person:Albu Kamal"
    mentions = [Mention("Albu Kamal", 16, 26, "person", key, "ner")]
    assert stage._no_places(text, mentions, {key: _Named("Albu Kamal")}) == []
    titled = {key: _Named("Albu Kamal", role="Komandan")}  # a title introduced it: a person after all
    assert stage._no_places(text, mentions, titled) == mentions


def test_a_chinese_family_name_joins_the_given_name_the_model_tagged() -> None:
    stage = ActorStage(Settings())
    if stage.ner is None:
        pytest.skip("no packaged NER model")
    text = ("Bintang yang direkrut adalah Jackie Chan dan Fan Bingbing. Li Bingbing yang pernah tampil di "
            "Transformers juga ikut. \"Kami bangga,\" kata Li dalam video tersebut.")
    doc = run(stage, text)
    names = {e.key: e.name for e in doc.entities if e.kind == "person"}
    at = text.index("Li Bingbing")
    assert any(m.start <= at + 3 < m.end and names.get(m.key) == "Li Bingbing" for m in doc.mentions), \
        [(m.text, names.get(m.key)) for m in doc.mentions]


def test_a_team_sheet_lists_people(stage: ActorStage) -> None:
    text = ("Pelatih Didier Deschamps memainkan Hugo Lloris, Samuel Umtiti dan Kylian Mbappe. Ousmane Dembele juga "
            "main.\n\nPrancis (4 - 2 - 3 - 1): Lloris; Digne, Umtiti, Jallet; Rabiot, Kante; Mbappe, Dembele")
    found = {m.text for m in run(stage, text).mentions if m.kind == "person"}
    assert {"Digne", "Jallet", "Rabiot", "Kante"} <= found, found
    prose = "Umtiti, Mbappe dan Lloris bermain. Jakarta, Bandung, Surabaya, Medan dan Makassar menjadi tuan rumah."
    assert not {"Bandung", "Surabaya", "Medan"} & {m.text for m in run(stage, prose).mentions if m.kind == "person"}


def test_a_common_word_bound_to_a_surname_is_a_given_name() -> None:
    stage = ActorStage(Settings())
    if stage.ner is None:
        pytest.skip("no packaged NER model")
    text = ("Asisten pelatih Timnas Uzbekistan, Timur Kapadze, diisukan melatih Indonesia. \"Saya terhormat,\" "
            "kata Kapadze. Cannavaro memuji Kapadze. \"Dia bersama kami,\" ujarnya soal Timur Kapadze.")
    names = {e.key: e.name for e in run(stage, text).entities if e.kind == "person"}
    assert "Timur Kapadze" in names.values(), names
    east = text.replace("ujarnya soal Timur Kapadze", "ujarnya soal Asia Timur")  # "Timur" used apart: a direction
    assert "Timur Kapadze" not in {e.name for e in run(stage, east).entities}


def test_another_name_given_for_a_person_is_that_person(stage: ActorStage) -> None:
    text = ("\"Saya tidak bersalah,\" kata Hambali. Hambali, pria kelahiran Indonesia yang dikenal juga sebagai "
            "Riduan Isamuddin, dituduh mengatur bom Bali. \"Riduan Isamuddin harus dihukum,\" kata Julie Bishop.")
    doc = run(stage, text)
    hambali = {m.key for m in doc.mentions if m.text == "Hambali"}
    aka = [m for m in doc.mentions if m.text.startswith("Riduan")]
    assert len(hambali) == 1 and len(aka) == 2 and all(m.key in hambali for m in aka), doc.mentions
    other = text.replace("yang dikenal juga sebagai", "yang bertemu")  # no alias cue: not his name
    assert not any(m.text.startswith("Riduan") and m.key in hambali for m in run(stage, other).mentions)


def test_a_balinese_name_opens_with_its_birth_order_name(stage: ActorStage) -> None:
    found = {m.text for m in run(stage, "Atlet peraih perak Ni Kadek Heni Prikasih berangkat ke China.").mentions
             if m.kind == "person"}
    assert "Ni Kadek Heni Prikasih" in found, found
