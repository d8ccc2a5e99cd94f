"""Twelfth-pass vocabulary (docs/event-coder.md, "Twelfth pass — vocabulary"): event expressions the trigger lexicon
lacked on the fifth iteration set's domestic politics and crime news — permit revocations and members suspended,
a crowd storming a council, reminders and challenges to officials, allegations and charges told in the passive,
police reports to city and district police, denials of having asked or said something, and refusals to answer —
one synthetic news sentence per form (written for these tests, no corpus text), and a near-miss for each form that
must not code."""

from __future__ import annotations

from collections.abc import Callable

import pytest

# the `form_codes` and `form_stays_silent` fixtures of tests/events/conftest.py
FormCodes = Callable[[str, str, tuple[str, str | None, str | None]], None]
FormSilent = Callable[[str, str, str, bool], None]

# (form in triggers.yaml, sentence, expected (type, source root, target root))
POSITIVE = [
    # a permit revoked (SANCTION); with the holder unnamed, against the story's own country
    ("mencabut izin", "Kementerian Investasi mencabut izin PT Garuda Indonesia pada Senin.", ("SANCTION", "IDN", None)),
    ("mencabut … iup", "Kementerian ESDM mencabut tiga IUP di Kalimantan Timur.", ("SANCTION", "IDN", None)),
    # a party suspending its legislators (SANCTION)
    ("menonaktifkan kadernya", "Partai Golkar menonaktifkan kadernya di DPR sejak Senin.", ("SANCTION", "IDN", "IDN")),
    ("menonaktifkan", "Mahkamah Agung menonaktifkan Ketua Pengadilan Negeri Bengkulu Kaswanto.", ("SANCTION", "IDN", "IDN")),
    # a crowd storming a council (PROTEST)
    ("menggedor pintu", "Ratusan mahasiswa menggedor pintu gedung DPRD Jawa Tengah.", ("PROTEST", "IDN", None)),
    # a reminder that an official should act (REQUEST)
    (
        "mengingatkan … agar",
        "Menteri Dalam Negeri mengingatkan para gubernur agar tidak menyimpan dana di deposito.",
        ("REQUEST", "IDN", None),
    ),
    ("mengingatkan agar", "Ketua KPK mengingatkan agar Kejaksaan Agung menuntaskan kasus itu.", ("REQUEST", "IDN", "IDN")),
    # a challenge to an official (REQUEST, CAMEO 10)
    ("menantang", "Ganjar Pranowo menantang Prabowo Subianto membuka data anggaran pertahanan.", ("REQUEST", "IDN", "IDN")),
    # allegations told in the passive (ACCUSE allege, by the authorities)
    (
        "diduga menerima suap",
        "Gubernur Maluku Utara Abdul Gani Kasuba diduga menerima suap dari kontraktor jalan.",
        ("ACCUSE", "IDN", "IDN"),
    ),
    (
        "disebut menerima",
        "Gubernur Maluku Utara Abdul Gani Kasuba disebut menerima Rp 2 miliar dari rekanan proyek.",
        ("ACCUSE", "IDN", "IDN"),
    ),
    # a prosecutor's charge told in the passive (ACCUSE allege, by the implied authorities; coder `_CHARGED`)
    ("didakwa", "Setya Novanto didakwa memperkaya diri sendiri dalam proyek KTP elektronik.", ("ACCUSE", "IDN", "IDN")),
    # an indictment read in court (ACCUSE allege)
    ("membacakan dakwaan", "Jaksa KPK membacakan dakwaan terhadap Setya Novanto di Pengadilan Tipikor Jakarta.",
     ("ACCUSE", "IDN", "IDN")),
    # questioning undergone (ACCUSE investigate, by the authorities)
    (
        "menjalani pemeriksaan di",
        "Bupati Bekasi Neneng Hasanah menjalani pemeriksaan di Gedung KPK pada Senin.",
        ("ACCUSE", "IDN", "IDN"),
    ),
    (
        "diperiksa sebagai saksi",
        "Bupati Ngada Marianus Sae diperiksa sebagai saksi untuk tersangka kasus suap proyek jalan.",
        ("ACCUSE", "IDN", "IDN"),
    ),
    # a citizen's report to the city police (ACCUSE allege)
    (
        "melaporkan … ke polrestabes",
        "Anggota DPRD Palembang melaporkan Gubernur Sumatera Selatan ke Polrestabes Palembang.",
        ("ACCUSE", "IDN", "IDN"),
    ),
    # a denial of having asked or said something; a refusal to answer investigators (REJECT)
    ("tidak pernah meminta", "Luhut menegaskan tidak pernah meminta APBN menanggung utang proyek itu.", ("REJECT", "IDN", None)),
    (
        "tidak pernah menyatakan",
        "Menteri Keuangan tidak pernah menyatakan guru sebagai beban negara, kata Kemenkeu.",
        ("REJECT", "IDN", None),
    ),
    ("memilih untuk tidak menjawab", "Roy Suryo memilih untuk tidak menjawab pertanyaan penyidik Polda Metro Jaya.",
     ("REJECT", "IDN", None)),
]

# (form, sentence, type that must not be coded): near-misses of the new forms
NEGATIVE = [
    # a phone feature switched off names no one suspended (`adjacent`)
    ("menonaktifkan", "Pengguna disarankan menonaktifkan fitur instalasi dari sumber tidak dikenal.", "SANCTION"),
    # a medical check-up is no questioning (only "di / sebagai / oleh" after it)
    ("menjalani pemeriksaan di", "Atlet itu menjalani pemeriksaan kesehatan di rumah sakit.", "ACCUSE"),
    # a footballer "hammering" a defence is no protest (only doors, offices and gates)
    ("menggedor pintu", "Higuain menjadi andalan untuk menggedor pertahanan Tottenham Hotspur.", "PROTEST"),
    # a challenging track, a club challenging another: nobody challenged is an actor
    ("menantang", "Uji coba akan dilakukan di ruas tol yang lebih menantang.", "REQUEST"),
    # a reminder with no actor at all
    ("mengingatkan agar", "Dokter mengingatkan agar handuk dicuci setelah tiga kali pemakaian.", "REQUEST"),
]


@pytest.mark.parametrize(("form", "body", "expected"), POSITIVE, ids=[f"{p[0]}-{i}" for i, p in enumerate(POSITIVE)])
def test_new_form_codes_its_event(form_codes: FormCodes, form: str, body: str,
                                  expected: tuple[str, str | None, str | None]) -> None:
    form_codes(form, body, expected)


@pytest.mark.parametrize(("form", "body", "kind"), NEGATIVE, ids=[f"{n[0]}-neg-{i}" for i, n in enumerate(NEGATIVE)])
def test_new_form_stays_silent_outside_its_use(form_stays_silent: FormSilent, form: str, body: str, kind: str) -> None:
    form_stays_silent(form, body, kind, False)
