"""Session 7 (docs/actors.md): references back to people and name shapes of international news found on the
iteration set ``tests/eval/gold/actors_dev4.jsonl`` and on unseen international IndoSum articles: a former office with
a demonstrative, a surname misspelt once, a surname two relatives share, a person noun opening a name, a prophet's
blessing, feast days and bodies named like people, short English given names. The sentences are made up in the style
of the articles; each rule has a near miss that must not fire."""

from __future__ import annotations

import dataclasses

from warta.actors.refer import misspelt_owner
from warta.actors.stage import ActorStage
from warta.model import Document, RawArticle


def run(stage: ActorStage, text: str) -> Document:
    doc = Document.from_raw(RawArticle(doc="t", origin="t", text=text))
    return stage(dataclasses.replace(doc, text=text, published="2017-08-25", lang="id"))


def people(doc: Document) -> list[tuple[str, str]]:
    """(surface, entity name) of every person mention, in text order."""
    names = {e.key: e.name for e in doc.entities}
    return [(m.text, names[m.key]) for m in doc.mentions if m.kind == "person"]


def test_a_former_office_with_a_demonstrative_is_the_person_just_named(stage: ActorStage) -> None:
    doc = run(stage, "Panglima TNI Jenderal Gatot Nurmantyo enggan berkomentar. Mantan Kasad itu sedang sibuk. "
                     "\"Tidak usah ditanggapi,\" kata Gatot. Mantan Pangkostrad ini tidak terganggu.")
    assert ("Mantan Kasad itu", "Gatot Nurmantyo") in people(doc)
    assert ("Mantan Pangkostrad ini", "Gatot Nurmantyo") in people(doc)


def test_a_former_office_names_nobody_when_the_last_person_is_not_the_subject(stage: ActorStage) -> None:
    # near miss: the person named last (Retno) is not the one named most so far (Jokowi), so nobody is guessed
    doc = run(stage, "Presiden Joko Widodo tiba di Sydney. Jokowi disambut warga. Kata Jokowi, kunjungan ini penting. "
                     "Menteri Luar Negeri Retno Marsudi ikut. Mantan Dubes itu tersenyum.")
    assert all(text != "Mantan Dubes itu" for text, _ in people(doc))


def test_a_surname_misspelt_once_is_the_person_it_misspells() -> None:
    full = {"zh": "Zulfiqar Hameed", "ac": "Ali Chattha"}
    assert misspelt_owner("Hammed", full, "Zulfiqar Hameed mengatakan ... kata Hammed.") == "zh"
    # near misses: a form written twice is a name of its own; a short word is never a misspelling
    assert misspelt_owner("Hammed", full, "kata Hammed. Hammed juga berkata.") is None
    assert misspelt_owner("Alis", full, "kata Alis.") is None


def test_a_bare_surname_of_two_relatives_is_the_one_named_first(ner_stage: ActorStage) -> None:
    doc = run(ner_stage, "Pelaku bom itu adalah Salman Abedi, kata polisi. Abedi lahir di Manchester. "
                     "Saudari Abedi, Jomana Abedi, mengatakan dia tidak tahu. Abedi tewas di lokasi.")
    bare = [name for text, name in people(doc) if text == "Abedi"]
    assert bare and set(bare) == {"Salman Abedi"}
    assert ("Jomana Abedi", "Jomana Abedi") in people(doc)


def test_a_lexicon_short_form_keeps_its_person_beside_a_relative(stage: ActorStage) -> None:
    # near miss: "Trump" is the lexicon's short form of Donald Trump, even when his daughter is named first
    doc = run(stage, "Penasihat Gedung Putih Ivanka Trump, kata sumber, tiba lebih dulu. Presiden Donald Trump "
                     "menyusul. Trump mengatakan kunjungan itu penting.")
    assert ("Trump", "Donald Trump") in people(doc)


def test_a_person_noun_opening_a_sentence_is_no_part_of_the_name(stage: ActorStage) -> None:
    doc = run(stage, "Mantan Perdana Menteri Thailand Yingluck Shinawatra kabur ke luar negeri.\n\n"
                     "Pengacara Yingluck mengatakan kliennya sakit.")
    assert ("Yingluck", "Yingluck Shinawatra") in people(doc)
    assert all(not text.startswith("Pengacara") for text, _ in people(doc))
    # near miss: a name the noun introduces is still a person, without the noun
    doc = run(stage, "Pengacara Somchai Wongsawat mengatakan kliennya sakit.")
    assert people(doc) == [("Somchai Wongsawat", "Somchai Wongsawat")]


