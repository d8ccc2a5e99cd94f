"""Tenth-pass vocabulary (docs/event-coder.md, "Tenth pass — vocabulary"): event expressions the trigger lexicon
lacked on unseen international news (the fourth iteration set, IndoSum) — consent given to another state, suspended
cooperation, missile launches told with "peluru kendali" or "menguji", military advisers sent abroad, joint maritime
patrols, a call at someone's office, fighting a named adversary, naming a mastermind, threats told as a noun,
hacking, closed missions, voiced appeals — one synthetic news sentence per form (written for these tests, no corpus
text), and a near-miss for each restricted form that must not code."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from warta.events.lexicon import EventLexicon

# the `coded` fixture of tests/events/conftest.py: (type, source root, target root, modality)
Coded = Callable[[str], list[tuple[str, str | None, str | None, str]]]
# the `form_codes` and `form_stays_silent` fixtures of tests/events/conftest.py
FormCodes = Callable[[str, str, tuple[str, str | None, str | None]], None]
FormSilent = Callable[[str, str, str, bool], None]

# (form in triggers.yaml, sentence, expected (type, source root, target root)); a target of None: only type and
# source are checked (a launch or a threat with nobody named)
POSITIVE = [
    # consent given to another state (AGREE)
    (
        "memberikan lampu hijau",
        "Presiden Filipina Rodrigo Duterte memberikan lampu hijau kepada Indonesia untuk membantu operasi di Marawi.",
        ("AGREE", "PHL", "IDN"),
    ),
    (
        "memberi lampu hijau",
        "Pemerintah Malaysia memberi lampu hijau kepada Singapura untuk membangun jalur kereta cepat.",
        ("AGREE", "MYS", "SGP"),
    ),
    # suspended or ended cooperation (SANCTION discontinue), not COOPERATE
    (
        "menghentikan sementara kerja sama",
        "TNI menghentikan sementara kerja sama militer dengan Australia.",
        ("SANCTION", "IDN", "AUS"),
    ),
    ("menghentikan kerja sama", "Pemerintah Indonesia menghentikan kerja sama dengan Korea Utara.", ("SANCTION", "IDN", "PRK")),
    ("membekukan kerja sama", "Rusia membekukan kerja sama energi dengan Uni Eropa.", ("SANCTION", "RUS", "EU")),
    # missile launches and tests (MOBILIZE weapons), military advisers sent abroad (MOBILIZE troops)
    (
        "menembakkan … peluru kendali",
        "Korea Utara menembakkan dua peluru kendali ke Laut Jepang pada Minggu pagi.",
        ("MOBILIZE", "PRK", None),
    ),
    ("menguji … rudal", "Korea Utara kembali menguji rudal balistik antarbenua pada Jumat.", ("MOBILIZE", "PRK", None)),
    ("uji coba … nuklir", "Korea Utara kembali melakukan uji coba senjata nuklir pada Minggu.", ("MOBILIZE", "PRK", None)),
    ("mengirimkan … penasihat militer", "Iran mengirimkan sejumlah penasihat militer ke Suriah.", ("MOBILIZE", "IRN", "SYR")),
    # joint patrols at sea (COOPERATE), a call at an office or a residence and a misspelt coordination (CONSULT)
    (
        "patroli maritim bersama",
        "Indonesia dan Filipina menggelar patroli maritim bersama di Laut Sulu.",
        ("COOPERATE", "IDN", "PHL"),
    ),
    ("bertamu", "Presiden Joko Widodo bertamu ke kediaman Perdana Menteri Singapura Lee Hsien Loong.", ("CONSULT", "IDN", "SGP")),
    ("berkordinasi", "Kementerian Luar Negeri akan berkordinasi dengan Kedutaan Besar Arab Saudi.", ("CONSULT", "IDN", "SAU")),
    # fighting a named adversary (ASSAULT), naming a mastermind (ACCUSE allege)
    ("memerangi", "Pasukan Israel memerangi Hamas di Jalur Gaza.", ("ASSAULT", "ISR", "PSE")),
    (
        "menduga … sebagai dalang",
        "Otoritas Inggris menduga peretas Korea Utara sebagai dalang serangan tersebut.",
        ("ACCUSE", "GBR", "PRK"),
    ),
    # threats told as a noun (THREATEN violence), hacking (COERCE cyber, not ASSAULT)
    ("ancaman serangan", "Warga Guam hidup di bawah ancaman serangan rudal Korea Utara.", ("THREATEN", "PRK", None)),
    ("meretas", "Korea Utara meretas jaringan komputer Kementerian Pertahanan Korea Selatan.", ("COERCE", "PRK", "KOR")),
    ("serangan siber", "Amerika Serikat menuding Rusia melakukan serangan siber terhadap Ukraina.", ("COERCE", "RUS", "UKR")),
    # closed missions (SANCTION discontinue; the host country may be named as the place)
    ("menutup kedutaan besar", "Amerika Serikat menutup kedutaan besar di Suriah.", ("SANCTION", "USA", "SYR")),
    ("menutup konsulat", "Kuwait menutup kantor atase militer dan menutup konsulat Iran.", ("SANCTION", "KWT", "IRN")),
    # talks told as "(melakukan) komunikasi dengan" (CONSULT)
    (
        "komunikasi dengan",
        "Menteri Luar Negeri RI Retno Marsudi telah melakukan komunikasi dengan Menteri Luar Negeri Australia Julie Bishop.",
        ("CONSULT", "IDN", "AUS"),
    ),
    # a protest note (ACCUSE disapprove, not a demonstration)
    ("nota protes", "Kementerian Luar Negeri China mengirimkan nota protes kepada Jepang.", ("ACCUSE", "CHN", "JPN")),
    # an appeal voiced (REQUEST)
    (
        "menyuarakan agar",
        "Organisasi Kerja Sama Islam menyuarakan agar Israel menghentikan serangan di Gaza.",
        ("REQUEST", "OIC", "ISR"),
    ),
]

# (form, sentence, type that must not be coded): near-misses of the restricted forms
NEGATIVE = [
    # `needs_target`: consent with nobody to give it to
    ("memberi lampu hijau", "Menteri Keuangan memberi lampu hijau terkait penggunaan anggaran untuk proyek tersebut.", "AGREE"),
    # `adjacent`: fighting poverty or corruption is no attack
    ("memerangi", "Pemerintah Indonesia terus memerangi kemiskinan dan korupsi.", "ASSAULT"),
    # football's away games are stop phrases
    ("bertamu", "Chelsea akan bertamu ke markas Tottenham Hotspur pada Sabtu malam.", "CONSULT"),
    # a cyber attack is no physical attack
    ("serangan siber", "Amerika Serikat menuding Rusia melakukan serangan siber terhadap Ukraina.", "ASSAULT"),
    # burning tyres or banners at a rally is no attack; asking someone to pose for a photo is no appeal (stop phrases)
    ("membakar ban", "Massa membakar ban di depan Gedung DPRD Sumatera Utara.", "ASSAULT"),
    ("mengajak … untuk berfoto", "Megawati mengajak Duta Besar China untuk berfoto bersama.", "REQUEST"),
    # a protest note is no demonstration
    ("nota protes", "Kementerian Luar Negeri China mengirimkan nota protes kepada Jepang.", "PROTEST"),
    # suspended cooperation is no cooperation
    ("menghentikan sementara kerja sama", "TNI menghentikan sementara kerja sama militer dengan Australia.", "COOPERATE"),
]


@pytest.mark.parametrize(("form", "body", "expected"), POSITIVE, ids=[p[0] for p in POSITIVE])
def test_new_form_codes_its_event(form_codes: FormCodes, form: str, body: str,
                                  expected: tuple[str, str | None, str | None]) -> None:
    form_codes(form, body, expected)


@pytest.mark.parametrize(("form", "body", "kind"), NEGATIVE, ids=[f"{n[0]}-neg" for n in NEGATIVE])
def test_restricted_form_does_not_fire_outside_its_use(form_stays_silent: FormSilent, form: str, body: str,
                                                       kind: str) -> None:
    form_stays_silent(form, body, kind, True)


def test_ancaman_pembunuhan_stays_a_stop_phrase(lexicon: EventLexicon) -> None:
    # tried as THREATEN and dropped: "menerima ancaman pembunuhan dari …" names the recipient first (wrong roots)
    assert "ancaman pembunuhan" in lexicon.stop
    assert "ancaman pembunuhan" not in lexicon.forms
