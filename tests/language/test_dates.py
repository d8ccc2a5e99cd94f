"""Date expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from warta.language.dates import Calendar, DateFinder
from warta.model import DateMention


@pytest.fixture(scope="module")
def finder() -> DateFinder:
    return DateFinder(Calendar.load())


PUB = date(2024, 8, 22)  # a Thursday


def one(finder: DateFinder, text: str, pub: date | None = PUB) -> DateMention:
    found = finder.find(text, pub)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "value", "gran"),
    [
        ("Serangan terjadi pada Rabu (21/8) malam.", "Rabu (21/8)", "2024-08-21", "day"),
        ("Ia tiba Selasa malam (20/8).", "Selasa malam (20/8)", "2024-08-20", "day"),
        ("Laporan terbit Senin (7/11/2023).", "Senin (7/11/2023)", "2023-11-07", "day"),
        ("Pertemuan pada 26 September 2025 itu batal.", "26 September 2025", "2025-09-26", "day"),
        ("Sejak 7 Oktober warga mengungsi.", "7 Oktober", "2023-10-07", "day"),
        ("Kemarin ia menolak.", "Kemarin", "2024-08-21", "day"),
        ("Hari ini pasar dibuka.", "Hari ini", "2024-08-22", "day"),
        ("Peristiwa itu terjadi 5 hari lalu.", "5 hari lalu", "2024-08-17", "day"),
        ("Ia berbicara pada Minggu.", "Minggu", "2024-08-18", "day"),
        ("Harga naik pada Maret 2025.", "Maret 2025", "2025-03", "month"),
        ("Inflasi bulan lalu rendah.", "bulan lalu", "2024-07", "month"),
        ("Target tahun depan naik.", "tahun depan", "2025", "year"),
        ("Proyek selesai akhir 2024.", "akhir 2024", "2024", "year"),
        ("Kasus dimulai pada 2017, ketika krisis.", "2017", "2017", "year"),
        ("Hujan turun pekan lalu.", "pekan lalu", None, "relative-vague"),
        ("Dalam beberapa hari terakhir serangan meningkat.", "beberapa hari terakhir", None, "relative-vague"),
    ],
)
def test_expressions(finder: DateFinder, text: str, span: str, value: str | None, gran: str) -> None:
    d = one(finder, text)
    assert (d.text, d.value, d.granularity) == (span, value, gran)
    assert text[d.start : d.end] == d.text


def test_future_sentence_takes_the_next_date(finder: DateFinder) -> None:
    d = one(finder, "Laga akan digelar pada Rabu (8/11).", date(2023, 11, 6))
    assert d.value == "2023-11-08"
    d = one(finder, "Rapat akan diadakan 2 Januari.", date(2023, 12, 20))
    assert d.value == "2024-01-02"


def test_past_words_that_looked_like_future_cues(finder: DateFinder) -> None:
    """"di depan" is a place (in front of), and "yang digelar" an act already held: neither
    sends a weekday or day/month past the publication date (23 such dates in 995 detik articles)."""
    pub = date(2025, 10, 20)  # a Monday
    d = one(finder, "Massa berorasi di depan Gedung DPRD pada Rabu (15/10).", pub)
    assert d.value == "2025-10-15"
    d = one(finder, "Demo yang digelar di alun-alun pada Sabtu pagi diikuti ribuan orang.", pub)
    assert d.value == "2025-10-18"


def test_future_cue_after_the_expression(finder: DateFinder) -> None:
    pub = date(2025, 10, 20)
    found = finder.find("Pemilu dijalankan pada April tahun depan.", pub)
    assert found[0].text == "April" and found[0].value == "2026-04"
    assert one(finder, "Pemilihan ditargetkan pada bulan November mendatang.", pub).value == "2025-11"
    # near miss: a cue further on in the sentence belongs to another expression
    found = finder.find("Rapat pada Rabu (15/10) membahas anggaran tahun depan.", pub)
    assert next(d for d in found if d.text.startswith("Rabu")).value == "2025-10-15"


def test_time_takes_the_sentence_day(finder: DateFinder) -> None:
    found = finder.find("Longsor terjadi pukul 17.00 WIB, Selasa (21/10).", date(2025, 10, 22))
    t = next(d for d in found if d.time)
    assert (t.text, t.value, t.time) == ("pukul 17.00 WIB", "2025-10-21", "17:00")


def test_time_range_gives_two_items(finder: DateFinder) -> None:
    found = finder.find("Ganjil genap berlaku pukul 16.00 sampai 21.00 WIB.", date(2025, 10, 22))
    assert [(d.text, d.time) for d in found] == [("pukul 16.00", "16:00"), ("21.00 WIB", "21:00")]


def test_years_in_names_and_laws_are_not_dates(finder: DateFinder) -> None:
    assert finder.find("Piala Dunia U-17 2023 dan Festival Film Indonesia 2025 meriah.", PUB) == []
    assert finder.find("Sesuai UU Nomor 31 Tahun 1999 tentang korupsi.", PUB) == []


def test_no_publication_date_leaves_relative_values_null(finder: DateFinder) -> None:
    d = one(finder, "Ia tiba Rabu (21/8).", None)
    assert d.value is None and d.granularity == "day"


@pytest.mark.parametrize(("text", "anchor"), [
    # the weekday fixes the year once the text gives a bound: 21/8 is a Wednesday in 2024
    ("Blinken, Rabu (21/8), membahas mediasi. Selasa malam (20/8) ia meninggalkan Doha. Serangan "
     "7 Oktober 2023 memicu perang.", date(2024, 8, 21)),
    # the year of a full date in a caption is the bound too
    ("Netanyahu bertemu Trump pada Selasa, (4/2/2025). Delegasi tiba di Kairo, Senin (10/2).", date(2025, 2, 10)),
    ("Rabu (21/8), Blinken tiba di Doha.", None),  # no year anywhere: nothing to fix the year
    ("Pada 7 Oktober 2023 Hamas menyerang Israel.", None),  # no weekday-dated day
    ("Serangan 7 Oktober 2023. Rabu (22/8) delegasi tiba.", None),  # 22/8 is no Wednesday in 2023-2024
    # a weekday-dated day written in full is the story's day when the weekday agrees
    ("Hal itu disampaikan Mahfud kepada wartawan, Senin (6/11/2023).", date(2023, 11, 6)),
    ("Hal itu disampaikan Mahfud kepada wartawan, Selasa (6/11/2023).", None),  # 6/11/2023 was a Monday
    ("Delegasi tiba Senin (10/2). Trump menerima Netanyahu, Selasa (4/2/2025).", date(2025, 2, 10)),
])
def test_anchor_from_a_weekday_dated_mention(finder: DateFinder, text: str, anchor: date | None) -> None:
    assert finder.anchor(text) == anchor


def test_stage_resolves_against_the_inferred_day_only_without_a_publication_date() -> None:
    from warta.language.stage import DateStage
    from warta.model import Document
    from warta.settings import Settings

    text = "Emir Qatar, Rabu (21/8), menelepon Blinken. Serangan 7 Oktober 2023 memicu perang. Kemarin ia tiba."
    stage = DateStage(Settings())
    undated = stage(Document(doc="a", origin="a", sha256="x", raw=text, text=text))
    assert undated.published_inferred == "2024-08-21"
    assert {d.text: d.value for d in undated.dates}["Rabu (21/8)"] == "2024-08-21"
    assert {d.text: d.value for d in undated.dates}["Kemarin"] == "2024-08-20"
    dated = stage(Document(doc="a", origin="a", sha256="x", raw=text, text=text, published="2019-08-22"))
    assert dated.published_inferred is None
    assert {d.text: d.value for d in dated.dates}["Rabu (21/8)"] == "2019-08-21"