def test_short_english_given_names_open_a_name(stage: ActorStage) -> None:
    doc = run(stage, "Beberapa selebriti pernah terbang dengan pesawat itu, termasuk bintang pop Ed Sheeran.")
    assert ("Ed Sheeran", "Ed Sheeran") in people(doc)
    doc = run(stage, "Pesawat itu jatuh di Ed Tanjung pada Minggu.")  # near miss: after "di", a place
    assert people(doc) == []


def test_a_prophets_blessing_is_no_part_of_his_name(ner_stage: ActorStage) -> None:
    doc = run(ner_stage, "Masjid itu dibangun oleh sahabat Nabi Muhammad SAW di kota tua Zabid.")
    assert [name for _text, name in people(doc)] == ["Muhammad"]


def test_feast_days_and_bodies_ending_in_union_are_no_people(ner_stage: ActorStage) -> None:
    doc = run(ner_stage, "Dua pemuda tewas saat Idul Adha di Kashmir. Saat Idul Adha, polisi berjaga ketat. "
                         "Partai Christian Democratic Union menang, kata Manuela Schwesig.")
    names = [name for _text, name in people(doc)]
    assert not any("Adha" in n or "Union" in n for n in names)
    assert "Manuela Schwesig" in names  # near miss: the person speaking is still found


def test_a_name_after_a_governorate_or_a_port_is_a_place(ner_stage: ActorStage) -> None:
    doc = run(ner_stage, "Pertikaian di kegubernuran Hodeida makin sengit. Pasukan pemerintah ingin merebut "
                         "pelabuhan kunci Hodeida, kata Alexandre Faite.")
    names = [name for _text, name in people(doc)]
    assert "Hodeida" not in names
    assert "Alexandre Faite" in names


def test_a_lexicon_surname_after_other_given_names_is_another_person(stage: ActorStage) -> None:
    doc = run(stage, "Menteri Luar Negeri Retno Marsudi bertemu Menlu Timor - Leste Aurelio Sergio Guterres di Dili. "
                     "\"Kami sepakat,\" kata Guterres.")
    assert ("Guterres", "Aurelio Sergio Guterres") in people(doc)
    assert all(name != "António Guterres" for _text, name in people(doc))
    # near miss: the UN's Guterres with his own given name (accents aside) is still the lexicon's
    doc = run(stage, "Sekjen PBB Antonio Guterres mengecam serangan itu. \"Ini keji,\" kata Guterres.")
    assert {name for _text, name in people(doc)} == {"António Guterres"}


def test_a_lexicon_surname_is_the_person_the_text_names_in_full(ner_stage: ActorStage) -> None:
    doc = run(ner_stage, "Gol dicetak Leigh Griffiths pada menit ke-87. Griffiths kemudian mencetak gol kedua.")
    assert ("Griffiths", "Leigh Griffiths") in people(doc)
    assert all(name != "Martin Griffiths" for _text, name in people(doc))


def test_islam_ends_a_name_after_a_given_name_in_ul(stage: ActorStage) -> None:
    doc = run(stage, "Komandan polisi Bangladesh, Ariful Islam, mengatakan para pengungsi dipulangkan. "
                     "Menurut Nurul Islam, mereka tiba kemarin.")
    names = {name for _text, name in people(doc)}
    assert {"Ariful Islam", "Nurul Islam"} <= names
    doc = run(stage, "Dunia Islam mengecam serangan itu. Negara Islam mengklaim serangan itu.")  # near miss
    assert people(doc) == []


def test_a_given_name_after_a_bodys_capitalised_name_is_a_person(stage: ActorStage) -> None:
    doc = run(stage, "Anggota Dewan Kota Vancouver Ellen Woodsworth mengatakan rencana itu buruk.")
    assert ("Ellen Woodsworth", "Ellen Woodsworth") in people(doc)
    doc = run(stage, "Kapal induk Ronald Reagan tiba di Busan.")  # near miss: a thing's common noun before it
    assert people(doc) == []


