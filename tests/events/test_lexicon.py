"""The trigger lexicon: affix rules and the loaded forms."""

from __future__ import annotations

import pytest

from warta.errors import LexiconError
from warta.events.lexicon import EventLexicon, Sense, affix


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


def test_senses_are_read_from_the_lexicon() -> None:
    """The non-event senses (triggers.yaml ``senses``) judge a form by its neighbours, and only their own forms."""
    lex = EventLexicon.load()
    low = "polisi mengamankan barang bukti dan mengamankan dua pelaku"
    first = low.index("mengamankan")
    second = low.index("mengamankan", first + 1)
    assert lex.wrong_sense(low, "mengamankan", first, first + len("mengamankan"))
    assert not lex.wrong_sense(low, "mengamankan", second, second + len("mengamankan"))
    low = "pemain itu menahan tangannya"  # a final "*": any ending ("tangan*")
    assert lex.wrong_sense(low, "menahan", low.index("menahan"), low.index("menahan") + 7)
    low = "bahaya narkoba ini yang mengancam pelajar"  # before: a hazard, two gap words and "yang"
    start = low.index("mengancam")
    assert lex.wrong_sense(low, "mengancam", start, start + 9)
    assert not lex.wrong_sense("israel mengancam iran", "mengancam", 7, 16)
    assert not lex.wrong_sense(low, "menyerang", start, start + 9)  # a form no sense lists


@pytest.mark.parametrize("raw", [
    {"name": "no test", "forms": ["menahan"]},
    {"name": "two tests", "forms": ["menahan"], "next": ["air"], "before": ["risiko"]},
    {"name": "no forms", "next": ["air"]},
    {"name": "not a list", "forms": ["menahan"], "next": "air"},
])
def test_a_malformed_sense_is_a_lexicon_error(raw: dict[str, object]) -> None:
    with pytest.raises(LexiconError, match="sense"):
        Sense.parse(raw)
