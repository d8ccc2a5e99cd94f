"""Direct and indirect quotations with speakers."""

from __future__ import annotations

import pytest

from warta.language.quotes import QuoteFinder, QuoteLexicon, RawQuote
from warta.language.segment import Segmenter


@pytest.fixture(scope="module")
def finder() -> QuoteFinder:
    return QuoteFinder(QuoteLexicon.load())


def run(finder: QuoteFinder, text: str) -> tuple[list[RawQuote], list[str | None]]:
    paras = tuple((i, i + len(p)) for i, p in _paras(text))
    sents = Segmenter.load().sentences(text, paras, with_tokens=False)
    quotes = finder.find(text, sents)
    return quotes, finder.resolve(text, quotes)


def _paras(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for p in text.split("\n"):
        out.append((pos, p))
        pos += len(p) + 1
    return out


def test_after_verb_with_name(finder: QuoteFinder) -> None:
    text = "“Kami ingin gencatan senjata segera,” kata Antony Blinken di Doha."
    (q,), names = run(finder, text)
    assert text[q.start : q.end] == "Kami ingin gencatan senjata segera"
    assert (q.kind, q.verb, q.speaker_text, names) == ("direct", "kata", "Antony Blinken", ["Antony Blinken"])


def test_nya_and_pronoun_resolve_to_the_person(finder: QuoteFinder) -> None:
    text = ("Menteri Luar Negeri Retno Marsudi mengatakan, Indonesia mendukung Palestina.\n"
            "“Kami tidak akan berhenti membantu,” tegasnya.\n"
            "“Bantuan terus dikirim ke Gaza,” kata dia.")
    quotes, names = run(finder, text)
    assert [q.kind for q in quotes] == ["indirect", "direct", "direct"]
    assert quotes[1].verb == "tegasnya" and quotes[1].pronoun
    assert all(n and "Retno Marsudi" in n for n in names)


def test_role_reference_resolves_back(finder: QuoteFinder) -> None:
    text = ("Antony Blinken tiba di Kairo.\n“Kesepakatan sudah dekat dan kami optimistis,” ujar Menlu AS itu.")
    quotes, names = run(finder, text)
    assert quotes[0].pronoun and names[0] == "Antony Blinken"


def test_interrupted_quote_and_paragraph_continuation(finder: QuoteFinder) -> None:
    text = ("“Suasana ruangan sangat tidak puas,” lanjut Budi Santoso. “Meski banyak yang hadir, tidak ada hasil.”\n"
            "“Kami akan datang lagi minggu depan untuk menagih janji itu,” ujarnya.")
    quotes, names = run(finder, text)
    assert len(quotes) == 3 and all(q.kind == "direct" for q in quotes)
    assert names == ["Budi Santoso"] * 3


def test_indirect_with_bahwa_and_menurut(finder: QuoteFinder) -> None:
    text = ("Juru bicara Hamas mengatakan kepada AFP bahwa perundingan masih berjalan di Kairo.\n"
            "Menurut Zita Anjani, jumlah tersebut belum termasuk korban luka.")
    quotes, _ = run(finder, text)
    assert [(q.kind, text[q.start : q.end]) for q in quotes] == [
        ("indirect", "perundingan masih berjalan di Kairo"),
        ("indirect", "jumlah tersebut belum termasuk korban luka"),
    ]
    assert quotes[1].speaker_text == "Zita Anjani"


def test_scare_quotes_and_headlines_are_not_quotes(finder: QuoteFinder) -> None:
    text = "Ia menyebut \"Israel\" sebagai pihak.\n\"Ketua MPR Soal Rupiah Nyaris Rp 17 Ribu Per USD\""
    quotes, _ = run(finder, text)
    assert [q for q in quotes if q.kind == "direct"] == []


def test_quote_spread_over_paragraphs(finder: QuoteFinder) -> None:
    text = ("“Kami akan terus membantu rakyat Palestina sampai perang ini benar-benar selesai.\n"
            "“Bantuan kedua dikirim pekan depan lewat Mesir,” kata Retno Marsudi.")
    quotes, names = run(finder, text)
    assert [text[q.start : q.end] for q in quotes] == [
        "Kami akan terus membantu rakyat Palestina sampai perang ini benar-benar selesai.",
        "Bantuan kedua dikirim pekan depan lewat Mesir",
    ]
    assert names == ["Retno Marsudi", "Retno Marsudi"]
