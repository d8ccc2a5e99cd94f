"""Countries of people, armed groups and bare collective nouns the lexicon does not name
(ActorStage: `_nationalities`, `_headline_nationalities`, focus country; packaged lexicon, no NER)."""

from __future__ import annotations

import dataclasses

import pytest

from warta.actors._common import _Named
from warta.actors.stage import ActorStage
from warta.model import Document, Entity, Mention, RawArticle


def run(stage: ActorStage, text: str, title: str | None = None) -> Document:
    doc = Document.from_raw(RawArticle(doc="t", origin="t", text=text))
    return stage(dataclasses.replace(doc, text=text, published="2024-08-20", lang="id", title=title))


def entity(doc: Document, surface: str) -> Entity:
    found = [m for m in doc.mentions if m.text == surface]
    assert found, f"no mention {surface!r} in {[m.text for m in doc.mentions]}"
    return next(e for e in doc.entities if e.key == found[0].key)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Juru bicara pertahanan India Letnan Kolonel Manish Mehta mengatakan hal itu.", "Manish Mehta", "IND"),
        ("Remaja Palestina Ahed Tamimi mengatakan dia tidak takut.", "Ahed Tamimi", "PSE"),
        ("Pakistan mengusir diplomat India, Surjeet Singh, kemarin. Surjeet Singh mengatakan ia kecewa.",
         "Surjeet Singh", "IND"),
        ("Dalam sidang itu, juru runding Kolombia Haendel Rodriguez mengatakan proses itu diblokir.",
         "Haendel Rodriguez", "COL"),
        ("Perunding Kolombia Haendel Rodriguez mengatakan proses itu diblokir.",
         "Perunding Kolombia Haendel Rodriguez", "COL"),
    ],
)
def test_country_before_a_name_is_the_persons(stage: ActorStage, text: str, name: str, country: str) -> None:
    assert entity(run(stage, text), name).country == country


def test_ambassador_posted_abroad_keeps_the_sending_country(stage: ActorStage) -> None:
    doc = run(stage, 'Duta Besar Israel untuk Selandia Baru, Dr. Itzhak Gerberg menulis surat. "Kami kecewa," kata Gerberg.')
    assert entity(doc, "Itzhak Gerberg").country == "ISR"
    assert entity(doc, "Gerberg").country == "ISR"


@pytest.mark.parametrize(
    "text",
    [
        "Israel menyerang Gaza, Ahmad Yusuf mengatakan hal itu.",  # a verb's object, then a new clause
        "Kepada Palestina, Ahmad Yusuf mengatakan hal itu.",  # a preposition
        "Pertemuan itu digelar di Mesir. Ahmad Yusuf mengatakan hal itu.",  # another sentence
    ],
)
def test_a_country_that_is_no_nationality_gives_none(stage: ActorStage, text: str) -> None:
    assert entity(run(stage, text), "Ahmad Yusuf").country is None


def test_one_word_name_after_asal_frame_is_a_person(stage: ActorStage) -> None:
    text = "Sepanjang hari, diplomat asal Ekuador, Vayas, berkeliling."
    start = text.index("Ekuador")
    v = text.index("Vayas")
    mentions = [Mention("Ekuador", start, start + 7, "place", "ECU"), Mention("Vayas", v, v + 5, "org", "ner:org:Vayas", "ner")]
    named: dict[str, _Named] = {}
    out = stage._nationalities(text, mentions, named)
    assert out[1].kind == "person" and named[out[1].key].country == "ECU"
    mentions[1] = dataclasses.replace(mentions[1], start=v, end=v + 5)
    other = "Sepanjang hari, diplomat menuju Ekuador, Vayas, berkeliling."  # no "asal": left as tagged
    shift = other.index("Ekuador") - start
    moved = [dataclasses.replace(m, start=m.start + shift, end=m.end + shift) for m in mentions]
    assert stage._nationalities(other, moved, {})[1].kind == "org"


def test_headline_states_the_nationality(stage: ActorStage) -> None:
    doc = run(stage, "Ahed Tamimi mengatakan dia tidak takut.", title="Remaja Palestina Ahed Tamimi Ditahan")
    assert entity(doc, "Ahed Tamimi").country == "PSE"
    doc = run(stage, "Ahed Tamimi mengatakan dia tidak takut.", title="Ahed Tamimi Ditahan")
    assert entity(doc, "Ahed Tamimi").country != "PSE"  # (an Indonesian article naming no country: IDN)


