"""Titles standing for a person, name forms, names of things, and bodies of the country named after them
(packaged lexicon, no statistical NER): the categories of misses on unseen articles (docs/actors.md)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from warta.actors.lexicon import ActorLexicon
from warta.actors.resolve import name_after
from warta.actors.stage import ActorStage
from warta.model import Document, Entity, Mention, RawArticle


def run(stage: ActorStage, text: str, published: str | None = "2018-03-01", lang: str = "id") -> Document:
    doc = Document.from_raw(RawArticle(doc="t", origin="t", text=text))
    return stage(dataclasses.replace(doc, text=text, published=published, lang=lang))


def at(doc: Document, surface: str) -> Mention:
    found = [m for m in doc.mentions if m.text == surface]
    assert found, f"no mention {surface!r} in {[m.text for m in doc.mentions]}"
    return found[0]


def entity(doc: Document, key: str) -> Entity:
    return next(e for e in doc.entities if e.key == key)


def people(doc: Document) -> list[str]:
    return [m.text for m in doc.mentions if m.kind == "person"]


# ---------------------------------------------------------------- titles standing alone


def test_a_title_naming_one_office_is_its_holder_at_the_date(stage: ActorStage) -> None:
    doc = run(stage, "Menkopolhukam mengatakan situasi aman. Kapolri tiba di lokasi.", "2018-03-01")
    assert at(doc, "Menkopolhukam").key == "person:wiranto"
    assert at(doc, "Kapolri").key == "person:tito-karnavian"
    later = run(stage, "Kapolri tiba di lokasi.", "2022-03-01")
    assert at(later, "Kapolri").key == "person:listyo-sigit-prabowo"


def test_bare_national_title_in_an_indonesian_text_is_indonesias_holder(stage: ActorStage) -> None:
    doc = run(stage, "Presiden mengatakan hal itu di Istana Merdeka. Menurut Menlu, nota protes dikirim.")
    assert at(doc, "Presiden").key == "person:joko-widodo"
    assert at(doc, "Menlu").key == "person:retno-marsudi"
    assert at(run(stage, "Presiden mengatakan hal itu.", "2025-03-01"), "Presiden").key == "person:prabowo-subianto"


def test_bare_title_prefers_the_holder_the_document_named(stage: ActorStage) -> None:
    doc = run(stage, "Presiden Afrika Selatan Jacob Zuma membantah. Presiden mengatakan tuduhan itu palsu.",
              "2017-05-01")
    bare = [m for m in doc.mentions if m.text == "Presiden"]
    assert [m.key for m in bare] == [at(doc, "Presiden Afrika Selatan Jacob Zuma").key]


def test_bare_title_of_the_focus_country(stage: ActorStage) -> None:
    text = "Rusia menolak. Rusia membantah. Rusia mengecam. Menurut Presiden, sanksi Rusia tidak berguna."
    assert at(run(stage, text, "2018-03-01"), "Presiden").key == "person:vladimir-putin"


@pytest.mark.parametrize("text", [
    "Sekretariat Presiden menyatakan acara ditunda.",
    "Ia mantan Presiden yang disegani.",
    "Joko Widodo adalah Presiden ke-7 Indonesia.",
    "Ia terpilih sebagai Presiden tahun lalu.",
    "kata presiden dalam pidatonya",  # lower case: the common noun
    "Presiden Macri tiba di Jakarta.",  # a name the lexicon lacks follows
])
def test_bare_title_that_names_no_holder(stage: ActorStage, text: str) -> None:
    doc = run(stage, text)
    assert not [m for m in doc.mentions if m.text.lower() == "presiden" and m.kind == "person"]


def test_leader_of_a_country_is_its_leading_office(stage: ActorStage) -> None:
    doc = run(stage, "Pemimpin Rusia itu menolak. PM Jepang mengatakan pemimpin Korut ingin berunding.", "2018-03-01")
    assert at(doc, "Pemimpin Rusia").key == "person:vladimir-putin"
    assert at(doc, "PM Jepang").key == "person:shinzo-abe"
    assert at(doc, "pemimpin Korut").key == "person:kim-jong-un"


def test_also_ids_reach_the_office(stage: ActorStage) -> None:
    lex = stage.lexicon
    office = lex.office("RUS.leader")
    assert office is not None and office.id == "RUS.head-of-state"
    assert lex.holder("NLD.leader", date(2020, 1, 1)) is lex.entries["person:mark-rutte"]
    assert lex.office("XXX.leader") is None


def test_ordinal_title_names_a_past_holder_not_the_current_one(stage: ActorStage) -> None:
    doc = run(stage, "Presiden RI ke-5 Megawati Soekarnoputri hadir.", "2018-03-01")
    person = [m for m in doc.mentions if m.kind == "person"]
    assert len(person) == 1 and person[0].key != "person:joko-widodo"
    assert "Megawati Soekarnoputri" in person[0].text


def test_undated_article_takes_only_current_offices() -> None:
    lex = ActorLexicon.load()
    anies = lex.entries["person:anies-baswedan"]
    assert lex.office_at(anies, None) is None  # minister 2014-2016 only
    assert lex.office_at(anies, date(2015, 1, 1)) is not None


# ---------------------------------------------------------------- name forms


def test_partial_name_joins_the_fuller_name(stage: ActorStage) -> None:
    doc = run(stage, "Direktur Utama PT Baja, Muhammad Akbar Djohan, mengatakan pasar lesu. "
                     "\"Kita tertinggal,\" kata Akbar Djohan.")
    keys = {m.key for m in doc.mentions if m.kind == "person"}
    assert len(keys) == 1
    assert entity(doc, keys.pop()).name == "Muhammad Akbar Djohan"


def test_surname_after_another_first_name_is_not_the_lexicon_person(stage: ActorStage) -> None:
    doc = run(stage, "Son Wan Ho menumbangkan wakil Jepang Takuma Ueda 21-12.")
    assert not any(m.key == "person:kazuo-ueda" for m in doc.mentions)
    fed = run(stage, "Gubernur BOJ Kazuo Ueda berkata. Ueda menambahkan.", "2024-01-10")
    assert at(fed, "Ueda").key == "person:kazuo-ueda"


def test_minister_without_a_country_in_an_indonesian_text_is_indonesian(stage: ActorStage) -> None:
    doc = run(stage, "Menteri Pertanian Sutan Harahap meninjau sawah.", "2025-03-01")
    person = next(m for m in doc.mentions if m.kind == "person")
    assert entity(doc, person.key).country == "IDN"


# ---------------------------------------------------------------- names of things


@pytest.mark.parametrize(("text", "surface"), [
    ("Pertemuan itu digelar di Trump Tower, New York.", "Trump"),
    ("Ia mendarat di Bandara Soekarno-Hatta.", "Soekarno"),
])
def test_a_lexicon_name_inside_a_things_name_is_no_person(stage: ActorStage, text: str, surface: str) -> None:
    assert surface not in people(run(stage, text))


def test_names_a_thing_looks_at_the_edges_only(stage: ActorStage) -> None:
    lex = stage.lexicon
    text = "kata Oxford Institute dan Park Geun-hye di AHA Center serta Hotel JS Luwansa"
    assert lex.names_a_thing(text, text.index("Oxford"), text.index(" dan"))
    assert not lex.names_a_thing(text, text.index("Park"), text.index(" di AHA"))
    assert lex.names_a_thing(text, text.index("AHA"), text.index("AHA") + 3)  # "Center" follows
    assert lex.names_a_thing(text, text.index("JS"), len(text))  # "Hotel" precedes


def test_frame_name_that_names_a_thing_is_no_person(stage: ActorStage) -> None:
    doc = run(stage, "\"Dampaknya besar,\" kata Migration Policy Institute dalam laporannya.")
    assert people(doc) == []


# ---------------------------------------------------------------- bodies and countries


def test_a_generic_body_followed_by_another_country_is_that_countrys(stage: ActorStage) -> None:
    doc = run(stage, "Mahkamah Agung AS memutuskan perkara itu. Mahkamah Agung menolak kasasi.", "2018-03-01")
    us = at(doc, "Mahkamah Agung AS")
    assert us.key == "USA" and us.sector == "JUD"
    assert at(doc, "Mahkamah Agung").key == "org:MA"


def test_central_bank_named_generically(stage: ActorStage) -> None:
    doc = run(stage, "Gubernur The Fed Jerome Powell berkata bank sentral AS menahan suku bunga.", "2024-03-01")
    assert at(doc, "bank sentral AS").key == "org:FED"
    powell = at(doc, "Gubernur The Fed Jerome Powell")
    assert powell.key == "person:jerome-powell"
    assert entity(doc, powell.key).country == "USA"


def test_bare_ministry_of_the_focus_country_when_indonesia_is_not_named(stage: ActorStage) -> None:
    china = "China menolak. China mengecam. China membantah. Kementerian Perdagangan menyebut tarif itu ilegal."
    # (sixteenth pass: a body of that country, an organisation whose entity carries the country)
    assert _country_of(run(stage, china), "Kementerian Perdagangan") == "CHN"
    home = "China menolak. China mengecam. China membantah. Indonesia diam. Kementerian Perdagangan menyebut."
    assert _country_of(run(stage, home), "Kementerian Perdagangan") == "IDN"


def _country_of(doc: Document, text: str) -> str | None:
    """The country of the entity the mention ``text`` names (sixteenth pass: a bare ministry is an organisation)."""
    key = at(doc, text).key
    return next(e.country for e in doc.entities if e.key == key)


@pytest.mark.parametrize("text", [
    "Ren Pengbo menang di China Open Superseries Premier 2017. China menang. China juara.",
    "Raja tiba di Yogyakarta dan disambut warga.",  # a bare "Raja" in an Indonesian text is no president
])
def test_bare_title_inside_a_name_or_of_another_office_names_nobody(stage: ActorStage, text: str) -> None:
    assert not [m for m in run(stage, text).mentions if m.kind == "person" and m.source == "title"]


def test_plural_before_a_title_names_no_one_holder(stage: ActorStage) -> None:
    doc = run(stage, "Menlu Retno Marsudi bertemu Menlu AS. Kedua menlu itu sepakat.", "2018-03-01")
    assert not any(m.text in ("menlu itu", "menlu") for m in doc.mentions)


def test_envoy_after_a_posting(stage: ActorStage) -> None:
    doc = run(stage, "Dubes Korut untuk PBB, Ja Song Nam, mengatakan hal itu.", "2017-10-20")
    envoy = at(doc, "Ja Song Nam")
    ent = entity(doc, envoy.key)
    assert ent.country == "PRK" and ent.role == "Dubes Korut untuk PBB"
    assert at(doc, "Dubes Korut").key == "PRK" and at(doc, "PBB").key == "org:UN"
    known = run(stage, "Duta Besar Inggris untuk PBB Matthew Rycroft berkata.", "2017-10-20")
    assert at(known, "Matthew Rycroft").key == "person:matthew-rycroft"


def test_initials_in_parentheses_name_the_person(stage: ActorStage) -> None:
    doc = run(stage, "Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan Agus Harimurti Yudhoyono "
                     "(AHY) buka suara. AHY mengaku sempat memanggil menteri.", "2025-10-20")
    ahy = [m for m in doc.mentions if m.text == "AHY"]
    assert len(ahy) == 2 and all(m.kind == "person" for m in ahy)
    assert entity(doc, ahy[0].key).name == "Agus Harimurti Yudhoyono"


def test_portfolio_with_an_acronym_and_ranks_are_not_names(stage: ActorStage) -> None:
    doc = run(stage, "Pratikno rapat dengan Kementerian Hukum dan HAM kemarin.", "2017-08-23")
    assert _country_of(doc, "Kementerian Hukum dan HAM") == "IDN"
    text = "kata Laksamana Madya Ahmad Yani Basuki di Jakarta"
    span = name_after(text, text.index("Laksamana"), skip_leading=True)
    assert span is not None and text[span[0] : span[1]] == "Ahmad Yani Basuki"  # ranks are no part of the name


def test_bare_title_takes_the_last_holder_its_word_fits(stage: ActorStage) -> None:
    doc = run(stage, "Raja Salman akan menemui Presiden Vladimir Putin.\n\nRaja juga dijadwalkan bertemu Medvedev.",
              "2017-10-06")
    assert [m.key for m in doc.mentions if m.text == "Raja"] == ["person:salman-bin-abdulaziz"]


def test_a_ministry_acronym_followed_by_another_country_is_that_countrys(stage: ActorStage) -> None:
    doc = run(stage, "kata seorang pejabat Kemlu Jepang di Tokyo. Hamas Palestina menolak.")
    assert at(doc, "pejabat Kemlu Jepang").key == "JPN"
    assert at(doc, "Hamas").key == "org:HAMAS"  # the body's own country changes nothing


def test_reduplicated_words_match_in_either_case(stage: ActorStage) -> None:
    doc = run(stage, "Sanksi Dewan Keamanan Perserikatan Bangsa-bangsa berlaku.")
    assert at(doc, "Dewan Keamanan Perserikatan Bangsa-bangsa").key == "org:UNSC"


def test_bare_title_is_the_holder_the_article_is_about(stage: ActorStage) -> None:
    doc = run(stage, "Presiden Joko Widodo tiba di Kabul. Presiden Jokowi disambut Presiden Ashraf Ghani. "
                     "Selanjutnya Presiden akan mengikuti jamuan.", "2018-01-30")
    assert [m.key for m in doc.mentions if m.text == "Presiden"] == ["person:joko-widodo"]


@pytest.mark.parametrize("text", [
    "Menurut Presiden ke - 6 tersebut, hal itu wajar.",  # IndoSum's spaced hyphen
    "Polri dan Pasukan Pengaman Presiden berjaga.",  # the title inside a body's name
    "Jika pemilihan Presiden dilakukan hari ini, siapa yang dipilih?",
])
def test_more_bare_titles_that_name_no_holder(stage: ActorStage, text: str) -> None:
    assert not [m for m in run(stage, text).mentions if m.text == "Presiden"]


def test_sang_profession_is_the_person_the_article_is_about(stage: ActorStage) -> None:
    doc = run(stage, "Aktor Robert De Niro tiba. De Niro tersenyum, kata Scott Derrickson. Menurut sang aktor, film "
                     "itu bagus. Ia merindukan sang ayah.")
    actor = at(doc, "sang aktor")
    assert entity(doc, actor.key).name == "Robert De Niro"
    assert not any(m.text == "sang ayah" for m in doc.mentions)  # kinship points at someone else


def test_latinate_nouns_and_ministry_short_names_are_no_names() -> None:
    from warta.actors.resolve import not_a_name

    assert not_a_name("Integrasi") and not_a_name("Transportasi") and not_a_name("Kemenhub")
    assert not not_a_name("Risal") and not not_a_name("Anastasia")


def test_shared_party_name_is_the_focus_countrys(stage: ActorStage) -> None:
    us = run(stage, "AS menolak. AS setuju. AS membantah. Partai Demokrat menolak RUU itu.", "2025-09-03")
    assert at(us, "Partai Demokrat").key == "org:US_DEMS"
    home = run(stage, "Partai Demokrat mendukung Prabowo di Jakarta.", "2025-09-03")
    assert at(home, "Partai Demokrat").key == "org:DEMOKRAT"


def test_generic_body_in_an_article_on_another_country(stage: ActorStage) -> None:
    us = run(stage, "AS menolak. AS setuju. AS membantah. Mahkamah Agung memutuskan tarif itu ilegal.", "2025-09-03")
    court = at(us, "Mahkamah Agung")
    assert court.key == "USA" and court.sector == "JUD"
    home = run(stage, "AS menolak. AS setuju. AS membantah. Indonesia diam. Mahkamah Agung memutuskan.")
    assert at(home, "Mahkamah Agung").key == "org:MA"


def test_role_of_an_unknown_person_from_the_noun_before_or_an_apposition(stage: ActorStage) -> None:
    doc = run(stage, "\"Sulit,\" kata analis Ariston Tjendra. Ayman Safadi, yang tiba kemarin, mengatakan.")
    assert entity(doc, at(doc, "Ariston Tjendra").key).role == "analis"
    text = "\"Suku bunga tetap,\" kata Bill Adams, kepala ekonom di Comerica Bank, kemarin."
    adams = run(stage, text)
    assert entity(adams, at(adams, "Bill Adams").key).role == "kepala ekonom di Comerica Bank"
