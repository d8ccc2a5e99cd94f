"""Session 9 (docs/actors.md "Session 9"): Indonesian state institutions named by a head, a short form in brackets,
a portfolio or number, a place and an owning body are one organisation mention of Indonesia with the head's sector;
the short form written later is the same actor. Each rule has a near miss that must not change."""

from __future__ import annotations

import dataclasses

from warta.actors.stage import ActorStage
from warta.model import Document, RawArticle


def actors(stage: ActorStage, text: str, lang: str = "id") -> list[tuple[str, str | None, str | None, str]]:
    """(surface, country, sector, key) of every organisation mention."""
    doc = Document.from_raw(RawArticle(doc="t", origin="t", text=text))
    doc = stage(dataclasses.replace(doc, text=text, published="2025-07-21", lang=lang))
    ents = {e.key: e for e in doc.entities}
    return [(m.text, ents[m.key].country, m.sector or ents[m.key].sector, m.key) for m in doc.mentions
            if m.kind == "org"]


def test_a_prosecutors_office_with_short_form_and_place_is_one_actor(stage: ActorStage) -> None:
    text = ("Penyidik Kejaksaan Negeri (Kejari) Kudus menahan dua tersangka. Kejari Kudus juga memeriksa saksi. "
            "Kejari menyita dokumen.")
    got = actors(stage, text)
    assert [(t, c, s) for t, c, s, _k in got] == [("Kejaksaan Negeri (Kejari) Kudus", "IDN", "JUD"),
                                                  ("Kejari Kudus", "IDN", "JUD"), ("Kejari", "IDN", "JUD")]
    assert len({k for *_x, k in got}) == 1  # one actor under three names


def test_a_lower_case_prosecutor_word_is_no_institution(stage: ActorStage) -> None:
    # near miss: "kejaksaan negeri" in lower case is a common noun, left to the bare-authority rule
    assert actors(stage, "Berkas itu dilimpahkan ke kejaksaan negeri setempat.") == []


def test_a_regional_government_and_council_take_their_place(stage: ActorStage) -> None:
    text = "Pemerintah Kota Tegal bersama DPRD Kota Tegal menyepakati empat Raperda. Pemkot Tegal lalu mengesahkannya."
    got = actors(stage, text)
    assert [(t, c, s) for t, c, s, _k in got] == [("Pemerintah Kota Tegal", "IDN", "GOV"),
                                                  ("DPRD Kota Tegal", "IDN", "LEG"), ("Pemkot Tegal", "IDN", "GOV")]
    assert got[0][3] == got[2][3]  # "Pemkot Tegal" is "Pemerintah Kota Tegal"
    assert got[1][3] == "org:DPRD"  # the lexicon's body keeps its entity


def test_a_bare_regional_government_word_is_no_institution(stage: ActorStage) -> None:
    # near miss: "Pemkot" with nothing after it is not read as a body of its own
    assert all(t != "Pemkot" for t, *_x in actors(stage, "Warga meminta Pemkot segera bertindak."))


def test_an_office_named_by_portfolio_with_a_defined_short_form(stage: ActorStage) -> None:
    text = ("Jaksa menggeledah Kantor Dinas Perhubungan (Dishub) Bantul. Kepala Dishub Bantul membantah tuduhan itu.")
    got = actors(stage, text)
    assert [(t, c) for t, c, _s, _k in got] == [("Dinas Perhubungan (Dishub) Bantul", "IDN"), ("Dishub Bantul", "IDN")]
    assert got[0][3] == got[1][3]


def test_a_foreign_ministry_keeps_its_country(stage: ActorStage) -> None:
    # near miss: a ministry followed by another country is that country's (lexicon or foreign-body rule)
    got = actors(stage, "Kementerian Luar Negeri Rusia menolak tuduhan itu.")
    assert got and got[0][1] == "RUS"


def test_a_parliamentary_commission_and_organ_join_their_owner(stage: ActorStage) -> None:
    text = ("Komisi V DPR RI memanggil Menteri Perhubungan. Badan Anggaran (Banggar) DPR RI menolak usulan itu. "
            "Banggar menilai anggaran sudah cukup.")
    got = actors(stage, text)
    assert [(t, c, s) for t, c, s, _k in got][:3] == [("Komisi V DPR RI", "IDN", "LEG"),
                                                       ("Badan Anggaran (Banggar) DPR RI", "IDN", "LEG"),
                                                       ("Banggar", "IDN", "LEG")]
    assert got[1][3] == got[2][3]


def test_a_commission_without_a_number_is_left_to_the_lexicon(stage: ActorStage) -> None:
    # near miss: "Komisi Pemberantasan Korupsi" is the lexicon's KPK, not a DPR commission
    got = actors(stage, "Komisi Pemberantasan Korupsi menahan tersangka.")
    assert got and got[0][3] == "org:KPK" and got[0][0] == "Komisi Pemberantasan Korupsi"


def test_police_commands_span_their_region(stage: ActorStage) -> None:
    text = "Satreskrim Polres Bogor menangkap pelaku. Polda Metro Jaya lalu menahan dua orang."
    got = actors(stage, text)
    assert [(t, c, s) for t, c, s, _k in got] == [("Satreskrim Polres Bogor", "IDN", "COP"),
                                                  ("Polda Metro Jaya", "IDN", "COP")]


def test_a_police_command_before_a_rank_stops_at_the_rank(stage: ActorStage) -> None:
    # near miss: the officer's rank and name after the command are not part of its place
    got = actors(stage, "Kapolres Bogor AKBP Rio Wahyu Anggoro mengatakan Polres Bogor Kombes Andi menyelidiki kasus.")
    assert all("Kombes" not in t for t, *_x in got)


def test_a_generic_head_in_an_english_text_is_not_read(stage: ActorStage) -> None:
    # near miss: the heads are Indonesian words; an English text is left to the lexicon and the model
    assert actors(stage, "The Dinas Kesehatan Surabaya said so.", lang="en") == []


def test_a_metro_command_keeps_metro_in_its_name(stage: ActorStage) -> None:
    text = "Polres Metro Bekasi menangkap dua pelaku. Polres Bekasi Kabupaten juga menyelidiki."
    names = {stage.institution_reader.find(text)[0].name, stage.institution_reader.find(text)[1].name}
    assert names == {"Kepolisian Resor Metro Bekasi", "Kepolisian Resor Bekasi"}


def test_a_headlines_capitals_are_no_place(stage: ActorStage) -> None:
    # near miss: in a title-case line the words after the head are the headline's, not a place
    found = stage.institution_reader.find("Kejati Sita Aset Milik Tersangka Korupsi\n\nKejati Sumsel menyita aset.")
    # (the province's short form expanded in the name: sixteenth pass)
    assert [f.name for f in found] == ["Kejaksaan Tinggi", "Kejaksaan Tinggi Sumatera Selatan"]


def test_a_bracketed_short_form_of_a_named_body_is_not_reused(stage: ActorStage) -> None:
    # near miss: "Otorita Ibu Kota Nusantara (IKN)" does not make the capital "IKN" the authority
    text = "Otorita Ibu Kota Nusantara (IKN) menolak usulan itu. Pembangunan IKN terus berjalan."
    assert [t for t, *_x in actors(stage, text)] == ["Otorita Ibu Kota Nusantara (IKN)"]
