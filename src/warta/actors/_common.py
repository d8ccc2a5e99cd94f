"""Shared pieces of the actor stage: the hit list type, the record of a person the lexicon lacks, and
word shapes and cue patterns that several passes read."""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.actors.lexicon import ActorEntry
from warta.actors.matcher import MatchRole
from warta.actors.resolve import (
    PLACE_HEADS,
)
from warta.model import EntityKind

_PLACE_PREP = re.compile(
    r"(?:\b(?i:di|ke|dari|menuju|kota|ibu kota|wilayah|kawasan)\s+(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+)?)$"
)
_CUE = re.compile(r"\b(?:kata|ujar|ucap|tutur|ungkap|jelas|tegas|imbuh|tambah|papar|terang|menurut|bernama)\s+")
_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")  # "Jean-Pierre Lacroix" is not Karine Jean-Pierre
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_PREV_CAP = re.compile(r"(?<![\w-])([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?) $")  # a capitalised word just before a position
# "Bandara Soekarno", "Jalan Sudirman", "Universitas Gadjah Mada": a person's name inside a place's
_PLACE_HEAD_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(PLACE_HEADS)) + r") $")
# a capitalised run written after "di" or a place noun ("di kota Khan Sheikhoun", "provinsi Golestan"): a place
_PLACE_RUN = re.compile(r"\b(?:di|kota|provinsi|wilayah|kawasan|desa|distrik|bagian|kegubernuran|pelabuhan)\s+"
                        r"(?:(?:kota|provinsi|wilayah|kawasan|desa|distrik)\s+)?"
                        r"([A-Z][\w'’]+(?: (?:[A-Z][\w'’]+|-|Al|al)){0,3})(?![\w'’-])")


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \"“")
    return not before or before[-1] in ".!?\n"


def _used(hits: Hits, i: int, end: int) -> int:
    """How many hits from ``hits[i]`` on start before ``end`` (consumed by one mention)."""
    n = 0
    while i + n < len(hits) and hits[i + n][0] < end:
        n += 1
    return max(n, 1)


# offices below the state whose holders are of the story's country: "Gubernur Jawa Barat Dedi Mulyadi", "Bupati Pati
# Sudewo", "Kapolda Metro Jaya …"
_LOCAL_TITLE = re.compile(r"^(?:Wakil\s+)?(?:Gubernur|Bupati|Wali\s*[Kk]ota|Walkot|Kapolda|Kapolres|Kapolsek|Pangdam|"
                          r"Danrem|Dandim|Kajati|Kajari|Ketua\s+DPRD|Anggota\s+DPRD|Sekda|Camat|Lurah|Kepala\s+Desa|"
                          r"Kades|Rektor|Dekan)\b")
# a country's missions abroad, named with the city of their posting ("KBRI Phnom Penh", "KJRI Jeddah")
_MISSIONS_ABROAD = frozenset({"org:KBRI", "org:KJRI"})
# words before a country that make it no nationality: prepositions, conjunctions, verbs (me-, ber-, di-...-kan)
_FUNCTION_WORDS = frozenset(
    """di ke dari untuk dengan oleh kepada pada dan atau serta antara bagi tentang terhadap dalam atas yang
    bahwa seperti sebagai menuju sejak hingga sampai kata ujar tutur ungkap jelas tegas imbuh tambah papar
    terang menurut melawan bersama tanpa para sang si itu ini tersebut juga pun adalah ialah yakni yaitu
    negara pemerintah rakyat of the and for in at tak tidak belum sudah telah akan masih bisa dapat harus""".split()  # noqa: SIM905 - a word list reads better as prose
)
_VERB_FORM = re.compile(r"(?:me|ber|ter)[a-z]+|di[a-z]+(?:kan|i)|[a-z]+(?:kan|nya)")


def _not_a_noun(word: str) -> bool:
    """A word before a country that does not describe a person of that country ("kepada", "menyerang")."""
    return word in _FUNCTION_WORDS or _VERB_FORM.fullmatch(word) is not None


_RANK_WORDS = frozenset("""Jenderal Letnan Mayor Brigadir Kolonel Letkol Laksamana Madya Muda Pertama Marsekal Kapten
    Sersan Letjen Mayjen Brigjen Komjen Irjen Kombes AKBP""".split())  # noqa: SIM905 - a word list reads better as prose
_NAME_LINKS = frozenset({"bin", "binti", "al", "el", "van", "de", "der", "von", "da"})  # lower-case name particles
_NEXT_WORD = re.compile(r" +(?:\(\w+\) +)?([A-Z][\w'’-]*)")
# honorifics before a name ("Habib Ali", "Pak Muhaimin"): the word after one is a person's, no region's
_HONORIFICS = frozenset("""Pak Bu Bapak Ibu Mr Mrs Ms Dr Prof Sir Habib Syekh Sheikh Kiai KH Gus Ustaz Ustadz Mbak Mas
    Tuan Nyonya Haji Hj H Cak Bung Sang""".split())  # noqa: SIM905 - a word list reads better as prose
# English function words inside a capitalised run: a title of a work or an event, not a person's name
_ENGLISH_FUNCTION = frozenset({"Under", "My", "Is", "Are", "Of", "The", "In", "And", "To", "For", "On", "At", "With",
                               "Your", "Our", "Me", "You", "We", "From", "Into", "Over", "Without", "Not"})
_ROYAL_TITLES = frozenset({"Raja", "Ratu", "Sultan", "Pangeran", "Putri", "Permaisuri", "Kaisar"})
_AFTER_PLACE_PREP = re.compile(r"(?<![\w-])(?:di|ke|dari) $")  # "di Albert Hall": a place
_CAP_WORD = re.compile(r"\b[A-Z][a-z]+(?:['’-][A-Za-z]+)*\b")
Hits = list[tuple[int, int, tuple[tuple[MatchRole, str], ...]]]
_ACRONYM_AFTER = re.compile(r" \(([A-Z][A-Z0-9-]{1,9})\)")
_ONE_LETTER_BEFORE = re.compile(r"\b(?:tersangka|pelaku|korban|saksi|terdakwa|terpidana|inisial|berinisial|saudara|saudari) +$",
                                re.IGNORECASE)


def _kind_of(entry: ActorEntry) -> EntityKind:
    if entry.kind == "person":
        return "person"
    if entry.kind == "country":
        return "place"
    return "org"


@dataclass(slots=True)
class _Named:
    """A person the lexicon lacks, found in this document: canonical name, country, role."""

    name: str
    country: str | None = None
    org: str | None = None
    role: str | None = None
    title_kind: str | None = None


# one to three pinyin syllables: an optional initial and a final ("xiao" + "bo", "ze" + "dong", "chun" + "ying")
_PINYIN = re.compile(r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|ing|ang|eng|ong|uai|uan|"
                     r"ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u|v)){1,3}")


def _defined_short(text: str, word: str) -> bool:
    """``word`` is a body's short form the text defines after its full name ("Perhimpunan Olahraga Tunarungu
    Indonesia (Porturin)"): written in parentheses after a lower-case letter, capitalised only at its start."""
    return word[1:].islower() and re.search(rf"[a-z] \({re.escape(word)}\)", text) is not None


def _unknown_key(name: str) -> str:
    return f"ner:person:{name}"
