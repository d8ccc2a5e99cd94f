"""Eleventh-pass vocabulary (docs/event-coder.md, "Eleventh pass — vocabulary"): event expressions the trigger and
evaluation lexicons lacked on the four iteration sets' "no trigger" misses — naming who stands behind an attack,
leaving a programme or deciding not to go on with a pact, taking issue with another's acts, death threats made,
crowds gathered before a seat of power and rallies told by their noun, calls at a counterpart's office,
unconstitutionality and forcing one's will as criticism — one synthetic news sentence per form (written for these
tests, no corpus text), and a near-miss for each form that must not code."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from warta.events.lexicon import EventLexicon

# the `coded` fixture of tests/events/conftest.py: (type, source root, target root, modality)
Coded = Callable[[str], list[tuple[str, str | None, str | None, str]]]
# the `form_codes` and `form_stays_silent` fixtures of tests/events/conftest.py
FormCodes = Callable[[str, str, tuple[str, str | None, str | None]], None]
FormSilent = Callable[[str, str, str, bool], None]

# (form in triggers.yaml, sentence, expected (type, source root, target root))
POSITIVE = [
    # who stands behind an attack or a hack, said of the subject by a speaker (ACCUSE allege)
    (
        "berada di balik",
        "Pemerintah Korea Selatan menyatakan bahwa Korea Utara berada di balik serangan siber tersebut.",
        ("ACCUSE", "KOR", "PRK"),
    ),
    ("berada di balik", '"Rusia berada di balik peretasan itu," kata Menteri Luar Negeri Inggris.', ("ACCUSE", "GBR", "RUS")),
    # leaving a programme or a coalition, not going on with a pact (REJECT)
    (
        "memilih keluar dari",
        "Pemerintah Filipina memilih keluar dari program bantuan Amerika Serikat.",
        ("REJECT", "PHL", "USA"),
    ),
    (
        "memutuskan untuk tidak melanjutkan",
        "Pemerintah Filipina memutuskan untuk tidak melanjutkan kesepakatan dengan Amerika Serikat.",
        ("REJECT", "PHL", "USA"),
    ),
    ("memutuskan keluar dari", "Partai Demokrat memutuskan keluar dari Koalisi Perubahan.", ("REJECT", "IDN", None)),
    # taking issue with another's acts (ACCUSE disapprove)
    (
        "mempermasalahkan",
        "TNI mempermasalahkan materi pelajaran di pangkalan militer Australia.",
        ("ACCUSE", "IDN", "AUS"),
    ),
    (
        "mempersoalkan",
        "Pemerintah China mempersoalkan kunjungan Presiden Taiwan ke Amerika Serikat.",
        ("ACCUSE", "CHN", "TWN"),
    ),
    # a death threat made by its subject (THREATEN violence; the bare noun stays a stop phrase)
    (
        "melontarkan ancaman pembunuhan",
        "Hamas melontarkan ancaman pembunuhan terhadap sandera Israel.",
        ("THREATEN", "PSE", "ISR"),
    ),
    (
        "mengirimkan ancaman pembunuhan",
        "Korea Utara mengirimkan ancaman pembunuhan kepada Presiden Korea Selatan.",
        ("THREATEN", "PRK", "KOR"),
    ),
    # a crowd gathered before a seat of power, a rally told by its noun in a story of demonstrations (PROTEST)
    (
        "berkumpul di depan gedung",
        "Ribuan mahasiswa berkumpul di depan Gedung DPR untuk menolak RUU TNI.",
        ("PROTEST", "IDN", None),
    ),
    ("berkumpul di depan istana", "Ratusan buruh berkumpul di depan Istana Merdeka sejak pagi.", ("PROTEST", "IDN", None)),
    (
        "aksi ini digelar",
        "Mahasiswa dari berbagai kampus berdemonstrasi di depan Gedung DPRD Jawa Barat. Aksi ini digelar pada Senin siang.",
        ("PROTEST", "IDN", None),
    ),
    # a call at a counterpart's office (CONSULT visit)
    (
        "mendatangi kantor",
        "Presiden Joko Widodo mendatangi kantor Perdana Menteri Singapura Lee Hsien Loong.",
        ("CONSULT", "IDN", "SGP"),
    ),
]

# (form, sentence, type that must not be coded): near-misses of the new forms
NEGATIVE = [
    # nobody named as the one behind it; a place behind a door
    ("berada di balik", "Polisi masih mencari siapa yang berada di balik serangan itu.", "ACCUSE"),
    ("berada di balik", "Pemilik rumah itu berada di balik pintu ketika petugas datang.", "ACCUSE"),
    # a footballer leaving his club
    ("memutuskan keluar dari", "Bek Persija itu memutuskan keluar dari klub pada akhir musim.", "REJECT"),
    # residents taking issue with a rubbish timetable name no actor; not minding is no criticism (stop phrases)
    ("mempersoalkan", "Warga mempersoalkan jadwal pengangkutan sampah yang sering terlambat.", "ACCUSE"),
    ("tidak mempermasalahkan", "KPK tidak mempermasalahkan langkah DPR membentuk panitia angket.", "ACCUSE"),
    ("tak mempersoalkan", "Panglima TNI tak mempersoalkan purnawirawan yang terjun ke dunia politik.", "ACCUSE"),
    # a threat received names its recipient first: still a stop phrase
    ("ancaman pembunuhan", "Wartawan Filipina itu menerima ancaman pembunuhan dari Abu Sayyaf.", "THREATEN"),
    # journalists waiting before an office are no crowd (`crowd`); an act told in a story of no demonstration
    (
        "berkumpul di depan gedung",
        "Para wartawan berkumpul di depan Gedung KPK menunggu keterangan penyidik.",
        "PROTEST",
    ),
    ("aksi tersebut dilakukan", "Polisi menangkap dua pencuri di pasar. Aksi tersebut dilakukan pada malam hari.", "PROTEST"),
    ("aksi itu dilakukan", "Bintang film itu tampil di layar lebar. Aksi itu dilakukan tanpa pemeran pengganti.", "PROTEST"),
    # `adjacent`: a police station is no host; students calling at a council office are no envoys
    ("mendatangi kantor", "Korban mendatangi kantor polisi untuk melapor.", "CONSULT"),
    ("mendatangi kantor", "Mahasiswa mendatangi kantor DPRD Jawa Barat untuk menyampaikan tuntutan.", "CONSULT"),
]

# (evaluative term in evaluation.yaml, sentence, expected (type, source root, target root)): criticism told as a
# judgement
JUDGED = [
    (
        "inkonstitusional",
        "Koalisi Masyarakat Sipil menilai kebijakan Presiden Prabowo itu inkonstitusional.",
        ("ACCUSE", "IDN", "IDN"),
    ),
    (
        "tidak konstitusional",
        "Partai Demokrat Amerika Serikat menilai perintah eksekutif Presiden Trump tidak konstitusional.",
        ("ACCUSE", "USA", "USA"),
    ),
    (
        "memaksakan kehendak",
        "Megawati menyebut Presiden Jokowi memaksakan kehendak dalam pencalonan Gibran.",
        ("ACCUSE", "IDN", "IDN"),
    ),
]


@pytest.mark.parametrize(("form", "body", "expected"), POSITIVE, ids=[f"{p[0]}-{i}" for i, p in enumerate(POSITIVE)])
def test_new_form_codes_its_event(form_codes: FormCodes, form: str, body: str,
                                  expected: tuple[str, str | None, str | None]) -> None:
    form_codes(form, body, expected)


@pytest.mark.parametrize(("form", "body", "kind"), NEGATIVE, ids=[f"{n[0]}-neg-{i}" for i, n in enumerate(NEGATIVE)])
def test_new_form_stays_silent_outside_its_use(form_stays_silent: FormSilent, form: str, body: str, kind: str) -> None:
    form_stays_silent(form, body, kind, True)


@pytest.mark.parametrize(("term", "body", "expected"), JUDGED, ids=[j[0] for j in JUDGED])
def test_new_evaluative_term_makes_a_judgement_criticism(coded: Coded, lexicon: EventLexicon, term: str, body: str,
                                                         expected: tuple[str, str, str]) -> None:
    assert term in lexicon.evaluative, term
    assert expected in {(t, s, o) for t, s, o, _ in coded(body)}, coded(body)