MYANMAR = (
    "Myanmar menolak gencatan senjata kelompok gerilyawan Arakan People Liberation Army. "
    "Myanmar menyebut situasi aman. Pengungsi lari ke Bangladesh. Suu Kyi berbicara di Myanmar.\n"
    "Pihak berwenang membantah, dan menyalahkan para pemberontak. Sejumlah militan menyerang pos."
)


def test_armed_group_takes_the_country_it_operates_in(stage: ActorStage) -> None:
    # an armed group the lexicon lacks (the name here is made up) takes the focus country
    doc = run(stage, MYANMAR)
    group = entity(doc, "Arakan People Liberation Army")
    assert group.kind == "org" and group.country == "MMR"


def test_listed_armed_group_after_a_rebel_word_is_the_lexicon_entry(stage: ActorStage) -> None:
    doc = run(stage, MYANMAR.replace("Arakan People Liberation Army", "Arakan Rohingya Salvation Army"))
    arsa = next(m for m in doc.mentions if m.text.endswith("Arakan Rohingya Salvation Army"))
    assert arsa.key == "org:ARSA"


def test_bare_collectives_are_the_focus_countrys(stage: ActorStage) -> None:
    doc = run(stage, MYANMAR)
    assert entity(doc, "Pihak berwenang").country == "MMR"
    assert entity(doc, "pemberontak").country == "MMR"
    assert not any(m.text == "militan" for m in doc.mentions)  # "sejumlah militan": indefinite, no actor


def test_no_focus_country_when_two_share_the_article(stage: ActorStage) -> None:
    text = "India dan Pakistan saling tuding. India menuduh Pakistan. Pakistan membantah India.\nPara pemberontak menyerang."
    doc = run(stage, text)
    assert not any(m.text == "pemberontak" for m in doc.mentions)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ('"Kami kecewa," kata Ahmad Yusuf, seorang jurnalis asal Mesir.', "EGY"),
        ('"Kami kecewa," kata Ahmad Yusuf, warga Mesir.', "EGY"),
        ('"Kami kecewa," kata Ahmad Yusuf, yang tinggal di Mesir.', None),  # a relative clause, a location
    ],
)
def test_apposition_after_the_name_states_the_nationality(stage: ActorStage, text: str, country: str | None) -> None:
    assert entity(run(stage, text), "Ahmad Yusuf").country == country


def test_body_named_right_before_a_name_is_the_persons(stage: ActorStage) -> None:
    ent = entity(run(stage, "Ketua Komisi 1 DPR RI Abdul Kharis menyatakan hal itu."), "Abdul Kharis")
    assert (ent.country, ent.org) == ("IDN", "DPR")
    ent = entity(run(stage, "Israel menyerang Hamas, Ahmad Yusuf mengatakan hal itu."), "Ahmad Yusuf")
    assert ent.country is None and ent.org is None  # a comma: the body is no affiliation


def test_amnesty_alone_is_amnesty_international(stage: ActorStage) -> None:
    assert entity(run(stage, "Seraya menyeru pembebasannya, Amnesty mengatakan hal itu."), "Amnesty").org \
        == "Amnesty International"


def test_newspaper_named_after_a_country_is_no_actor(stage: ActorStage) -> None:
    doc = run(stage, "Dilansir dalam Saudi Gazette, siswa kembali. Menurut China Daily, Korea Utara menembak.")
    assert [m.text for m in doc.mentions] == ["Korea Utara"]


def test_un_organ_named_without_pbb(stage: ActorStage) -> None:
    doc = run(stage, "PBB bersidang. Sidang diserukan tujuh anggota Dewan Keamanan. Dewan Keamanan Nasional Filipina rapat.")
    organs = [m for m in doc.mentions if m.text == "Dewan Keamanan"]
    assert len(organs) == 1 and organs[0].key == "org:UNSC"  # not the national council
    assert not any(m.text == "Dewan Keamanan" for m in run(stage, "Dewan Keamanan bersidang.").mentions)  # no UN


def test_an_agreement_name_is_not_an_organisation() -> None:
    from warta.actors.resolve import DOCUMENT_NAME

    for name in ("Memorandum of Understanding", "Letter of Intent", "Undang-Undang Cipta Kerja", "Resolusi 2334"):
        assert DOCUMENT_NAME.match(name), name
    for name in ("Dewan Keamanan", "Hamas", "Komite Nobel"):
        assert not DOCUMENT_NAME.match(name), name
