"""Session 13 (docs/actors.md "Session 13: roles at the time"): a person's role is the one at the article's date
(the publication date, else the story's weekday-dated day written in full), a role the text states with the name
wins over the lexicon's office, and roles stated next to a name the lexicon lacks are read (a rank after the comma,
numbers in a body's name, "pengacara X, Y"). Sentences written for the tests."""

from __future__ import annotations

import dataclasses

from warta.actors.stage import ActorStage
from warta.model import Document, RawArticle


def roles(stage: ActorStage, text: str, published: str | None = None) -> dict[str, str | None]:
    doc = Document.from_raw(RawArticle(doc="t", origin="t", text=text))
    doc = stage(dataclasses.replace(doc, text=text, published=published, lang="id"))
    return {e.name: e.role for e in doc.entities if e.kind == "person"}


def test_an_undated_article_reads_offices_at_its_weekday_dated_day(stage: ActorStage) -> None:
    text = ("Prabowo Subianto bertemu Joko Widodo di Istana Merdeka, Jakarta, Senin (6/11/2023). "
            "Keduanya membahas persiapan pemilu.")
    got = roles(stage, text)
    assert got["Joko Widodo"] == "Presiden RI"
    assert got["Prabowo Subianto"] == "Menteri Pertahanan RI"


def test_a_dated_article_gives_the_office_held_then(stage: ActorStage) -> None:
    text = "Prabowo Subianto bertemu Joko Widodo di Jakarta. Keduanya membahas ekonomi."
    assert roles(stage, text, "2025-03-04")["Prabowo Subianto"] == "Presiden RI"
    assert roles(stage, text, "2021-03-04")["Prabowo Subianto"] == "Menteri Pertahanan RI"


def test_a_weekday_that_does_not_fit_the_date_dates_nothing(stage: ActorStage) -> None:
    # near miss: 6/11/2023 was a Monday, so "Selasa (6/11/2023)" is no evidence; undated, offices are today's
    text = "Prabowo Subianto bertemu Joko Widodo di Jakarta, Selasa (6/11/2023)."
    got = roles(stage, text)
    assert got["Prabowo Subianto"] == "Presiden RI"
    assert got["Joko Widodo"] is None


def test_a_party_title_stated_with_the_name_wins_over_the_lexicons_ministry(stage: ActorStage) -> None:
    text = "Ketua Umum Partai Golkar Airlangga Hartarto menyambut para tamu di Jakarta."
    assert roles(stage, text, "2023-11-06")["Airlangga Hartarto"] == "Ketua Umum Partai Golkar"


def test_a_stated_title_of_an_office_held_then_takes_the_lexicons_full_title(stage: ActorStage) -> None:
    text = "Pemimpin Israel, Benjamin Netanyahu, menolak usulan itu."
    assert roles(stage, text, "2024-08-21")["Benjamin Netanyahu"] == "Perdana Menteri Israel"


def test_a_title_written_before_a_lexicon_person_is_the_role(stage: ActorStage) -> None:
    text = ("Ketua Dewan Komisioner Lembaga Penjamin Simpanan (LPS) Purbaya Yudhi Sadewa tiba di Istana Negara. "
            "Purbaya enggan berkomentar.")
    assert roles(stage, text, "2025-09-01")["Purbaya Yudhi Sadewa"].startswith("Ketua Dewan Komisioner Lembaga")


def test_a_former_title_is_no_office_held(stage: ActorStage) -> None:
    # near miss: "mantan Presiden" in 2025 is no presidency, and the lexicon's open office is not claimed either
    text = "Hadir pula mantan Presiden Joko Widodo dalam acara tersebut di Solo."
    role = roles(stage, text, "2025-05-01")["Joko Widodo"]
    assert role is not None and role.lower().startswith("mantan")


def test_a_rank_after_the_comma_does_not_hide_the_role(stage: ActorStage) -> None:
    text = ("Polisi menangkap seorang pria. \"Pelaku sudah kami amankan,\" kata Kasat Reskrim Polres Bogor, "
            "AKP Rendy Saputra kepada wartawan.")
    assert roles(stage, text, "2025-10-20")["Rendy Saputra"] == "Kasat Reskrim Polres Bogor"


def test_a_numbered_school_is_part_of_the_role(stage: ActorStage) -> None:
    text = ("Perundungan itu terjadi pekan lalu. Kepala SMA Negeri 3 Bandung, Siti Rahmawati Utami mengatakan "
            "pihaknya sudah memanggil orang tua siswa.")
    assert roles(stage, text, "2025-10-20")["Siti Rahmawati Utami"] == "Kepala SMA Negeri 3 Bandung"


def test_a_lawyer_is_the_lawyer_of_the_person_named_before(ner_stage: ActorStage) -> None:
    text = ("Polisi memeriksa Andi Pratama Wijaya pekan ini. Kuasa hukum Andi, Hendra Gunawan Saputra, "
            "mengatakan kliennya akan hadir.")
    assert roles(ner_stage, text, "2025-10-20")["Hendra Gunawan Saputra"] == "Kuasa hukum Andi"


def test_two_people_in_a_list_are_not_each_others_lawyers(ner_stage: ActorStage) -> None:
    # near miss: a comma between two names without a lawyer's word before the first is a list
    text = ("Rapat itu dihadiri Andi Pratama Wijaya, Hendra Gunawan Saputra dan pejabat lain. "
            "Mereka membahas anggaran.")
    assert roles(ner_stage, text, "2025-10-20").get("Hendra Gunawan Saputra") is None


def test_a_bare_title_word_gives_way_to_the_lexicons_office(stage: ActorStage) -> None:
    # near miss: the title pass keeps only "Menteri" of "Menteri Agama": too little to beat the lexicon's full title
    text = "Menteri Agama Nasaruddin Umar membuka acara itu di Jakarta."
    assert roles(stage, text, "2025-03-04")["Nasaruddin Umar"] == "Menteri Agama RI"


def test_a_top_title_the_person_did_not_hold_gives_way(stage: ActorStage) -> None:
    # near miss: "Wakil Presiden Prabowo" in 2025 is a title read onto the wrong name, not his office
    text = "Acara itu dihadiri Wakil Presiden Prabowo dan para menteri."
    assert roles(stage, text, "2025-03-04")["Prabowo Subianto"] == "Presiden RI"


def test_a_retired_rank_is_no_part_of_the_role(ner_stage: ActorStage) -> None:
    text = ("Rapat itu dipimpin Wakil Ketua Umum Dewan Masjid Indonesia (DMI) Jenderal (purn) Bambang Sutrisno Aji, "
            "kata panitia.")
    role = roles(ner_stage, text, "2023-11-06").get("Bambang Sutrisno Aji")
    assert role is not None and role.startswith("Wakil Ketua Umum") and "purn" not in role and "Jenderal" not in role
