"""The trigger lexicon: affix rules and the loaded forms."""

from __future__ import annotations

import pytest

from warta.events.lexicon import EventLexicon, affix


@pytest.mark.parametrize(
    ("root", "pattern", "form"),
    [
        ("tolak", "meN", "menolak"),
        ("tolak", "di", "ditolak"),
        ("tolak", "peN-an", "penolakan"),
        ("serang", "meN", "menyerang"),
        ("serang", "-an", "serangan"),
        ("temu", "ber", "bertemu"),
        ("temu", "per-an", "pertemuan"),
        ("kunjung", "meN-i", "mengunjungi"),
        ("runding", "meN-kan", "merundingkan"),
        ("runding", "per-an", "perundingan"),
        ("runding", "ber", "berunding"),
        ("sepakat", "ke-an", "kesepakatan"),
        ("bom", "meN", "mengebom"),
        ("kritik", "meN", "mengkritik"),
        ("protes", "meN", "memprotes"),
        ("dukung", "meN", "mendukung"),
        ("puji", "meN", "memuji"),
        ("hubung", "meN-i", "menghubungi"),
        ("undang", "bare", "undang"),
    ],
)
def test_affix(root: str, pattern: str, form: str) -> None:
    assert affix(root, pattern) == form


def test_lexicon_generates_forms_and_passives() -> None:
    lex = EventLexicon.load()
    assert lex.forms["menolak"].type == "REJECT"
    assert lex.forms["penolakan"].type == "REJECT"
    assert "ditolak" in lex.forms["ditolak"].passive
    assert lex.forms["diserang"].type == "ASSAULT"
    assert lex.forms["pertemuan"].type == "CONSULT"
    assert lex.forms["menuntut"].cameo == "10"
    assert lex.forms["mendesak"].cameo == "02"
    assert "serangan jantung" in lex.stop