def test_arabic_given_names_open_a_name_with_an_al_surname(stage: ActorStage) -> None:
    doc = run(stage, "Libya berjanji membantu Inggris. Pemerintahan Fayez al - Sarraj akan bekerja sama.")
    assert [name for _text, name in people(doc)] == ["Fayez al - Sarraj"]


def test_a_bare_king_is_no_queen(stage: ActorStage) -> None:
    doc = run(stage, "Harta Raja Salman lebih besar dari Ratu Elizabeth II. Ratu Elizabeth tinggal di London. "
                     "Ratu Elizabeth kaya. Kontrol aset kembali dipegang Raja.")
    bare = [name for text, name in people(doc) if text == "Raja"]
    assert bare and "Ratu Elizabeth II" not in bare
    # near miss: a bare "Raja" is still the king the text calls "Raja Salman", beside a queen
    doc = run(stage, "Raja Salman tiba di Jakarta. Raja Salman disambut Ratu Elizabeth II lewat surat. "
                     "Raja kemudian beristirahat.")
    assert ("Raja", "Salman bin Abdulaziz Al Saud") in people(doc)


def test_religions_and_their_communities_are_no_people(ner_stage: ActorStage) -> None:
    doc = run(ner_stage, "Umat Budha di Myanmar diam. Para biksu Budha marah, kata Siegfried O Wolf.")
    names = [name for _text, name in people(doc)]
    assert not any("Budha" in n for n in names)
    assert "Siegfried O Wolf" in names  # near miss: the analyst quoted is still a person


def test_first_and_last_names_of_lexicon_people_named_in_full(stage: ActorStage) -> None:
    doc = run(stage, "Skandal email rival Trump, Hillary Clinton, kembali diusut. Trump menganggap Clinton bersalah. "
                     "Perdana Menteri Malaysia Najib Razak datang. Obama dan Najib tiba di Bali.")
    assert ("Clinton", "Hillary Clinton") in people(doc)
    assert ("Najib", "Najib Razak") in people(doc)
    # near miss: a part followed by another capitalised word is another name ("Sri Lanka" beside "Sri Mulyani")
    doc = run(stage, "Menteri Keuangan Sri Mulyani Indrawati tiba dari Sri Lanka kemarin.")
    assert all(text != "Sri" for text, _ in people(doc))


def test_korean_names_written_without_a_hyphen(stage: ActorStage) -> None:
    doc = run(stage, "Siti Aisyah menghadiri sidang kasus pembunuhan Kim Jong Nam hari ini di Malaysia.")
    assert ("Kim Jong Nam", "Kim Jong-nam") in people(doc)
    doc = run(stage, "Delegasi menginap di Park Hyatt Jakarta selama KTT.")  # near miss: a hotel and a city
    assert people(doc) == []


def test_japanese_given_names_open_a_name(stage: ActorStage) -> None:
    doc = run(stage, "Perusahaan asal Jepang yang dipimpin Masayoshi Son itu membantu Uber.")
    assert ("Masayoshi Son", "Masayoshi Son") in people(doc)


def test_a_title_the_text_gives_one_person_stands_for_that_person(stage: ActorStage) -> None:
    doc = run(stage, "Dalam sambutannya Menteri Kelautan dan Perikanan menyampaikan harapannya. Sebelumnya, Menteri "
                     "Kelautan dan Perikanan Susi Pudjiastuti tiba di Roma.")
    assert ("Menteri Kelautan dan Perikanan", "Susi Pudjiastuti") in people(doc)
    # near miss: a former holder is not the person ("mantan Menteri Kelautan dan Perikanan")
    doc = run(stage, "Menteri Kelautan dan Perikanan Susi Pudjiastuti tiba di Roma bersama mantan Menteri Kelautan "
                     "dan Perikanan yang lain.")
    assert [text for text, _ in people(doc)] == ["Menteri Kelautan dan Perikanan Susi Pudjiastuti"]


def test_a_generic_title_in_lower_case_is_no_reference(stage: ActorStage) -> None:
    doc = run(stage, "Debat calon wakil presiden digelar malam ini. Calon Wakil Presiden Gibran Rakabuming Raka hadir.")
    assert all(text != "calon wakil presiden" for text, _ in people(doc))
